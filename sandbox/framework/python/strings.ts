/** Decodes a Python string literal's body (the part between the quotes). */
export function decodeEscapes(body: string, raw: boolean): string {
  if (raw) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body[++i];
    switch (next) {
      case undefined:
        out += '\\';
        break;
      case '\n':
        break;
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case '0':
        out += '\0';
        break;
      case '\\':
      case "'":
      case '"':
        out += next;
        break;
      case 'x':
        out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16));
        i += 2;
        break;
      case 'u':
        out += String.fromCharCode(parseInt(body.slice(i + 1, i + 5), 16));
        i += 4;
        break;
      default:
        // Python keeps unknown escapes as they are, backslash included.
        out += '\\' + next;
    }
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
