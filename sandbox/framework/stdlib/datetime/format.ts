import { PyInstance, pyError } from '../../python';
import { newStructTime } from '../time/struct-time';
import { DAY_ABBRS, DAY_NAMES, MONTH_ABBRS, MONTH_NAMES, dayOfYear, isoCalendar, weekdayOf } from './calendar-math';
import { dateOf, dtOf, isDatetime, isTime, timeOf, type DateFields, type TD } from './classes';
import { localEpochSeconds } from './local-time';
import { totalUs } from './timedelta';
import { formatOffset, tznameOf, utcoffsetOf } from './tzinfo';

/**
 * strftime as CPython on Linux gives it: glibc's directives in the C locale (English names,
 * `%c` as `Thu Jul  4 09:05:03 2024`, unpadded `%Y` before year 1000, the `-`, `_`, `0` and
 * `^` flags) plus Python's own `%f`, `%z`, `%:z` and `%Z`; isoformat and ctime text too.
 */
export interface StrfFields extends DateFields {
  hour: number;
  minute: number;
  second: number;
  us: number;
  /** Monday is 0. */
  wday: number;
  /** 1-based. */
  yday: number;
  offset: TD | null;
  tzname: string | null;
}

export interface WallFields extends DateFields {
  hour: number;
  minute: number;
  second: number;
}

function num(n: number, width: number, flag: string, padChar = '0'): string {
  const digits = String(Math.abs(n));
  if (flag === '-') return (n < 0 ? '-' : '') + digits;
  const fill = flag === '_' ? ' ' : flag === '0' ? '0' : padChar;
  return (n < 0 ? '-' : '') + digits.padStart(width, fill);
}

function offsetText(offset: TD | null, colon: boolean): string {
  if (offset === null) return '';
  const text = formatOffset(offset, colon ? ':' : '');
  return text;
}

/**
 * Expands one directive; null when glibc does not know it (the text is then kept).
 * `python` is false for time.strftime, which leaves `%f` to the C library.
 */
function directive(c: string, f: StrfFields, flag: string, python: boolean): string | null {
  const sundayWday = (f.wday + 1) % 7;
  const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  switch (c) {
    case 'a': return DAY_ABBRS[f.wday]!;
    case 'A': return DAY_NAMES[f.wday]!;
    case 'b': case 'h': return MONTH_ABBRS[f.month]!;
    case 'B': return MONTH_NAMES[f.month]!;
    case 'c': return strftime('%a %b %e %H:%M:%S %Y', f, python);
    // glibc pads the century only for four-digit years, as it does %Y.
    case 'C': return num(Math.floor(f.year / 100), f.year >= 1000 ? 2 : 1, flag);
    case 'd': return num(f.day, 2, flag);
    case 'D': case 'x': return strftime('%m/%d/%y', f, python);
    case 'e': return num(f.day, 2, flag, ' ');
    case 'F': return `${num(f.year, 1, flag)}-${num(f.month, 2, '')}-${num(f.day, 2, '')}`;
    case 'g': return num(isoCalendar(f.year, f.month, f.day)[0] % 100, 2, flag);
    case 'G': return num(isoCalendar(f.year, f.month, f.day)[0], 1, flag);
    case 'H': return num(f.hour, 2, flag);
    case 'I': return num(hour12, 2, flag);
    case 'j': return num(f.yday, 3, flag);
    case 'k': return num(f.hour, 2, flag, ' ');
    case 'l': return num(hour12, 2, flag, ' ');
    case 'm': return num(f.month, 2, flag);
    case 'M': return num(f.minute, 2, flag);
    case 'n': return '\n';
    case 'p': return f.hour < 12 ? 'AM' : 'PM';
    case 'P': return f.hour < 12 ? 'am' : 'pm';
    case 'r': return strftime('%I:%M:%S %p', f, python);
    case 'R': return strftime('%H:%M', f, python);
    case 's': return String(localEpochSeconds(f));
    case 'S': return num(f.second, 2, flag);
    case 't': return '\t';
    case 'T': case 'X': return strftime('%H:%M:%S', f, python);
    case 'u': return String(f.wday + 1);
    case 'U': return num(Math.floor((f.yday - 1 + 7 - sundayWday) / 7), 2, flag);
    case 'V': return num(isoCalendar(f.year, f.month, f.day)[1], 2, flag);
    case 'w': return String(sundayWday);
    case 'W': return num(Math.floor((f.yday - 1 + 7 - f.wday) / 7), 2, flag);
    case 'y': return num(((f.year % 100) + 100) % 100, 2, flag);
    case 'Y': return num(f.year, 1, flag);
    case 'f': return python ? String(f.us).padStart(6, '0') : null;
    case 'z': return offsetText(f.offset, false);
    case 'Z': return f.tzname ?? '';
    case '%': return '%';
    default: return null;
  }
}

