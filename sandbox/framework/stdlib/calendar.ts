import { PyClass, PyList, PyNativeFunction, PyTuple, exceptionClass, newException, PyException, pyError, type Interpreter, type Kwargs, type PyValue } from '../python';
import { DAY_ABBRS, DAY_NAMES, MONTH_ABBRS, MONTH_NAMES, daysInMonth, isLeap, toOrdinal, weekdayOf } from './datetime/calendar-math';
import { intEnum, localizedNames } from './calendar-enums';
import { bind, intArg, interp, bindInterpreter } from './datetime/runtime';

/**
 * Python's calendar module: leap years, month lengths and weekdays, the English (C locale)
 * names, monthcalendar, timegm, and the text of calendar.month() / calendar.calendar() laid
 * out as TextCalendar lays it out.
 */
const IllegalMonthError = new PyClass('IllegalMonthError', [exceptionClass('ValueError')], 'calendar');
const IllegalWeekdayError = new PyClass('IllegalWeekdayError', [exceptionClass('ValueError')], 'calendar');

let firstWeekday = 0;

const Day = intEnum('Day', DAY_NAMES.map((d) => d.toUpperCase()), 0);
const Month = intEnum('Month', MONTH_NAMES.slice(1).map((m) => m.toUpperCase()), 1);

function checkMonth(month: number) {
  if (month < 1 || month > 12) throw new PyException(newException(IllegalMonthError, [`bad month number ${month}; must be 1-12`]));
}

/** Python's str.center: the odd space goes left when the width is odd. */
function center(text: string, width: number): string {
  const marg = width - text.length;
  if (marg <= 0) return text;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return ' '.repeat(left) + text + ' '.repeat(marg - left);
}

