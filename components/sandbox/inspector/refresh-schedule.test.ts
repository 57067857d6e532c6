import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RefreshSchedule } from './refresh-schedule';

describe('RefreshSchedule', () => {
  let reads = 0;
  let schedule: RefreshSchedule;
  beforeEach(() => {
    vi.useFakeTimers();
    reads = 0;
    schedule = new RefreshSchedule(() => reads++, 300);
  });
  afterEach(() => {
    schedule.dispose();
    vi.useRealTimers();
  });

  it('reads nothing while closed, and reads at once on opening', () => {
    schedule.settled();
    vi.advanceTimersByTime(1000);
    expect(reads).toBe(0);
    schedule.setOpen(true);
    expect(reads).toBe(1);
  });

  it('does not read again on reopening when nothing changed', () => {
    schedule.setOpen(true);
    schedule.setOpen(false);
    schedule.setOpen(true);
    expect(reads).toBe(1);
  });

  it('reads after a command ended, once the terminal has been quiet a moment', () => {
    schedule.setOpen(true);
    schedule.typed('ls\r');
    vi.advanceTimersByTime(1000);
    expect(reads).toBe(1);
    schedule.settled();
    vi.advanceTimersByTime(299);
    expect(reads).toBe(1);
    vi.advanceTimersByTime(1);
    expect(reads).toBe(2);
  });

  it('waits while the learner types, and skips the reading when the next command starts first', () => {
    schedule.setOpen(true);
    schedule.settled();
    vi.advanceTimersByTime(200);
    schedule.typed('p');
    vi.advanceTimersByTime(200);
    expect(reads).toBe(1);
    schedule.typed('\r');
    vi.advanceTimersByTime(1000);
    expect(reads).toBe(1);
    schedule.settled();
    vi.advanceTimersByTime(300);
    expect(reads).toBe(2);
  });

  it('reads what changed while it was closed when it opens again', () => {
    schedule.setOpen(true);
    schedule.setOpen(false);
    schedule.settled();
    vi.advanceTimersByTime(1000);
    expect(reads).toBe(1);
    schedule.setOpen(true);
    expect(reads).toBe(2);
  });
});
