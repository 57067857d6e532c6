import { sha256 } from '@noble/hashes/sha2.js';

/**
 * PBKDF2-HMAC-SHA256 with the HMAC's keyed states computed once and each round two bare
 * SHA-256 compressions on reused word arrays: Django's password hasher asks for a million
 * rounds, which this does several times faster than a general HMAC.
 */
const K = Int32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
const IV = Int32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);

/** One SHA-256 compression of the 16 words w[0..15] into state (w is used as the schedule). */
function compress(state: Int32Array, w: Int32Array) {
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15]!;
    const y = w[i - 2]!;
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
    w[i] = (w[i - 16]! + s0 + w[i - 7]! + s1) | 0;
  }
  let a = state[0]!;
  let b = state[1]!;
  let c = state[2]!;
  let d = state[3]!;
  let e = state[4]!;
  let f = state[5]!;
  let g = state[6]!;
  let h = state[7]!;
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0]! + a) | 0;
  state[1] = (state[1]! + b) | 0;
  state[2] = (state[2]! + c) | 0;
  state[3] = (state[3]! + d) | 0;
  state[4] = (state[4]! + e) | 0;
  state[5] = (state[5]! + f) | 0;
  state[6] = (state[6]! + g) | 0;
  state[7] = (state[7]! + h) | 0;
}

function wordsOf(bytes: Uint8Array, into: Int32Array) {
  for (let i = 0; i < into.length; i++) into[i] = (bytes[4 * i]! << 24) | (bytes[4 * i + 1]! << 16) | (bytes[4 * i + 2]! << 8) | bytes[4 * i + 3]!;
}

/** The state after compressing the key padded to a block and XORed with `pad` (HMAC's ipad or opad). */
function keyedState(key: Uint8Array, pad: number): Int32Array {
  const block = Uint8Array.from({ length: 64 }, (_, i) => (key[i] ?? 0) ^ pad);
  const w = new Int32Array(64);
  wordsOf(block, w.subarray(0, 16));
  const state = IV.slice();
  compress(state, w);
  return state;
}

/** HMAC-SHA256 of a 32-byte message held as 8 words, from the keyed states, into `out`. */
function hmacOfDigest(inner: Int32Array, outer: Int32Array, message: Int32Array, w: Int32Array, state: Int32Array, out: Int32Array) {
  // One block: the 32-byte message, the 0x80 marker, zeros and the bit length of key block + message.
  for (let pass = 0; pass < 2; pass++) {
    w.set(pass === 0 ? message : out, 0);
    w[8] = 0x80000000 | 0;
    w.fill(0, 9, 15);
    w[15] = (64 + 32) * 8;
    state.set(pass === 0 ? inner : outer);
    compress(state, w);
    out.set(state);
  }
}

/** `progress` (if given) is called every `0x10000` rounds: a long derivation is not a stuck program. */
export function pbkdf2Sha256(password: Uint8Array, salt: Uint8Array, iterations: number, dkLen: number, progress?: () => void): Uint8Array {
  const key = password.length > 64 ? sha256(password) : password;
  const inner = keyedState(key, 0x36);
  const outer = keyedState(key, 0x5c);
  const out = new Uint8Array(dkLen);
  const w = new Int32Array(64);
  const state = new Int32Array(8);
  const u = new Int32Array(8);
  const next = new Int32Array(8);
  const t = new Int32Array(8);
  const keyBytes = key;
  for (let block = 1, pos = 0; pos < dkLen; block++, pos += 32) {
    // U1 = HMAC(password, salt || INT(block)), by the general route: it is one of a million.
    const first = new Uint8Array(salt.length + 4);
    first.set(salt);
    new DataView(first.buffer).setUint32(salt.length, block);
    const innerHash = sha256.create().update(Uint8Array.from({ length: 64 }, (_, i) => (keyBytes[i] ?? 0) ^ 0x36)).update(first).digest();
    const u1 = sha256.create().update(Uint8Array.from({ length: 64 }, (_, i) => (keyBytes[i] ?? 0) ^ 0x5c)).update(innerHash).digest();
    wordsOf(u1, u);
    t.set(u);
    for (let i = 1; i < iterations; i++) {
      hmacOfDigest(inner, outer, u, w, state, next);
      u.set(next);
      for (let j = 0; j < 8; j++) t[j] = t[j]! ^ u[j]!;
      if (progress && (i & 0xffff) === 0) progress();
    }
    for (let j = 0; j < 32 && pos + j < dkLen; j++) out[pos + j] = (t[j >> 2]! >>> (24 - 8 * (j & 3))) & 255;
  }
  return out;
}
