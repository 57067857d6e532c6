import { pbkdf2 } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { pbkdf2Sha256 } from './hashlib-pbkdf2';

const text = (s: string) => new TextEncoder().encode(s);

describe('pbkdf2Sha256', () => {
  it('gives the RFC 7914 test vector', () => {
    const dk = pbkdf2Sha256(text('passwd'), text('salt'), 1, 64);
    expect(Buffer.from(dk).toString('hex')).toBe(
      '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783',
    );
  });

  it('agrees with the general PBKDF2 for long keys, odd lengths and several blocks', () => {
    for (const [password, salt, c, dkLen] of [['pw', 'salt', 2, 20], ['x'.repeat(100), 'NaCl', 10, 70], ['', '', 3, 64], ['p', 's'.repeat(80), 50, 32]] as const) {
      expect(pbkdf2Sha256(text(password), text(salt), c, dkLen)).toEqual(pbkdf2(sha256, text(password), text(salt), { c, dkLen }));
    }
  });
});
