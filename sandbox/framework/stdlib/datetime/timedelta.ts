import { ORDERINGS, PyFloat, PyInstance, PyList, PyTuple, pyError, type PyValue } from '../../python';
import { PyLong, normInt } from '../../python/big-int';
import { TimedeltaClass, isTimedelta, make, tdOf, type TD } from './classes';
import { bind, float, getter, interp, method, qualifiedType } from './runtime';

/**
 * datetime.timedelta: days, seconds (0..86399) and microseconds (0..999999), normalised so
 * that only days can be negative, as CPython keeps them. Arithmetic runs on the total in
 * microseconds as a bigint, exact like CPython's, rounding half to even where it rounds.
 */
const US_PER_SECOND = 1_000_000n;
const US_PER_DAY = 86_400n * US_PER_SECOND;
export const MAX_DAYS = 999_999_999;

export function totalUs(td: TD): bigint {
  return BigInt(td.days) * US_PER_DAY + BigInt(td.seconds) * US_PER_SECOND + BigInt(td.us);
}

function floorDivBig(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

/** a / b rounded half to even, b of either sign. */
export function divRound(a: bigint, b: bigint): bigint {
  if (b < 0n) return divRound(-a, -b);
  const q = floorDivBig(a, b);
  const r2 = (a - q * b) * 2n;
  if (r2 > b || (r2 === b && q % 2n !== 0n)) return q + 1n;
  return q;
}

export function tdFromUs(total: bigint): TD {
  const days = floorDivBig(total, US_PER_DAY);
  const rest = total - days * US_PER_DAY;
  if (days > BigInt(MAX_DAYS) || days < BigInt(-MAX_DAYS)) throw pyError('OverflowError', `days=${days}; must have magnitude <= ${MAX_DAYS}`);
  return { days: Number(days), seconds: Number(rest / US_PER_SECOND), us: Number(rest % US_PER_SECOND) };
}

export function newTimedelta(td: TD): PyInstance {
  return make(TimedeltaClass, td);
}

export function timedeltaFromUs(total: bigint): PyInstance {
  return newTimedelta(tdFromUs(total));
}

/** A float's exact value as numerator / 2**k, as float.as_integer_ratio gives it. */
export function floatRatio(x: number): [bigint, bigint] {
  if (Number.isNaN(x)) throw pyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pyError('OverflowError', 'cannot convert float infinity to integer');
  let den = 1n;
  let m = x;
  while (!Number.isInteger(m)) {
    m *= 2;
    den *= 2n;
  }
  return [BigInt(m), den];
}

const UNITS: [string, bigint][] = [
  ['days', US_PER_DAY],
  ['seconds', US_PER_SECOND],
  ['microseconds', 1n],
  ['milliseconds', 1000n],
  ['minutes', 60n * US_PER_SECOND],
  ['hours', 3600n * US_PER_SECOND],
  ['weeks', 7n * US_PER_DAY],
];

function asInt(value: PyValue): bigint | null {
  if (typeof value === 'number') return BigInt(value);
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (value instanceof PyLong) return value.value;
  return null;
}

TimedeltaClass.hooks.construct = (cls, args, kwargs) => {
  const values = bind(UNITS.map(([name]) => name), args, kwargs, 0, '__new__');
  // The exact sum of every component in microseconds, a fraction over a power of two.
  let num = 0n;
  let den = 1n;
  values.forEach((value, i) => {
    if (value === undefined) return;
    const [name, unit] = UNITS[i]!;
    const whole = asInt(value);
    const [parsed, d] = whole !== null ? [whole, 1n] : value instanceof PyFloat ? floatRatio(value.value) : [null, 1n];
    if (parsed === null) throw pyError('TypeError', `unsupported type for timedelta ${name} component: ${qualifiedType(value)}`);
    let n = parsed * unit;
    if (d > den) {
      num *= d / den;
      den = d;
    } else n *= den / d;
    num += n;
  });
  return make(cls, tdFromUs(divRound(num, den)));
};

function other(value: PyValue | undefined): TD | null {
  return isTimedelta(value) ? tdOf(value) : null;
}

function unsupported(symbol: string, a: PyValue, b: PyValue): never {
  throw pyError('TypeError', `unsupported operand type(s) for ${symbol}: '${qualifiedType(a)}' and '${qualifiedType(b)}'`);
}

method(TimedeltaClass, '__add__', (self, [b]) => {
  const td = other(b);
  if (td) return timedeltaFromUs(totalUs(tdOf(self)) + totalUs(td));
  // timedelta + date: the date's reflected addition, as NotImplemented would lead to.
  const reflected = b instanceof PyInstance ? b.cls.lookup('__radd__') : undefined;
  if (reflected !== undefined && b instanceof PyInstance) return callReflected(reflected, b, self);
  return unsupported('+', self, b ?? null);
});
method(TimedeltaClass, '__radd__', (self, [a]) => {
  const td = other(a);
  if (td) return timedeltaFromUs(totalUs(td) + totalUs(tdOf(self)));
  return unsupported('+', a ?? null, self);
});
method(TimedeltaClass, '__sub__', (self, [b]) => {
  const td = other(b);
  if (td) return timedeltaFromUs(totalUs(tdOf(self)) - totalUs(td));
  return unsupported('-', self, b ?? null);
});
method(TimedeltaClass, '__rsub__', (self, [a]) => {
  const td = other(a);
  if (td) return timedeltaFromUs(totalUs(td) - totalUs(tdOf(self)));
  return unsupported('-', a ?? null, self);
});

function callReflected(fn: PyValue, self: PyInstance, arg: PyValue): PyValue {
  return interp().call(fn, [self, arg]);
}

function multiply(self: PyInstance, n: PyValue | undefined, symbol: string, swapped: boolean): PyValue {
  const total = totalUs(tdOf(self));
  const whole = asInt(n ?? null);
  if (whole !== null) return timedeltaFromUs(total * whole);
  if (n instanceof PyFloat) {
    const [num, den] = floatRatio(n.value);
    return timedeltaFromUs(divRound(total * num, den));
  }
  // A sequence times a timedelta is the sequence's complaint, as str.__mul__ answers first for the swapped order too.
  if (typeof n === 'string' || n instanceof PyList || n instanceof PyTuple) throw pyError('TypeError', `can't multiply sequence by non-int of type '${qualifiedType(self)}'`);
  return swapped ? unsupported(symbol, n ?? null, self) : unsupported(symbol, self, n ?? null);
}
method(TimedeltaClass, '__mul__', (self, [n]) => multiply(self, n, '*', false));
method(TimedeltaClass, '__rmul__', (self, [n]) => multiply(self, n, '*', true));

function zeroCheck(divisor: bigint, message = 'integer division or modulo by zero') {
  if (divisor === 0n) throw pyError('ZeroDivisionError', message);
}

method(TimedeltaClass, '__truediv__', (self, [b]) => {
  const total = totalUs(tdOf(self));
  const td = other(b);
  if (td) {
    const divisor = totalUs(td);
    zeroCheck(divisor, 'division by zero');
    return float(Number(total) / Number(divisor));
  }
  const whole = asInt(b ?? null);
  if (whole !== null) {
    zeroCheck(whole);
    return timedeltaFromUs(divRound(total, whole));
  }
  if (b instanceof PyFloat) {
    const [num, den] = floatRatio(b.value);
    zeroCheck(num, 'float division by zero');
    return timedeltaFromUs(divRound(total * den, num));
  }
  return unsupported('/', self, b ?? null);
});
method(TimedeltaClass, '__floordiv__', (self, [b]) => {
  const total = totalUs(tdOf(self));
  const td = other(b);
  if (td) {
    const divisor = totalUs(td);
    zeroCheck(divisor);
    return normInt(floorDivBig(total, divisor));
  }
  const whole = asInt(b ?? null);
  if (whole !== null) {
    zeroCheck(whole);
    return timedeltaFromUs(floorDivBig(total, whole));
  }
  return unsupported('//', self, b ?? null);
});
function modulo(self: PyInstance, b: PyValue | undefined, symbol: string): [bigint, TD] {
  const td = other(b);
  if (!td) unsupported(symbol, self, b ?? null);
  const total = totalUs(tdOf(self));
  const divisor = totalUs(td as TD);
  zeroCheck(divisor, 'integer modulo by zero');
  const q = floorDivBig(total, divisor);
  return [q, tdFromUs(total - q * divisor)];
}
method(TimedeltaClass, '__mod__', (self, [b]) => newTimedelta(modulo(self, b, '%')[1]));
method(TimedeltaClass, '__divmod__', (self, [b]) => {
  const [q, r] = modulo(self, b, 'divmod()');
  return new PyTuple([normInt(q), newTimedelta(r)]);
});

method(TimedeltaClass, '__neg__', (self) => timedeltaFromUs(-totalUs(tdOf(self))));
method(TimedeltaClass, '__pos__', (self) => newTimedelta(tdOf(self)));
method(TimedeltaClass, '__abs__', (self) => {
  const total = totalUs(tdOf(self));
  return timedeltaFromUs(total < 0n ? -total : total);
});
method(TimedeltaClass, '__bool__', (self) => totalUs(tdOf(self)) !== 0n);
method(TimedeltaClass, '__eq__', (self, [b]) => {
  const td = other(b);
  return td !== null && totalUs(td) === totalUs(tdOf(self));
});
method(TimedeltaClass, '__ne__', (self, [b]) => {
  const td = other(b);
  return td === null || totalUs(td) !== totalUs(tdOf(self));
});
for (const [name, symbol, test] of ORDERINGS) {
  method(TimedeltaClass, name, (self, [b]) => {
    const td = other(b);
    if (!td) throw pyError('TypeError', `'${symbol}' not supported between instances of '${qualifiedType(self)}' and '${qualifiedType(b ?? null)}'`);
    const a = totalUs(tdOf(self));
    const c = totalUs(td);
    return test(a < c ? -1 : a > c ? 1 : 0);
  });
}
method(TimedeltaClass, '__hash__', (self) => Number(totalUs(tdOf(self)) % 2_147_483_647n));

export function timedeltaRepr(td: TD, name = 'datetime.timedelta'): string {
  const parts: string[] = [];
  if (td.days) parts.push(`days=${td.days}`);
  if (td.seconds) parts.push(`seconds=${td.seconds}`);
  if (td.us) parts.push(`microseconds=${td.us}`);
  return `${name}(${parts.length ? parts.join(', ') : '0'})`;
}

export function timedeltaStr(td: TD): string {
  const h = Math.floor(td.seconds / 3600);
  const m = Math.floor((td.seconds % 3600) / 60);
  const s = td.seconds % 60;
  let text = `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
  if (td.us) text += '.' + String(td.us).padStart(6, '0');
  if (td.days) text = `${td.days} day${Math.abs(td.days) === 1 ? '' : 's'}, ${text}`;
  return text;
}

method(TimedeltaClass, '__repr__', (self) => timedeltaRepr(tdOf(self), self.cls === TimedeltaClass ? 'datetime.timedelta' : self.cls.name));
method(TimedeltaClass, '__str__', (self) => timedeltaStr(tdOf(self)));
method(TimedeltaClass, 'total_seconds', (self) => float(Number(totalUs(tdOf(self))) / 1e6));
getter(TimedeltaClass, 'days', (self) => tdOf(self).days);
getter(TimedeltaClass, 'seconds', (self) => tdOf(self).seconds);
getter(TimedeltaClass, 'microseconds', (self) => tdOf(self).us);

TimedeltaClass.dict.set('min', newTimedelta({ days: -MAX_DAYS, seconds: 0, us: 0 }));
TimedeltaClass.dict.set('max', newTimedelta({ days: MAX_DAYS, seconds: 86399, us: 999_999 }));
TimedeltaClass.dict.set('resolution', newTimedelta({ days: 0, seconds: 0, us: 1 }));
