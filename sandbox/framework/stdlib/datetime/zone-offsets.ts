import { fromOrdinal, toOrdinal } from './calendar-math';

/**
 * UTC offsets of named time zones, read from the platform's Intl data (the sandbox ships no
 * tz database): the offset at an instant, the offset of a wall-clock time with PEP 495's
 * `fold` for repeated and skipped hours, and the zone's abbreviation.
 */
const EPOCH_ORDINAL = toOrdinal(1970, 1, 1);
const MS_PER_DAY = 86_400_000;

export interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** A wall-clock time as milliseconds on a UTC-like axis (years 1..9999, which Date.UTC mangles below 100). */
export function wallToMs(w: Wall): number {
  return (toOrdinal(w.year, w.month, w.day) - EPOCH_ORDINAL) * MS_PER_DAY + ((w.hour * 60 + w.minute) * 60 + w.second) * 1000;
}

export function msToWall(ms: number): Wall & { ms: number } {
  const days = Math.floor(ms / MS_PER_DAY);
  let rest = ms - days * MS_PER_DAY;
  const [year, month, day] = fromOrdinal(days + EPOCH_ORDINAL);
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  return { year, month, day, hour, minute, second, ms: rest - second * 1000 };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short' });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether Intl knows a zone name. */
export function knownZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's UTC offset in milliseconds at an instant (whole seconds; Intl prints no less). */
export function zoneOffsetMs(zone: string, epochMs: number): number {
  const at = Math.floor(epochMs / 1000) * 1000;
  const parts: Record<string, string> = {};
  for (const p of formatter(zone).formatToParts(new Date(at))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const wall = wallToMs({ year, month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour) % 24, minute: Number(parts.minute), second: Number(parts.second) });
  return wall - at;
}

/**
 * The offset that applies to a wall-clock time: in a repeated hour fold=0 takes the earlier
 * (pre-transition) offset and fold=1 the later; in a skipped hour fold=0 keeps the offset from
 * before the transition and fold=1 the one after, as PEP 495 says.
 */
export function wallOffsetMs(wallMs: number, fold: number, offsetAt: (epochMs: number) => number): number {
  const before = offsetAt(wallMs - MS_PER_DAY);
  const after = offsetAt(wallMs + MS_PER_DAY);
  const fitsBefore = offsetAt(wallMs - before) === before;
  const fitsAfter = offsetAt(wallMs - after) === after;
  if (before === after) return offsetAt(wallMs - before);
  if (fitsBefore && fitsAfter) return fold ? after : before;
  if (fitsBefore) return before;
  if (fitsAfter) return after;
  return fold ? after : before;
}

/**
 * Abbreviations the tz database uses where CLDR's English data has none; [standard, summer].
 * Only names, no offsets: those still come from Intl.
 */
const ABBREVIATIONS: Record<string, [string, string?]> = {
  'Asia/Tokyo': ['JST'], 'Asia/Seoul': ['KST'], 'Asia/Pyongyang': ['KST'], 'Asia/Shanghai': ['CST'], 'Asia/Taipei': ['CST'],
  'Asia/Macau': ['CST'], 'Asia/Hong_Kong': ['HKT'], 'Asia/Karachi': ['PKT'], 'Asia/Jerusalem': ['IST', 'IDT'], 'Asia/Tel_Aviv': ['IST', 'IDT'],
  'Asia/Manila': ['PST'], 'Asia/Jakarta': ['WIB'], 'Asia/Pontianak': ['WIB'], 'Asia/Makassar': ['WITA'], 'Asia/Jayapura': ['WIT'],
  'Asia/Kolkata': ['IST'], 'Asia/Calcutta': ['IST'], 'Africa/Johannesburg': ['SAST'], 'Africa/Maseru': ['SAST'], 'Africa/Mbabane': ['SAST'],
  'Africa/Lagos': ['WAT'], 'Africa/Kinshasa': ['WAT'], 'Africa/Luanda': ['WAT'], 'Africa/Douala': ['WAT'], 'Africa/Niamey': ['WAT'],
  'Africa/Nairobi': ['EAT'], 'Africa/Addis_Ababa': ['EAT'], 'Africa/Dar_es_Salaam': ['EAT'], 'Africa/Kampala': ['EAT'], 'Africa/Mogadishu': ['EAT'],
  'Africa/Maputo': ['CAT'], 'Africa/Harare': ['CAT'], 'Africa/Lusaka': ['CAT'], 'Africa/Kigali': ['CAT'], 'Africa/Khartoum': ['CAT'],
  'America/St_Johns': ['NST', 'NDT'], 'Africa/Cairo': ['EET', 'EEST'], 'Africa/Tripoli': ['EET'], 'Europe/Moscow': ['MSK'], 'Europe/Simferopol': ['MSK'], 'Europe/Dublin': ['GMT', 'IST'],
  GMT: ['GMT'], 'Etc/GMT': ['GMT'], UTC: ['UTC'], 'Etc/UTC': ['UTC'],
};

/** Which English locale's CLDR names match the tz database's, by the zone's region. */
function localeFor(zone: string): string | null {
  if (zone.startsWith('America/') || zone.startsWith('US/') || zone === 'Pacific/Honolulu') return 'en-US';
  if (zone.startsWith('Europe/')) return 'en-GB';
  if (zone.startsWith('Australia/')) return 'en-AU';
  if (zone === 'Pacific/Auckland' || zone === 'NZ') return 'en-NZ';
  return null;
}

/**
 * The zone's abbreviation (CET, EST, IST...) as the tz database has it when it has one, else
 * its numeric form (+04, +0530) like the tz database writes for zones without one.
 */
export function zoneAbbreviation(zone: string | undefined, epochMs: number, offsetMs: number): string {
  const key = zone ?? new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const known = ABBREVIATIONS[key];
  if (known) {
    const standard = Math.min(zoneOffsetMs(key, Date.UTC(2024, 0, 1)), zoneOffsetMs(key, Date.UTC(2024, 6, 1)));
    return offsetMs > standard && known[1] ? known[1] : known[0];
  }
  const locale = localeFor(key);
  if (locale) {
    const name = new Intl.DateTimeFormat(locale, { timeZone: key, timeZoneName: 'short' })
      .formatToParts(new Date(epochMs))
      .find((p) => p.type === 'timeZoneName')?.value;
    if (name && /^[A-Z]{2,5}$/.test(name) && !(name === 'GMT' && offsetMs !== 0)) return name;
  }
  const total = Math.abs(offsetMs) / 60000;
  const hh = String(Math.floor(total / 60)).padStart(2, '0');
  const mm = total % 60 ? String(total % 60).padStart(2, '0') : '';
  return (offsetMs < 0 ? '-' : '+') + hh + mm;
}
