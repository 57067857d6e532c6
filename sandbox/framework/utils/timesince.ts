import type { Interpreter, PyValue } from '../python';
import { isDatetime } from '../stdlib/datetime/classes';

/**
 * django.utils.timesince: "3 years, 10 months" between two moments, in up to `depth`
 * adjacent units from years down to minutes, counting whole calendar months first (from a
 * pivot moved by that many months). Each number is joined to its unit by a no-break space,
 * as Django's avoid_wrapping does.
 */

const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute'] as const;
const CHUNKS = [7 * 86400, 86400, 3600, 60];
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function phrase(count: number, unit: string): string {
  return `${count}\u00a0${unit}${count === 1 ? '' : 's'}`;
}

export function timesince(interp: Interpreter, d: PyValue, now: PyValue | null = null, reversed = false, depth = 2): string {
  const datetime = interp.importModule('datetime');
  const get = (obj: PyValue, name: string) => interp.getAttr(obj, name);
  const num = (obj: PyValue, name: string) => Number(get(obj, name));
  const call = (obj: PyValue, name: string, args: PyValue[] = [], kwargs = new Map<string, PyValue>()) => interp.call(get(obj, name), args, kwargs);
  const datetimeClass = get(datetime, 'datetime');
  const asDatetime = (v: PyValue) => (isDatetime(v) ? v : interp.call(datetimeClass, [get(v, 'year'), get(v, 'month'), get(v, 'day')]));
  const aware = (v: PyValue) => call(v, 'utcoffset') !== null;

  let start = asDatetime(d);
  let end: PyValue;
  if (now === null) end = call(datetimeClass, 'now', [], new Map([['tz', aware(start) ? get(start, 'tzinfo') : null]]));
  else {
    end = asDatetime(now);
    if (aware(end) && aware(start)) end = call(end, 'astimezone', [get(start, 'tzinfo')]);
  }
  if (reversed) [start, end] = [end, start];
  // Subtracting a naive from an aware datetime raises TypeError, as in Django.
  const delta = call(end, '__sub__', [start]);
  const since = num(delta, 'days') * 86400 + num(delta, 'seconds');
  if (since <= 0) return phrase(0, 'minute');

  const clock = (v: PyValue) => [num(v, 'hour'), num(v, 'minute'), num(v, 'second'), num(v, 'microsecond')];
  const later = (a: number[], b: number[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
    return false;
  };
  let months = (num(end, 'year') - num(start, 'year')) * 12 + (num(end, 'month') - num(start, 'month'));
  if (num(start, 'day') > num(end, 'day') || (num(start, 'day') === num(end, 'day') && later(clock(start), clock(end)))) months -= 1;
  const years = Math.floor(months / 12);
  months -= years * 12;
  let pivot = start;
  if (years || months) {
    let year = num(start, 'year') + years;
    let month = num(start, 'month') + months;
    if (month > 12) {
      month -= 12;
      year += 1;
    }
    const day = Math.min(MONTH_DAYS[month - 1]!, num(start, 'day'));
    pivot = interp.call(datetimeClass, [year, month, day, get(start, 'hour'), get(start, 'minute'), get(start, 'second')], new Map([['tzinfo', get(start, 'tzinfo')]]));
  }
  let remaining = Number(interp.str(call(call(end, '__sub__', [pivot]), 'total_seconds')));
  const counts = [years, months];
  for (const chunk of CHUNKS) {
    const count = Math.floor(remaining / chunk);
    counts.push(count);
    remaining -= chunk * count;
  }
  const first = counts.findIndex((c) => c !== 0);
  if (first < 0) return phrase(0, 'minute');
  const out: string[] = [];
  for (let i = first; i < UNITS.length && out.length < depth && counts[i] !== 0; i++) out.push(phrase(counts[i]!, UNITS[i]!));
  return out.join(', ');
}
