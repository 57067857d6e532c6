import { pyError, reprOf } from '../../python';
import { DAY_ABBRS, DAY_NAMES, MONTH_ABBRS, MONTH_NAMES, checkDate, dayOfYear, fromIsoCalendar, fromOrdinal, toOrdinal, weekdayOf } from './calendar-math';
import type { TD } from './classes';
import { tdFromUs } from './timedelta';

/**
 * strptime as Python's own _strptime does it in the C locale: each directive becomes a regular
 * expression (case-insensitive, a run of whitespace matching any), the whole text must match,
 * then the fields are put together (defaults 1900-01-01, %I with %p, %j, %U/%W with a weekday,
 * %G/%V/%u, %z). The messages are CPython's.
 */
export interface Parsed {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  us: number;
  wday: number;
  yday: number;
  offset: TD | null;
  tzname: string | null;
}

const alternatives = (names: string[]) => names.filter(Boolean).sort((a, b) => b.length - a.length).join('|');

const PATTERNS: Record<string, string> = {
  d: '3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]',
  f: '[0-9]{1,6}',
  H: '2[0-3]|[0-1]\\d|\\d',
  I: '1[0-2]|0[1-9]|[1-9]',
  G: '\\d\\d\\d\\d',
  j: '36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]',
  m: '1[0-2]|0[1-9]|[1-9]',
  M: '[0-5]\\d|\\d',
  S: '6[0-1]|[0-5]\\d|\\d',
  U: '5[0-3]|[0-4]\\d|\\d',
  W: '5[0-3]|[0-4]\\d|\\d',
  w: '[0-6]',
  u: '[1-7]',
  V: '5[0-3]|0[1-9]|[1-4]\\d|\\d',
  y: '\\d\\d',
  Y: '\\d\\d\\d\\d',
  z: '[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z',
  A: alternatives(DAY_NAMES),
  a: alternatives(DAY_ABBRS),
  B: alternatives(MONTH_NAMES),
  b: alternatives(MONTH_ABBRS),
  p: 'am|pm',
};

const COMPOSITE: Record<string, string> = { c: '%a %b %d %H:%M:%S %Y', x: '%m/%d/%y', X: '%H:%M:%S' };

function compile(format: string, zoneNames: string[], groups: string[]): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch !== '%') {
      if (/\s/.test(ch)) {
        while (i + 1 < format.length && /\s/.test(format[i + 1]!)) i++;
        out += '\\s+';
      } else out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      continue;
    }
    const d = format[++i];
    if (d === undefined) throw pyError('ValueError', `stray % in format '${format}'`);
    if (d === '%') out += '%';
    else if (COMPOSITE[d]) out += compile(COMPOSITE[d], zoneNames, groups);
    else if (d === 'Z') {
      groups.push('Z');
      out += `(${alternatives(zoneNames.map((z) => z.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))})`;
    } else if (PATTERNS[d]) {
      groups.push(d);
      out += `(${PATTERNS[d]})`;
    } else throw pyError('ValueError', `'${d}' is a bad directive in format '%${d}'`);
  }
  return out;
}

function parseZ(text: string): TD {
  if (text.toUpperCase() === 'Z') return { days: 0, seconds: 0, us: 0 };
  const m = /^([+-])(\d\d):?(\d\d)(?::?(\d\d)(?:\.(\d+))?)?$/.exec(text)!;
  const us = ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1e6 + Number((m[5] ?? '').padEnd(6, '0'));
  return tdFromUs(BigInt(m[1] === '-' ? -us : us));
}

