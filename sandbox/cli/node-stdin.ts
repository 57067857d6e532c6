// Standard input for the Node programs (the one-shot CLI and the interactive shell).
import fs from 'node:fs';
import { pyError } from '../framework';

const pause = new Int32Array(new SharedArrayBuffer(4));

/** One byte of standard input, waiting for it; null at the end of input. */
function readByte(into: Buffer): number | null {
  for (;;) {
    try {
      return fs.readSync(0, into, 0, 1, null) === 0 ? null : into[0]!;
    } catch (err) {
      // A terminal's descriptor may be non-blocking: nothing typed yet is not the end.
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') return null;
      Atomics.wait(pause, 0, 0, 10);
    }
  }
}

/** Standard input a line at a time: piped text, or what is typed at a terminal. */
export function stdinReader(): () => string | null {
  let pending = Buffer.alloc(0);
  let ended = false;
  const byte = Buffer.alloc(1);
  return () => {
    while (!ended && !pending.includes(0x0a)) {
      if (readByte(byte) === null) ended = true;
      else pending = Buffer.concat([pending, byte]);
    }
    if (!pending.length) return null;
    const at = pending.indexOf(0x0a);
    const line = (at >= 0 ? pending.subarray(0, at) : pending).toString('utf8');
    pending = at >= 0 ? pending.subarray(at + 1) : Buffer.alloc(0);
    return line;
  };
}

/** getpass(): at a terminal, characters are read one by one with echo off; Ctrl-C interrupts. */
export function secretReader(readLine: () => string | null) {
  return (prompt: string): string | null => {
    if (!process.stdin.isTTY) {
      process.stderr.write(prompt);
      return readLine();
    }
    // Echo goes off before the prompt shows, so nothing typed after it is echoed.
    process.stdin.setRawMode(true);
    process.stdout.write(prompt);
    const byte = Buffer.alloc(1);
    let typed = Buffer.alloc(0);
    try {
      for (;;) {
        const b = readByte(byte);
        if (b === null) return null;
        if (b === 0x0d || b === 0x0a) break;
        if (b === 0x03) throw pyError('KeyboardInterrupt');
        if (b === 0x7f) typed = Buffer.from(typed.toString('utf8').slice(0, -1), 'utf8');
        else typed = Buffer.concat([typed, byte]);
      }
    } finally {
      process.stdin.setRawMode(false);
      process.stdout.write('\n');
    }
    return typed.toString('utf8');
  };
}
