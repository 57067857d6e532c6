import { PyNativeFunction, pyError, type Interpreter, type PyValue } from '../python';
import { PyLong, normInt } from '../python/big-int';
import { base64Encode, bytesOf, intArg, toHex } from './binascii';
import { compareDigest } from './hmac';

/** Bytes from the platform's cryptographic generator (the browser's and Node's Web Crypto). */
export function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  // getRandomValues fills at most 65536 bytes a call.
  for (let i = 0; i < n; i += 65536) globalThis.crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  return out;
}

/** A uniformly random int of `k` bits from the cryptographic generator. */
export function randomBits(k: number): bigint {
  const bytes = randomBytes(Math.ceil(k / 8));
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return v >> BigInt(bytes.length * 8 - k);
}

/** A uniformly random int in [0, n), n > 0, by rejection as CPython's SystemRandom does. */
export function randomBelow(n: bigint): bigint {
  const k = n.toString(2).length;
  for (;;) {
    const r = randomBits(k);
    if (r < n) return r;
  }
}

function bigArg(value: PyValue | undefined): bigint {
  if (value instanceof PyLong) return value.value;
  return BigInt(intArg(value, 0));
}

/** `import secrets`. */
export function secretsModule(interp: Interpreter): Record<string, PyValue> {
  const nbytes = (value: PyValue | undefined) => {
    const n = intArg(value, 32);
    if (n < 0) throw pyError('ValueError', 'negative argument not allowed');
    return n;
  };
  const random = interp.importModule('random');
  return {
    token_bytes: new PyNativeFunction('token_bytes', ([n]) => bytesOf(randomBytes(nbytes(n)))),
    token_hex: new PyNativeFunction('token_hex', ([n]) => toHex(randomBytes(nbytes(n)))),
    token_urlsafe: new PyNativeFunction('token_urlsafe', ([n]) => base64Encode(randomBytes(nbytes(n))).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')),
    randbelow: new PyNativeFunction('randbelow', ([n]) => {
      const bound = bigArg(n);
      if (bound <= 0n) throw pyError('ValueError', 'Upper bound must be positive.');
      return normInt(randomBelow(bound));
    }),
    randbits: new PyNativeFunction('randbits', ([k]) => {
      const bits = intArg(k, 0);
      if (bits < 0) throw pyError('ValueError', 'number of bits must be non-negative');
      return normInt(bits === 0 ? 0n : randomBits(bits));
    }),
    choice: interp.getAttr(interp.call(random.dict.get('SystemRandom')!, []), 'choice'),
    compare_digest: new PyNativeFunction('compare_digest', ([a, b]) => compareDigest(a, b)),
    SystemRandom: random.dict.get('SystemRandom')!,
    DEFAULT_ENTROPY: 32,
  };
}
