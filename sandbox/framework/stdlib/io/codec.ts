import { pyError } from '../../python';
import { PyBytes, decodeBytes } from '../../python/bytes';

/** The codec names open() and TextIOWrapper accept, as Python normalizes them. */
export function normalizeEncoding(encoding: string): string {
  const e = encoding.toLowerCase().replace(/_/g, '-');
  if (e === 'utf8' || e === 'utf-8' || e === 'u8') return 'utf-8';
  if (e === 'utf-8-sig' || e === 'utf8-sig') return 'utf-8-sig';
  if (e === 'ascii' || e === 'us-ascii') return 'ascii';
  if (e === 'latin-1' || e === 'latin1' || e === 'iso-8859-1' || e === 'iso8859-1' || e === 'l1') return 'latin-1';
  throw pyError('LookupError', `unknown encoding: ${encoding}`);
}

export function encodeText(text: string, encoding: string, errors = 'strict'): Uint8Array {
  if (encoding === 'utf-8' || encoding === 'utf-8-sig') return new TextEncoder().encode(text);
  const limit = encoding === 'ascii' ? 0x80 : 0x100;
  const out: number[] = [];
  let index = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < limit) out.push(code);
    else if (errors === 'replace') out.push(0x3f);
    else if (errors !== 'ignore') {
      const shown = code < 0x100 ? `\\x${code.toString(16)}` : code < 0x10000 ? `\\u${code.toString(16).padStart(4, '0')}` : `\\U${code.toString(16).padStart(8, '0')}`;
      throw pyError('UnicodeEncodeError', `'${encoding === 'ascii' ? 'ascii' : 'latin-1'}' codec can't encode character '${shown}' in position ${index}: ordinal not in range(${limit})`);
    }
    index++;
  }
  return Uint8Array.from(out);
}

export function decodeData(data: Uint8Array, encoding: string, errors = 'strict'): string {
  if (encoding === 'utf-8-sig') {
    const body = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? data.subarray(3) : data;
    return decodeBytes(new PyBytes(body), 'utf-8', errors);
  }
  return decodeBytes(new PyBytes(data), encoding, errors);
}
