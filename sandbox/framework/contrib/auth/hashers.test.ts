import { pbkdf2Sync } from 'node:crypto';
import { afterEach, expect, test } from 'vitest';
import { makePassword, pbkdf2Base64, pbkdf2Sha256 } from './hashers';
import { hasNativePbkdf2, pbkdf2Derive, pbkdf2Pure, setNativePbkdf2 } from './pbkdf2';
import { onStillWorking } from '../../utils/still-working';
import recorded from '../../__fixtures__/django52/auth/shell.json';

const encoder = new TextEncoder();

afterEach(() => setNativePbkdf2(null));

test('PBKDF2-SHA256 in JavaScript gives what OpenSSL gives, and says it is still working while it runs', () => {
  let signs = 0;
  onStillWorking(() => signs++);
  try {
    const rounds = 200_000;
    expect(Buffer.from(pbkdf2Sha256('Ghar-ka-kaam', 'c2FsdA', rounds))).toEqual(pbkdf2Sync('Ghar-ka-kaam', 'c2FsdA', rounds, 32, 'sha256'));
    expect(signs).toBe(3);
  } finally {
    onStillWorking(null);
  }
});

test('PBKDF2-SHA1 in JavaScript gives what OpenSSL gives', () => {
  const key = pbkdf2Pure(encoder.encode('Ghar-ka-kaam'), encoder.encode('seasalt'), 1000, 20, 'SHA-1');
  expect(Buffer.from(key)).toEqual(pbkdf2Sync('Ghar-ka-kaam', 'seasalt', 1000, 20, 'sha1'));
});

test('make_password writes Django 5.2’s format', () => {
  const [algorithm, rounds, salt, hash] = makePassword('secret-2026').split('$');
  expect([algorithm, rounds]).toEqual(['pbkdf2_sha256', '1000000']);
  expect(salt).toMatch(/^[A-Za-z0-9]{22}$/);
  expect(Buffer.from(hash!, 'base64')).toEqual(pbkdf2Sync('secret-2026', salt!, 1_000_000, 32, 'sha256'));
  expect(makePassword(null)).toMatch(/^![A-Za-z0-9]{40}$/);
});

test('a hash real Django made checks in the sandbox by the JavaScript path; Django accepted one the sandbox made', () => {
  const [, rounds, salt, hash] = recorded.result.hashers.fixed.split('$');
  expect(pbkdf2Base64('Ghar-ka-kaam-2026', salt!, Number(rounds), 'SHA-256')).toBe(hash);
  const [, sha1Rounds, sha1Salt, sha1Hash] = recorded.result.hashers.sha1.split('$');
  expect(pbkdf2Base64('Ghar-ka-kaam-2026', sha1Salt!, Number(sha1Rounds), 'SHA-1')).toBe(sha1Hash);
  expect(recorded.result.hashers.sandbox_hash_checks).toBe(true);
  const [, , sandboxSalt, sandboxHash] = recorded.sandbox_hash.split('$');
  expect(pbkdf2Base64('Ghar-ka-kaam-2026', sandboxSalt!, 1_000_000, 'SHA-256')).toBe(sandboxHash);
});

test('a native provider is used when given, and the JavaScript path when it cannot answer', () => {
  const calls: string[] = [];
  setNativePbkdf2((password, salt, iterations, length, digest) => {
    calls.push(`${digest} ${iterations}`);
    return iterations === 7 ? null : new Uint8Array(pbkdf2Sync(password, salt, iterations, length, 'sha256'));
  });
  expect(hasNativePbkdf2()).toBe(true);
  const expected = pbkdf2Pure(encoder.encode('pw'), encoder.encode('salt'), 1000, 32, 'SHA-256');
  expect(pbkdf2Derive(encoder.encode('pw'), encoder.encode('salt'), 1000, 32, 'SHA-256')).toEqual(expected);
  expect(pbkdf2Derive(encoder.encode('pw'), encoder.encode('salt'), 7, 32, 'SHA-256')).toEqual(pbkdf2Pure(encoder.encode('pw'), encoder.encode('salt'), 7, 32, 'SHA-256'));
  expect(calls).toEqual(['SHA-256 1000', 'SHA-256 7']);
});
