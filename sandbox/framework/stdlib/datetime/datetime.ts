import { ORDERINGS, PyClass, PyInstance, pyError, type Kwargs, type PyValue } from '../../python';
import { MAX_ORDINAL, fromOrdinal, toOrdinal } from './calendar-math';
import { DateClass, DatetimeClass, TimeClass, dtOf, isDate, isDatetime, isTimedelta, make, tdOf, type DT, type TD } from './classes';
import { checkedDate, newDate } from './date';
import { ctimeText, dateIsoformat, isoOffset, structTimeOf, timeIsoformat } from './format';
import { bind, getter, intArg, method, qualifiedName, qualifiedType, strArg } from './runtime';
import { clockRepr, newTime, timeFromArgs } from './time-of-day';
import { newTimedelta, timedeltaFromUs, totalUs } from './timedelta';
import { dstOf, tznameOf, utcoffsetOf } from './tzinfo';

/** datetime.datetime: a date and a time of day, naive or aware; a subclass of date as in CPython. */
const US_PER_DAY = 86_400_000_000n;

/** Microseconds since 0001-01-01T00:00 of the wall-clock fields. */
export function dtUs(d: DT): bigint {
  const seconds = ((toOrdinal(d.year, d.month, d.day) * 24 + d.hour) * 60 + d.minute) * 60 + d.second;
  return BigInt(seconds) * 1_000_000n + BigInt(d.us);
}

export function dtFromUs(us: bigint, tz: PyValue, fold = 0): DT {
  const days = us / US_PER_DAY - (us % US_PER_DAY < 0n ? 1n : 0n);
  const ordinal = Number(days);
  if (ordinal < 1 || ordinal > MAX_ORDINAL) throw pyError('OverflowError', 'date value out of range');
  const [year, month, day] = fromOrdinal(ordinal);
  const rest = Number(us - days * US_PER_DAY);
  const seconds = Math.floor(rest / 1_000_000);
  return { year, month, day, hour: Math.floor(seconds / 3600), minute: Math.floor((seconds % 3600) / 60), second: seconds % 60, us: rest % 1_000_000, tz, fold };
}

export function newDatetime(cls: PyClass, d: DT): PyInstance {
  return make(cls, { ...d });
}

const DATE_NAMES = ['year', 'month', 'day'] as const;

function datetimeFromArgs(args: PyValue[], kwargs: Kwargs, base?: DT, fname = 'function'): DT {
  const dateKw = new Map([...kwargs].filter(([k]) => (DATE_NAMES as readonly string[]).includes(k)));
  const timeKw = new Map([...kwargs].filter(([k]) => !(DATE_NAMES as readonly string[]).includes(k)));
  if (args.length > 8) throw pyError('TypeError', `${fname === 'function' ? fname : fname + '()'} takes at most 8 positional arguments (${args.length} given)`);
  const dateArgs = args.slice(0, 3);
  const [y, m, d] = bind(DATE_NAMES, dateArgs, dateKw, base ? 0 : 3, fname);
  for (const [key] of timeKw) {
    if (!['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'].includes(key)) throw pyError('TypeError', `'${key}' is an invalid keyword argument for ${fname === 'function' ? 'this function' : fname + '()'}`);
  }
  const date = checkedDate(intArg(y, base?.year), intArg(m, base?.month), intArg(d, base?.day));
  return { ...date, ...timeFromArgs(args.slice(3), timeKw, base, fname) };
}

DatetimeClass.hooks.construct = (cls, args, kwargs) => newDatetime(cls, datetimeFromArgs(args, kwargs));

getter(DatetimeClass, 'hour', (self) => dtOf(self).hour);
getter(DatetimeClass, 'minute', (self) => dtOf(self).minute);
getter(DatetimeClass, 'second', (self) => dtOf(self).second);
getter(DatetimeClass, 'microsecond', (self) => dtOf(self).us);
getter(DatetimeClass, 'tzinfo', (self) => dtOf(self).tz);
getter(DatetimeClass, 'fold', (self) => dtOf(self).fold);

method(DatetimeClass, 'replace', (self, args, kwargs) => newDatetime(self.cls, datetimeFromArgs(args, kwargs, dtOf(self), 'replace')));
method(DatetimeClass, 'date', (self) => newDate(DateClass, dtOf(self)));
method(DatetimeClass, 'time', (self) => newTime(TimeClass, { ...dtOf(self), tz: null }));
method(DatetimeClass, 'timetz', (self) => newTime(TimeClass, dtOf(self)));

export function offsetOf(self: PyInstance): TD | null {
  return utcoffsetOf(dtOf(self).tz, self);
}
const offsetOrNone = (td: TD | null) => (td === null ? null : newTimedelta(td));
method(DatetimeClass, 'utcoffset', (self) => offsetOrNone(offsetOf(self)));
method(DatetimeClass, 'dst', (self) => offsetOrNone(dstOf(dtOf(self).tz, self)));
method(DatetimeClass, 'tzname', (self) => tznameOf(dtOf(self).tz, self));

