import { compareInts, compareIntFloat, intFromFloat, intOp, isIntegral, normInt, PyLong, toBig } from './big-int';
import { pyError } from './exceptions';
import { PyFloat, type PyValue } from './objects';
import { typeName } from './values';

export function isNumeric(v: PyValue): v is number | boolean | PyLong | PyFloat {
  return isIntegral(v) || v instanceof PyFloat;
}

export function asDouble(v: number | boolean | PyLong | PyFloat): number {
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyLong) return Number(v.value);
  return Number(v);
}

function floatOp(op: string, x: number, y: number): PyValue | undefined {
  switch (op) {
    case '+':
      return new PyFloat(x + y);
    case '-':
      return new PyFloat(x - y);
    case '*':
      return new PyFloat(x * y);
    case '/':
      if (y === 0) throw pyError('ZeroDivisionError', 'float division by zero');
      return new PyFloat(x / y);
    case '//':
      if (y === 0) throw pyError('ZeroDivisionError', 'float floor division by zero');
      return new PyFloat(Math.floor(x / y));
    case '%': {
      if (y === 0) throw pyError('ZeroDivisionError', 'float modulo by zero');
      const m = x % y;
      // The result takes the divisor's sign, and a zero result keeps it too.
      return new PyFloat(m !== 0 && m < 0 !== y < 0 ? m + y : m === 0 ? (y < 0 ? -0 : 0) : m);
    }
    case '**': {
      if (x === 0 && y < 0) throw pyError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
      if (x < 0 && !Number.isInteger(y)) throw pyError('ValueError', 'complex results are not supported in the sandbox');
      const r = x ** y;
      if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw pyError('OverflowError', '(34, \'Numerical result out of range\')');
      return new PyFloat(r);
    }
  }
  return undefined;
}

/** A binary operator on two numbers (bool, int, float), or undefined when numbers do not have it. */
export function numberOp(op: string, a: PyValue, b: PyValue): PyValue | undefined {
  if (!isNumeric(a) || !isNumeric(b)) return undefined;
  if (isIntegral(a) && isIntegral(b)) {
    if (op === '/' && typeof a !== 'boolean' && typeof b !== 'boolean' && !(a instanceof PyLong) && !(b instanceof PyLong)) {
      if (b === 0) throw pyError('ZeroDivisionError', 'division by zero');
      return new PyFloat(a / b);
    }
    return intOp(op, a, b);
  }
  if (op === '&' || op === '|' || op === '^' || op === '<<' || op === '>>') return undefined;
  return floatOp(op, asDouble(a), asDouble(b));
}

export function compareNumbers(a: PyValue, b: PyValue): number {
  if (isIntegral(a) && isIntegral(b)) return compareInts(a, b);
  if (a instanceof PyLong && b instanceof PyFloat) return compareIntFloat(a.value, b.value);
  if (a instanceof PyFloat && b instanceof PyLong) return -compareIntFloat(b.value, a.value);
  const x = asDouble(a as PyFloat);
  const y = asDouble(b as PyFloat);
  return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
}

export function numbersEqual(a: PyValue, b: PyValue): boolean {
  if ((a instanceof PyLong || b instanceof PyLong) && isIntegral(a) && isIntegral(b)) return toBig(a) === toBig(b);
  if (a instanceof PyLong || b instanceof PyLong) return compareNumbers(a, b) === 0;
  return asDouble(a as PyFloat) === asDouble(b as PyFloat);
}

/** -x, +x and ~x on a number. */
export function unaryNumber(op: '-' | '+' | '~', v: PyValue): PyValue {
  if (!isNumeric(v)) throw pyError('TypeError', `bad operand type for unary ${op}: '${typeName(v)}'`);
  if (v instanceof PyFloat) {
    if (op === '~') throw pyError('TypeError', "bad operand type for unary ~: 'float'");
    return op === '-' ? new PyFloat(-v.value) : v;
  }
  if (op === '+') return typeof v === 'boolean' ? Number(v) : v;
  if (typeof v === 'number' && Number.isSafeInteger(-v)) return op === '-' ? (v === 0 ? 0 : -v) : ~v;
  return normInt(op === '-' ? -toBig(v) : ~toBig(v));
}

export function intOfFloat(x: number): PyValue {
  return intFromFloat(x);
}

export { PyLong };
