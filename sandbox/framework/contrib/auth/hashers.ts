import { randomString } from '../../utils/crypto';
import { base64Encode } from '../../stdlib/binascii';
import { pbkdf2Derive, type Pbkdf2Digest } from './pbkdf2';

/**
 * django.contrib.auth.hashers' PBKDF2 hashers as the framework itself uses them (createsuperuser
 * writes a password without going through Python). The Python module (hashers.py) builds its
 * classes on `pbkdf2Base64`, so both write the same `pbkdf2_sha256$<iterations>$<salt>$<hash>`.
 */

/** PBKDF2PasswordHasher.iterations in Django 5.2. */
export const PBKDF2_ITERATIONS = 1_000_000;

/** Django's UNUSABLE_PASSWORD_PREFIX and the length of the random text after it. */
export const UNUSABLE_PASSWORD_PREFIX = '!';
export const UNUSABLE_PASSWORD_SUFFIX_LENGTH = 40;

/** BasePasswordHasher.salt(): 128 bits of entropy in letters and digits, 22 characters. */
export const SALT_LENGTH = 22;

const encoder = new TextEncoder();

/** pbkdf2(password, salt, iterations, digest) as Django's hashers encode it: base64 of the 32-byte (or 20-byte) key. */
export function pbkdf2Base64(password: string | Uint8Array, salt: string, iterations: number, digest: Pbkdf2Digest): string {
  const bytes = typeof password === 'string' ? encoder.encode(password) : password;
  // Django's hashers use base64.b64encode, which the sandbox's standard library already has.
  return base64Encode(pbkdf2Derive(bytes, encoder.encode(salt), iterations, digest === 'SHA-256' ? 32 : 20, digest));
}

/** PBKDF2-HMAC-SHA256 of text, as Django's default hasher runs it. */
export function pbkdf2Sha256(password: string, salt: string, rounds: number): Uint8Array {
  return pbkdf2Derive(encoder.encode(password), encoder.encode(salt), rounds, 32, 'SHA-256');
}

/** make_password() with the default hasher: `pbkdf2_sha256$1000000$<salt>$<hash>`, or an unusable `!…` password for None. */
export function makePassword(password: string | null): string {
  if (password === null) return UNUSABLE_PASSWORD_PREFIX + randomString(UNUSABLE_PASSWORD_SUFFIX_LENGTH);
  const salt = randomString(SALT_LENGTH);
  return `pbkdf2_sha256$${PBKDF2_ITERATIONS}$${salt}$${pbkdf2Base64(password, salt, PBKDF2_ITERATIONS, 'SHA-256')}`;
}
