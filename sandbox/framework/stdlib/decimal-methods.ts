import { PyFloat, PyTuple, pyError, typeName, type Interpreter, type PyInstance, type PyValue } from '../python';
import {
  DecimalClass,
  InvalidOperation,
  activeContext,
  addDec,
  compareDec,
  createDecimalFromFloat,
  decToNumber,
  decToString,
  decimalFrom,
  decimalMethod as method,
  decimalOperand as operand,
  digitCount,
  divDec,
  integral,
  mulDec,
  negate,
  newDecimal,
  quantize,
  roundCoeff,
  roundToPrecision,
  signal,
  type Dec,
} from './decimal';

const NAN: Dec = { negative: false, coeff: 0n, exp: 0, special: 'nan' };

/** Decimal's integer division: the quotient truncated toward zero, and the remainder with the dividend's sign. */
function divmodDec(a: Dec, b: Dec): [Dec, Dec] {
  if (a.special || b.special) {
    if (a.special === 'nan' || b.special === 'nan' || a.special) return [NAN, NAN];
    return [{ negative: a.negative !== b.negative, coeff: 0n, exp: 0 }, a];
  }
  if (b.coeff === 0n) throw signal(InvalidOperation);
  const exp = Math.min(a.exp, b.exp);
  const x = a.coeff * 10n ** BigInt(a.exp - exp);
  const y = b.coeff * 10n ** BigInt(b.exp - exp);
  const q = x / y;
  const r = x % y;
  return [{ negative: a.negative !== b.negative, coeff: q, exp: 0 }, roundToPrecision({ negative: a.negative, coeff: r, exp })];
}

/** Square root to the context's precision; an exact root keeps the ideal exponent (exp / 2, rounded down). */
function sqrtDec(d: Dec): Dec {
  if (d.special === 'nan') return d;
  if (d.negative && d.coeff !== 0n) throw signal(InvalidOperation);
  if (d.special) return d;
  const ideal = Math.floor(d.exp / 2);
  if (d.coeff === 0n) return { negative: d.negative, coeff: 0n, exp: ideal };
  const prec = activeContext.prec();
  // Scale so the root has prec + 1 digits, with an even exponent.
  let shift = 2 * (prec + 1) - digitCount(d.coeff);
  if ((d.exp - shift) % 2 !== 0) shift++;
  const n = shift >= 0 ? d.coeff * 10n ** BigInt(shift) : d.coeff / 10n ** BigInt(-shift);
  let root = isqrt(n);
  let exp = (d.exp - shift) / 2;
  if (root * root === n && shift >= 0) {
    while (exp < ideal && root % 10n === 0n) {
      root /= 10n;
      exp++;
    }
  } else if (root % 5n === 0n) root += 1n;
  return roundToPrecision({ negative: false, coeff: root, exp }, prec, 'ROUND_HALF_EVEN');
}

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x && x * x <= n && (x + 1n) * (x + 1n) > n) return x;
    x = y;
  }
}

function powDec(base: Dec, power: Dec): Dec {
  if (base.special || power.special) return NAN;
  const integralPower = power.exp >= 0 || power.coeff % 10n ** BigInt(-power.exp) === 0n;
  if (!integralPower) {
    if (base.negative) throw signal(InvalidOperation);
    // Inexact in general: CPython's result has all the context's digits.
    const prec = activeContext.prec();
    const root = power.coeff * 2n === 10n ** BigInt(-power.exp) ? sqrtDec(base) : createDecimalFromFloat(decToNumber(base) ** decToNumber(power), prec);
    const pad = prec - digitCount(root.coeff);
    return pad > 0 && root.coeff !== 0n ? { ...root, coeff: root.coeff * 10n ** BigInt(pad), exp: root.exp - pad } : root;
  }
  let n = power.exp >= 0 ? power.coeff * 10n ** BigInt(power.exp) : power.coeff / 10n ** BigInt(-power.exp);
  if (n === 0n) {
    if (base.coeff === 0n) throw signal(InvalidOperation);
    return { negative: false, coeff: 1n, exp: 0 };
  }
  if (n > 100000n) throw pyError('OverflowError', 'exponent too large');
  let result: Dec = { negative: false, coeff: 1n, exp: 0 };
  let b: Dec = base;
  const extra = activeContext.prec() + 10;
  while (n > 0n) {
    if (n & 1n) result = roundToPrecision({ negative: result.negative !== b.negative, coeff: result.coeff * b.coeff, exp: result.exp + b.exp }, extra);
    n >>= 1n;
    if (n > 0n) b = roundToPrecision({ negative: false, coeff: b.coeff * b.coeff, exp: b.exp * 2 }, extra);
  }
  if (power.negative) return divDec({ negative: false, coeff: 1n, exp: 0 }, result);
  return roundToPrecision(result);
}

function adjusted(d: Dec): number {
  return d.special ? 0 : d.exp + digitCount(d.coeff) - 1;
}

