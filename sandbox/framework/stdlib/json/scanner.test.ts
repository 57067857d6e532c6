import { describe, expect, it } from 'vitest';
import { encodeString } from './scanner';

describe('json string escaping', () => {
  it('escapes as CPython does, with surrogate pairs under ensure_ascii', () => {
    expect(encodeString('é😀"\n\x7f', true)).toBe('"\\u00e9\\ud83d\\ude00\\"\\n\\u007f"');
    expect(encodeString('é😀\x7f', false)).toBe('"é😀\x7f"');
  });
});
