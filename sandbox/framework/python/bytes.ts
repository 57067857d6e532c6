import { pyError } from './exceptions';
import { PyObject } from './objects';

/** bytes and bytearray: an immutable (or, for bytearray, mutable) run of bytes. */
export class PyBytes extends PyObject {
  constructor(
    public data: Uint8Array,
    readonly mutable = false,
  ) {
    super();
  }
}

/** A bytes value, for `b"..."` literals and the builtins that make bytes. */
export function newBytes(data: Uint8Array): PyBytes {
  return new PyBytes(data);
}

export function bytesRepr(b: PyBytes): string {
  let body = '';
  let hasSingle = false;
  let hasDouble = false;
  for (const byte of b.data) {
    if (byte === 0x27) hasSingle = true;
    if (byte === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  for (const byte of b.data) {
    if (byte === 0x5c) body += '\\\\';
    else if (byte === quote.charCodeAt(0)) body += '\\' + quote;
    else if (byte === 0x0a) body += '\\n';
    else if (byte === 0x0d) body += '\\r';
    else if (byte === 0x09) body += '\\t';
    else if (byte < 0x20 || byte >= 0x7f) body += '\\x' + byte.toString(16).padStart(2, '0');
    else body += String.fromCharCode(byte);
  }
  const literal = `b${quote}${body}${quote}`;
  return b.mutable ? `bytearray(${literal})` : literal;
}

export function decodeBytes(b: PyBytes, encoding = 'utf-8', errors = 'strict'): string {
  const enc = encoding.toLowerCase().replace('_', '-');
  if (enc === 'ascii' || enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1') {
    let out = '';
    for (let i = 0; i < b.data.length; i++) {
      const byte = b.data[i]!;
      if (enc === 'ascii' && byte > 127) {
        if (errors === 'ignore') continue;
        if (errors === 'replace') {
          out += '\ufffd';
          continue;
        }
        throw pyError('UnicodeDecodeError', `'ascii' codec can't decode byte 0x${byte.toString(16)} in position ${i}: ordinal not in range(128)`);
      }
      out += String.fromCharCode(byte);
    }
    return out;
  }
  if (enc !== 'utf-8' && enc !== 'utf8') throw pyError('LookupError', `unknown encoding: ${encoding}`);
  try {
    return new TextDecoder('utf-8', { fatal: errors === 'strict' }).decode(b.data);
  } catch {
    const at = firstInvalidUtf8(b.data);
    throw pyError('UnicodeDecodeError', `'utf-8' codec can't decode byte 0x${b.data[at]!.toString(16).padStart(2, '0')} in position ${at}: invalid start byte`);
  }
}

function firstInvalidUtf8(data: Uint8Array): number {
  for (let i = 0; i < data.length; i++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(data.slice(0, i + 1));
    } catch {
      // A truncated sequence is not an error until the next byte cannot continue it.
      if (i + 1 === data.length || (data[i + 1]! & 0xc0) !== 0x80) return i;
    }
  }
  return 0;
}
