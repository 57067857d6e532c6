import { describe, expect, it } from 'vitest';
import { MAX_ORDINAL, fromIsoCalendar, fromOrdinal, isoCalendar, toOrdinal, weekdayOf } from './calendar-math';
import { divRound, floatRatio, tdFromUs, totalUs } from './timedelta';
import { wallOffsetMs } from './zone-offsets';

describe('the proleptic Gregorian calendar', () => {
  it('numbers days from 0001-01-01 and back, at the ends and across leap days', () => {
    expect(toOrdinal(1, 1, 1)).toBe(1);
    expect(toOrdinal(9999, 12, 31)).toBe(MAX_ORDINAL);
    for (const ordinal of [1, 59, 60, 365, 366, 730119, 730120, 738944, MAX_ORDINAL]) {
      const [y, m, d] = fromOrdinal(ordinal);
      expect(toOrdinal(y, m, d)).toBe(ordinal);
    }
    expect(fromOrdinal(toOrdinal(2000, 2, 29))).toEqual([2000, 2, 29]);
    expect(fromOrdinal(toOrdinal(1900, 3, 1) - 1)).toEqual([1900, 2, 28]);
  });

  it('knows weekdays and ISO weeks at year boundaries', () => {
    expect(weekdayOf(1, 1, 1)).toBe(0);
    expect(weekdayOf(2024, 7, 4)).toBe(3);
    expect(isoCalendar(2021, 1, 3)).toEqual([2020, 53, 7]);
    expect(isoCalendar(2024, 12, 30)).toEqual([2025, 1, 1]);
    expect(fromIsoCalendar(2020, 53, 7)).toBe(toOrdinal(2021, 1, 3));
    expect(fromIsoCalendar(2024, 53, 1)).toBe('Invalid week: 53');
  });
});

describe('timedelta arithmetic', () => {
  it('rounds half to even and normalises negative values into days', () => {
    expect(divRound(5n, 2n)).toBe(2n);
    expect(divRound(7n, 2n)).toBe(4n);
    expect(divRound(-5n, 2n)).toBe(-2n);
    expect(divRound(5n, -2n)).toBe(-2n);
    expect(tdFromUs(-1n)).toEqual({ days: -1, seconds: 86399, us: 999999 });
    expect(totalUs({ days: -1, seconds: 86399, us: 999999 })).toBe(-1n);
    expect(floatRatio(0.5)).toEqual([1n, 2n]);
  });
});

describe('wall-clock offsets', () => {
  // A zone an hour ahead that moves to two hours at 10_000_000 ms (wall 01:00 -> 02:00 style).
  const hour = 3_600_000;
  const transition = 10 * hour;
  const offsetAt = (ms: number) => (ms < transition ? hour : 2 * hour);
  const back = (ms: number) => (ms < transition ? 2 * hour : hour);

  it('takes the earlier offset in a skipped hour for fold=0 and the later for fold=1', () => {
    const gap = transition + hour + hour / 2;
    expect(wallOffsetMs(gap, 0, offsetAt)).toBe(hour);
    expect(wallOffsetMs(gap, 1, offsetAt)).toBe(2 * hour);
  });

  it('tells the two passes of a repeated hour apart by fold', () => {
    const repeated = transition + hour + hour / 2;
    expect(wallOffsetMs(repeated, 0, back)).toBe(2 * hour);
    expect(wallOffsetMs(repeated, 1, back)).toBe(hour);
    expect(wallOffsetMs(transition - 5 * hour, 1, back)).toBe(2 * hour);
  });
});
