/** re's flag bits, as CPython numbers them. */
export const REFLAG = { T: 1, I: 2, L: 4, M: 8, S: 16, U: 32, X: 64, DEBUG: 128, A: 256 } as const;

const LETTERS: Record<string, number> = { i: REFLAG.I, L: REFLAG.L, m: REFLAG.M, s: REFLAG.S, u: REFLAG.U, x: REFLAG.X, a: REFLAG.A };

export type InlineFlags = { kind: 'global' | 'scoped'; on: number; off: number; end: number } | { error: string; pos: number };

/**
 * `(?aiLmsux)` or `(?aiLmsux-imsx:...)` starting just after `(?` at `at`: the flags it turns on
 * and off, and where the text after it starts; null when no flag letter follows.
 */
export function parseInlineFlags(p: readonly string[], at: number): InlineFlags | null {
  let i = at;
  let on = 0;
  let off = 0;
  if (!(p[i]! in LETTERS) && p[i] !== '-') return null;
  while (p[i] !== undefined && p[i]! in LETTERS) {
    const flag = p[i]!;
    if (flag === 'L') return { error: "bad inline flag: cannot use 'L' flag with a str pattern", pos: i + 1 };
    on |= LETTERS[flag]!;
    i++;
  }
  if ((on & REFLAG.A) && (on & REFLAG.U)) return { error: "bad inline flag: flags 'a', 'u' and 'L' are incompatible", pos: i };
  if (p[i] === ')') return { kind: 'global', on, off, end: i + 1 };
  if (p[i] === '-') {
    i++;
    if (p[i] === undefined) return { error: 'missing flag', pos: i };
    while (p[i] !== undefined && p[i]! in LETTERS) {
      const flag = p[i]!;
      if (flag === 'a' || flag === 'u' || flag === 'L') return { error: "bad inline flag: cannot turn off flags 'a', 'u' and 'L'", pos: i + 1 };
      off |= LETTERS[flag]!;
      i++;
    }
    if (off === 0) return { error: 'missing flag', pos: i };
    if (p[i] !== ':') return { error: p[i] === undefined || p[i] === ')' ? 'missing :' : 'unknown flag', pos: i };
    return { kind: 'scoped', on, off, end: i + 1 };
  }
  if (p[i] === ':') return { kind: 'scoped', on, off, end: i + 1 };
  if (p[i] === undefined) return { error: 'missing -, : or )', pos: i };
  return { error: 'unknown flag', pos: i };
}
