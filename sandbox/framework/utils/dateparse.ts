import { PyException, PyNativeFunction, type Interpreter, type PyValue } from '../python';

/**
 * django.utils.dateparse: ISO 8601 text to the standard library's date, time and datetime.
 * fromisoformat() first; then Django's looser patterns (one-digit months, a comma before
 * the fraction, "Z"). Each returns null for text that is not in the format, and lets
 * ValueError through for text in the format that names no real date or time.
 */

const DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const TIME_RE = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d{1,6})\d{0,6})?)?$/;
const DATETIME_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d{1,6})\d{0,6})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;

function datetimeModule(interp: Interpreter) {
  return interp.importModule('datetime');
}

function cls(interp: Interpreter, name: string): PyValue {
  return interp.getAttr(datetimeModule(interp), name);
}

/** `cls.fromisoformat(value)`, or undefined when it raises ValueError (a TypeError, for a value that is not text, goes through). */
function fromIso(interp: Interpreter, name: string, value: PyValue): PyValue | undefined {
  try {
    return interp.call(interp.getAttr(cls(interp, name), 'fromisoformat'), [value]);
  } catch (err) {
    if (err instanceof PyException && err.exc.cls.name === 'ValueError') return undefined;
    throw err;
  }
}

const int = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const micro = (s: string | undefined) => (s === undefined ? undefined : Number(s.padEnd(6, '0')));

function timeKwargs(m: (string | undefined)[]): Map<string, PyValue> {
  const kw = new Map<string, PyValue>();
  const [hour, minute, second, us] = [int(m[0]), int(m[1]), int(m[2]), micro(m[3])];
  kw.set('hour', hour!);
  kw.set('minute', minute!);
  if (second !== undefined) kw.set('second', second);
  if (us !== undefined) kw.set('microsecond', us);
  return kw;
}

export function parseDate(interp: Interpreter, value: PyValue): PyValue {
  const iso = fromIso(interp, 'date', value);
  if (iso !== undefined) return iso;
  const m = DATE_RE.exec(String(value));
  if (!m) return null;
  return interp.call(cls(interp, 'date'), [], new Map([['year', Number(m[1])], ['month', Number(m[2])], ['day', Number(m[3])]]));
}

export function parseTime(interp: Interpreter, value: PyValue): PyValue {
  const iso = fromIso(interp, 'time', value);
  if (iso !== undefined) return interp.call(interp.getAttr(iso, 'replace'), [], new Map([['tzinfo', null]]));
  const m = TIME_RE.exec(String(value));
  if (!m) return null;
  return interp.call(cls(interp, 'time'), [], timeKwargs(m.slice(1)));
}

/** get_fixed_timezone: a timezone of so many minutes, named "+0530". */
export function fixedTimezone(interp: Interpreter, minutes: number): PyValue {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const name = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
  const delta = interp.call(cls(interp, 'timedelta'), [], new Map([['minutes', minutes]]));
  return interp.call(cls(interp, 'timezone'), [delta, name]);
}

export function parseDatetime(interp: Interpreter, value: PyValue): PyValue {
  const iso = fromIso(interp, 'datetime', value);
  if (iso !== undefined) return iso;
  const m = DATETIME_RE.exec(String(value));
  if (!m) return null;
  const kw = new Map<string, PyValue>([['year', Number(m[1])], ['month', Number(m[2])], ['day', Number(m[3])]]);
  for (const [k, v] of timeKwargs(m.slice(4, 8))) kw.set(k, v);
  const tz = m[8];
  let tzinfo: PyValue = null;
  if (tz === 'Z') tzinfo = interp.getAttr(cls(interp, 'timezone'), 'utc');
  else if (tz !== undefined) {
    const offset = (60 * Number(tz.slice(1, 3)) + (tz.length > 3 ? Number(tz.slice(-2)) : 0)) * (tz[0] === '-' ? -1 : 1);
    tzinfo = fixedTimezone(interp, offset);
  }
  kw.set('tzinfo', tzinfo);
  return interp.call(cls(interp, 'datetime'), [], kw);
}

/** `django.utils.dateparse` for the learner's code. */
export function dateparseModule(interp: Interpreter): Record<string, PyValue> {
  const fn = (name: string, parse: (interp: Interpreter, value: PyValue) => PyValue) => new PyNativeFunction(name, ([value]) => parse(interp, value ?? null));
  return {
    parse_date: fn('parse_date', parseDate),
    parse_time: fn('parse_time', parseTime),
    parse_datetime: fn('parse_datetime', parseDatetime),
  };
}
