import { PyFloat, PyInstance, PyNativeFunction, PyTuple, pyError, type Interpreter, type PyValue } from '../../python';
import { PyLong } from '../../python/big-int';
import { dayOfYear, weekdayOf } from '../datetime/calendar-math';
import { ctimeText, strftime, type StrfFields } from '../datetime/format';
import { advanceClock, localEpochSeconds, localFields, localOffsetMs, localZoneName, nowEpochUs, resetClock, sleptSeconds, utcFields } from '../datetime/local-time';
import { strptimeZoneNames } from '../datetime/moments';
import { float, qualifiedType, bindInterpreter } from '../datetime/runtime';
import { strptime } from '../datetime/strptime';
import { tdFromUs } from '../datetime/timedelta';
import { StructTimeClass, isStructTime, newStructTime } from './struct-time';

/**
 * Python's time module: the clocks (Date.now and performance.now, plus what sleep() added),
 * gmtime/localtime/mktime with the host's local zone, strftime/strptime/asctime/ctime, and
 * struct_time. time.sleep() never blocks the Worker: it validates its argument, returns at
 * once and moves the sandbox's clocks forward by the time asked (see local-time.ts).
 */
function seconds(value: PyValue | undefined): number {
  if (typeof value === 'number' || typeof value === 'boolean') return Number(value);
  if (value instanceof PyFloat) return value.value;
  if (value instanceof PyLong) return Number(value.value);
  throw pyError('TypeError', `'${qualifiedType(value ?? null)}' object cannot be interpreted as an integer`);
}

/** Seconds of the monotonic clocks: the page's performance.now, never going back. */
function monotonicSeconds(): number {
  return performance.now() / 1000 + sleptSeconds();
}

function secsOrNow(value: PyValue | undefined): number {
  if (value === undefined || value === null) return Math.floor(nowEpochUs() / 1e6);
  const secs = seconds(value);
  if (!Number.isFinite(secs) || Math.abs(secs) >= 2 ** 63) throw pyError('OverflowError', 'timestamp out of range for platform time_t');
  return Math.floor(secs);
}

function isDstAt(epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  const standard = Math.min(localOffsetMs(Date.UTC(year, 0, 1)), localOffsetMs(Date.UTC(year, 6, 1)));
  return localOffsetMs(epochMs) > standard ? 1 : 0;
}

function gmtime(secs: number): PyInstance {
  const f = utcFields(secs * 1e6);
  return newStructTime([f.year, f.month, f.day, f.hour, f.minute, f.second, weekdayOf(f.year, f.month, f.day), dayOfYear(f.year, f.month, f.day), 0], 'GMT', 0);
}

function localtime(secs: number): PyInstance {
  const offset = localOffsetMs(secs * 1000);
  const f = localFields(secs * 1e6, offset);
  return newStructTime([f.year, f.month, f.day, f.hour, f.minute, f.second, weekdayOf(f.year, f.month, f.day), dayOfYear(f.year, f.month, f.day), isDstAt(secs * 1000)], localZoneName(secs * 1000), offset / 1000);
}

/** The nine numbers of a struct_time or a 9-tuple, with its zone when a struct_time carries one. */
function timeTuple(value: PyValue | undefined, fname: string): { items: number[]; zone: PyValue; gmtoff: PyValue } {
  if (value === undefined || value === null) return timeTuple(localtime(secsOrNow(undefined)), fname);
  if (isStructTime(value)) {
    const native = value.native as PyValue[];
    return { items: native.slice(0, 9).map((v) => Number(v)), zone: native[9] ?? null, gmtoff: native[10] ?? null };
  }
  if (!(value instanceof PyTuple)) throw pyError('TypeError', 'Tuple or struct_time argument required');
  if (value.items.length !== 9) throw pyError('TypeError', `${fname}(): illegal time tuple argument`);
  return { items: value.items.map((v) => seconds(v)), zone: null, gmtoff: null };
}

