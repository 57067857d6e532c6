import { ORDERINGS, PyClass, PyInstance, pyError, type PyValue } from '../../python';
import { MAX_ORDINAL, checkDate, fromIsoCalendar, fromOrdinal, isoCalendar, toOrdinal, weekdayOf } from './calendar-math';
import { DateClass, IsoCalendarDateClass, dateOf, isDate, isDatetime, isTimedelta, make, tdOf, type DateFields } from './classes';
import { ctimeText, dateIsoformat, strftimeOf, structTimeOf } from './format';
import { parseIsoDate } from './isoformat';
import { nowEpochUs, localFields } from './local-time';
import { bind, classMethod, getter, intArg, interp, method, noArguments, qualifiedName, qualifiedType, strArg } from './runtime';
import { newTimedelta } from './timedelta';
import { tupleLike } from './tuple-like';

/** datetime.date: a day of the proleptic Gregorian calendar, from 0001-01-01 to 9999-12-31. */
export function checkedDate(year: number, month: number, day: number): DateFields {
  const problem = checkDate(year, month, day);
  if (problem) throw pyError('ValueError', problem);
  return { year, month, day };
}

export function newDate(cls: PyClass, fields: DateFields): PyInstance {
  return make(cls, { year: fields.year, month: fields.month, day: fields.day });
}

export function dateFromOrdinal(ordinal: number): DateFields {
  if (ordinal < 1 || ordinal > MAX_ORDINAL) throw pyError('OverflowError', 'date value out of range');
  return ordinalFields(ordinal);
}

/** fromordinal()'s own checks, which are ValueErrors rather than an overflow. */
export function checkedOrdinal(ordinal: number): DateFields {
  if (ordinal < 1) throw pyError('ValueError', 'ordinal must be >= 1');
  if (ordinal > MAX_ORDINAL) throw pyError('ValueError', `year ${fromOrdinal(ordinal)[0]} is out of range`);
  return ordinalFields(ordinal);
}

function ordinalFields(ordinal: number): DateFields {
  const [year, month, day] = fromOrdinal(ordinal);
  return { year, month, day };
}

const ordinalOf = (d: DateFields) => toOrdinal(d.year, d.month, d.day);

DateClass.hooks.construct = (cls, args, kwargs) => {
  const [y, m, d] = bind(['year', 'month', 'day'], args, kwargs);
  return newDate(cls, checkedDate(intArg(y), intArg(m), intArg(d)));
};

getter(DateClass, 'year', (self) => dateOf(self).year);
getter(DateClass, 'month', (self) => dateOf(self).month);
getter(DateClass, 'day', (self) => dateOf(self).day);

method(DateClass, 'replace', (self, args, kwargs) => {
  const d = dateOf(self);
  const [y, m, day] = bind(['year', 'month', 'day'], args, kwargs, 0, 'replace');
  return newDate(self.cls, checkedDate(intArg(y, d.year), intArg(m, d.month), intArg(day, d.day)));
});
method(DateClass, 'weekday', (self) => weekdayOf(dateOf(self).year, dateOf(self).month, dateOf(self).day));
method(DateClass, 'isoweekday', (self) => weekdayOf(dateOf(self).year, dateOf(self).month, dateOf(self).day) + 1);
method(DateClass, 'toordinal', (self) => ordinalOf(dateOf(self)));
method(DateClass, 'isocalendar', (self) => make(IsoCalendarDateClass, isoCalendar(dateOf(self).year, dateOf(self).month, dateOf(self).day)));
method(DateClass, 'isoformat', (self) => dateIsoformat(dateOf(self)));
method(DateClass, '__str__', (self) => dateIsoformat(dateOf(self)));
method(DateClass, '__repr__', (self) => {
  const d = dateOf(self);
  return `${qualifiedName(self.cls)}(${d.year}, ${d.month}, ${d.day})`;
});
method(DateClass, 'ctime', (self) => ctimeText({ ...dateOf(self), hour: 0, minute: 0, second: 0 }));
method(DateClass, 'strftime', (self, args, kwargs) => {
  const [format] = bind(['format'], args, kwargs, 1, 'strftime');
  return strftimeOf(self, strArg(format, "strftime() argument 1"));
});
method(DateClass, '__format__', (self, [spec]) => {
  const text = strArg(spec, 'format() argument 1');
  return text === '' ? interp().str(self) : strftimeOf(self, text);
});
method(DateClass, 'timetuple', (self) => structTimeOf({ ...dateOf(self), hour: 0, minute: 0, second: 0 }, -1));

/** date ± timedelta moves by whole days (the timedelta's seconds are dropped after normalising). */
function shift(self: PyInstance, days: number): PyInstance {
  return newDate(self.cls, dateFromOrdinal(ordinalOf(dateOf(self)) + days));
}

function unsupported(symbol: string, a: PyValue, b: PyValue): never {
  throw pyError('TypeError', `unsupported operand type(s) for ${symbol}: '${qualifiedType(a)}' and '${qualifiedType(b)}'`);
}