/** The methods the first version of Decimal lacked: arithmetic, tests, conversions. */
export function installDecimalMethods(interp: Interpreter, tupleOf: (values: PyValue[]) => PyInstance): void {
  const unsupported = (symbol: string, a: PyValue, b: PyValue) =>
    pyError('TypeError', `unsupported operand type(s) for ${symbol}: '${a instanceof Object && 'cls' in a ? 'decimal.Decimal' : typeName(a)}' and '${b instanceof Object && 'cls' in b && (b as PyInstance).cls === DecimalClass ? 'decimal.Decimal' : typeName(b)}'`);
  const binary = (symbol: string, name: string, op: (a: Dec, b: Dec) => PyValue) => {
    method(`__${name}__`, (self, [other]) => {
      const b = operand(other ?? null);
      if (!b) throw unsupported(symbol, newDecimal(self), other ?? null);
      return op(self, b);
    });
    method(`__r${name}__`, (self, [other]) => {
      const a = operand(other ?? null);
      if (!a) throw unsupported(symbol, other ?? null, newDecimal(self));
      return op(a, self);
    });
  };
  binary('**', 'pow', (a, b) => newDecimal(powDec(a, b)));
  binary('//', 'floordiv', (a, b) => newDecimal(divmodDec(a, b)[0]));
  binary('%', 'mod', (a, b) => newDecimal(divmodDec(a, b)[1]));
  binary('divmod()', 'divmod', (a, b) => new PyTuple(divmodDec(a, b).map(newDecimal)));
  method('sqrt', (self) => newDecimal(sqrtDec(self)));
  method('exp', (self) => newDecimal(createDecimalFromFloat(Math.exp(decToNumber(self)), Math.min(activeContext.prec(), 17))));
  method('ln', (self) => newDecimal(createDecimalFromFloat(Math.log(decToNumber(self)), Math.min(activeContext.prec(), 17))));
  method('log10', (self) => {
    const n = decToNumber(self);
    const exact = Math.log10(n);
    return newDecimal(Number.isInteger(exact) ? decimalFrom(exact) : createDecimalFromFloat(exact, Math.min(activeContext.prec(), 17)));
  });
  method('copy_abs', (self) => newDecimal({ ...self, negative: false }));
  method('copy_negate', (self) => newDecimal(negate(self)));
  method('copy_sign', (self, [other]) => newDecimal({ ...self, negative: decimalFrom(other ?? 0).negative }));
  method('is_nan', (self) => self.special === 'nan');
  method('is_qnan', (self) => self.special === 'nan');
  method('is_snan', () => false);
  method('is_infinite', (self) => self.special === 'inf');
  method('is_finite', (self) => self.special === undefined);
  method('is_zero', (self) => !self.special && self.coeff === 0n);
  method('is_signed', (self) => self.negative);
  method('is_normal', (self) => !self.special && self.coeff !== 0n);
  method('adjusted', (self) => adjusted(self));
  method('as_tuple', (self) => {
    const digits = self.special ? (self.special === 'nan' ? [] : [0]) : [...self.coeff.toString()].map(Number);
    return tupleOf([self.negative ? 1 : 0, new PyTuple(digits), self.special === 'nan' ? 'n' : self.special === 'inf' ? 'F' : self.exp]);
  });
  method('as_integer_ratio', (self) => {
    if (self.special) throw pyError(self.special === 'nan' ? 'ValueError' : 'OverflowError', `cannot convert ${self.special === 'nan' ? 'NaN' : 'Infinity'} to integer ratio`);
    let num = self.coeff * (self.exp > 0 ? 10n ** BigInt(self.exp) : 1n);
    let den = self.exp < 0 ? 10n ** BigInt(-self.exp) : 1n;
    const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
    const g = gcd(num, den) || 1n;
    num /= g;
    den /= g;
    return new PyTuple([interp.call(interp.builtins.get('int')!, [(self.negative ? '-' : '') + num.toString()]), interp.call(interp.builtins.get('int')!, [den.toString()])]);
  });
  const toIntegral = (self: Dec, rounding?: PyValue) =>
    newDecimal(self.special || self.exp >= 0 ? self : { negative: self.negative, coeff: roundCoeff(self.coeff, -self.exp, self.negative, typeof rounding === 'string' ? (rounding as never) : activeContext.rounding()), exp: 0 });
  method('to_integral_value', (self, [rounding], kwargs) => toIntegral(self, rounding ?? kwargs.get('rounding')));
  method('to_integral', (self, [rounding], kwargs) => toIntegral(self, rounding ?? kwargs.get('rounding')));
  method('to_integral_exact', (self, [rounding], kwargs) => toIntegral(self, rounding ?? kwargs.get('rounding')));
  method('__trunc__', (self) => interp.call(interp.builtins.get('int')!, [newDecimal(self)]));
  method('__floor__', (self) => integral({ ...quantize(self, 0, 'ROUND_FLOOR', Number.MAX_SAFE_INTEGER) }));
  method('__ceil__', (self) => integral({ ...quantize(self, 0, 'ROUND_CEILING', Number.MAX_SAFE_INTEGER) }));
  method('compare', (self, [other]) => {
    const c = compareDec(self, decimalFrom(other ?? 0));
    return newDecimal(Number.isNaN(c) ? NAN : { negative: c < 0, coeff: c === 0 ? 0n : 1n, exp: 0 });
  });
  method('max', (self, [other]) => newDecimal(compareDec(self, decimalFrom(other ?? 0)) >= 0 ? self : decimalFrom(other ?? 0)));
  method('min', (self, [other]) => newDecimal(compareDec(self, decimalFrom(other ?? 0)) <= 0 ? self : decimalFrom(other ?? 0)));
  method('fma', (self, [a, b]) => newDecimal(addDec(mulDec(self, decimalFrom(a ?? 0)), decimalFrom(b ?? 0))));
  method('to_eng_string', (self) => decToString(self));
  method('scaleb', (self, [n]) => newDecimal({ ...self, exp: self.exp + Number(n ?? 0) }));
  method('conjugate', (self) => newDecimal(self));
  method('__hash__', (self) => {
    if (self.special === 'nan') return 0;
    if (self.special) return self.negative ? -314159 : 314159;
    const isInt = self.exp >= 0 || self.coeff % 10n ** BigInt(-self.exp) === 0n;
    if (isInt) return interp.call(interp.builtins.get('hash')!, [integral(self)]);
    return interp.call(interp.builtins.get('hash')!, [new PyFloat(decToNumber(self))]);
  });
}