/** The weeks of a month from the first weekday, 0 for days of the months around it. */
function monthWeeks(year: number, month: number): number[][] {
  checkMonth(month);
  const lead = (weekdayOf(year, month, 1) - firstWeekday + 7) % 7;
  const days = [...Array(lead).fill(0), ...Array.from({ length: daysInMonth(year, month) }, (_, i) => i + 1)];
  while (days.length % 7) days.push(0);
  const weeks: number[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
}

function weekHeader(width: number): string {
  const names = width >= 9 ? DAY_NAMES : DAY_ABBRS;
  return Array.from({ length: 7 }, (_, i) => center(names[(i + firstWeekday) % 7]!.slice(0, width), width)).join(' ');
}

function weekText(week: number[], width: number): string {
  return week.map((d) => center(d ? String(d).padStart(2, ' ') : '', width)).join(' ');
}

/** The lines of one month: its name (with the year or not), the weekday header, the weeks. */
function monthLines(year: number, month: number, w: number, withYear: boolean): string[] {
  const width = 7 * (w + 1) - 1;
  const title = center(withYear ? `${MONTH_NAMES[month]} ${year}` : MONTH_NAMES[month]!, width);
  return [title, weekHeader(w), ...monthWeeks(year, month).map((week) => weekText(week, w))];
}

function monthText(year: number, month: number, w: number, l: number): string {
  // The month's name is looked up before the month is checked.
  if (month > 12 || month < -13) throw pyError('IndexError', 'list index out of range');
  w = Math.max(2, w);
  l = Math.max(1, l);
  return monthLines(year, month, w, true).map((line) => line.trimEnd() + '\n'.repeat(l)).join('');
}

function yearText(year: number, w: number, l: number, c: number, m: number): string {
  w = Math.max(2, w);
  l = Math.max(1, l);
  c = Math.max(2, c);
  const colwidth = (w + 1) * 7 - 1;
  let out = center(String(year), colwidth * m + c * (m - 1)).trimEnd() + '\n'.repeat(l);
  for (let first = 1; first <= 12; first += m) {
    out += '\n'.repeat(l);
    const months = Array.from({ length: Math.min(m, 13 - first) }, (_, i) => monthLines(year, first + i, w, false));
    const height = Math.max(...months.map((lines) => lines.length));
    for (let row = 0; row < height; row++) {
      const cells = months.map((lines) => (lines[row] ?? '').padEnd(colwidth, ' '));
      out += cells.join(' '.repeat(c)).trimEnd() + '\n'.repeat(l);
    }
  }
  return out;
}

function fn(name: string, body: (args: PyValue[], kwargs: Kwargs) => PyValue): [string, PyNativeFunction] {
  return [name, new PyNativeFunction(name, body)];
}

export function calendarModule(interpreter: Interpreter): Record<string, PyValue> {
  bindInterpreter(interpreter);
  firstWeekday = 0;
  const print = (text: string) => interp().call(interp().builtins.get('print')!, [text], new Map([['end', '']]));
  return {
    IllegalMonthError,
    IllegalWeekdayError,
    month_name: localizedNames('_localized_month', MONTH_NAMES),
    month_abbr: localizedNames('_localized_month', MONTH_ABBRS),
    day_name: localizedNames('_localized_day', DAY_NAMES),
    day_abbr: localizedNames('_localized_day', DAY_ABBRS),
    Day: Day.cls,
    Month: Month.cls,
    ...Object.fromEntries(Day.members.map((m) => [(m.native as { name: string }).name, m])),
    ...Object.fromEntries(Month.members.map((m) => [(m.native as { name: string }).name, m])),
    ...Object.fromEntries([
      fn('isleap', ([y]) => isLeap(intArg(y))),
      fn('leapdays', ([y1, y2]) => {
        const count = (y: number) => Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
        return count(intArg(y2) - 1) - count(intArg(y1) - 1);
      }),
      fn('monthrange', ([y, m]) => {
        const year = intArg(y);
        const month = intArg(m);
        checkMonth(month);
        return new PyTuple([Day.members[weekdayOf(year, month, 1)]!, daysInMonth(year, month)]);
      }),
      fn('weekday', ([y, m, d]) => {
        let year = intArg(y);
        if (year < 1 || year > 9999) year = 2000 + (year % 400);
        return Day.members[weekdayOf(year, intArg(m), intArg(d))]!;
      }),
      fn('firstweekday', () => firstWeekday),
      fn('setfirstweekday', ([d]) => {
        const day = intArg(d);
        if (day < 0 || day > 6) throw new PyException(newException(IllegalWeekdayError, [`bad weekday number ${day}; must be 0 (Monday) to 6 (Sunday)`]));
        firstWeekday = day;
        return null;
      }),
      fn('monthcalendar', ([y, m]) => new PyList(monthWeeks(intArg(y), intArg(m)).map((w) => new PyList(w)))),
      fn('timegm', ([t]) => {
        const items = interp().iterate(t ?? null).slice(0, 6).map((v) => intArg(v));
        if (items.length < 6) throw pyError('ValueError', `not enough values to unpack (expected 6, got ${items.length})`);
        const [year, month, day, hour, minute, second] = items as [number, number, number, number, number, number];
        const days = toOrdinal(year, month, 1) - toOrdinal(1970, 1, 1) + day - 1;
        return ((days * 24 + hour) * 60 + minute) * 60 + second;
      }),
      fn('month', (args, kwargs) => {
        const [y, m, w, l] = bind(['theyear', 'themonth', 'w', 'l'], args, kwargs, 2, 'formatmonth');
        return monthText(intArg(y), intArg(m), intArg(w), intArg(l));
      }),
      fn('prmonth', (args, kwargs) => {
        const [y, m, w, l] = bind(['theyear', 'themonth', 'w', 'l'], args, kwargs, 2, 'prmonth');
        return print(monthText(intArg(y), intArg(m), intArg(w), intArg(l)));
      }),
      fn('calendar', (args, kwargs) => {
        const [y, w, l, c, m] = bind(['theyear', 'w', 'l', 'c', 'm'], args, kwargs, 1, 'formatyear');
        return yearText(intArg(y), intArg(w, 2), intArg(l, 1), intArg(c, 6), intArg(m, 3));
      }),
      fn('prcal', (args, kwargs) => {
        const [y, w, l, c, m] = bind(['theyear', 'w', 'l', 'c', 'm'], args, kwargs, 1, 'pryear');
        return print(yearText(intArg(y), intArg(w, 2), intArg(l, 1), intArg(c, 6), intArg(m, 3)));
      }),
    ]),
  };
}