method(DateClass, '__add__', (self, [b]) => (isTimedelta(b) ? shift(self, tdOf(b).days) : unsupported('+', self, b ?? null)));
method(DateClass, '__radd__', (self, [a]) => (isTimedelta(a) ? shift(self, tdOf(a).days) : unsupported('+', a ?? null, self)));
method(DateClass, '__sub__', (self, [b]) => {
  if (isTimedelta(b)) {
    const td = tdOf(b);
    // -timedelta keeps seconds non-negative, so date - timedelta(hours=1) is the day before.
    return shift(self, -td.days - (td.seconds || td.us ? 1 : 0));
  }
  if (isDate(b) && !isDatetime(b)) return newTimedelta({ days: ordinalOf(dateOf(self)) - ordinalOf(dateOf(b)), seconds: 0, us: 0 });
  return unsupported('-', self, b ?? null);
});
method(DateClass, '__rsub__', (self, [a]) => unsupported('-', a ?? null, self));

/** The other side of a date comparison: null if it is not a plain date. */
function comparable(self: PyInstance, other: PyValue | undefined, symbol: string | null): DateFields | null {
  if (isDatetime(other)) {
    if (symbol === null) return null;
    throw pyError('TypeError', "can't compare datetime.datetime to datetime.date");
  }
  if (isDate(other)) return dateOf(other);
  if (symbol === null) return null;
  throw pyError('TypeError', `'${symbol}' not supported between instances of '${qualifiedType(self)}' and '${qualifiedType(other ?? null)}'`);
}

for (const [name, symbol, test] of ORDERINGS) {
  method(DateClass, name, (self, [b]) => test(ordinalOf(dateOf(self)) - ordinalOf(comparable(self, b, symbol)!)));
}
method(DateClass, '__eq__', (self, [b]) => {
  const other = comparable(self, b, null);
  return other !== null && ordinalOf(other) === ordinalOf(dateOf(self));
});
method(DateClass, '__ne__', (self, [b]) => {
  const other = comparable(self, b, null);
  return other === null || ordinalOf(other) !== ordinalOf(dateOf(self));
});
method(DateClass, '__hash__', (self) => ordinalOf(dateOf(self)));

classMethod(DateClass, 'today', (cls, args, kwargs) => {
  noArguments('date.today', args, kwargs);
  return newDate(cls, localFields(nowEpochUs()));
});
classMethod(DateClass, 'fromtimestamp', (cls, args, kwargs) => {
  const [ts] = bind(['timestamp'], args, kwargs, 1, 'fromtimestamp');
  return newDate(cls, localFields(timestampUs(ts ?? null)));
});
classMethod(DateClass, 'fromordinal', (cls, [n]) => newDate(cls, checkedOrdinal(intArg(n))));
classMethod(DateClass, 'fromisoformat', (cls, [text]) => {
  if (typeof text !== 'string') throw pyError('TypeError', 'fromisoformat: argument must be str');
  const d = parseIsoDate(text);
  if (d === null || d.rest !== '') throw pyError('ValueError', `Invalid isoformat string: '${text}'`);
  return newDate(cls, checkedDate(d.year, d.month, d.day));
});
classMethod(DateClass, 'fromisocalendar', (cls, args, kwargs) => {
  const [y, w, d] = bind(['year', 'week', 'day'], args, kwargs, 3, 'fromisocalendar');
  const ordinal = fromIsoCalendar(intArg(y), intArg(w), intArg(d));
  if (typeof ordinal === 'string') throw pyError('ValueError', ordinal);
  return newDate(cls, dateFromOrdinal(ordinal));
});

/** A POSIX timestamp (int or float) in microseconds, rounded half to even as CPython rounds it. */
export function timestampUs(ts: PyValue): number {
  if (typeof ts === 'number' || typeof ts === 'boolean') return Number(ts) * 1e6;
  if (ts instanceof PyInstance || ts === null || typeof ts === 'string') throw pyError('TypeError', `'${qualifiedType(ts)}' object cannot be interpreted as an integer`);
  const value = (ts as { value: number | bigint }).value;
  if (typeof value === 'bigint') return Number(value) * 1e6;
  if (Number.isNaN(value)) throw pyError('ValueError', 'Invalid value NaN (not a number)');
  // Past time_t's range C's conversion fails before the year is even looked at.
  if (!Number.isFinite(value) || Math.abs(value) >= 2 ** 63) throw pyError('OverflowError', 'timestamp out of range for platform time_t');
  const scaled = value * 1e6;
  const floor = Math.floor(scaled);
  const diff = scaled - floor;
  return diff > 0.5 || (diff === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
}

DateClass.dict.set('min', newDate(DateClass, { year: 1, month: 1, day: 1 }));
DateClass.dict.set('max', newDate(DateClass, { year: 9999, month: 12, day: 31 }));
DateClass.dict.set('resolution', newTimedelta({ days: 1, seconds: 0, us: 0 }));

tupleLike(IsoCalendarDateClass, ['year', 'week', 'weekday'], 'datetime.IsoCalendarDate');
