import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { pbkdf2Sha256 as pureSha256 } from '../../stdlib/hashlib-pbkdf2';
import { stillWorking } from '../../utils/still-working';

/**
 * PBKDF2 for the password hashers, by the platform's own implementation when the host has
 * given one (a million rounds of SHA-256 take well under a second natively and several
 * seconds in JavaScript on a phone), else in JavaScript.
 *
 * The sandbox's Python is synchronous, so a native provider must be too: the Worker's
 * provider blocks on a SharedArrayBuffer that a helper worker running
 * `crypto.subtle.deriveBits` fills (pbkdf2-bridge.ts); the Node command line hands in
 * node:crypto's pbkdf2Sync. The framework itself imports neither.
 */

export type Pbkdf2Digest = 'SHA-256' | 'SHA-1';

/** Returns the derived key, or null when it cannot answer now (the pure-JS path then runs). */
export type Pbkdf2Provider = (password: Uint8Array, salt: Uint8Array, iterations: number, length: number, digest: Pbkdf2Digest) => Uint8Array | null;

let provider: Pbkdf2Provider | null = null;

export function setNativePbkdf2(next: Pbkdf2Provider | null): void {
  provider = next;
}

export function hasNativePbkdf2(): boolean {
  return provider !== null;
}

/** PBKDF2 in JavaScript, saying every 65,536 rounds that it is still working (a slow device is not a stuck program). */
export function pbkdf2Pure(password: Uint8Array, salt: Uint8Array, iterations: number, length: number, digest: Pbkdf2Digest): Uint8Array {
  if (digest === 'SHA-1') {
    // Only old hashes use SHA-1 (pbkdf2_sha1); @noble/hashes runs it in one go.
    stillWorking();
    return pbkdf2(sha1, password, salt, { c: iterations, dkLen: length });
  }
  return pureSha256(password, salt, iterations, length, stillWorking);
}

export function pbkdf2Derive(password: Uint8Array, salt: Uint8Array, iterations: number, length: number, digest: Pbkdf2Digest): Uint8Array {
  const native = provider?.(password, salt, iterations, length, digest) ?? null;
  return native ?? pbkdf2Pure(password, salt, iterations, length, digest);
}
