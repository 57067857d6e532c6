import { fromIsoCalendar, fromOrdinal } from './calendar-math';
import type { TD } from './classes';
import { tdFromUs } from './timedelta';

/**
 * The ISO 8601 forms fromisoformat reads since Python 3.11: dates `2024-06-30`, `20240630`,
 * `2024-W26-7`; times `18`, `18:45`, `184500`, `18:45:00.5` (`.` or `,`, up to six digits
 * kept); offsets `Z`, `+05`, `+0530`, `+05:30`, `-05:30:15.5`. Parsers return null where
 * CPython says "Invalid isoformat string"; range checks are left to the constructors.
 */
export interface IsoDate {
  year: number;
  month: number;
  day: number;
  rest: string;
}

export interface IsoTime {
  hour: number;
  minute: number;
  second: number;
  us: number;
  offset: TD | null;
}

export function parseIsoDate(text: string): IsoDate | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})/.exec(text);
  if (m) {
    // The extended and basic forms may not be mixed: 2024-0630 is neither.
    if (text[4] === '-' && m[0].length !== 10) return null;
    return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), rest: text.slice(m[0].length) };
  }
  m = /^(\d{4})-W(\d{2})(?:-(\d))?/.exec(text) ?? /^(\d{4})W(\d{2})(\d)?/.exec(text);
  if (!m) return null;
  const ordinal = fromIsoCalendar(Number(m[1]), Number(m[2]), Number(m[3] ?? 1));
  if (typeof ordinal === 'string') return null;
  const [year, month, day] = fromOrdinal(ordinal);
  return { year, month, day, rest: text.slice(m[0].length) };
}

function parseClock(text: string): Omit<IsoTime, 'offset'> | null {
  const m = /^(\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?$/.exec(text) ?? /^(\d{2})(?:(\d{2})(?:(\d{2})(?:[.,](\d+))?)?)?$/.exec(text);
  if (!m) return null;
  return { hour: Number(m[1]), minute: Number(m[2] ?? 0), second: Number(m[3] ?? 0), us: m[4] === undefined ? 0 : Number(m[4].slice(0, 6).padEnd(6, '0')) };
}

function parseOffset(text: string): TD | null | undefined {
  if (text === 'Z') return { days: 0, seconds: 0, us: 0 };
  const m = /^([+-])(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6}))?)?)?$/.exec(text);
  if (!m) return undefined;
  const us = ((Number(m[2]) * 60 + Number(m[3] ?? 0)) * 60 + Number(m[4] ?? 0)) * 1_000_000 + Number((m[5] ?? '').padEnd(6, '0'));
  return tdFromUs(BigInt(m[1] === '-' ? -us : us));
}

export function parseIsoTime(text: string): IsoTime | null {
  const at = text.search(/[Z+-]/);
  const clock = parseClock(at < 0 ? text : text.slice(0, at));
  if (!clock) return null;
  if (at < 0) return { ...clock, offset: null };
  const offset = parseOffset(text.slice(at));
  if (offset === undefined) return null;
  return { ...clock, offset };
}

/** A datetime's text: a date, then optionally one separator character and a time. */
export function parseIsoDatetime(text: string): (IsoDate & IsoTime) | null {
  const date = parseIsoDate(text);
  if (!date) return null;
  if (date.rest === '') return { ...date, hour: 0, minute: 0, second: 0, us: 0, offset: null };
  const time = parseIsoTime(date.rest.slice(1));
  if (!time) return null;
  return { ...date, ...time };
}
