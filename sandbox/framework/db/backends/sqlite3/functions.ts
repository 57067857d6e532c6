import type { Database } from 'sql.js';
import { isoCalendar, weekdayOf } from '../../../stdlib/datetime/calendar-math';
import { msToWall, wallToMs, zoneOffsetMs, type Wall } from '../../../stdlib/datetime/zone-offsets';

/**
 * The SQL functions Django's SQLite backend registers on every connection (its
 * `_functions.py`), for the date lookups: `django_datetime_extract('month', col, 'Asia/Kolkata', 'UTC')`
 * reads the stored text as a time in the connection's zone and extracts in the current one.
 */

/** A stored value's wall time, to the microsecond. */
type Moment = Wall & { us: number };

const STORED = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?/;
const STORED_TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?/;

function parse(text: unknown): Moment | null {
  if (typeof text !== 'string') return null;
  const m = STORED.exec(text);
  if (!m) return null;
  const n = (i: number) => Number(m[i] ?? 0);
  return { year: n(1), month: n(2), day: n(3), hour: n(4), minute: n(5), second: n(6), us: Number((m[7] ?? '0').padEnd(6, '0')) };
}

function parseTime(text: unknown): Moment | null {
  if (typeof text !== 'string') return null;
  const m = STORED_TIME.exec(text);
  if (!m) return null;
  return { year: 1900, month: 1, day: 1, hour: Number(m[1]), minute: Number(m[2]), second: Number(m[3] ?? 0), us: Number((m[4] ?? '0').padEnd(6, '0')) };
}

/** _sqlite_datetime_parse: the stored wall time in `connZone`, seen from `zone` (both null without USE_TZ). */
function inZone(text: unknown, zone: unknown, connZone: unknown): Moment | null {
  const moment = parse(text);
  if (!moment || typeof zone !== 'string' || typeof connZone !== 'string' || zone === connZone) return moment;
  const wall = wallToMs(moment);
  const utc = wall - zoneOffsetMs(connZone, wall - zoneOffsetMs(connZone, wall));
  const local = msToWall(utc + zoneOffsetMs(zone, utc));
  return { ...local, us: moment.us };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function extract(kind: unknown, m: Moment | null): number | null {
  if (!m) return null;
  const weekday = weekdayOf(m.year, m.month, m.day) + 1;
  switch (kind) {
    case 'year': return m.year;
    case 'month': return m.month;
    case 'day': return m.day;
    case 'hour': return m.hour;
    case 'minute': return m.minute;
    case 'second': return m.second;
    case 'week_day': return (weekday % 7) + 1;
    case 'iso_week_day': return weekday;
    case 'week': return isoCalendar(m.year, m.month, m.day)[1];
    case 'iso_year': return isoCalendar(m.year, m.month, m.day)[0];
    case 'quarter': return Math.ceil(m.month / 3);
    default: return null;
  }
}

function timeText(m: Moment): string {
  return `${pad(m.hour)}:${pad(m.minute)}:${pad(m.second)}${m.us ? `.${pad(m.us, 6)}` : ''}`;
}

const registered = new WeakSet<Database>();

export function registerFunctions(db: Database) {
  if (registered.has(db)) return;
  registered.add(db);
  db.create_function('django_date_extract', (kind: unknown, text: unknown) => extract(kind, parse(text)));
  db.create_function('django_time_extract', (kind: unknown, text: unknown) => extract(kind, parseTime(text)));
  db.create_function('django_datetime_extract', (kind: unknown, text: unknown, zone: unknown, connZone: unknown) => extract(kind, inZone(text, zone, connZone)));
  db.create_function('django_datetime_cast_date', (text: unknown, zone: unknown, connZone: unknown) => {
    const m = inZone(text, zone, connZone);
    return m ? `${pad(m.year, 4)}-${pad(m.month)}-${pad(m.day)}` : null;
  });
  db.create_function('django_datetime_cast_time', (text: unknown, zone: unknown, connZone: unknown) => {
    const m = inZone(text, zone, connZone);
    return m ? timeText(m) : null;
  });
}
