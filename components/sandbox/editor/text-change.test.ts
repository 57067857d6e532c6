import { describe, expect, it } from 'vitest';
import { minimalChange } from './text-change';

function apply(before: string, change: ReturnType<typeof minimalChange>): string {
  return change ? before.slice(0, change.from) + change.insert + before.slice(change.to) : before;
}

describe('minimalChange', () => {
  it('is nothing for equal texts', () => {
    expect(minimalChange('a', 'a')).toBeNull();
  });

  it('replaces only the middle that differs', () => {
    const before = "INSTALLED_APPS = [\n    'django.contrib.admin',\n]\n";
    const after = "INSTALLED_APPS = [\n    'polls',\n    'django.contrib.admin',\n]\n";
    const change = minimalChange(before, after);
    expect(change).toEqual({ from: 24, to: 24, insert: "polls',\n    '" });
    expect(apply(before, change)).toBe(after);
  });

  it('handles pure insertions, deletions and repeated characters', () => {
    for (const [before, after] of [
      ['', 'x = 1\n'],
      ['x = 1\n', ''],
      ['aaa', 'aaaa'],
      ['abcabc', 'abc'],
      ['hello', 'help me'],
    ] as const) {
      expect(apply(before, minimalChange(before, after))).toBe(after);
    }
  });
});
