import { ORDERINGS, PyClass, PyInstance, pyError, reprOf, type Kwargs, type PyValue } from '../../python';
import { TimeClass, TimezoneClass, isTime, make, timeOf, type TD, type TimeFields } from './classes';
import { isoOffset, strftimeOf, timeIsoformat } from './format';
import { parseIsoTime } from './isoformat';
import { bind, classMethod, getter, intArg, interp, method, qualifiedName, qualifiedType, strArg } from './runtime';
import { newTimedelta, totalUs } from './timedelta';
import { checkTzinfo, dstOf, tznameOf, utc, utcoffsetOf } from './tzinfo';

/** datetime.time: a time of day, naive or with a tzinfo (asked with None for its offset). */
export function checkTimeFields(hour: number, minute: number, second: number, us: number, fold: number): void {
  let problem: string | null = null;
  if (hour < 0 || hour > 23) problem = 'hour must be in 0..23';
  else if (minute < 0 || minute > 59) problem = 'minute must be in 0..59';
  else if (second < 0 || second > 59) problem = 'second must be in 0..59';
  else if (us < 0 || us > 999_999) problem = 'microsecond must be in 0..999999';
  else if (fold !== 0 && fold !== 1) problem = 'fold must be either 0 or 1';
  if (problem) throw pyError('ValueError', problem);
}

const NAMES = ['hour', 'minute', 'second', 'microsecond', 'tzinfo'] as const;

export function timeFromArgs(args: PyValue[], kwargs: Kwargs, base?: TimeFields, fname = 'function'): TimeFields {
  const fold = kwargs.get('fold');
  const rest = new Map([...kwargs].filter(([k]) => k !== 'fold'));
  const [h, mi, s, us, tz] = bind(NAMES, args, rest, 0, fname);
  const t: TimeFields = {
    hour: intArg(h, base?.hour ?? 0),
    minute: intArg(mi, base?.minute ?? 0),
    second: intArg(s, base?.second ?? 0),
    us: intArg(us, base?.us ?? 0),
    tz: tz === undefined ? (base?.tz ?? null) : checkTzinfo(tz),
    fold: intArg(fold, base?.fold ?? 0),
  };
  checkTimeFields(t.hour, t.minute, t.second, t.us, t.fold);
  return t;
}

export function newTime(cls: PyClass, t: TimeFields): PyInstance {
  return make(cls, { ...t });
}

TimeClass.hooks.construct = (cls, args, kwargs) => newTime(cls, timeFromArgs(args, kwargs));

getter(TimeClass, 'hour', (self) => timeOf(self).hour);
getter(TimeClass, 'minute', (self) => timeOf(self).minute);
getter(TimeClass, 'second', (self) => timeOf(self).second);
getter(TimeClass, 'microsecond', (self) => timeOf(self).us);
getter(TimeClass, 'tzinfo', (self) => timeOf(self).tz);
getter(TimeClass, 'fold', (self) => timeOf(self).fold);

method(TimeClass, 'replace', (self, args, kwargs) => newTime(self.cls, timeFromArgs(args, kwargs, timeOf(self), 'replace')));
method(TimeClass, 'isoformat', (self, args, kwargs) => {
  const [timespec] = bind(['timespec'], args, kwargs, 0, 'isoformat');
  const t = timeOf(self);
  return timeIsoformat(t, timespec === undefined ? 'auto' : strArg(timespec, 'isoformat() argument 1')) + isoOffset(utcoffsetOf(t.tz, null));
});
method(TimeClass, '__str__', (self) => timeIsoformat(timeOf(self)) + isoOffset(utcoffsetOf(timeOf(self).tz, null)));

/** The fields of a time or datetime repr after the date: `9, 30` or `0, 0, 0, 1`, then tzinfo and fold. */
export function clockRepr(t: TimeFields): string {
  let text = `${t.hour}, ${t.minute}`;
  if (t.second || t.us) text += `, ${t.second}`;
  if (t.us) text += `, ${t.us}`;
  if (t.tz !== null) text += `, tzinfo=${reprOf(t.tz, interp())}`;
  if (t.fold) text += ', fold=1';
  return text;
}

