import { describe, expect, it } from 'vitest';
import { PatternError, translate } from './translate';

function errorOf(pattern: string, flags = 0): PatternError {
  try {
    translate(pattern, flags);
  } catch (err) {
    if (err instanceof PatternError) return err;
    throw err;
  }
  throw new Error(`no error for ${pattern}`);
}

function matches(pattern: string, text: string, flags = 0): string[] {
  const t = translate(pattern, flags);
  return [...text.matchAll(new RegExp(t.source, `gv${t.flags & 2 ? 'i' : ''}`))].map((m) => m[0]);
}

describe('re translation to JavaScript', () => {
  it('gives $ and \\Z Python meanings: $ also before a final newline, \\Z only at the end', () => {
    expect(matches('a$', 'a\n')).toEqual(['a']);
    expect(matches('a\\Z', 'a\n')).toEqual([]);
    expect(matches('^b', 'a\nb', 8)).toEqual(['b']);
  });

  it('makes \\w, \\d, \\s and \\b Unicode-wide, and ASCII-only with re.A', () => {
    expect(matches('\\w+', 'café 東京')).toEqual(['café', '東京']);
    expect(matches('\\w+', 'café', 256)).toEqual(['caf']);
    expect(matches('\\d', '1٣')).toEqual(['1', '٣']);
    expect(matches('\\bé', 'été')).toEqual(['é']);
    expect(matches('\\s', '\ufeff\u00a0')).toEqual(['\u00a0']);
  });

  it('numbers Python groups as g1, g2... whatever helper groups come in between', () => {
    const t = translate('(?P<year>\\d{4})(?>-)(\\d+)*+', 0);
    expect(t.groups).toBe(2);
    expect(t.groupIndex.get('year')).toBe(1);
    expect(t.source).toContain('(?<g2>');
  });

  it('takes leading inline flags into the pattern flags, and VERBOSE drops spaces and comments', () => {
    expect(translate('(?im)x', 0).flags & (2 | 8)).toBe(10);
    expect(matches('(?x) a b # c', 'ab')).toEqual(['ab']);
    expect(matches('(?i:a)b', 'AbAB')).toEqual(['Ab']);
  });

  it("reports bad patterns with CPython's messages and positions", () => {
    expect(errorOf('(abc')).toEqual(new PatternError('missing ), unterminated subpattern', 0));
    expect(errorOf('ab)')).toEqual(new PatternError('unbalanced parenthesis', 2));
    expect(errorOf('a**')).toEqual(new PatternError('multiple repeat', 2));
    expect(errorOf('[z-a]')).toEqual(new PatternError('bad character range z-a', 1));
    expect(errorOf('x(?i)')).toEqual(new PatternError('global flags not at the start of the expression', 1));
    expect(errorOf('\\q')).toEqual(new PatternError('bad escape \\q', 0));
  });
});
