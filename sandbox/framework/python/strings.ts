import { codePointNamed } from './unicode-names';

const SIMPLE_ESCAPES: Record<string, string> = { '\n': '', n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"' };

/**
 * Decodes a Python string literal's body (the part between the quotes). `\u`, `\U` and
 * `\N{name}` are escapes in str literals only; `fail` reports a malformed one as Python's
 * SyntaxError does.
 */
export function decodeEscapes(body: string, raw: boolean, bytes: boolean, fail: (message: string) => never): string {
  if (raw) return body;
  const bad = (from: number, to: number, why: string): never => {
    const message = `(${bytes ? 'value' : 'unicode'} error) '${bytes ? 'bytes' : 'unicodeescape'}' codec can't decode bytes in position ${from}-${to}: ${why}`;
    return fail(message);
  };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const start = i;
    const next = body[++i];
    if (next === undefined) {
      out += '\\';
      continue;
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      continue;
    }
    if (next >= '0' && next <= '7') {
      const digits = /^[0-7]{1,3}/.exec(body.slice(i))![0];
      out += String.fromCodePoint(parseInt(digits, 8));
      i += digits.length - 1;
      continue;
    }
    const width = next === 'x' ? 2 : !bytes && next === 'u' ? 4 : !bytes && next === 'U' ? 8 : 0;
    if (width > 0) {
      const hex = body.slice(i + 1, i + 1 + width);
      if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) bad(start, Math.min(body.length, i + width) - 1 + (hex.length < width ? 0 : 1), `truncated \\${next}${'X'.repeat(width)} escape`);
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) bad(start, i + width, 'illegal Unicode character');
      out += String.fromCodePoint(code);
      i += width;
      continue;
    }
    if (!bytes && next === 'N') {
      const named = /^\{([^}]*)\}/.exec(body.slice(i + 1));
      const code = named ? codePointNamed(named[1]!) : undefined;
      if (code === undefined) bad(start, named ? i + named[0].length : i, named ? 'unknown Unicode character name' : 'malformed \\N character escape');
      out += String.fromCodePoint(code!);
      i += named![0].length;
      continue;
    }
    // Python keeps unknown escapes as they are, backslash included.
    out += '\\' + next;
  }
  return out;
}

export interface StringLiteral {
  prefix: string;
  body: string;
  /** Offset of the body inside the literal's text. */
  bodyStart: number;
}

/** Splits `rb'''x'''` into its prefix and body. */
export function splitLiteral(text: string): StringLiteral {
  const prefix = /^[a-zA-Z]*/.exec(text)![0];
  const rest = text.slice(prefix.length);
  const quote = rest.startsWith('"""') || rest.startsWith("'''") ? rest.slice(0, 3) : rest.slice(0, 1);
  return { prefix: prefix.toLowerCase(), body: rest.slice(quote.length, rest.length - quote.length), bodyStart: prefix.length + quote.length };
}

/** len() of a str: Python counts code points, not UTF-16 units. */
export function pyLen(text: string): number {
  return Array.from(text).length;
}

/** str.isspace()'s characters, which differ from JavaScript's trim() (\x1c-\x1f yes, \ufeff no). */
const PY_SPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const PY_STRIP = new RegExp(`^${PY_SPACE}+|${PY_SPACE}+$`, 'g');

/** str.strip() with no argument. */
export function pyStrip(text: string): string {
  return text.replace(PY_STRIP, '');
}
