import { PyClass, PyNativeFunction, exceptionClass, newException, PyException, pyError, typeName, type Kwargs, type PyValue } from '../python';
import { PyBytes } from '../python/bytes';
import { isIntegral, toBig } from '../python/big-int';

/**
 * binascii, and the helpers the other byte-handling modules (base64, hashlib, hmac, uuid)
 * share: reading a bytes-like argument and building bytes results.
 */
export const BinasciiError = new PyClass('Error', [exceptionClass('ValueError')], 'binascii');
export const BinasciiIncomplete = new PyClass('Incomplete', [exceptionClass('Exception')], 'binascii');

export function binasciiError(message: string): PyException {
  return new PyException(newException(BinasciiError, [message]));
}

export function bytesOf(data: Uint8Array | number[]): PyBytes {
  return new PyBytes(data instanceof Uint8Array ? data : Uint8Array.from(data));
}

/** A bytes-like argument (bytes, bytearray); anything else is the usual TypeError. */
export function bufferArg(value: PyValue | undefined): Uint8Array {
  if (value instanceof PyBytes) return value.data;
  throw pyError('TypeError', `a bytes-like object is required, not '${typeName(value ?? null)}'`);
}

/** The a2b_* functions also take ASCII-only str. */
export function asciiOrBuffer(value: PyValue | undefined): Uint8Array {
  if (typeof value === 'string') {
    if ([...value].some((c) => c.charCodeAt(0) > 127)) throw pyError('ValueError', 'string argument should contain only ASCII characters');
    return Uint8Array.from(value, (c) => c.charCodeAt(0));
  }
  if (value instanceof PyBytes) return value.data;
  throw pyError('TypeError', `argument should be bytes, buffer or ASCII string, not '${typeName(value ?? null)}'`);
}

export function asciiText(data: Uint8Array): string {
  return String.fromCharCode(...data);
}

export function asciiBytes(text: string): PyBytes {
  return bytesOf(Uint8Array.from(text, (c) => c.charCodeAt(0)));
}

export function toHex(data: Uint8Array): string {
  let out = '';
  for (const b of data) out += b.toString(16).padStart(2, '0');
  return out;
}

/** An argument by position or keyword, as the C functions' argument clinic takes them. */
export function arg(args: PyValue[], kwargs: Kwargs, index: number, name: string): PyValue | undefined {
  return args[index] ?? kwargs.get(name);
}

export function intArg(value: PyValue | undefined, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  if (!isIntegral(value)) throw pyError('TypeError', `'${typeName(value)}' object cannot be interpreted as an integer`);
  return Number(toBig(value));
}

function fn(name: string, body: (args: PyValue[], kwargs: Kwargs) => PyValue): PyNativeFunction {
  return new PyNativeFunction(name, body);
}

function hexlify(args: PyValue[], kwargs: Kwargs): PyBytes {
  const data = bufferArg(args[0]);
  const sep = arg(args, kwargs, 1, 'sep');
  let hex = toHex(data);
  if (sep !== undefined && sep !== null) {
    const s = typeof sep === 'string' ? sep : sep instanceof PyBytes ? asciiText(sep.data) : '';
    if (s.length !== 1) throw pyError('ValueError', 'sep must be length 1.');
    const per = intArg(arg(args, kwargs, 2, 'bytes_per_sep'), 1);
    const pairs = hex.match(/../g) ?? [];
    const step = Math.abs(per) || 1;
    const groups: string[] = [];
    // A positive count groups from the right, as CPython does.
    if (per >= 0) for (let end = pairs.length; end > 0; end -= step) groups.unshift(pairs.slice(Math.max(0, end - step), end).join(''));
    else for (let start = 0; start < pairs.length; start += step) groups.push(pairs.slice(start, start + step).join(''));
    hex = groups.join(s);
  }
  return asciiBytes(hex);
}

export function unhexlify(value: PyValue | undefined): Uint8Array {
  const text = asciiText(asciiOrBuffer(value));
  if (text.length % 2) throw binasciiError('Odd-length string');
  if (!/^[0-9a-fA-F]*$/.test(text)) throw binasciiError('Non-hexadecimal digit found');
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16);
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function base64Encode(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 3) {
    const [a, b, c] = [data[i]!, data[i + 1], data[i + 2]];
    out += B64[a >> 2]! + B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
    out += b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
    out += c === undefined ? '=' : B64[c & 63]!;
  }
  return out;
}

/**
 * a2b_base64: characters outside the alphabet are skipped and padding ends the data; in
 * strict mode (b64decode's validate=True) each of those is an error instead.
 */
export function base64Decode(data: Uint8Array, strict = false): Uint8Array {
  const out: number[] = [];
  let quad = 0;
  let pads = 0;
  let left = 0;
  let count = 0;
  let paddingStarted = false;
  if (strict && data[0] === 0x3d) throw binasciiError('Leading padding not allowed');
  for (let i = 0; i < data.length; i++) {
    const byte = data[i]!;
    if (byte === 0x3d) {
      paddingStarted = true;
      pads++;
      if (quad >= 2 && quad + pads >= 4) {
        if (strict && i + 1 < data.length) throw binasciiError('Excess data after padding');
        return Uint8Array.from(out);
      }
      continue;
    }
    const v = byte > 127 ? -1 : B64.indexOf(String.fromCharCode(byte));
    if (v < 0) {
      if (strict) throw binasciiError('Only base64 data is allowed');
      continue;
    }
    if (strict && paddingStarted) throw binasciiError('Discontinuous padding not allowed');
    pads = 0;
    count++;
    if (quad === 0) left = v;
    else if (quad === 1) {
      out.push(((left << 2) | (v >> 4)) & 255);
      left = v & 15;
    } else if (quad === 2) {
      out.push(((left << 4) | (v >> 2)) & 255);
      left = v & 3;
    } else out.push(((left << 6) | v) & 255);
    quad = (quad + 1) % 4;
  }
  if (quad === 1) throw binasciiError(`Invalid base64-encoded string: number of data characters (${count}) cannot be 1 more than a multiple of 4`);
  if (quad !== 0) throw binasciiError('Incorrect padding');
  return Uint8Array.from(out);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array, start = 0): number {
  let c = ~start >>> 0;
  for (const b of data) c = CRC_TABLE[(c ^ b) & 255]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** `import binascii`. */
export function binasciiModule(): Record<string, PyValue> {
  const b2aHex = fn('b2a_hex', hexlify);
  const a2bHex = fn('a2b_hex', ([s]) => bytesOf(unhexlify(s)));
  return {
    Error: BinasciiError,
    Incomplete: BinasciiIncomplete,
    hexlify: fn('hexlify', hexlify),
    b2a_hex: b2aHex,
    unhexlify: fn('unhexlify', ([s]) => bytesOf(unhexlify(s))),
    a2b_hex: a2bHex,
    b2a_base64: fn('b2a_base64', ([data], kwargs) => {
      const newline = kwargs.get('newline') ?? true;
      return asciiBytes(base64Encode(bufferArg(data)) + (newline === false || newline === 0 ? '' : '\n'));
    }),
    a2b_base64: fn('a2b_base64', ([s], kwargs) => {
      const strict = kwargs.get('strict_mode');
      return bytesOf(base64Decode(asciiOrBuffer(s), strict !== undefined && strict !== null && strict !== false && strict !== 0));
    }),
    crc32: fn('crc32', ([data, value]) => crc32(bufferArg(data), intArg(value, 0) >>> 0)),
  };
}
