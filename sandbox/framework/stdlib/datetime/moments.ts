import { PyClass, PyInstance, pyError, type PyValue } from '../../python';
import { DatetimeClass, TimezoneClass, TzinfoClass, dateOf, dtOf, isDate, isDatetime, isTime, make, timeOf, type DT, type TD } from './classes';
import { checkedDate, checkedOrdinal, dateFromOrdinal, timestampUs } from './date';
import { dtFromUs, dtUs, newDatetime, offsetOf } from './datetime';
import { fromIsoCalendar } from './calendar-math';
import { parseIsoDatetime } from './isoformat';
import { localEpochSeconds, localFields, localOffsetMs, localWallOffsetMs, localZoneName, nowEpochUs, utcFields } from './local-time';
import { bind, callMethod, classMethod, float, intArg, method, noArguments, qualifiedType } from './runtime';
import { strptime } from './strptime';
import { checkTimeFields, offsetZone } from './time-of-day';
import { totalUs, tdFromUs } from './timedelta';
import { checkTzinfo, dstOf, utcoffsetOf } from './tzinfo';

/**
 * The ways to make a datetime from something else (the clock, a timestamp, text, a date and a
 * time) and to move one between zones (astimezone, fromutc, timestamp).
 */
const EPOCH_US = dtUs({ year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, us: 0, tz: null, fold: 0 });

function fromEpoch(cls: PyClass, epochUs: number, tz: PyValue): PyInstance {
  const year = utcFields(epochUs).year;
  if (year < 1 || year > 9999) throw pyError('ValueError', `year ${year} is out of range`);
  if (tz === null) return newDatetime(cls, { ...localFields(epochUs), tz: null, fold: 0 });
  const asUtc = newDatetime(cls, { ...utcFields(epochUs), tz, fold: 0 });
  return callMethod(tz, 'fromutc', [asUtc]) as PyInstance;
}

classMethod(DatetimeClass, 'now', (cls, args, kwargs) => {
  const [tz] = bind(['tz'], args, kwargs, 0, 'now');
  return fromEpoch(cls, nowEpochUs(), checkTzinfo(tz));
});
classMethod(DatetimeClass, 'today', (cls, args, kwargs) => {
  noArguments('datetime.today', args, kwargs);
  return fromEpoch(cls, nowEpochUs(), null);
});
classMethod(DatetimeClass, 'utcnow', (cls, args, kwargs) => {
  noArguments('datetime.utcnow', args, kwargs);
  return newDatetime(cls, { ...utcFields(nowEpochUs()), tz: null, fold: 0 });
});
classMethod(DatetimeClass, 'fromtimestamp', (cls, args, kwargs) => {
  const [ts, tz] = bind(['timestamp', 'tz'], args, kwargs, 1, 'fromtimestamp');
  return fromEpoch(cls, timestampUs(ts ?? null), checkTzinfo(tz));
});
classMethod(DatetimeClass, 'utcfromtimestamp', (cls, [ts]) => newDatetime(cls, { ...utcFields(timestampUs(ts ?? null)), tz: null, fold: 0 }));
classMethod(DatetimeClass, 'fromordinal', (cls, [n]) => newDatetime(cls, { ...checkedOrdinal(intArg(n)), hour: 0, minute: 0, second: 0, us: 0, tz: null, fold: 0 }));
classMethod(DatetimeClass, 'fromisocalendar', (cls, args, kwargs) => {
  const [y, w, d] = bind(['year', 'week', 'day'], args, kwargs, 3, 'fromisocalendar');
  const ordinal = fromIsoCalendar(intArg(y), intArg(w), intArg(d));
  if (typeof ordinal === 'string') throw pyError('ValueError', ordinal);
  return newDatetime(cls, { ...dateFromOrdinal(ordinal), hour: 0, minute: 0, second: 0, us: 0, tz: null, fold: 0 });
});
classMethod(DatetimeClass, 'combine', (cls, args, kwargs) => {
  const [date, time, tz] = bind(['date', 'time', 'tzinfo'], args, kwargs, 2, 'combine');
  if (!isDate(date)) throw pyError('TypeError', `combine() argument 1 must be datetime.date, not ${qualifiedType(date ?? null)}`);
  if (!isTime(time)) throw pyError('TypeError', `combine() argument 2 must be datetime.time, not ${qualifiedType(time ?? null)}`);
  const t = timeOf(time);
  const d = dateOf(date);
  return newDatetime(cls, { year: d.year, month: d.month, day: d.day, ...t, tz: tz === undefined ? t.tz : checkTzinfo(tz) });
});
classMethod(DatetimeClass, 'fromisoformat', (cls, [text]) => {
  if (typeof text !== 'string') throw pyError('TypeError', 'fromisoformat: argument must be str');
  const parsed = parseIsoDatetime(text);
  if (!parsed) throw pyError('ValueError', `Invalid isoformat string: '${text}'`);
  const date = checkedDate(parsed.year, parsed.month, parsed.day);
  checkTimeFields(parsed.hour, parsed.minute, parsed.second, parsed.us, 0);
  return newDatetime(cls, { ...date, hour: parsed.hour, minute: parsed.minute, second: parsed.second, us: parsed.us, tz: offsetZone(parsed.offset), fold: 0 });
});

