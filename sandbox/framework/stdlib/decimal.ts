import {
  ORDERINGS,
  PyClass,
  PyException,
  PyFloat,
  PyInstance,
  PyList,
  PyNativeFunction,
  exceptionClass,
  newException,
  objectClass,
  pyError,
  typeName,
  type Kwargs,
  type PyValue,
} from '../python';
import { PyLong } from '../python/big-int';

/**
 * Python's decimal module, the part Django's DecimalField needs: exact decimal numbers
 * (a sign, an integer coefficient and a power of ten), the default context's 28 digits
 * and ROUND_HALF_EVEN, `quantize`, and the repr `Decimal('9.50')` learners see.
 * Infinities and NaN are left out: nothing in the course makes them.
 */
export interface Dec {
  negative: boolean;
  coeff: bigint;
  exp: number;
  /** NaN or Infinity (coeff and exp then mean nothing). */
  special?: 'nan' | 'inf';
}

const MODULE = 'decimal';
/** The default context's precision, and its exponent limit (Emax). */
export const DEFAULT_PREC = 28;

/** The current context's precision and rounding (getcontext(); decimal-context.ts changes it). */
export const activeContext: { prec: () => number; rounding: () => Rounding } = { prec: () => DEFAULT_PREC, rounding: () => 'ROUND_HALF_EVEN' };
const MAX_EXPONENT = 999_999;

export const DecimalException = new PyClass('DecimalException', [exceptionClass('ArithmeticError')], MODULE);
export const InvalidOperation = new PyClass('InvalidOperation', [DecimalException], MODULE);
const DivisionByZero = new PyClass('DivisionByZero', [DecimalException, exceptionClass('ZeroDivisionError')], MODULE);
// The C implementation's messages name the condition: [<class 'decimal.ConversionSyntax'>].
const ConversionSyntax = new PyClass('ConversionSyntax', [InvalidOperation], MODULE);
const DivisionUndefined = new PyClass('DivisionUndefined', [InvalidOperation], MODULE);

export function signal(cls: PyClass, condition: PyClass = cls): PyException {
  return new PyException(newException(cls, [new PyList([condition])]));
}