method(TimeClass, '__repr__', (self) => `${qualifiedName(self.cls)}(${clockRepr(timeOf(self))})`);
method(TimeClass, 'strftime', (self, args, kwargs) => {
  const [format] = bind(['format'], args, kwargs, 1, 'strftime');
  return strftimeOf(self, strArg(format, 'strftime() argument 1'));
});
method(TimeClass, '__format__', (self, [spec]) => {
  const text = strArg(spec, 'format() argument 1');
  return text === '' ? interp().str(self) : strftimeOf(self, text);
});
const offsetOrNone = (td: TD | null) => (td === null ? null : newTimedelta(td));
method(TimeClass, 'utcoffset', (self) => offsetOrNone(utcoffsetOf(timeOf(self).tz, null)));
method(TimeClass, 'dst', (self) => offsetOrNone(dstOf(timeOf(self).tz, null)));
method(TimeClass, 'tzname', (self) => tznameOf(timeOf(self).tz, null));
method(TimeClass, '__bool__', () => true);

/** Microseconds since midnight, less the UTC offset for an aware time; null offset for naive. */
function comparisonKey(t: TimeFields): [bigint, boolean] {
  const us = BigInt(((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000 + t.us);
  const offset = utcoffsetOf(t.tz, null);
  return offset === null ? [us, false] : [us - totalUs(offset), true];
}

function compare(self: PyInstance, other: PyValue | undefined, symbol: string | null): number | null {
  if (!isTime(other)) {
    if (symbol === null) return null;
    throw pyError('TypeError', `'${symbol}' not supported between instances of '${qualifiedType(self)}' and '${qualifiedType(other ?? null)}'`);
  }
  const a = timeOf(self);
  const b = timeOf(other);
  const [x, awareA] = a.tz === b.tz ? comparisonKey({ ...a, tz: null }) : comparisonKey(a);
  const [y, awareB] = a.tz === b.tz ? comparisonKey({ ...b, tz: null }) : comparisonKey(b);
  if (awareA !== awareB) {
    if (symbol === null) return null;
    throw pyError('TypeError', "can't compare offset-naive and offset-aware times");
  }
  return x < y ? -1 : x > y ? 1 : 0;
}

for (const [name, symbol, test] of ORDERINGS) {
  method(TimeClass, name, (self, [b]) => test(compare(self, b, symbol)!));
}
method(TimeClass, '__eq__', (self, [b]) => compare(self, b, null) === 0);
method(TimeClass, '__ne__', (self, [b]) => compare(self, b, null) !== 0);
method(TimeClass, '__hash__', (self) => Number(comparisonKey({ ...timeOf(self), fold: 0 })[0] % 2_147_483_647n));

classMethod(TimeClass, 'fromisoformat', (cls, [text]) => {
  if (typeof text !== 'string') throw pyError('TypeError', 'fromisoformat: argument must be str');
  const parsed = parseIsoTime(text.startsWith('T') ? text.slice(1) : text);
  if (!parsed) throw pyError('ValueError', `Invalid isoformat string: '${text}'`);
  checkTimeFields(parsed.hour, parsed.minute, parsed.second, parsed.us, 0);
  return newTime(cls, { hour: parsed.hour, minute: parsed.minute, second: parsed.second, us: parsed.us, tz: offsetZone(parsed.offset), fold: 0 });
});

/** A parsed offset as a tzinfo: timezone.utc for zero, else a nameless fixed timezone. */
export function offsetZone(offset: TD | null): PyValue {
  if (offset === null) return null;
  if (totalUs(offset) === 0n) return utc;
  return make(TimezoneClass, { offset, name: null });
}

TimeClass.dict.set('min', newTime(TimeClass, { hour: 0, minute: 0, second: 0, us: 0, tz: null, fold: 0 }));
TimeClass.dict.set('max', newTime(TimeClass, { hour: 23, minute: 59, second: 59, us: 999_999, tz: null, fold: 0 }));
TimeClass.dict.set('resolution', newTimedelta({ days: 0, seconds: 0, us: 1 }));
