import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { randomString } from '../../utils/crypto';
import { stillWorking } from '../../utils/still-working';

/** Django's default hasher, PBKDF2 with SHA-256, at the iteration count Django 5.2 uses. */
const ITERATIONS = 1_000_000;

/** How many rounds between two signs of progress (a few tenths of a second on a slow phone). */
const ROUNDS_PER_SIGN = 0x10000;

/**
 * PBKDF2-HMAC-SHA256 for one 32-byte block (all Django's hasher asks for), computed round by
 * round rather than by @noble/hashes' pbkdf2() so that it can say it is still working: on a
 * slow device the million rounds take many seconds.
 */
export function pbkdf2Sha256(password: string, salt: string, rounds: number): Uint8Array {
  const encoder = new TextEncoder();
  const keyed = hmac.create(sha256, encoder.encode(password));
  const saltBytes = encoder.encode(salt);
  const first = new Uint8Array(saltBytes.length + 4);
  first.set(saltBytes);
  first[saltBytes.length + 3] = 1; // INT(1): the first (and only) block
  let round = keyed._cloneInto();
  const u = round.update(first).digest();
  const result = u.slice();
  for (let i = 1; i < rounds; i++) {
    // A copy of the keyed state for each round, reused rather than allocated.
    round = keyed._cloneInto(round);
    round.update(u).digestInto(u);
    for (let j = 0; j < result.length; j++) result[j]! ^= u[j]!;
    if (i % ROUNDS_PER_SIGN === 0) stillWorking();
  }
  return result;
}

/** make_password(): `pbkdf2_sha256$<iterations>$<salt>$<base64 hash>`, or an unusable `!…` password. */
export function makePassword(password: string | null): string {
  if (password === null) return '!' + randomString(40);
  const salt = randomString(22);
  const hash = pbkdf2Sha256(password, salt, ITERATIONS);
  return `pbkdf2_sha256$${ITERATIONS}$${salt}$${btoa(String.fromCharCode(...hash))}`;
}
