import { PyFloat, PyTuple, pyError, type Interpreter, type PyValue } from '../python';
import { MATH_SOURCE } from './math-source';
import { nativeFn, pythonModule } from './python-source';

/** The C library's functions on one double; NaN from a number means a domain error, infinity from a finite one an overflow. */
const UNARY: Record<string, (x: number) => number> = {
  sqrt: Math.sqrt, exp: Math.exp, expm1: Math.expm1, sin: Math.sin, cos: Math.cos, tan: Math.tan,
  asin: Math.asin, acos: Math.acos, atan: Math.atan, sinh: Math.sinh, cosh: Math.cosh, tanh: Math.tanh,
  asinh: Math.asinh, acosh: Math.acosh, atanh: Math.atanh, cbrt: Math.cbrt, exp2: (x) => 2 ** x,
  _ln: Math.log, _log2: Math.log2, _log10: Math.log10, _log1p: Math.log1p,
};

function num(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return Number(v);
  throw pyError('TypeError', 'must be real number');
}

function checked(x: number, r: number): PyFloat {
  if (Number.isNaN(r) && !Number.isNaN(x)) throw pyError('ValueError', 'math domain error');
  if (!Number.isFinite(r) && Number.isFinite(x) && !Number.isNaN(r)) throw pyError('OverflowError', 'math range error');
  return new PyFloat(r);
}

/**
 * Python's math module. The float functions are JavaScript's (the same IEEE doubles); the
 * integer ones (factorial, gcd, comb, isqrt...) are written in Python, exact at any size.
 */
export function mathModule(interp: Interpreter): Record<string, PyValue> {
  const natives: Record<string, PyValue> = {};
  for (const [name, fn] of Object.entries(UNARY)) {
    natives[`_c_${name.replace(/^_/, '')}`] = nativeFn(name, (x) => {
      const v = num(x!);
      return checked(v, fn(v));
    });
  }
  natives._c_atan2 = nativeFn('atan2', (y, x) => new PyFloat(Math.atan2(num(y!), num(x!))));
  natives._c_pow = nativeFn('pow', (x, y) => {
    const [a, b] = [num(x!), num(y!)];
    if (a === 0 && b < 0) throw pyError('ValueError', 'math domain error');
    const r = a ** b;
    if (Number.isNaN(r) && !Number.isNaN(a) && !Number.isNaN(b)) throw pyError('ValueError', 'math domain error');
    if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b)) throw pyError('OverflowError', 'math range error');
    // 1 ** nan and nan ** 0 are 1 in C's pow, and so in Python.
    return new PyFloat(a === 1 || b === 0 ? 1 : r);
  });
  natives._c_fmod = nativeFn('fmod', (x, y) => {
    const [a, b] = [num(x!), num(y!)];
    if (b === 0 || !Number.isFinite(a)) {
      if (Number.isNaN(a) || Number.isNaN(b)) return new PyFloat(NaN);
      throw pyError('ValueError', 'math domain error');
    }
    return new PyFloat(Number.isFinite(b) ? a % b : a);
  });
  natives._c_copysign = nativeFn('copysign', (x, y) => {
    const [a, b] = [num(x!), num(y!)];
    const negative = b < 0 || Object.is(b, -0) || (Number.isNaN(b) && false);
    return new PyFloat(negative ? -Math.abs(a) : Math.abs(a));
  });
  natives._c_frexp = nativeFn('frexp', (x) => {
    const v = num(x!);
    if (v === 0 || !Number.isFinite(v)) return new PyTuple([new PyFloat(v), 0]);
    // The exponent field of the double's bits; a subnormal is scaled into the normal range first.
    const scale = Math.abs(v) < 2 ** -1022 ? 64 : 0;
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, v * 2 ** scale);
    const exponent = ((buf.getUint16(0) >> 4) & 0x7ff) - 1022;
    buf.setUint16(0, (buf.getUint16(0) & 0x800f) | (1022 << 4));
    return new PyTuple([new PyFloat(buf.getFloat64(0)), exponent - scale]);
  });
  natives._c_ldexp = nativeFn('ldexp', (x, i) => {
    const v = num(x!);
    const e = num(i!);
    // Two steps keep 2 ** e finite for the exponents at either end of the range.
    const half = Math.trunc(e / 2);
    return checked(v, v * 2 ** half * 2 ** (e - half));
  });
  natives._c_isnan = nativeFn('isnan', (x) => Number.isNaN(num(x!)));
  natives._c_isinf = nativeFn('isinf', (x) => {
    const v = num(x!);
    return !Number.isFinite(v) && !Number.isNaN(v);
  });
  natives._c_nextafter = nativeFn('nextafter', (x, y) => new PyFloat(nextAfter(num(x!), num(y!))));
  const ns = pythonModule(interp, 'math', MATH_SOURCE, natives);
  return Object.fromEntries(Object.entries(ns).filter(([k]) => !k.startsWith('_') || k.startsWith('__')));
}

function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  let bits = buf.getBigInt64(0);
  bits += (y > x) === (x > 0) ? 1n : -1n;
  buf.setBigInt64(0, bits);
  return buf.getFloat64(0);
}