export function strftime(format: string, f: StrfFields, python = true): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch !== '%' || i === format.length - 1) {
      out += ch;
      continue;
    }
    let j = i + 1;
    let flag = '';
    if ('-_0^#'.includes(format[j]!) && j + 1 < format.length) flag = format[j++]!;
    if (python && format[j] === ':' && format[j + 1] === 'z') {
      out += offsetText(f.offset, true);
      i = j + 1;
      continue;
    }
    const expanded = directive(format[j]!, f, flag === '^' || flag === '#' ? '' : flag, python);
    if (expanded === null) {
      out += format.slice(i, j + 1);
    } else out += flag === '^' ? expanded.toUpperCase() : expanded;
    i = j;
  }
  return out;
}

/** The fields strftime reads from a date, datetime or time instance. */
export function strftimeFields(self: PyInstance): StrfFields {
  if (isTime(self)) {
    const t = timeOf(self);
    return { year: 1900, month: 1, day: 1, hour: t.hour, minute: t.minute, second: t.second, us: t.us, wday: 0, yday: 1, offset: utcoffsetOf(t.tz, null), tzname: tznameOf(t.tz, null) };
  }
  const d = dateOf(self);
  const base = { ...d, wday: weekdayOf(d.year, d.month, d.day), yday: dayOfYear(d.year, d.month, d.day) };
  if (!isDatetime(self)) return { ...base, hour: 0, minute: 0, second: 0, us: 0, offset: null, tzname: null };
  const dt = dtOf(self);
  return { ...base, hour: dt.hour, minute: dt.minute, second: dt.second, us: dt.us, offset: utcoffsetOf(dt.tz, self), tzname: tznameOf(dt.tz, self) };
}

export function strftimeOf(self: PyInstance, format: string): string {
  return strftime(format, strftimeFields(self));
}

export function dateIsoformat(d: DateFields): string {
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

const TIMESPECS = ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds'];

export function timeIsoformat(t: { hour: number; minute: number; second: number; us: number }, timespec = 'auto'): string {
  if (!TIMESPECS.includes(timespec)) throw pyError('ValueError', 'Unknown timespec value');
  const spec = timespec === 'auto' ? (t.us ? 'microseconds' : 'seconds') : timespec;
  const hh = String(t.hour).padStart(2, '0');
  const mm = String(t.minute).padStart(2, '0');
  const ss = String(t.second).padStart(2, '0');
  switch (spec) {
    case 'hours': return hh;
    case 'minutes': return `${hh}:${mm}`;
    case 'seconds': return `${hh}:${mm}:${ss}`;
    case 'milliseconds': return `${hh}:${mm}:${ss}.${String(Math.floor(t.us / 1000)).padStart(3, '0')}`;
    default: return `${hh}:${mm}:${ss}.${String(t.us).padStart(6, '0')}`;
  }
}

export function isoOffset(offset: TD | null): string {
  return offset === null ? '' : formatOffset(offset);
}

export function ctimeText(f: WallFields): string {
  const wday = weekdayOf(f.year, f.month, f.day);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAY_ABBRS[wday]} ${MONTH_ABBRS[f.month]} ${String(f.day).padStart(2, ' ')} ${two(f.hour)}:${two(f.minute)}:${two(f.second)} ${String(f.year).padStart(4, '0')}`;
}

/** date.timetuple() / datetime.timetuple(): a time.struct_time of the wall-clock fields. */
export function structTimeOf(f: WallFields, isdst: number) {
  return newStructTime([f.year, f.month, f.day, f.hour, f.minute, f.second, weekdayOf(f.year, f.month, f.day), dayOfYear(f.year, f.month, f.day), isdst], null, null);
}

export function offsetSeconds(offset: TD): number {
  return Number(totalUs(offset) / 1_000_000n);
}