/** The %Z names strptime accepts: UTC, GMT and the local zone's. */
export function strptimeZoneNames(): string[] {
  const now = Date.now();
  return ['utc', 'gmt', localZoneName(now), localZoneName(now - 182 * 86_400_000)];
}

classMethod(DatetimeClass, 'strptime', (cls, args, kwargs) => {
  const [text, format] = bind(['date_string', 'format'], args, kwargs, 2, 'strptime');
  if (typeof text !== 'string') throw pyError('TypeError', `strptime() argument 1 must be str, not ${qualifiedType(text ?? null)}`);
  if (typeof format !== 'string') throw pyError('TypeError', `strptime() argument 2 must be str, not ${qualifiedType(format ?? null)}`);
  const p = strptime(text, format, strptimeZoneNames());
  const date = checkedDate(p.year, p.month, p.day);
  let tz: PyValue = null;
  if (p.offset !== null) tz = p.tzname !== null ? make(TimezoneClass, { offset: p.offset, name: p.tzname }) : offsetZone(p.offset);
  return newDatetime(cls, { ...date, hour: p.hour, minute: p.minute, second: p.second, us: p.us, tz, fold: 0 });
});

/** The local zone at an instant, as astimezone() with no argument gives it: timezone(offset, 'CET'). */
function localZoneAt(epochMs: number): PyInstance {
  const offset = tdFromUs(BigInt(localOffsetMs(epochMs)) * 1000n);
  return make(TimezoneClass, { offset, name: localZoneName(epochMs) });
}

/** The UTC microseconds (since 0001-01-01) of a datetime; a naive one is taken as local time. */
function utcUs(self: PyInstance): bigint {
  const d = dtOf(self);
  const offset = offsetOf(self);
  if (offset !== null) return dtUs(d) - totalUs(offset);
  return dtUs(d) - BigInt(localWallOffsetMs(d, d.fold)) * 1000n;
}

method(DatetimeClass, 'astimezone', (self, args, kwargs) => {
  const [tzArg] = bind(['tz'], args, kwargs, 0, 'astimezone');
  let tz = checkTzinfo(tzArg);
  const d = dtOf(self);
  if (tz !== null && tz === d.tz) return self;
  const utc = utcUs(self);
  if (tz === null) tz = localZoneAt(Number((utc - EPOCH_US) / 1000n));
  const asUtc = newDatetime(self.cls, dtFromUs(utc, tz));
  return callMethod(tz, 'fromutc', [asUtc]);
});

method(DatetimeClass, 'timestamp', (self) => {
  const d = dtOf(self);
  if (offsetOf(self) === null) return float(localEpochSeconds(d, d.fold) + d.us / 1e6);
  const us = utcUs(self) - EPOCH_US;
  return float(Number(us) / 1e6);
});

function fromutcArg(self: PyInstance, dt: PyValue | undefined): DT {
  if (!isDatetime(dt)) throw pyError('TypeError', 'fromutc() argument must be a datetime.datetime instance');
  if (dtOf(dt).tz !== self) throw pyError('ValueError', 'fromutc: dt.tzinfo is not self');
  return dtOf(dt);
}

function shifted(dt: PyInstance, td: TD): PyInstance {
  const d = dtOf(dt);
  return newDatetime(dt.cls, dtFromUs(dtUs(d) + totalUs(td), d.tz));
}

method(TimezoneClass, 'fromutc', (self, [dt]) => {
  fromutcArg(self, dt);
  return shifted(dt as PyInstance, (self.native as { offset: TD }).offset);
});

/** tzinfo.fromutc's default: the standard offset, then the DST the result reports. */
method(TzinfoClass, 'fromutc', (self, [dt]) => {
  fromutcArg(self, dt);
  const moment = dt as PyInstance;
  const offset = utcoffsetOf(self, moment);
  if (offset === null) throw pyError('ValueError', 'fromutc: non-None utcoffset() result required');
  const dst = dstOf(self, moment);
  if (dst === null) throw pyError('ValueError', 'fromutc: non-None dst() result required');
  const standard = shifted(moment, tdFromUs(totalUs(offset) - totalUs(dst)));
  const laterDst = dstOf(self, standard);
  if (laterDst === null) throw pyError('ValueError', 'fromutc: tz.dst() gave inconsistent results; cannot convert');
  return shifted(standard, laterDst);
});