/** Parses `text` by `format`; `zoneNames` are the %Z names accepted (utc, gmt and the local ones). */
export function strptime(text: string, format: string, zoneNames: string[]): Parsed {
  const groups: string[] = [];
  const source = compile(format, zoneNames, groups);
  const m = new RegExp('^(?:' + source + ')', 'i').exec(text);
  if (!m) throw pyError('ValueError', `time data ${reprOf(text)} does not match format ${reprOf(format)}`);
  if (m[0].length !== text.length) throw pyError('ValueError', `unconverted data remains: ${text.slice(m[0].length)}`);
  const found: Record<string, string> = {};
  groups.forEach((g, i) => {
    found[g] = m[i + 1]!;
  });
  const lower = (names: string[], value: string) => names.findIndex((n) => n.toLowerCase() === value.toLowerCase());

  let year: number | null = null;
  if (found.y !== undefined) {
    const y = Number(found.y);
    year = y <= 68 ? 2000 + y : 1900 + y;
  }
  if (found.Y !== undefined) year = Number(found.Y);
  let month = 1;
  if (found.m !== undefined) month = Number(found.m);
  if (found.B !== undefined) month = lower(MONTH_NAMES, found.B);
  if (found.b !== undefined) month = lower(MONTH_ABBRS, found.b);
  let day = 1;
  if (found.d !== undefined) day = Number(found.d.trim());
  let hour = 0;
  if (found.H !== undefined) hour = Number(found.H);
  if (found.I !== undefined) {
    hour = Number(found.I) % 12;
    if (found.p !== undefined && found.p.toLowerCase() === 'pm') hour += 12;
  }
  const minute = found.M !== undefined ? Number(found.M) : 0;
  const second = found.S !== undefined ? Number(found.S) : 0;
  const us = found.f !== undefined ? Number(found.f.padEnd(6, '0')) : 0;
  let wday: number | null = null;
  if (found.A !== undefined) wday = lower(DAY_NAMES, found.A);
  if (found.a !== undefined) wday = lower(DAY_ABBRS, found.a);
  if (found.w !== undefined) wday = (Number(found.w) + 6) % 7;
  if (found.u !== undefined) wday = Number(found.u) - 1;
  let yday: number | null = found.j !== undefined ? Number(found.j) : null;
  const offset = found.z !== undefined ? parseZ(found.z) : null;
  const tzname = found.Z ?? null;

  if (found.G !== undefined || found.V !== undefined) {
    if (found.G !== undefined && (found.V === undefined || wday === null)) {
      throw pyError('ValueError', "ISO year directive '%G' must be used with the ISO week directive '%V' and a weekday directive ('%A', '%a', '%w', or '%u').");
    }
    if (found.V !== undefined && found.G === undefined) {
      throw pyError('ValueError', found.Y !== undefined ? "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead." : "ISO week directive '%V' must be used with the ISO year directive '%G' and a weekday directive ('%A', '%a', '%w', or '%u').");
    }
  }
  let leapYearFix = false;
  if (year === null) {
    // Without a year, 29 February is parsed in a leap year and then given 1900, as CPython does.
    leapYearFix = month === 2 && day === 29;
    year = 1900;
  }
  if (yday === null && wday !== null) {
    if (found.G !== undefined && found.V !== undefined) {
      const ordinal = fromIsoCalendar(Number(found.G), Number(found.V), wday + 1);
      if (typeof ordinal === 'string') throw pyError('ValueError', ordinal);
      const [y, mo, d] = fromOrdinal(ordinal);
      year = y;
      yday = dayOfYear(y, mo, d);
    } else if (found.U !== undefined || found.W !== undefined) {
      const week = Number(found.U ?? found.W);
      const sundayFirst = found.U !== undefined;
      const firstWeekday = weekdayOf(year, 1, 1);
      // Days from 1 January to the first day of week 1 (Monday or Sunday), then the weekday in its week.
      const weekStart = sundayFirst ? (6 - firstWeekday + 1) % 7 : (7 - firstWeekday) % 7;
      const dayInWeek = sundayFirst ? (wday + 1) % 7 : wday;
      yday = week === 0 ? 1 + dayInWeek - ((sundayFirst ? firstWeekday + 1 : firstWeekday) % 7) : weekStart + (week - 1) * 7 + dayInWeek + 1;
    }
  }
  if (yday !== null) {
    const ordinal = toOrdinal(year, 1, 1) + yday - 1;
    const [y, mo, d] = fromOrdinal(ordinal);
    year = y;
    month = mo;
    day = d;
  } else {
    const problem = checkDate(leapYearFix ? 1904 : year, month, day);
    if (problem) throw pyError('ValueError', problem);
    yday = dayOfYear(year, month, day);
  }
  if (wday === null) wday = weekdayOf(year, month, day);
  return { year, month, day, hour, minute, second, us, wday, yday, offset, tzname };
}
