/**
 * Python's `\w`, `\s` and `\d` for str patterns are Unicode-wide (JavaScript's are ASCII), so
 * the translation spells them out as set bodies, usable inside `[...]` with the `v` flag.
 */
export const WORD_UNICODE = '\\p{L}\\p{N}_';
export const WORD_ASCII = 'A-Za-z0-9_';
/** str.isspace()'s characters, which are what Python's `\s` matches (JavaScript's `\s` adds U+FEFF). */
export const SPACE_UNICODE = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
export const SPACE_ASCII = '\\t-\\r\\x20';

const SYNTAX = new Set(['^', '$', '\\', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/']);

function hexEscape(c: string): string {
  return `\\u{${c.codePointAt(0)!.toString(16)}}`;
}

/** One character as a literal outside a set. */
export function literal(c: string): string {
  if (/^[A-Za-z0-9]$/.test(c)) return c;
  const code = c.codePointAt(0)!;
  if (SYNTAX.has(c)) return `\\${c}`;
  if (code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff)) return hexEscape(c);
  return c;
}

/** One character inside a `v`-flag set, where most punctuation has to be escaped. */
export function classEscape(c: string): string {
  if (/^[A-Za-z0-9]$/.test(c)) return c;
  const code = c.codePointAt(0)!;
  if (code < 0x80 || (code >= 0xd800 && code <= 0xdfff)) return hexEscape(c);
  return c;
}
