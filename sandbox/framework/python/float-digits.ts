/**
 * Fixed, scientific and general digits of a float, rounded half to even on its exact binary
 * value as CPython does: JavaScript's toFixed rounds ties up and toExponential's digits for
 * large precisions are not specified, so the value is expanded into an exact decimal first.
 */

interface Exact {
  /** The value is digits / 10**scale, exactly. */
  digits: bigint;
  scale: number;
}

function exact(x: number): Exact {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const power = (biased === 0 ? 1 : biased) - 1075;
  if (power >= 0) return { digits: mantissa << BigInt(power), scale: 0 };
  // m / 2**k is m * 5**k / 10**k, a finite decimal.
  return { digits: mantissa * 5n ** BigInt(-power), scale: -power };
}

/** round(value * 10**places) to an integer, ties to even. */
function scaled(value: Exact, places: number): bigint {
  if (places >= value.scale) return value.digits * 10n ** BigInt(places - value.scale);
  const divisor = 10n ** BigInt(value.scale - places);
  const q = value.digits / divisor;
  const twice = (value.digits % divisor) * 2n;
  if (twice > divisor || (twice === divisor && q % 2n === 1n)) return q + 1n;
  return q;
}

/** |x| with `precision` digits after the point (no sign). */
export function fixedDigits(x: number, precision: number): string {
  const text = scaled(exact(x), precision).toString().padStart(precision + 1, '0');
  if (precision === 0) return text;
  return `${text.slice(0, -precision)}.${text.slice(-precision)}`;
}

interface Scientific {
  mantissa: string;
  exponent: number;
}

/** |x| as d.ddd (precision digits after the point) times 10**exponent. */
function scientific(x: number, precision: number): Scientific {
  const value = exact(x);
  if (value.digits === 0n) return { mantissa: '0'.repeat(precision + 1), exponent: 0 };
  let exponent = value.digits.toString().length - 1 - value.scale;
  let digits = scaled(value, precision - exponent).toString();
  // Rounding 9.99 up carries into one more digit: 10.0 is 1.00e+1.
  if (digits.length > precision + 1) {
    digits = digits.slice(0, precision + 1);
    exponent += 1;
  }
  return { mantissa: digits, exponent };
}

function exponentText(exponent: number): string {
  return `e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
}

/** |x| in 'e' form: 1.234560e+03. */
export function scientificDigits(x: number, precision: number, alternate = false): string {
  const { mantissa, exponent } = scientific(x, precision);
  const point = precision > 0 || alternate ? '.' : '';
  return `${mantissa[0]}${point}${mantissa.slice(1)}${exponentText(exponent)}`;
}

/**
 * |x| in 'g' form: fixed unless the exponent is below -4 or reaches the threshold, trailing
 * zeros dropped unless `alternate`. The threshold is the precision for 'g'; format() without
 * a type switches one exponent earlier and keeps a ".0" on whole numbers.
 */
export function generalDigits(x: number, precision: number, alternate: boolean, noType = false): string {
  const p = precision === 0 ? 1 : precision;
  const { exponent } = scientific(x, p - 1);
  const threshold = noType ? p - 1 : p;
  let text: string;
  if (exponent < -4 || exponent >= threshold) {
    const { mantissa } = scientific(x, p - 1);
    let tail = mantissa.slice(1);
    if (!alternate) tail = tail.replace(/0+$/, '');
    text = `${mantissa[0]}${tail || alternate ? '.' : ''}${tail}${exponentText(exponent)}`;
  } else {
    text = fixedDigits(x, Math.max(p - 1 - exponent, 0));
    if (!alternate && text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
    if (alternate && !text.includes('.')) text += '.';
  }
  if (noType && !/[.e]/.test(text)) text += '.0';
  return text;
}
