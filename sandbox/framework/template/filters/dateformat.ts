import { PyException, PyFloat, pyError, type Interpreter, type PyValue } from '../../python';
import { isDate, isDatetime, isTime } from '../../stdlib/datetime/classes';

/**
 * Django's dateformat with the en-us locale: PHP-style format characters, the AP-style
 * month abbreviations of `N`, and `P` (noon, midnight, "2:30 p.m."). A datetime's zone
 * characters (e, I, O, T, Z, r, U, c) come from its tzinfo, or for a naive one from
 * TIME_ZONE, as Django's TimeFormat takes them.
 */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  /** A datetime or a time: a date refuses the time format characters. */
  hasTime: boolean;
  /** A date or a datetime: a time has no year, month or day. */
  hasDate?: boolean;
  /** What the zone characters need, worked out only for a datetime. */
  zone?: ZoneParts | null;
}

export interface ZoneParts {
  /** `e`: the datetime's own tzname(), '' when naive. */
  own: string;
  /** `T`: the zone's name for this moment. */
  name: string;
  /** `Z`: seconds east of UTC. */
  offset: number;
  dst: boolean;
  /** `c`: isoformat(). */
  iso: string;
  /** `U`: seconds since the epoch. */
  timestamp: number;
}

export const DATE_FORMAT = 'N j, Y';
export const DATETIME_FORMAT = 'N j, Y, P';
export const TIME_FORMAT = 'P';
/** The en locale's named formats, which the date filter accepts in place of a format. */
export const NAMED_FORMATS: Record<string, string> = {
  DATE_FORMAT,
  DATETIME_FORMAT,
  TIME_FORMAT,
  SHORT_DATE_FORMAT: 'm/d/Y',
  SHORT_DATETIME_FORMAT: 'm/d/Y P',
  YEAR_MONTH_FORMAT: 'F Y',
  MONTH_DAY_FORMAT: 'F j',
};

/** A character the value has no part for (a time's year): Django's AttributeError, which the filters turn into ''. */
export class FormatUnavailable extends Error {}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** The characters TimeFormat knows; the rest need a date. */
const TIME_CHARS = new Set('aAefgGhHiOPsTuZ');

function intAttr(value: PyValue, name: string, interp: Interpreter): number | undefined {
  const v = interp.findAttr(value, name);
  if (typeof v === 'number') return v;
  if (v instanceof PyFloat) return v.value;
  return undefined;
}

function call(interp: Interpreter, obj: PyValue, name: string, args: PyValue[] = []): PyValue {
  return interp.call(interp.getAttr(obj, name), args);
}

/** TIME_ZONE's zone, or null when there are no settings to read it from. */
function defaultZone(interp: Interpreter): PyValue | null {
  try {
    return call(interp, interp.importModule('django.utils.timezone'), 'get_default_timezone');
  } catch (err) {
    if (err instanceof PyException) return null;
    throw err;
  }
}

function seconds(interp: Interpreter, delta: PyValue): number {
  return delta === null ? 0 : Number(interp.str(call(interp, delta, 'total_seconds')));
}

function zoneParts(value: PyValue, interp: Interpreter): ZoneParts | null {
  const ownZone = interp.getAttr(value, 'tzinfo');
  const naive = ownZone === null || call(interp, value, 'utcoffset') === null;
  const zone = naive ? defaultZone(interp) : ownZone;
  if (zone === null) return null;
  const offset = seconds(interp, call(interp, zone, 'utcoffset', [value]));
  const own = naive ? '' : call(interp, value, 'tzname');
  const aware = naive ? interp.call(interp.getAttr(value, 'replace'), [], new Map([['tzinfo', zone]])) : value;
  return {
    own: typeof own === 'string' ? own : '',
    name: interp.str(call(interp, zone, 'tzname', [value])),
    offset,
    dst: seconds(interp, call(interp, zone, 'dst', [value])) !== 0,
    iso: interp.str(call(interp, value, 'isoformat')),
    timestamp: Math.floor(Number(interp.str(call(interp, aware, 'timestamp')))),
  };
}

/** The parts of a date-like object (a date, a datetime, a time, or anything with year, month and day), or null. */
export function dateParts(value: PyValue, interp: Interpreter): DateParts | null {
  if (value === null || typeof value !== 'object') return null;
  if (isTime(value)) {
    return {
      year: 1900, month: 1, day: 1,
      hour: intAttr(value, 'hour', interp) ?? 0,
      minute: intAttr(value, 'minute', interp) ?? 0,
      second: intAttr(value, 'second', interp) ?? 0,
      microsecond: intAttr(value, 'microsecond', interp) ?? 0,
      hasTime: true,
      hasDate: false,
      zone: null,
    };
  }
  const year = intAttr(value, 'year', interp);
  const month = intAttr(value, 'month', interp);
  const day = intAttr(value, 'day', interp);
  if (year === undefined || month === undefined || day === undefined) return null;
  const hour = intAttr(value, 'hour', interp);
  const parts: DateParts = {
    year,
    month,
    day,
    hour: hour ?? 0,
    minute: intAttr(value, 'minute', interp) ?? 0,
    second: intAttr(value, 'second', interp) ?? 0,
    microsecond: intAttr(value, 'microsecond', interp) ?? 0,
    hasTime: hour !== undefined,
    hasDate: true,
    zone: null,
  };
  if (isDatetime(value)) parts.zone = zoneParts(value, interp);
  else if (isDate(value)) {
    // `U` of a date: its midnight, in TIME_ZONE.
    const zone = defaultZone(interp);
    if (zone !== null) {
      const moment = interp.call(interp.getAttr(interp.getAttr(interp.importModule('datetime'), 'datetime'), 'combine'), [value, interp.getAttr(interp.getAttr(interp.importModule('datetime'), 'time'), 'min')]);
      const z = zoneParts(moment, interp);
      parts.zone = z && { ...z, own: '', name: '', iso: interp.str(call(interp, value, 'isoformat')) };
      parts.hasTime = false;
    }
  }
  return parts;
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function dayOfYear(d: DateParts): number {
  return (Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(d.year, 0, 1)) / 86_400_000 + 1;
}

function isoWeek(d: DateParts): [number, number] {
  const date = new Date(Date.UTC(d.year, d.month - 1, d.day));
  const dow = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return [date.getUTCFullYear(), Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7)];
}

