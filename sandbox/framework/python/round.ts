import { intFromFloat, PyLong } from './big-int';
import { pyError } from './exceptions';
import { fixedDigits } from './float-digits';
import { PyFloat, type PyValue } from './objects';
import { isNumber, toNumber, typeName } from './values';

/** round(x[, n]): half to even on the exact binary value, as CPython rounds. */
export function roundNumber(value: PyValue, ndigits: PyValue): PyValue {
  if (!isNumber(value)) throw pyError('TypeError', `type ${typeName(value)} doesn't define __round__ method`);
  if (ndigits !== null && typeof ndigits !== 'number' && typeof ndigits !== 'boolean') {
    throw pyError('TypeError', `'${typeName(ndigits)}' object cannot be interpreted as an integer`);
  }
  if (!(value instanceof PyFloat)) {
    if (ndigits === null || Number(ndigits) >= 0 || value instanceof PyLong) return typeof value === 'boolean' ? Number(value) : value;
    const f = 10 ** -Number(ndigits);
    const n = toNumber(value);
    return halfEven(n / f) * f;
  }
  const x = value.value;
  if (ndigits === null) {
    if (!Number.isFinite(x)) throw pyError(Number.isNaN(x) ? 'ValueError' : 'OverflowError', Number.isNaN(x) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    return intFromFloat(halfEven(x));
  }
  if (!Number.isFinite(x)) return value;
  const nd = Number(ndigits);
  if (nd > 300) return value;
  if (nd < 0) return new PyFloat(halfEven(x / 10 ** -nd) * 10 ** -nd);
  // The exact binary value rounded as a decimal, then read back: 2.675 is 2.67499..., so 2.67.
  const magnitude = Number(fixedDigits(x, nd));
  return new PyFloat(x < 0 || Object.is(x, -0) ? -magnitude : magnitude);
}

function halfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
