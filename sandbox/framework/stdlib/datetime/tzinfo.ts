import { PyInstance, pyError, reprOf, type PyValue } from '../../python';
import { TimezoneClass, TzinfoClass, isDatetime, isTimedelta, isTimezone, make, tdOf, type TD, type Timezone } from './classes';
import { bind, callMethod, method, qualifiedType } from './runtime';
import { newTimedelta, timedeltaRepr, totalUs } from './timedelta';

/**
 * datetime.tzinfo, the abstract base a learner's time zone subclasses, and datetime.timezone,
 * the fixed offsets (`timezone.utc`, `timezone(timedelta(hours=5, minutes=30), 'IST')`).
 * utcoffsetOf and friends ask any tzinfo, native or written in Python, with CPython's checks.
 */
const DAY_US = 86_400_000_000n;

for (const name of ['utcoffset', 'dst', 'tzname'] as const) {
  method(TzinfoClass, name, () => {
    throw pyError('NotImplementedError', `a tzinfo subclass must implement ${name}()`);
  });
}

function offsetRangeError(td: TD): never {
  throw pyError('ValueError', `offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${timedeltaRepr(td)}.`);
}

function checkOffset(value: PyValue, what: string): TD | null {
  if (value === null) return null;
  if (!isTimedelta(value)) throw pyError('TypeError', `tzinfo.${what}() must return None or timedelta, not '${qualifiedType(value)}'`);
  const td = tdOf(value);
  const total = totalUs(td);
  if (total <= -DAY_US || total >= DAY_US) offsetRangeError(td);
  return td;
}

/** tz.utcoffset(dt): None for a naive value, else a timedelta strictly within a day. */
export function utcoffsetOf(tz: PyValue, dtArg: PyValue): TD | null {
  if (tz === null) return null;
  if (isTimezone(tz)) return (tz.native as Timezone).offset;
  return checkOffset(callMethod(tz, 'utcoffset', [dtArg]), 'utcoffset');
}

export function dstOf(tz: PyValue, dtArg: PyValue): TD | null {
  if (tz === null) return null;
  if (isTimezone(tz)) return null;
  return checkOffset(callMethod(tz, 'dst', [dtArg]), 'dst');
}

export function tznameOf(tz: PyValue, dtArg: PyValue): string | null {
  if (tz === null) return null;
  if (isTimezone(tz)) return timezoneName(tz.native as Timezone);
  const name = callMethod(tz, 'tzname', [dtArg]);
  if (name !== null && typeof name !== 'string') throw pyError('TypeError', `tzinfo.tzname() must return None or a string, not '${qualifiedType(name)}'`);
  return name;
}

export function checkTzinfo(value: PyValue | undefined): PyValue {
  if (value === undefined || value === null) return null;
  if (!(value instanceof PyInstance) || !value.cls.isSubclassOf(TzinfoClass)) {
    throw pyError('TypeError', `tzinfo argument must be None or of a tzinfo subclass, not type '${qualifiedType(value)}'`);
  }
  return value;
}

/** `+05:30`, `-04:59:59.999985`: an offset as isoformat and tzname print it. */
export function formatOffset(td: TD, sep = ':'): string {
  let total = totalUs(td);
  const sign = total < 0n ? '-' : '+';
  if (total < 0n) total = -total;
  const us = Number(total % 1_000_000n);
  const secs = Number(total / 1_000_000n);
  const hh = String(Math.floor(secs / 3600)).padStart(2, '0');
  const mm = String(Math.floor((secs % 3600) / 60)).padStart(2, '0');
  const ss = secs % 60;
  let text = `${sign}${hh}${sep}${mm}`;
  if (ss || us) text += sep + String(ss).padStart(2, '0');
  if (us) text += '.' + String(us).padStart(6, '0');
  return text;
}

function timezoneName(tz: Timezone): string {
  if (tz.name !== null) return tz.name;
  return totalUs(tz.offset) === 0n ? 'UTC' : 'UTC' + formatOffset(tz.offset);
}

function newTimezone(offset: TD, name: string | null): PyInstance {
  return make(TimezoneClass, { offset, name });
}

export const utc = newTimezone({ days: 0, seconds: 0, us: 0 }, null);

TimezoneClass.hooks.construct = (cls, args, kwargs) => {
  const [offset, name] = bind(['offset', 'name'], args, kwargs, 1, 'timezone');
  if (!isTimedelta(offset)) throw pyError('TypeError', `timezone() argument 1 must be datetime.timedelta, not ${qualifiedType(offset ?? null)}`);
  if (name !== undefined && typeof name !== 'string') throw pyError('TypeError', `timezone() argument 2 must be str, not ${qualifiedType(name)}`);
  const td = tdOf(offset);
  const total = totalUs(td);
  if (total <= -DAY_US || total >= DAY_US) offsetRangeError(td);
  if (name === undefined && total === 0n && cls === TimezoneClass) return utc;
  return make(cls, { offset: td, name: name ?? null });
};

function argCheck(name: string, dt: PyValue | undefined) {
  if (dt !== undefined && dt !== null && !isDatetime(dt)) throw pyError('TypeError', `${name}(dt) argument must be a datetime instance or None, not ${qualifiedType(dt)}`);
}

const zoneOf = (self: PyInstance) => self.native as Timezone;
method(TimezoneClass, 'utcoffset', (self, [dt]) => {
  argCheck('utcoffset', dt);
  return newTimedelta(zoneOf(self).offset);
});
method(TimezoneClass, 'dst', (_self, [dt]) => {
  argCheck('dst', dt);
  return null;
});
method(TimezoneClass, 'tzname', (self, [dt]) => {
  argCheck('tzname', dt);
  return timezoneName(zoneOf(self));
});
method(TimezoneClass, '__repr__', (self) => {
  if (self === utc) return 'datetime.timezone.utc';
  const { offset, name } = zoneOf(self);
  const prefix = self.cls === TimezoneClass ? 'datetime.timezone' : self.cls.name;
  return `${prefix}(${timedeltaRepr(offset)}${name === null ? '' : ', ' + reprOf(name)})`;
});
method(TimezoneClass, '__str__', (self) => timezoneName(zoneOf(self)));
method(TimezoneClass, '__eq__', (self, [other]) => isTimezone(other) && totalUs(zoneOf(self).offset) === totalUs(zoneOf(other).offset));
method(TimezoneClass, '__hash__', (self) => Number(totalUs(zoneOf(self).offset) % 2_147_483_647n));

TimezoneClass.dict.set('utc', utc);
TimezoneClass.dict.set('min', newTimezone({ days: -1, seconds: 60, us: 0 }, null));
TimezoneClass.dict.set('max', newTimezone({ days: 0, seconds: 86340, us: 0 }, null));
