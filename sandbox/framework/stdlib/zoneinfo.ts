import { PyClass, PyException, PyInstance, PyNativeFunction, PySet, PyTuple, exceptionClass, hashKey, newException, pyError, reprOf, type Interpreter, type PyValue } from '../python';
import { TzinfoClass, dtOf, isDatetime, make } from './datetime/classes';
import { dtFromUs, dtUs, newDatetime } from './datetime/datetime';
import { bind, classMethod, getter, method, qualifiedType, bindInterpreter } from './datetime/runtime';
import { newTimedelta, tdFromUs } from './datetime/timedelta';
import { knownZone, wallOffsetMs, wallToMs, zoneAbbreviation, zoneOffsetMs } from './datetime/zone-offsets';
// The datetime classes' methods must be there before a ZoneInfo meets a datetime.
import './datetime';

/**
 * zoneinfo.ZoneInfo: the IANA zones, their offsets read from the platform's Intl data rather
 * than a shipped tz database, with DST transitions and PEP 495's fold. Keys are the names Intl
 * knows, spelt as the tz database spells them (so `asia/kolkata` is not found, as on Linux).
 */
const ZoneInfoNotFoundError = new PyClass('ZoneInfoNotFoundError', [exceptionClass('KeyError')], 'zoneinfo');
// KeyError's str is the repr of its key: 'No time zone found with key Foo/Bar', quotes included.
ZoneInfoNotFoundError.dict.set('__str__', new PyNativeFunction('__str__', ([self]) => {
  const args = (self as PyInstance).dict.get('args');
  const items = args instanceof PyTuple ? args.items : [];
  return items.length === 1 ? reprOf(items[0]!) : items.length === 0 ? '' : reprOf(args ?? null);
}));
const ZoneInfoClass = new PyClass('ZoneInfo', [TzinfoClass], 'zoneinfo', {});

const cache = new Map<string, PyInstance>();

function availableZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? [];
  return [...new Set([...zones, 'UTC'])];
}

function validKey(key: string): boolean {
  if (key === 'UTC' || availableZones().includes(key)) return true;
  // Aliases (Asia/Calcutta, US/Eastern) Intl accepts but does not list; case matters as in the files.
  return key.split('/').every((part) => /^[A-Z]/.test(part)) && knownZone(key);
}

function zoneFor(cls: PyClass, key: PyValue | undefined): PyInstance {
  if (typeof key !== 'string') throw pyError('TypeError', `expected str, bytes or os.PathLike object, not ${qualifiedType(key ?? null)}`);
  if (key.startsWith('/') || key.split('/').includes('..') || key === '') {
    throw pyError('ValueError', `ZoneInfo keys must be normalized relative paths, got: ${key}`);
  }
  if (!validKey(key)) throw new PyException(newException(ZoneInfoNotFoundError, [`No time zone found with key ${key}`]));
  return make(cls, key);
}

ZoneInfoClass.hooks.construct = (cls, args, kwargs) => {
  const [key] = bind(['key'], args, kwargs, 1, 'ZoneInfo');
  const cacheKey = typeof key === 'string' && cls === ZoneInfoClass ? key : null;
  const cached = cacheKey === null ? undefined : cache.get(cacheKey);
  if (cached) return cached;
  const zone = zoneFor(cls, key);
  if (cacheKey !== null) cache.set(cacheKey, zone);
  return zone;
};

classMethod(ZoneInfoClass, 'no_cache', (cls, args, kwargs) => {
  const [key] = bind(['key'], args, kwargs, 1, 'no_cache');
  return zoneFor(cls, key);
});
classMethod(ZoneInfoClass, 'clear_cache', (_cls, args, kwargs) => {
  const [only] = bind(['only_keys'], args, kwargs, 0, 'clear_cache');
  if (only === undefined || only === null) cache.clear();
  else for (const key of new Set(only instanceof PySet ? only.entries.values() : [])) if (typeof key === 'string') cache.delete(key);
  return null;
});

const keyOf = (self: PyInstance) => self.native as string;
const EPOCH_US = dtUs({ year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, us: 0, tz: null, fold: 0 });

/** The offset in milliseconds that applies to a datetime's wall-clock time in this zone. */
function wallOffset(self: PyInstance, dt: PyValue | undefined): number | null {
  if (dt === undefined || dt === null) return null;
  if (!isDatetime(dt)) throw pyError('TypeError', `utcoffset() argument must be a datetime.datetime instance or None, not ${qualifiedType(dt)}`);
  const d = dtOf(dt);
  const key = keyOf(self);
  return wallOffsetMs(wallToMs(d), d.fold, (ms) => zoneOffsetMs(key, ms));
}

/** The zone's standard offset around an instant: the smaller of its January and July offsets. */
function standardOffset(key: string, epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  return Math.min(zoneOffsetMs(key, Date.UTC(year, 0, 1)), zoneOffsetMs(key, Date.UTC(year, 6, 1)));
}

const msDelta = (ms: number) => newTimedelta(tdFromUs(BigInt(ms) * 1000n));

method(ZoneInfoClass, 'utcoffset', (self, [dt]) => {
  const offset = wallOffset(self, dt);
  return offset === null ? null : msDelta(offset);
});
method(ZoneInfoClass, 'dst', (self, [dt]) => {
  const offset = wallOffset(self, dt);
  if (offset === null) return null;
  const instant = wallToMs(dtOf(dt as PyInstance)) - offset;
  return msDelta(offset - standardOffset(keyOf(self), instant));
});
method(ZoneInfoClass, 'tzname', (self, [dt]) => {
  const offset = wallOffset(self, dt);
  if (offset === null) return null;
  return zoneAbbreviation(keyOf(self), wallToMs(dtOf(dt as PyInstance)) - offset, offset);
});
method(ZoneInfoClass, 'fromutc', (self, [dt]) => {
  if (!isDatetime(dt)) throw pyError('TypeError', 'fromutc() requires a datetime argument');
  if (dtOf(dt).tz !== self) throw pyError('ValueError', 'fromutc: dt.tzinfo is not self');
  const key = keyOf(self);
  const d = dtOf(dt);
  const epochMs = Number((dtUs(d) - EPOCH_US) / 1000n);
  const offset = zoneOffsetMs(key, epochMs);
  const local = dtFromUs(dtUs(d) + BigInt(offset) * 1000n, self);
  // The second of two equal wall times (the hour repeated when clocks go back) has fold=1.
  const fold = wallOffsetMs(wallToMs(local), 0, (ms) => zoneOffsetMs(key, ms)) === offset ? 0 : 1;
  return newDatetime(dt.cls, { ...local, fold });
});
method(ZoneInfoClass, '__repr__', (self) => `${self.cls === ZoneInfoClass ? 'zoneinfo.ZoneInfo' : self.cls.name}(key=${reprOf(keyOf(self))})`);
method(ZoneInfoClass, '__str__', (self) => keyOf(self));
getter(ZoneInfoClass, 'key', (self) => keyOf(self));

function availableTimezones(): PySet {
  const set = new PySet();
  for (const key of availableZones()) set.entries.set(hashKey(key), key);
  return set;
}

export function zoneinfoModule(interpreter: Interpreter): Record<string, PyValue> {
  bindInterpreter(interpreter);
  return {
    ZoneInfo: ZoneInfoClass,
    ZoneInfoNotFoundError,
    available_timezones: new PyNativeFunction('available_timezones', () => availableTimezones()),
    TZPATH: new PyTuple([]),
  };
}
