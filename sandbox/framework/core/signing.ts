import { unzlibSync, zlibSync } from 'fflate';
import { PyClass, PyException, PyTuple, exceptionClass, newException, type Interpreter, type PyValue } from '../python';
import { constantTimeCompare, saltedHmac } from '../utils/crypto';

/**
 * django.core.signing: values signed with the project's SECRET_KEY (HMAC-SHA256, URL-safe
 * base64 without padding), optionally timestamped (base62 seconds) and, for objects, JSON
 * compressed with zlib when that is shorter — what sessions and the messages cookie store.
 */
export const BadSignature = new PyClass('BadSignature', [exceptionClass('Exception')], 'django.core.signing');
export const SignatureExpired = new PyClass('SignatureExpired', [BadSignature], 'django.core.signing');

const decoder = new TextDecoder();

export function b64Encode(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function b64Decode(text: string): Uint8Array {
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const binary = atob(padded);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function base62Encode(n: number): string {
  if (n === 0) return '0';
  let out = '';
  for (let v = n; v > 0; v = Math.floor(v / 62)) out = BASE62[v % 62] + out;
  return out;
}

export function base62Decode(text: string): number {
  let n = 0;
  for (const c of text) n = n * 62 + BASE62.indexOf(c);
  return n;
}

function badSignature(message: string): PyException {
  return new PyException(newException(BadSignature, [message]));
}

export interface SignerOptions {
  key: string;
  /** The salt; Django's default is the signer class's dotted name. */
  salt?: string;
  timestamp?: boolean;
}

/** Seconds since the epoch: the clock a TimestampSigner stamps with (tests may fix it). */
export const clock = { now: (): number => Date.now() / 1000 };

export class Signer {
  readonly salt: string;
  constructor(readonly options: SignerOptions) {
    this.salt = options.salt ?? (options.timestamp ? 'django.core.signing.TimestampSigner' : 'django.core.signing.Signer');
  }

  signature(value: string): string {
    return b64Encode(saltedHmac(this.salt + 'signer', value, this.options.key));
  }

  sign(value: string): string {
    const stamped = this.options.timestamp ? `${value}:${base62Encode(Math.floor(clock.now()))}` : value;
    return `${stamped}:${this.signature(stamped)}`;
  }

  /** The value, or BadSignature; with `maxAge` (seconds) SignatureExpired past it. */
  unsign(signed: string, maxAge: number | null = null): string {
    const at = signed.lastIndexOf(':');
    if (at < 0) throw badSignature(`No ":" found in value`);
    const value = signed.slice(0, at);
    if (!constantTimeCompare(signed.slice(at + 1), this.signature(value))) throw badSignature(`Signature "${signed.slice(at + 1)}" does not match`);
    if (!this.options.timestamp) return value;
    const stampAt = value.lastIndexOf(':');
    const stamp = base62Decode(value.slice(stampAt + 1));
    if (maxAge !== null) {
      const age = clock.now() - stamp;
      if (age > maxAge) throw new PyException(newException(SignatureExpired, [`Signature age ${age} > ${maxAge} seconds`]));
    }
    return value.slice(0, stampAt);
  }

  /** sign_object with the JSON serializer: compact JSON, zlib-compressed (and marked with '.') when shorter. */
  signObject(obj: PyValue, interp: Interpreter, compress = false): string {
    return this.signJsonText(jsonDumps(obj, interp), compress);
  }

  /** sign_object for JSON the caller wrote itself (the messages cookie's own serializer). */
  signJsonText(json: string, compress = false): string {
    let data = latin1(json);
    let compressed = false;
    if (compress) {
      const packed = zlibSync(data, { level: 6 });
      if (packed.length < data.length - 1) {
        data = packed;
        compressed = true;
      }
    }
    return this.sign((compressed ? '.' : '') + b64Encode(data));
  }

  /** The JSON text a signed value holds, or null when the signature or the data is bad. */
  unsignJsonText(signed: string): string | null {
    try {
      const base64d = this.unsign(signed);
      const compressed = base64d.startsWith('.');
      const data = b64Decode(compressed ? base64d.slice(1) : base64d);
      return decoder.decode(compressed ? unzlibSync(data) : data);
    } catch (err) {
      if (err instanceof PyException) return null;
      // Malformed base64 or zlib data: Django catches binascii.Error and the like the same way.
      return null;
    }
  }

  unsignObject(signed: string, interp: Interpreter, maxAge: number | null = null): PyValue {
    const base64d = this.unsign(signed, maxAge);
    const compressed = base64d.startsWith('.');
    let data = b64Decode(compressed ? base64d.slice(1) : base64d);
    if (compressed) data = unzlibSync(data);
    const json = interp.importModule('json');
    return interp.call(json.dict.get('loads')!, [decoder.decode(data)]);
  }
}

/** json.dumps(obj, separators=(',', ':')), as Django's JSONSerializer writes. */
export function jsonDumps(obj: PyValue, interp: Interpreter): string {
  const json = interp.importModule('json');
  return interp.str(interp.call(json.dict.get('dumps')!, [obj], new Map([['separators', new PyTuple([',', ':'])]])));
}

/** The serializer encodes to latin-1; with ensure_ascii the JSON is ASCII already. */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

/** signing.dumps: a TimestampSigner with the salt 'django.core.signing' unless one is given. */
export function dumps(obj: PyValue, interp: Interpreter, key: string, salt = 'django.core.signing', compress = false): string {
  return new Signer({ key, salt, timestamp: true }).signObject(obj, interp, compress);
}

export function loads(signed: string, interp: Interpreter, key: string, salt = 'django.core.signing', maxAge: number | null = null): PyValue {
  return new Signer({ key, salt, timestamp: true }).unsignObject(signed, interp, maxAge);
}
