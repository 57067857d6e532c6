/** Random edits of Python programs, for the interpreter's fuzz tests. */

export const NOISE = ['(', ')', '[', ']', '{', '}', ':', '=', ',', '.', '"', "'", '\n', ' ', '    ', '#', '*', '**', '+', '-', '<', '>', '\\', 'f"', 'def ', 'class ', 'if ', 'else:', 'return', 'lambda', 'import ', 'from ', 'not ', ' and ', 'with ', 'yield', 'yield from ', 'nonlocal ', ' for ', ' in ', ':=', 'match ', 'case ', ' as ', '...', 'b"', '/', '@', '0', 'x'];

/** A small deterministic generator, so a failure can be replayed. */
export function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function mutate(source: string, rnd: () => number): string {
  let text = source;
  const edits = 1 + Math.floor(rnd() * 4);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(rnd() * (text.length + 1));
    const kind = rnd();
    if (kind < 0.35) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 3));
    else if (kind < 0.75) text = text.slice(0, at) + NOISE[Math.floor(rnd() * NOISE.length)] + text.slice(at);
    else {
      const lines = text.split('\n');
      const i = Math.floor(rnd() * lines.length);
      const j = Math.floor(rnd() * lines.length);
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      text = lines.join('\n');
    }
  }
  return text;
}

export function randomTokens(rnd: () => number): string {
  return Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => NOISE[Math.floor(rnd() * NOISE.length)]).join('');
}
