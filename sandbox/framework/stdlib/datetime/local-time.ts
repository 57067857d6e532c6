import type { DateFields } from './classes';
import { msToWall, wallOffsetMs, wallToMs, zoneAbbreviation, zoneOffsetMs, type Wall } from './zone-offsets';

/**
 * The host's clock and local time zone (what naive `now()`, `fromtimestamp()` without tz and
 * `time.localtime()` use), through Date; the tests and the recorder run with TZ=UTC.
 *
 * time.sleep() does not block the Worker: it returns at once and moves this clock forward
 * by the time slept, so a program that sleeps then measures sees the time it asked for.
 */
let slept = 0;

export function advanceClock(seconds: number): void {
  slept += seconds;
}

export function resetClock(): void {
  slept = 0;
}

/** Seconds slept in this run, added to every clock the sandbox reads. */
export function sleptSeconds(): number {
  return slept;
}

/** Microseconds since the epoch: performance's clock has sub-millisecond digits where Date has none. */
export function nowEpochUs(): number {
  const ms = typeof performance !== 'undefined' && performance.timeOrigin ? performance.timeOrigin + performance.now() : Date.now();
  return Math.round(ms * 1000) + Math.round(slept * 1e6);
}

/**
 * The zone local time is in when a program set one (Django sets TZ to TIME_ZONE and calls
 * tzset() when its settings load); null: the host's.
 */
let localZone: string | null = null;

export function setLocalZone(zone: string | null): void {
  localZone = zone;
}

export function localOffsetMs(epochMs: number): number {
  if (localZone !== null) return zoneOffsetMs(localZone, epochMs);
  const date = new Date(epochMs);
  return Number.isNaN(date.getTime()) ? 0 : -date.getTimezoneOffset() * 60_000;
}

export interface LocalFields extends DateFields {
  hour: number;
  minute: number;
  second: number;
  us: number;
}

/** The local wall-clock fields of a POSIX time in microseconds. */
export function localFields(epochUs: number, offsetMs = localOffsetMs(Math.floor(epochUs / 1000))): LocalFields {
  return utcFields(epochUs + offsetMs * 1000);
}

export function utcFields(epochUs: number): LocalFields {
  const ms = Math.floor(epochUs / 1000);
  const wall = msToWall(ms);
  return { year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute, second: wall.second, us: epochUs - ms * 1000 + wall.ms * 1000 };
}

/** The POSIX seconds of a local wall-clock time (mktime's work). */
export function localEpochSeconds(wall: Wall, fold = 0): number {
  const ms = wallToMs(wall);
  return (ms - wallOffsetMs(ms, fold, localOffsetMs)) / 1000;
}

export function localWallOffsetMs(wall: Wall, fold = 0): number {
  return wallOffsetMs(wallToMs(wall), fold, localOffsetMs);
}

export function localZoneName(epochMs: number): string {
  return zoneAbbreviation(localZone ?? undefined, epochMs, localOffsetMs(epochMs));
}
