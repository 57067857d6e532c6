import { normInt, PyLong } from './big-int';
import { PyBytes } from './bytes';
import { BYTES_CLASS_METHODS } from './bytes-ops';
import { pyError } from './exceptions';
import type { Interpreter } from './interpreter';
import { PyFloat, PyTuple, type Kwargs, type PyValue } from './objects';
import { isInt, toNumber, typeName } from './values';

type Method = (self: PyValue, args: PyValue[], kwargs: Kwargs, interp: Interpreter) => PyValue;

/** An int's exact value: a big int's own bigint, not its nearest double. */
function bigOf(v: PyValue): bigint {
  return v instanceof PyLong ? v.value : BigInt(toNumber(v));
}

/** An exact (numerator, denominator) for a finite double: its binary expansion is a fraction with a power-of-two denominator. */
export function floatRatio(x: number): [bigint, bigint] {
  if (!Number.isFinite(x)) throw pyError(Number.isNaN(x) ? 'ValueError' : 'OverflowError', Number.isNaN(x) ? 'cannot convert NaN to integer ratio' : 'cannot convert Infinity to integer ratio');
  let den = 1n;
  let y = x;
  while (!Number.isInteger(y)) {
    y *= 2;
    den *= 2n;
  }
  let num = BigInt(y);
  while (den > 1n && num % 2n === 0n) {
    num /= 2n;
    den /= 2n;
  }
  return [num, den];
}

/** An exact int: a float's ratio can pass 2**53 (0.025 is 3602879701896397/2**57). */
function small(n: bigint): PyValue {
  return normInt(n);
}

function floatHex(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0x0.0p+0' : '0x0.0p+0';
  const sign = x < 0 ? '-' : '';
  let m = Math.abs(x);
  let e = Math.floor(Math.log2(m));
  if (e < -1022) e = -1022;
  m = m / 2 ** e;
  while (m >= 2) {
    m /= 2;
    e++;
  }
  while (m < 1 && e > -1022) {
    m *= 2;
    e--;
  }
  const lead = Math.floor(m);
  let frac = m - lead;
  let digits = '';
  for (let i = 0; i < 13; i++) {
    frac *= 16;
    const d = Math.floor(frac);
    digits += d.toString(16);
    frac -= d;
  }
  return `${sign}0x${lead}.${digits.replace(/0+$/, '') || '0'}p${e >= 0 ? '+' : ''}${e}`;
}

export const INT_METHODS: Record<string, Method> = {
  bit_length: (n) => {
    const b = bigOf(n);
    return (b < 0n ? -b : b).toString(2).replace(/^0$/, '').length;
  },
  bit_count: (n) => [...(bigOf(n) < 0n ? -bigOf(n) : bigOf(n)).toString(2)].filter((c) => c === '1').length,
  conjugate: (n) => n,
  is_integer: () => true,
  as_integer_ratio: (n) => new PyTuple([n, 1]),
  to_bytes: (n, [length = 1, order = 'big'], kwargs) => {
    const len = Number(kwargs.get('length') ?? length);
    const byteorder = kwargs.get('byteorder') ?? order;
    const signed = kwargs.get('signed') === true;
    let v = bigOf(n);
    if (v < 0n && !signed) throw pyError('OverflowError', "can't convert negative int to unsigned");
    if (v < 0n) v += 1n << BigInt(8 * len);
    const out = new Uint8Array(len);
    for (let i = len - 1; i >= 0; i--) {
      out[i] = Number(v & 0xffn);
      v >>= 8n;
    }
    if (v !== 0n) throw pyError('OverflowError', 'int too big to convert');
    if (byteorder === 'little') out.reverse();
    return new PyBytes(out);
  },
};

export const FLOAT_METHODS: Record<string, Method> = {
  is_integer: (x) => Number.isInteger(toNumber(x)),
  as_integer_ratio: (x) => {
    const [num, den] = floatRatio(toNumber(x));
    return new PyTuple([small(num), small(den)]);
  },
  hex: (x) => floatHex(toNumber(x)),
  conjugate: (x) => x,
};

/** Methods called on the type itself: int.from_bytes, float.fromhex. */
export const CLASS_METHODS: Record<string, Record<string, (args: PyValue[], kwargs: Kwargs, interp: Interpreter) => PyValue>> = {
  bytes: BYTES_CLASS_METHODS,
  bytearray: BYTES_CLASS_METHODS,
  int: {
    from_bytes: ([data, order = 'big'], kwargs, interp) => {
      const bytes = data instanceof PyBytes ? [...data.data] : interp.iterate(data ?? null).map(Number);
      if ((kwargs.get('byteorder') ?? order) === 'little') bytes.reverse();
      let v = 0n;
      for (const b of bytes) v = (v << 8n) | BigInt(b);
      if (kwargs.get('signed') === true && bytes.length && bytes[0]! >= 128) v -= 1n << BigInt(8 * bytes.length);
      return small(v);
    },
  },
  float: {
    fromhex: ([s]) => {
      if (typeof s !== 'string') throw pyError('TypeError', `must be str, not ${typeName(s ?? null)}`);
      const m = /^\s*([+-])?(?:0x)?([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([+-]?\d+))?\s*$/i.exec(s);
      if (!m || (!m[2] && !m[3])) throw pyError('ValueError', 'invalid hexadecimal floating-point string');
      const int = parseInt(m[2] || '0', 16);
      const frac = [...(m[3] ?? '')].reduce((acc, d, i) => acc + parseInt(d, 16) / 16 ** (i + 1), 0);
      return new PyFloat((m[1] === '-' ? -1 : 1) * (int + frac) * 2 ** Number(m[4] ?? 0));
    },
  },
};

/** real, imag, numerator and denominator: attributes, not methods. */
export function numberAttr(value: PyValue, name: string): PyValue | undefined {
  if (isInt(value)) {
    const n = typeof value === 'boolean' ? Number(value) : value;
    if (name === 'real' || name === 'numerator') return n;
    if (name === 'imag') return 0;
    if (name === 'denominator') return 1;
  }
  if (value instanceof PyFloat) {
    if (name === 'real') return value;
    if (name === 'imag') return new PyFloat(0);
  }
  return undefined;
}