function offsetText(offset: number): string {
  const abs = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 3600))}${pad(Math.floor(abs / 60) % 60)}`;
}

function char(c: string, d: DateParts): string {
  const g = d.hour % 12 || 12;
  const a = d.hour > 11 ? 'p.m.' : 'a.m.';
  const f = d.minute === 0 ? String(g) : `${g}:${pad(d.minute)}`;
  const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  const zone = d.zone;
  switch (c) {
    case 'a': return a;
    case 'A': return d.hour > 11 ? 'PM' : 'AM';
    case 'b': return MONTHS[d.month - 1]!.slice(0, 3).toLowerCase();
    case 'c': return zone?.iso ?? `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}` + (d.hasTime ? `T${pad(d.hour)}:${pad(d.minute)}:${pad(d.second)}${d.microsecond ? '.' + pad(d.microsecond, 6) : ''}` : '');
    case 'd': return pad(d.day);
    case 'D': return DAYS[weekday]!.slice(0, 3);
    case 'e': return zone?.own ?? '';
    case 'I': return zone && d.hasTime ? (zone.dst ? '1' : '0') : '';
    case 'O': return zone && d.hasTime ? offsetText(zone.offset) : '';
    case 'T': return zone && d.hasTime ? zone.name : '';
    case 'Z': return zone && d.hasTime ? String(zone.offset) : '';
    case 'E': case 'F': return MONTHS[d.month - 1]!;
    case 'f': return f;
    case 'g': return String(g);
    case 'G': return String(d.hour);
    case 'h': return pad(g);
    case 'H': return pad(d.hour);
    case 'i': return pad(d.minute);
    case 'j': return String(d.day);
    case 'l': return DAYS[weekday]!;
    case 'L': return isLeap(d.year) ? 'True' : 'False';
    case 'm': return pad(d.month);
    case 'M': return MONTHS[d.month - 1]!.slice(0, 3);
    case 'n': return String(d.month);
    case 'N': return MONTHS_AP[d.month - 1]!;
    case 'o': return String(isoWeek(d)[0]);
    case 'P': return d.minute === 0 && d.hour === 0 ? 'midnight' : d.minute === 0 && d.hour === 12 ? 'noon' : `${f} ${a}`;
    case 'r': return `${DAYS[weekday]!.slice(0, 3)}, ${pad(d.day)} ${MONTHS[d.month - 1]!.slice(0, 3)} ${pad(d.year, 4)} ${pad(d.hour)}:${pad(d.minute)}:${pad(d.second)} ${zone ? offsetText(zone.offset) : '-0000'}`;
    case 's': return pad(d.second);
    case 'S': {
      if (d.day >= 11 && d.day <= 13) return 'th';
      return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[d.day % 10] ?? 'th';
    }
    case 't': return String(new Date(Date.UTC(d.year, d.month, 0)).getUTCDate());
    case 'u': return pad(d.microsecond, 6);
    case 'U': return String(zone?.timestamp ?? Math.floor(Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute, d.second) / 1000));
    case 'w': return String(weekday);
    case 'W': return String(isoWeek(d)[1]);
    case 'y': return pad(d.year % 100);
    case 'Y': return String(d.year);
    case 'z': return String(dayOfYear(d));
    default: return c;
  }
}

const FORMAT_CHARS = /[aAbcdDeEfFgGhHiIjlLmMnNoOPrsStTUuwWyYzZ]/;

/**
 * Formats like Django's dateformat.format (`timeOnly`: time_format, which knows only the
 * time characters); a backslash makes the next character literal.
 */
export function formatDate(d: DateParts, format: string, timeOnly = false): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c === '\\' && i + 1 < format.length) {
      out += format[++i];
      continue;
    }
    if (FORMAT_CHARS.test(c)) {
      if (!d.hasTime && d.hasDate !== false && TIME_CHARS.has(c) && !timeOnly) {
        throw pyError('TypeError', `The format for date objects may not contain time-related format specifiers (found '${c}').`);
      }
      if ((timeOnly || d.hasDate === false) && !TIME_CHARS.has(c)) throw new FormatUnavailable(c);
      if (timeOnly && !d.hasTime && d.hasDate !== false) throw new FormatUnavailable(c);
      out += char(c, d);
    } else out += c;
  }
  return out;
}
