import { describe, expect, it } from 'vitest';
import { MAX_EDITOR_BYTES, formatBytes, readForEditor } from './file-content';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readForEditor', () => {
  it('gives UTF-8 text back as text', () => {
    expect(readForEditor(utf8('print("namaste 🙏")\n'))).toEqual({ kind: 'text', text: 'print("namaste 🙏")\n', lineBreak: '\n' });
    expect(readForEditor(new Uint8Array())).toEqual({ kind: 'text', text: '', lineBreak: '\n' });
  });

  it('remembers Windows line ends and keeps a byte order mark', () => {
    const content = readForEditor(utf8('\ufeffa = 1\r\nb = 2\r\n'));
    expect(content).toEqual({ kind: 'text', text: '\ufeffa = 1\r\nb = 2\r\n', lineBreak: '\r\n' });
    expect(readForEditor(utf8('a = 1\r\nb = 2\n'))).toMatchObject({ lineBreak: '\n' });
    expect(readForEditor(utf8('\na = 1\r\n'))).toMatchObject({ lineBreak: '\n' });
  });

  it('knows a SQLite database by its header, whatever its size', () => {
    const db = new Uint8Array(MAX_EDITOR_BYTES + 10);
    db.set(utf8('SQLite format 3\0'));
    expect(readForEditor(db)).toEqual({ kind: 'binary', format: 'sqlite' });
    expect(readForEditor(utf8('SQLite format 3\0\x10\0'))).toEqual({ kind: 'binary', format: 'sqlite' });
  });

  it('calls other files with NUL bytes or broken UTF-8 binary', () => {
    expect(readForEditor(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toEqual({ kind: 'binary', format: null });
    expect(readForEditor(new Uint8Array([0x61, 0xff, 0x62]))).toEqual({ kind: 'binary', format: null });
  });

  it('refuses text that is too large to edit comfortably', () => {
    const big = new Uint8Array(MAX_EDITOR_BYTES + 1).fill(0x61);
    expect(readForEditor(big)).toEqual({ kind: 'too-large', bytes: MAX_EDITOR_BYTES + 1 });
    expect(readForEditor(big.subarray(1)).kind).toBe('text');
  });
});

describe('formatBytes', () => {
  it('rounds to a readable unit', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(340_400)).toBe('340 KB');
    expect(formatBytes(1_534_000)).toBe('1.5 MB');
  });
});
