import { pbkdf2Sync } from 'node:crypto';
import { expect, test } from 'vitest';
import { makePassword, pbkdf2Sha256 } from './hashers';
import { onStillWorking } from '../../utils/still-working';

test('PBKDF2-SHA256 gives what OpenSSL gives, and says it is still working while it runs', () => {
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

test('make_password writes Django 5.2’s format', () => {
  const [algorithm, rounds, salt, hash] = makePassword('secret-2026').split('$');
  expect([algorithm, rounds]).toEqual(['pbkdf2_sha256', '1000000']);
  expect(Buffer.from(hash!, 'base64')).toEqual(pbkdf2Sync('secret-2026', salt!, 1_000_000, 32, 'sha256'));
});
