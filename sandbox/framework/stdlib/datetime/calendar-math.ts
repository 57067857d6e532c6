/**
 * The proleptic Gregorian calendar the datetime module counts in: day 1 is 0001-01-01,
 * a Monday. Plain numbers, no Python values, so calendar and time use it too.
 */
export const MINYEAR = 1;
export const MAXYEAR = 9999;
export const MAX_ORDINAL = 3652059;

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

export const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const MONTH_ABBRS = MONTH_NAMES.map((n) => n.slice(0, 3));
/** Monday first, as weekday() counts. */
export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const DAY_ABBRS = DAY_NAMES.map((n) => n.slice(0, 3));

export function isLeap(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month]!;
}

export function daysBeforeYear(year: number): number {
  const y = year - 1;
  return y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
}

export function daysBeforeMonth(year: number, month: number): number {
  return DAYS_BEFORE_MONTH[month]! + (month > 2 && isLeap(year) ? 1 : 0);
}

export function toOrdinal(year: number, month: number, day: number): number {
  return daysBeforeYear(year) + daysBeforeMonth(year, month) + day;
}

/** The (year, month, day) of a day number; 1 is 0001-01-01. */
export function fromOrdinal(ordinal: number): [number, number, number] {
  let n = ordinal - 1;
  const n400 = Math.floor(n / 146097);
  n -= n400 * 146097;
  const n100 = Math.min(Math.floor(n / 36524), 3);
  n -= n100 * 36524;
  const n4 = Math.floor(n / 1461);
  n -= n4 * 1461;
  const n1 = Math.min(Math.floor(n / 365), 3);
  n -= n1 * 365;
  const year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
  let month = 1;
  while (month < 12 && daysBeforeMonth(year, month + 1) <= n) month++;
  return [year, month, n - daysBeforeMonth(year, month) + 1];
}

/** Monday is 0. */
export function weekdayOf(year: number, month: number, day: number): number {
  return (toOrdinal(year, month, day) + 6) % 7;
}

export function dayOfYear(year: number, month: number, day: number): number {
  return daysBeforeMonth(year, month) + day;
}

/** The ordinal of the Monday of ISO week 1 of a year (the week holding its first Thursday). */
function isoWeek1Monday(year: number): number {
  const jan1 = toOrdinal(year, 1, 1);
  const weekday = (jan1 + 6) % 7;
  const monday = jan1 - weekday;
  return weekday > 3 ? monday + 7 : monday;
}

export function isoCalendar(year: number, month: number, day: number): [number, number, number] {
  const ordinal = toOrdinal(year, month, day);
  let isoYear = year;
  let week1 = isoWeek1Monday(isoYear);
  if (ordinal < week1) week1 = isoWeek1Monday(--isoYear);
  else if (isoYear < MAXYEAR && ordinal >= isoWeek1Monday(isoYear + 1)) week1 = isoWeek1Monday(++isoYear);
  return [isoYear, Math.floor((ordinal - week1) / 7) + 1, ((ordinal + 6) % 7) + 1];
}

/** The ordinal of an ISO (year, week, weekday), or an error message as date.fromisocalendar gives it. */
export function fromIsoCalendar(year: number, week: number, weekday: number): number | string {
  if (year < MINYEAR || year > MAXYEAR) return `Year is out of range: ${year}`;
  if (week <= 0 || week >= 53) {
    const jan1Weekday = weekdayOf(year, 1, 1);
    const longYear = jan1Weekday === 3 || (jan1Weekday === 2 && isLeap(year));
    if (!(week === 53 && longYear)) return `Invalid week: ${week}`;
  }
  if (weekday <= 0 || weekday > 7) return `Invalid weekday: ${weekday} (range is [1, 7])`;
  return isoWeek1Monday(year) + (week - 1) * 7 + weekday - 1;
}

/** The month-checking message shared by date(), replace() and calendar's functions. */
export function checkDate(year: number, month: number, day: number): string | null {
  if (year < MINYEAR || year > MAXYEAR) return `year ${year} is out of range`;
  if (month < 1 || month > 12) return 'month must be in 1..12';
  if (day < 1 || day > daysInMonth(year, month)) return 'day is out of range for month';
  return null;
}
