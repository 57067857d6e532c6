import { newBytes } from './bytes';
import type { PyValue } from './objects';

/** The value of a `b'...'` literal; `text` holds one character per byte, as the parser decodes it. */
export function bytesLiteral(text: string): PyValue {
  const data = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) data[i] = text.charCodeAt(i) & 0xff;
  return newBytes(data);
}
