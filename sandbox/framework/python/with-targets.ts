import { parser as lezer } from '@lezer/python';
import type { Expr } from './ast';

/**
 * `with f() as (a, b):` and `with f() as [a, b]:`, which @lezer/python does not parse: before
 * parsing, each bracketed `as` target of a `with` line is swapped for a placeholder name of the
 * same length (so every line and column stays where it was), and the converter parses the
 * bracketed text on its own when it meets the placeholder.
 */

export interface MaskedSource {
  text: string;
  /** Placeholder name -> the bracketed target's offsets in the source. */
  targets: Map<string, { from: number; to: number }>;
}

const WITH_LINE = /^[ \t]*(?:async[ \t]+)?with\b/;
const AS_BRACKET = /\bas[ \t]*([([])/g;
const CLOSING: Record<string, string> = { '(': ')', '[': ']' };

export function maskWithTargets(source: string): MaskedSource {
  const targets = new Map<string, { from: number; to: number }>();
  if (!source.includes('with')) return { text: source, targets };
  let text = source;
  let lineStart = 0;
  for (const line of source.split('\n')) {
    if (WITH_LINE.test(line)) {
      for (const m of line.matchAll(AS_BRACKET)) {
        const open = m.index + m[0].length - 1;
        const close = matchingBracket(line, open);
        if (close < 0) continue;
        const name = `_w${targets.size}`.padEnd(close - open + 1, '_');
        if (name.length !== close - open + 1) continue;
        const from = lineStart + open;
        targets.set(name, { from, to: lineStart + close + 1 });
        text = text.slice(0, from) + name + text.slice(lineStart + close + 1);
      }
    }
    lineStart += line.length + 1;
  }
  return { text, targets };
}

/** Where the bracket opened at `open` closes on this line (brackets nest), or -1. */
function matchingBracket(line: string, open: number): number {
  const stack = [CLOSING[line[open]!]!];
  for (let i = open + 1; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '(' || ch === '[') stack.push(CLOSING[ch]!);
    else if (ch === ')' || ch === ']') {
      if (stack.pop() !== ch) return -1;
      if (stack.length === 0) return i;
    } else if (ch === '"' || ch === "'") {
      // A subscript's string key: skip to its closing quote.
      for (i++; i < line.length && line[i] !== ch; i++) if (line[i] === '\\') i++;
      if (i >= line.length) return -1;
    } else if (ch === '#') return -1;
  }
  return -1;
}

/** The bracketed target, parsed alone and moved to where it stands in the file. */
export function parseWithTarget(
  snippet: string,
  at: { line: number; col: number },
  convert: (source: string, node: import('@lezer/common').SyntaxNode) => Expr,
): Expr | null {
  const statement = lezer.parse(snippet).topNode.firstChild;
  const node = statement?.name === 'ExpressionStatement' ? statement.firstChild : null;
  if (!node || node.to !== snippet.length) return null;
  return shift(convert(snippet, node), at);
}

function shift<T>(value: T, at: { line: number; col: number }): T {
  if (Array.isArray(value)) return value.map((v: unknown) => shift(v, at)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = shift(v, at);
  if (typeof out.line === 'number' && typeof out.col === 'number') {
    if (out.line === 1) out.col = (out.col as number) + at.col;
    if (out.endLine === 1 && typeof out.endCol === 'number') out.endCol = (out.endCol as number) + at.col;
    out.line = (out.line as number) + at.line - 1;
    if (typeof out.endLine === 'number') out.endLine = (out.endLine as number) + at.line - 1;
  }
  return out as T;
}