export const ROUNDINGS = ['ROUND_HALF_EVEN', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_UP', 'ROUND_DOWN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_05UP'] as const;
export type Rounding = (typeof ROUNDINGS)[number];

// ---- Arithmetic on Dec values ---------------------------------------------------------

const TEN = 10n;

function pow10(n: number): bigint {
  return TEN ** BigInt(n);
}

function digits(coeff: bigint): number {
  return coeff === 0n ? 1 : coeff.toString().length;
}

/** Parses Python's decimal string syntax (`' 9.50 '`, `'-1e3'`, `'1_000'`); null if it is not one. */
export function parseDecimal(text: string): Dec | null {
  const special = /^([+-])?(inf|infinity|s?nan\d*)$/i.exec(text.trim());
  if (special) return { negative: special[1] === '-', coeff: 0n, exp: 0, special: /nan/i.test(special[2]!) ? 'nan' : 'inf' };
  const m = /^([+-])?(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?$/.exec(text.trim().replace(/(\d)_(?=\d)/g, '$1'));
  if (!m) return null;
  const [, sign, whole = '', fracA, fracB, exponent] = m;
  const frac = fracA ?? fracB ?? '';
  const exp = Number(exponent ?? 0) - frac.length;
  // Beyond the default context's exponent range the sandbox would build numbers of millions of digits.
  if (Math.abs(exp) > MAX_EXPONENT) return null;
  return { negative: sign === '-', coeff: BigInt((whole + frac).replace(/^0+(?=\d)/, '') || '0'), exp };
}

export function decFromInt(n: number | bigint): Dec {
  const big = BigInt(n);
  return { negative: big < 0n, coeff: big < 0n ? -big : big, exp: 0 };
}

/** The exact value of a binary float, as Decimal(0.1) gives it (0.1000000000000000055511151231257827021181583404541015625). */
export function decFromFloat(x: number): Dec {
  if (Number.isNaN(x)) return { negative: false, coeff: 0n, exp: 0, special: 'nan' };
  if (!Number.isFinite(x)) return { negative: x < 0, coeff: 0n, exp: 0, special: 'inf' };
  if (Number.isInteger(x)) return { ...decFromInt(BigInt(x)), negative: x < 0 || Object.is(x, -0) };
  // x = mantissa / 2**k exactly, with k the fewest bits needed; then mantissa/2**k = mantissa*5**k / 10**k.
  let k = 0;
  let m = Math.abs(x);
  while (!Number.isInteger(m)) {
    m *= 2;
    k++;
  }
  return { negative: x < 0, coeff: BigInt(m) * 5n ** BigInt(k), exp: -k };
}

/** Drops `drop` low digits of a coefficient, rounding as `rounding` says. */
function roundCoeff(coeff: bigint, drop: number, negative: boolean, rounding: Rounding): bigint {
  if (drop <= 0) return coeff * pow10(-drop);
  const unit = pow10(drop);
  const q = coeff / unit;
  const r = coeff % unit;
  if (r === 0n) return q;
  const twice = r * 2n;
  const up = (() => {
    switch (rounding) {
      case 'ROUND_DOWN':
        return false;
      case 'ROUND_UP':
        return true;
      case 'ROUND_CEILING':
        return !negative;
      case 'ROUND_FLOOR':
        return negative;
      case 'ROUND_HALF_UP':
        return twice >= unit;
      case 'ROUND_HALF_DOWN':
        return twice > unit;
      case 'ROUND_05UP':
        return q % 10n === 0n || q % 10n === 5n;
      default:
        return twice > unit || (twice === unit && q % 2n === 1n);
    }
  })();
  return up ? q + 1n : q;
}

/** A result rounded to `prec` significant digits (the context's _fix). */
export function roundToPrecision(d: Dec, prec = activeContext.prec(), rounding: Rounding = activeContext.rounding()): Dec {
  if (d.special) return d;
  const excess = digits(d.coeff) - prec;
  if (excess <= 0) return d;
  let coeff = roundCoeff(d.coeff, excess, d.negative, rounding);
  let exp = d.exp + excess;
  if (digits(coeff) > prec) {
    coeff /= TEN;
    exp++;
  }
  return { negative: d.negative, coeff, exp };
}

/** Context.create_decimal_from_float: the float's exact value, rounded to the context's precision. */
export function createDecimalFromFloat(x: number, prec = DEFAULT_PREC): Dec {
  return roundToPrecision(decFromFloat(x), prec);
}

/** Decimal.quantize(Decimal(1).scaleb(exp)): `exp` digits after the point; InvalidOperation past `prec` digits. */
export function quantize(d: Dec, exp: number, rounding: Rounding = activeContext.rounding(), prec = activeContext.prec()): Dec {
  if (d.special === 'nan') return d;
  if (d.special) throw signal(InvalidOperation);
  if (d.coeff !== 0n && digits(d.coeff) + d.exp - exp > Math.min(prec, MAX_EXPONENT)) throw signal(InvalidOperation);
  const coeff = roundCoeff(d.coeff, exp - d.exp, d.negative, rounding);
  if (digits(coeff) > prec) throw signal(InvalidOperation);
  return { negative: d.negative, coeff, exp };
}

function aligned(a: Dec, b: Dec): [bigint, bigint, number] {
  const exp = Math.min(a.exp, b.exp);
  const x = a.coeff * pow10(a.exp - exp) * (a.negative ? -1n : 1n);
  const y = b.coeff * pow10(b.exp - exp) * (b.negative ? -1n : 1n);
  return [x, y, exp];
}

function fromSigned(value: bigint, exp: number, negativeZero = false): Dec {
  return { negative: value < 0n || (value === 0n && negativeZero), coeff: value < 0n ? -value : value, exp };
}

export function compareDec(a: Dec, b: Dec): number {
  if (a.special === 'nan' || b.special === 'nan') return NaN;
  if (a.special || b.special) {
    const rank = (d: Dec) => (d.special === 'inf' ? (d.negative ? -1 : 1) : 0);
    if (rank(a) !== rank(b)) return rank(a) < rank(b) ? -1 : 1;
    if (a.special) return 0;
  }
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

const NAN: Dec = { negative: false, coeff: 0n, exp: 0, special: 'nan' };

export function addDec(a: Dec, b: Dec): Dec {
  if (a.special === 'nan' || b.special === 'nan') return NAN;
  if (a.special && b.special && a.negative !== b.negative) throw signal(InvalidOperation);
  if (a.special || b.special) return a.special ? a : b;
  const [x, y, exp] = aligned(a, b);
  return roundToPrecision(fromSigned(x + y, exp, a.negative && b.negative));
}

export function negate(d: Dec): Dec {
  return { ...d, negative: !d.negative };
}

export function mulDec(a: Dec, b: Dec): Dec {
  if (a.special === 'nan' || b.special === 'nan') return NAN;
  if (a.special || b.special) {
    if ((!a.special && a.coeff === 0n) || (!b.special && b.coeff === 0n)) throw signal(InvalidOperation);
    return { negative: a.negative !== b.negative, coeff: 0n, exp: 0, special: 'inf' };
  }
  return roundToPrecision({ negative: a.negative !== b.negative, coeff: a.coeff * b.coeff, exp: a.exp + b.exp });
}

/** Division to the context's precision; an exact quotient keeps the exponent closest to a.exp - b.exp, as Python's does. */
export function divDec(a: Dec, b: Dec, prec = activeContext.prec()): Dec {
  const negative = a.negative !== b.negative;
  if (a.special === 'nan' || b.special === 'nan') return NAN;
  if (a.special && b.special) throw signal(InvalidOperation);
  if (a.special) return { negative, coeff: 0n, exp: 0, special: 'inf' };
  if (b.special) return { negative, coeff: 0n, exp: 0 };
  if (b.coeff === 0n) throw a.coeff === 0n ? signal(InvalidOperation, DivisionUndefined) : signal(DivisionByZero);
  if (a.coeff === 0n) return { negative, coeff: 0n, exp: a.exp - b.exp };
  const shift = digits(b.coeff) - digits(a.coeff) + prec + 1;
  let exp = a.exp - b.exp - shift;
  const num = shift >= 0 ? a.coeff * pow10(shift) : a.coeff;
  const den = shift >= 0 ? b.coeff : b.coeff * pow10(-shift);
  let coeff = num / den;
  const remainder = num % den;
  if (remainder !== 0n) {
    // Not exact: a last digit of 0 or 5 would round as if it were; nudge it.
    if (coeff % 5n === 0n) coeff += 1n;
  } else {
    const ideal = a.exp - b.exp;
    while (exp < ideal && coeff % 10n === 0n) {
      coeff /= 10n;
      exp++;
    }
  }
  return roundToPrecision({ negative, coeff, exp }, prec);
}

/** str(Decimal): plain notation unless the exponent is positive or the number very small. */
export function decToString(d: Dec): string {
  if (d.special) return (d.negative ? '-' : '') + (d.special === 'nan' ? 'NaN' : 'Infinity');
  const int = d.coeff.toString();
  const leftDigits = d.exp + int.length;
  const dot = d.exp <= 0 && leftDigits > -6 ? leftDigits : 1;
  let intPart: string;
  let fracPart: string;
  if (dot <= 0) {
    intPart = '0';
    fracPart = '.' + '0'.repeat(-dot) + int;
  } else if (dot >= int.length) {
    intPart = int + '0'.repeat(dot - int.length);
    fracPart = '';
  } else {
    intPart = int.slice(0, dot);
    fracPart = '.' + int.slice(dot);
  }
  const exponent = leftDigits === dot ? '' : `E${leftDigits - dot >= 0 ? '+' : ''}${leftDigits - dot}`;
  return (d.negative ? '-' : '') + intPart + fracPart + exponent;
}

/** '{:f}'.format(d): fixed point, never an exponent. */
export function decToFixed(d: Dec): string {
  if (d.special) return decToString(d);
  const int = d.coeff.toString();
  let text: string;
  if (d.exp >= 0) text = int + '0'.repeat(d.exp);
  else {
    const padded = int.padStart(-d.exp + 1, '0');
    text = padded.slice(0, d.exp) + '.' + padded.slice(d.exp);
  }
  return (d.negative ? '-' : '') + text;
}

export function decToNumber(d: Dec): number {
  return Number(decToString(d));
}

// ---- The Python class ------------------------------------------------------------------

export const DecimalClass: PyClass = new PyClass('Decimal', [objectClass], MODULE, {
  construct: (_cls, args, kwargs) => newDecimal(decimalFrom(args[0] ?? kwargs.get('value') ?? '0')),
});

export function newDecimal(d: Dec): PyInstance {
  const instance = new PyInstance(DecimalClass);
  instance.native = d;
  return instance;
}

export function isDecimal(value: PyValue): value is PyInstance {
  return value instanceof PyInstance && value.cls === DecimalClass;
}

export function decOf(value: PyInstance): Dec {
  return value.native as Dec;
}

/** Decimal(value): from a str, an int, a float (exactly) or another Decimal. */
export function decimalFrom(value: PyValue): Dec {
  if (isDecimal(value)) return decOf(value);
  if (typeof value === 'string') {
    const parsed = parseDecimal(value);
    if (!parsed) throw signal(InvalidOperation, ConversionSyntax);
    return parsed;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return decFromInt(Number(value));
  if (value instanceof PyFloat) return decFromFloat(value.value);
  throw pyError('TypeError', `conversion from ${typeName(value)} to Decimal is not supported`);
}

/** The other operand of an arithmetic operator: an int or a Decimal; anything else is not supported. */
function operand(value: PyValue): Dec | null {
  if (isDecimal(value)) return decOf(value);
  if (typeof value === 'number' || typeof value === 'boolean') return decFromInt(Number(value));
  return null;
}

/** The Dec of a method's self (called as Decimal.__add__(x, ...), self could be anything). */
function selfDec(self: PyValue | undefined, name: string): Dec {
  if (!isDecimal(self ?? null)) throw pyError('TypeError', `descriptor '${name}' requires a 'decimal.Decimal' object but received a '${typeName(self ?? null)}'`);
  return decOf(self as PyInstance);
}

function method(name: string, body: (self: Dec, args: PyValue[], kwargs: Kwargs) => PyValue) {
  DecimalClass.dict.set(name, new PyNativeFunction(name, ([self, ...args], kwargs) => body(selfDec(self, name), args, kwargs)));
}

function arithmetic(symbol: string, name: string, op: (a: Dec, b: Dec) => Dec) {
  const unsupported = (a: PyValue, b: PyValue) => pyError('TypeError', `unsupported operand type(s) for ${symbol}: '${qualifiedType(a)}' and '${qualifiedType(b)}'`);
  DecimalClass.dict.set(`__${name}__`, new PyNativeFunction(`__${name}__`, ([self, other]) => {
    const b = operand(other!);
    if (!b) throw unsupported(self!, other!);
    return newDecimal(op(selfDec(self, `__${name}__`), b));
  }));
  DecimalClass.dict.set(`__r${name}__`, new PyNativeFunction(`__r${name}__`, ([self, other]) => {
    const a = operand(other!);
    if (!a) throw unsupported(other!, self!);
    return newDecimal(op(a, selfDec(self, `__r${name}__`)));
  }));
}

function qualifiedType(value: PyValue): string {
  return isDecimal(value) ? 'decimal.Decimal' : typeName(value);
}

arithmetic('+', 'add', addDec);
arithmetic('-', 'sub', (a, b) => addDec(a, negate(b)));
arithmetic('*', 'mul', mulDec);
arithmetic('/', 'truediv', (a, b) => divDec(a, b));

/** Comparisons accept ints, floats (compared exactly, as Python does) and Decimals. */
function comparable(value: PyValue): Dec | null {
  if (value instanceof PyFloat) return Number.isFinite(value.value) ? decFromFloat(value.value) : null;
  return operand(value);
}

for (const [name, symbol, test] of ORDERINGS) {
  DecimalClass.dict.set(name, new PyNativeFunction(name, ([self, other]) => {
    const b = comparable(other!);
    if (!b) throw pyError('TypeError', `'${symbol}' not supported between instances of 'decimal.Decimal' and '${typeName(other!)}'`);
    const c = compareDec(selfDec(self, name), b);
    if (Number.isNaN(c)) throw signal(InvalidOperation);
    return test(c);
  }));
}

method('__eq__', (self, [other]) => {
  const b = comparable(other!);
  return b !== null && compareDec(self, b) === 0;
});
method('__repr__', (self) => `Decimal('${decToString(self)}')`);
method('__str__', (self) => decToString(self));
method('__neg__', (self) => newDecimal(self.coeff === 0n ? self : negate(self)));
method('__pos__', (self) => newDecimal(self));
method('__abs__', (self) => newDecimal({ ...self, negative: false }));
method('__bool__', (self) => self.coeff !== 0n || self.special !== undefined);
method('__float__', (self) => new PyFloat(self.special === 'nan' ? NaN : decToNumber(self)));
method('__int__', (self) => {
  if (self.special) throw pyError(self.special === 'nan' ? 'ValueError' : 'OverflowError', `cannot convert ${self.special === 'nan' ? 'NaN' : 'Infinity'} to integer`);
  return integral(self);
});
/** int(Decimal): truncated toward zero, a bigint past the safe range. */
function integral(self: Dec): PyValue {
  const v = roundCoeff(self.coeff, -self.exp, self.negative, 'ROUND_DOWN') * (self.negative ? -1n : 1n);
  return Number.isSafeInteger(Number(v)) ? Number(v) : new PyLong(v);
}
method('__round__', (self, [ndigits]) => {
  if (ndigits === undefined || ndigits === null) return Number(roundCoeff(self.coeff, -self.exp, self.negative, 'ROUND_HALF_EVEN')) * (self.negative ? -1 : 1);
  return newDecimal(quantize(self, -Number(ndigits)));
});
method('quantize', (self, [exp], kwargs) => {
  const target = isDecimal(exp!) ? decOf(exp) : null;
  if (!target) throw pyError('TypeError', `conversion from ${typeName(exp ?? null)} to Decimal is not supported`);
  const rounding = kwargs.get('rounding');
  return newDecimal(quantize(self, target.exp, ROUNDINGS.includes(rounding as Rounding) ? (rounding as Rounding) : 'ROUND_HALF_EVEN'));
});
method('normalize', (self) => {
  let { coeff, exp } = self;
  if (coeff === 0n) return newDecimal({ negative: self.negative, coeff, exp: 0 });
  while (coeff % 10n === 0n) {
    coeff /= 10n;
    exp++;
  }
  return newDecimal({ negative: self.negative, coeff, exp });
});
method('__format__', (self, [spec]) => formatDecimal(self, typeof spec === 'string' ? spec : ''));

/** format(Decimal, spec): fill, align, sign, width, thousands separator and precision with f, % or none. */
function formatDecimal(d: Dec, spec: string): string {
  const m = /^(?:(.)?([<>^=]))?([+\- ])?(0)?(\d+)?(,)?(?:\.(\d+))?([fF%]?)$/.exec(spec);
  if (!m) throw pyError('ValueError', `Invalid format string`);
  const [, fill = ' ', align, sign = '-', zero, width, comma, precision, type] = m;
  let value = type === '%' ? { ...d, exp: d.exp + 2 } : d;
  if (precision !== undefined) value = quantize(value, -Number(precision), 'ROUND_HALF_EVEN', Number.MAX_SAFE_INTEGER);
  let body = type === 'f' || type === 'F' || type === '%' ? decToFixed({ ...value, negative: false }) : decToString({ ...value, negative: false });
  if (comma) body = body.replace(/^(\d+)/, (ds) => ds.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
  if (type === '%') body += '%';
  const signText = value.negative ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '';
  const w = Number(width ?? 0);
  const text = signText + body;
  if (text.length >= w) return text;
  const pad = w - text.length;
  const how = align ?? (zero ? '=' : '>');
  const f = zero && !align ? '0' : fill;
  if (how === '<') return text + f.repeat(pad);
  if (how === '>') return f.repeat(pad) + text;
  if (how === '=') return signText + f.repeat(pad) + body;
  return f.repeat(Math.floor(pad / 2)) + text + f.repeat(Math.ceil(pad / 2));
}

export { ConversionSyntax, DivisionUndefined, roundCoeff, digits as digitCount, method as decimalMethod, operand as decimalOperand, integral };

/** `import decimal` / `from decimal import Decimal`. */
export function decimalModule(): Record<string, PyValue> {
  return {
    Decimal: DecimalClass,
    DecimalException,
    InvalidOperation,
    DivisionByZero,
    ConversionSyntax,
    DivisionUndefined,
    ...Object.fromEntries(ROUNDINGS.map((r) => [r, r])),
  };
}
