import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const SECRET_KEY_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';

const ALLOWED = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** django.utils.crypto.get_random_string with its default alphabet. */
export function randomString(length: number, alphabet = ALLOWED): string {
  const bytes = new Uint32Array(length);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** django.core.management.utils.get_random_secret_key: 50 random characters after a warning prefix. */
export function getRandomSecretKey(): string {
  return 'django-insecure-' + randomString(50, SECRET_KEY_CHARS);
}

const encoder = new TextEncoder();

/** django.utils.crypto.salted_hmac with SHA-256: the key is SHA-256(key_salt + secret). */
export function saltedHmac(keySalt: string, value: string, secret: string): Uint8Array {
  const key = sha256(encoder.encode(keySalt + secret));
  return hmac(sha256, key, encoder.encode(value));
}

/** salted_hmac(...).hexdigest(). */
export function saltedHmacHex(keySalt: string, value: string, secret: string): string {
  return bytesToHex(saltedHmac(keySalt, value, secret));
}

/** django.utils.crypto.constant_time_compare. */
export function constantTimeCompare(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}