function fieldsOf(value: PyValue | undefined, fname: string): StrfFields {
  const { items, zone, gmtoff } = timeTuple(value, fname);
  const [year, month, day, hour, minute, second, wday, yday] = items as [number, number, number, number, number, number, number, number];
  let offsetSeconds = typeof gmtoff === 'number' ? gmtoff : null;
  let tzname = typeof zone === 'string' ? zone : null;
  if (offsetSeconds === null || tzname === null) {
    const at = localEpochSeconds({ year, month: Math.min(Math.max(month, 1), 12), day: Math.max(day, 1), hour, minute, second }) * 1000;
    offsetSeconds ??= localOffsetMs(at) / 1000;
    tzname ??= localZoneName(at);
  }
  return { year, month: Math.min(Math.max(month, 1), 12), day, hour, minute, second, us: 0, wday: ((wday % 7) + 7) % 7, yday: Math.max(yday, 1), offset: tdFromUs(BigInt(offsetSeconds) * 1_000_000n), tzname };
}

function fn(name: string, body: (args: PyValue[]) => PyValue): [string, PyNativeFunction] {
  return [name, new PyNativeFunction(name, (args) => body(args))];
}

function zoneInfo() {
  const year = new Date(nowEpochUs() / 1000).getUTCFullYear();
  const jan = Date.UTC(year, 0, 1);
  const jul = Date.UTC(year, 6, 1);
  const [std, dst] = localOffsetMs(jan) <= localOffsetMs(jul) ? [jan, jul] : [jul, jan];
  return {
    timezone: -localOffsetMs(std) / 1000,
    altzone: -localOffsetMs(dst) / 1000,
    daylight: localOffsetMs(std) !== localOffsetMs(dst) ? 1 : 0,
    tzname: new PyTuple([localZoneName(std), localZoneName(dst)]),
  };
}

export function timeModule(interpreter: Interpreter): Record<string, PyValue> {
  bindInterpreter(interpreter);
  resetClock();
  return {
    struct_time: StructTimeClass,
    ...Object.fromEntries([
      fn('time', () => float(nowEpochUs() / 1e6)),
      fn('time_ns', () => new PyLong(BigInt(nowEpochUs()) * 1000n)),
      fn('monotonic', () => float(monotonicSeconds())),
      fn('monotonic_ns', () => new PyLong(BigInt(Math.round(monotonicSeconds() * 1e9)))),
      fn('perf_counter', () => float(monotonicSeconds())),
      fn('perf_counter_ns', () => new PyLong(BigInt(Math.round(monotonicSeconds() * 1e9)))),
      fn('process_time', () => float(performance.now() / 1000)),
      fn('sleep', ([secs]) => {
        const s = seconds(secs);
        if (Number.isNaN(s)) throw pyError('ValueError', 'Invalid value NaN (not a number)');
        if (s < 0) throw pyError('ValueError', 'sleep length must be non-negative');
        advanceClock(s);
        return null;
      }),
      fn('gmtime', ([secs]) => gmtime(secsOrNow(secs))),
      fn('localtime', ([secs]) => localtime(secsOrNow(secs))),
      fn('mktime', ([t]) => {
        const [year, month, day, hour, minute, second] = timeTuple(t, 'mktime').items as [number, number, number, number, number, number];
        return float(localEpochSeconds({ year, month, day, hour, minute, second }));
      }),
      fn('strftime', ([format, t]) => {
        if (typeof format !== 'string') throw pyError('TypeError', `strftime() argument 1 must be str, not ${qualifiedType(format ?? null)}`);
        return strftime(format, fieldsOf(t, 'strftime'), false);
      }),
      fn('strptime', ([text, format]) => {
        if (typeof text !== 'string') throw pyError('TypeError', `strptime() argument 0 must be str, not <class '${qualifiedType(text ?? null)}'>`);
        const fmt = format === undefined ? '%a %b %d %H:%M:%S %Y' : format;
        if (typeof fmt !== 'string') throw pyError('TypeError', `strptime() argument 1 must be str, not ${qualifiedType(fmt)}`);
        const p = strptime(text, fmt, strptimeZoneNames());
        const gmtoff = p.offset === null ? null : (p.offset.days * 86400 + p.offset.seconds);
        return newStructTime([p.year, p.month, p.day, p.hour, p.minute, p.second, p.wday, p.yday, -1], p.tzname, gmtoff);
      }),
      fn('asctime', ([t]) => {
        const f = fieldsOf(t, 'asctime');
        return ctimeText(f);
      }),
      fn('ctime', ([secs]) => {
        const s = secsOrNow(secs);
        return ctimeText(localFields(s * 1e6));
      }),
    ]),
    ...zoneInfo(),
  };
}