method(DatetimeClass, 'isoformat', (self, args, kwargs) => {
  const [sep, timespec] = bind(['sep', 'timespec'], args, kwargs, 0, 'isoformat');
  const separator = sep === undefined ? 'T' : strArg(sep, 'isoformat() argument 1');
  if ([...separator].length !== 1) throw pyError('TypeError', `isoformat() argument 1 must be a unicode character, not str`);
  const d = dtOf(self);
  return dateIsoformat(d) + separator + timeIsoformat(d, timespec === undefined ? 'auto' : strArg(timespec, 'isoformat() argument 2')) + isoOffset(offsetOf(self));
});
method(DatetimeClass, '__str__', (self) => {
  const d = dtOf(self);
  return `${dateIsoformat(d)} ${timeIsoformat(d)}${isoOffset(offsetOf(self))}`;
});
method(DatetimeClass, '__repr__', (self) => {
  const d = dtOf(self);
  return `${qualifiedName(self.cls)}(${d.year}, ${d.month}, ${d.day}, ${clockRepr(d)})`;
});
method(DatetimeClass, 'ctime', (self) => ctimeText(dtOf(self)));
method(DatetimeClass, 'timetuple', (self) => {
  const dst = dstOf(dtOf(self).tz, self);
  return structTimeOf(dtOf(self), dst === null ? -1 : totalUs(dst) !== 0n ? 1 : 0);
});
method(DatetimeClass, 'utctimetuple', (self) => {
  const offset = offsetOf(self);
  const d = offset === null ? dtOf(self) : dtFromUs(dtUs(dtOf(self)) - totalUs(offset), null);
  return structTimeOf(d, 0);
});

function unsupported(symbol: string, a: PyValue, b: PyValue): never {
  throw pyError('TypeError', `unsupported operand type(s) for ${symbol}: '${qualifiedType(a)}' and '${qualifiedType(b)}'`);
}

function plus(self: PyInstance, td: TD): PyInstance {
  const d = dtOf(self);
  return newDatetime(self.cls, dtFromUs(dtUs(d) + totalUs(td), d.tz));
}

method(DatetimeClass, '__add__', (self, [b]) => (isTimedelta(b) ? plus(self, tdOf(b)) : unsupported('+', self, b ?? null)));
method(DatetimeClass, '__radd__', (self, [a]) => (isTimedelta(a) ? plus(self, tdOf(a)) : unsupported('+', a ?? null, self)));
method(DatetimeClass, '__sub__', (self, [b]) => {
  if (isTimedelta(b)) return plus(self, negated(tdOf(b)));
  if (!isDatetime(b)) return unsupported('-', self, b ?? null);
  const [x, y] = utcPair(self, b);
  if (x === null || y === null) throw pyError('TypeError', "can't subtract offset-naive and offset-aware datetimes");
  return timedeltaFromUs(x - y);
});
method(DatetimeClass, '__rsub__', (self, [a]) => unsupported('-', a ?? null, self));

function negated(td: TD): TD {
  const total = -totalUs(td);
  const days = total / US_PER_DAY - (total % US_PER_DAY < 0n ? 1n : 0n);
  const rest = total - days * US_PER_DAY;
  return { days: Number(days), seconds: Number(rest / 1_000_000n), us: Number(rest % 1_000_000n) };
}

/**
 * Two datetimes on one axis: wall-clock microseconds when they share a tzinfo object (or are
 * both naive), UTC microseconds otherwise; a null marks a naive one facing an aware one.
 */
function utcPair(a: PyInstance, b: PyInstance): [bigint | null, bigint | null] {
  const da = dtOf(a);
  const db = dtOf(b);
  if (da.tz === db.tz) return [dtUs(da), dtUs(db)];
  const oa = offsetOf(a);
  const ob = offsetOf(b);
  if ((oa === null) !== (ob === null)) return [oa === null ? null : 0n, ob === null ? null : 0n];
  return [dtUs(da) - (oa ? totalUs(oa) : 0n), dtUs(db) - (ob ? totalUs(ob) : 0n)];
}

function compare(self: PyInstance, other: PyValue | undefined, symbol: string | null): number | null {
  if (!isDatetime(other)) {
    if (symbol === null) return null;
    if (isDate(other)) throw pyError('TypeError', "can't compare datetime.datetime to datetime.date");
    throw pyError('TypeError', `'${symbol}' not supported between instances of '${qualifiedType(self)}' and '${qualifiedType(other ?? null)}'`);
  }
  const [x, y] = utcPair(self, other);
  if (x === null || y === null) {
    if (symbol === null) return null;
    throw pyError('TypeError', "can't compare offset-naive and offset-aware datetimes");
  }
  return x < y ? -1 : x > y ? 1 : 0;
}

for (const [name, symbol, test] of ORDERINGS) {
  method(DatetimeClass, name, (self, [b]) => test(compare(self, b, symbol)!));
}
method(DatetimeClass, '__eq__', (self, [b]) => compare(self, b, null) === 0);
method(DatetimeClass, '__ne__', (self, [b]) => compare(self, b, null) !== 0);
method(DatetimeClass, '__hash__', (self) => {
  const d = dtOf(self);
  const offset = utcoffsetOf(d.tz, d.fold ? newDatetime(self.cls, { ...d, fold: 0 }) : self);
  return Number((dtUs(d) - (offset ? totalUs(offset) : 0n)) % 2_147_483_647n);
});

DatetimeClass.dict.set('min', newDatetime(DatetimeClass, { year: 1, month: 1, day: 1, hour: 0, minute: 0, second: 0, us: 0, tz: null, fold: 0 }));
DatetimeClass.dict.set('max', newDatetime(DatetimeClass, { year: 9999, month: 12, day: 31, hour: 23, minute: 59, second: 59, us: 999_999, tz: null, fold: 0 }));
DatetimeClass.dict.set('resolution', newTimedelta({ days: 0, seconds: 0, us: 1 }));

