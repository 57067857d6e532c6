import { describe, expect, it } from 'vitest';
import { strftime } from './time-format';

describe('strftime for log records', () => {
  it('formats the directives asctime and datefmt use, in local time', () => {
    const seconds = new Date(2024, 1, 9, 7, 5, 3).getTime() / 1000;
    expect(strftime('%Y-%m-%d %H:%M:%S', seconds)).toBe('2024-02-09 07:05:03');
    expect(strftime('%d/%b/%Y %I:%M %p %a %A %B %j %y %%', seconds)).toBe('09/Feb/2024 07:05 AM Fri Friday February 040 24 %');
    expect(strftime('%H %q', new Date(2024, 0, 1, 15).getTime() / 1000)).toBe('15 %q');
  });
});
