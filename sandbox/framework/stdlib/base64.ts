import { PyNativeFunction, pyError, typeName, type Kwargs, type PyValue } from '../python';
import { PyBytes } from '../python/bytes';
import { arg, asciiBytes, asciiText, base64Decode, base64Encode, binasciiError, bufferArg, bytesOf, toHex } from './binascii';

/** base64: the Base64, Base32 and Base16 encodings of RFC 4648, as CPython's module has them. */

/** What the decoders take: bytes-like, or a str of ASCII characters. */
function decodeData(value: PyValue | undefined): Uint8Array {
  if (typeof value === 'string') {
    if (/[^\x00-\x7f]/.test(value)) throw pyError('ValueError', 'string argument should contain only ASCII characters');
    return Uint8Array.from(value, (c) => c.charCodeAt(0));
  }
  if (value instanceof PyBytes) return value.data;
  throw pyError('TypeError', `argument should be a bytes-like object or ASCII string, not '${typeName(value ?? null)}'`);
}

function translate(data: Uint8Array, from: string, to: string): Uint8Array {
  return data.map((b) => {
    const at = from.indexOf(String.fromCharCode(b));
    return at < 0 ? b : to.charCodeAt(at);
  });
}

function altcharsOf(value: PyValue | undefined, decoding: boolean): string | null {
  if (value === undefined || value === null) return null;
  const data = decoding ? decodeData(value) : bufferArg(value);
  if (data.length !== 2) throw pyError('AssertionError', `${value instanceof PyBytes ? `b'${asciiText(data)}'` : `'${asciiText(data)}'`}`);
  return asciiText(data);
}

export function b64encode(data: Uint8Array, altchars: string | null = null): Uint8Array {
  const text = base64Encode(data);
  const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
  return altchars === null ? bytes : translate(bytes, '+/', altchars);
}

export function b64decode(data: Uint8Array, altchars: string | null = null, validate = false): Uint8Array {
  const s = altchars === null ? data : translate(data, altchars, '+/');
  return base64Decode(s, validate);
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B32HEX = '0123456789ABCDEFGHIJKLMNOPQRSTUV';

function b32encode(data: Uint8Array, alphabet: string): string {
  let out = '';
  for (let i = 0; i < data.length; i += 5) {
    const chunk = data.slice(i, i + 5);
    let bits = 0n;
    for (let j = 0; j < 5; j++) bits = (bits << 8n) | BigInt(chunk[j] ?? 0);
    let group = '';
    for (let j = 7; j >= 0; j--) group += alphabet[Number((bits >> BigInt(j * 5)) & 31n)]!;
    const keep = [0, 2, 4, 5, 7, 8][chunk.length]!;
    out += group.slice(0, keep) + '='.repeat(8 - keep);
  }
  return out;
}

function b32decode(data: Uint8Array, alphabet: string, casefold: boolean, map01: string | null): Uint8Array {
  let s = asciiText(data);
  if (s.length % 8) throw binasciiError('Incorrect padding');
  if (map01 !== null) s = s.replace(/0/g, 'O').replace(/1/g, map01);
  if (casefold) s = s.toUpperCase();
  const stripped = s.replace(/=*$/, '');
  const padchars = s.length - stripped.length;
  const out: number[] = [];
  for (let i = 0; i < stripped.length; i += 8) {
    let acc = 0n;
    const quanta = stripped.slice(i, i + 8).padEnd(8, 'A');
    for (const c of quanta) {
      const v = alphabet.indexOf(c);
      if (v < 0) throw binasciiError('Non-base32 digit found');
      acc = (acc << 5n) | BigInt(v);
    }
    for (let j = 4; j >= 0; j--) out.push(Number((acc >> BigInt(j * 8)) & 255n));
  }
  if (padchars) {
    // How many of the last quantum's five bytes the padding leaves.
    const left = { 1: 4, 3: 3, 4: 2, 6: 1 }[padchars as 1 | 3 | 4 | 6];
    if (left === undefined) throw binasciiError('Incorrect padding');
    out.length -= 5 - left;
  }
  return Uint8Array.from(out);
}

function flag(value: PyValue | undefined): boolean {
  return value !== undefined && value !== null && value !== false && value !== 0;
}

function fn(name: string, body: (args: PyValue[], kwargs: Kwargs) => PyValue): PyNativeFunction {
  return new PyNativeFunction(name, body);
}

function lines(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 57) out += base64Encode(data.slice(i, i + 57)) + '\n';
  return out;
}

/** `import base64`. */
export function base64Module(): Record<string, PyValue> {
  return {
    b64encode: fn('b64encode', (args, kwargs) => bytesOf(b64encode(bufferArg(args[0]), altcharsOf(arg(args, kwargs, 1, 'altchars'), false)))),
    b64decode: fn('b64decode', (args, kwargs) =>
      bytesOf(b64decode(decodeData(args[0]), altcharsOf(arg(args, kwargs, 1, 'altchars'), true), flag(arg(args, kwargs, 2, 'validate'))))),
    standard_b64encode: fn('standard_b64encode', ([s]) => bytesOf(b64encode(bufferArg(s)))),
    standard_b64decode: fn('standard_b64decode', ([s]) => bytesOf(b64decode(decodeData(s)))),
    urlsafe_b64encode: fn('urlsafe_b64encode', ([s]) => bytesOf(b64encode(bufferArg(s), '-_'))),
    urlsafe_b64decode: fn('urlsafe_b64decode', ([s]) => bytesOf(b64decode(decodeData(s), '-_'))),
    encodebytes: fn('encodebytes', ([s]) => asciiBytes(lines(bufferArg(s)))),
    decodebytes: fn('decodebytes', ([s]) => bytesOf(base64Decode(bufferArg(s)))),
    b32encode: fn('b32encode', ([s]) => asciiBytes(b32encode(bufferArg(s), B32))),
    b32decode: fn('b32decode', (args, kwargs) => {
      const map01 = arg(args, kwargs, 2, 'map01');
      return bytesOf(b32decode(decodeData(args[0]), B32, flag(arg(args, kwargs, 1, 'casefold')), map01 === undefined || map01 === null ? null : asciiText(decodeData(map01))));
    }),
    b32hexencode: fn('b32hexencode', ([s]) => asciiBytes(b32encode(bufferArg(s), B32HEX))),
    b32hexdecode: fn('b32hexdecode', (args, kwargs) => bytesOf(b32decode(decodeData(args[0]), B32HEX, flag(arg(args, kwargs, 1, 'casefold')), null))),
    b16encode: fn('b16encode', ([s]) => asciiBytes(toHex(bufferArg(s)).toUpperCase())),
    b16decode: fn('b16decode', (args, kwargs) => {
      let s = asciiText(decodeData(args[0]));
      if (flag(arg(args, kwargs, 1, 'casefold'))) s = s.toUpperCase();
      if (!/^[0-9A-F]*$/.test(s)) throw binasciiError('Non-base16 digit found');
      if (s.length % 2) throw binasciiError('Odd-length string');
      return bytesOf(Uint8Array.from(s.match(/../g) ?? [], (h) => parseInt(h, 16)));
    }),
  };
}
