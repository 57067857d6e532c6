// Standard input for the Node programs (the one-shot CLI and the interactive shell).
import fs from 'node:fs';
import { pyError } from './framework/python';

/** Standard input a line at a time: piped text, or what is typed at a terminal. */
export function stdinReader(): () => string | null {
  let pending = '';
  let ended = false;
  const chunk = Buffer.alloc(1);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  return () => {
    while (!ended && !pending.includes('\n')) {
      let read = 0;
      try {
        read = fs.readSync(0, chunk, 0, 1, null);
      } catch (err) {
        // A terminal's descriptor may be non-blocking: nothing typed yet is not the end.
        if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
          Atomics.wait(pause, 0, 0, 10);
          continue;
        }
        read = 0;
      }
      if (read === 0) ended = true;
      else pending += chunk.toString('utf8', 0, read);
    }
    if (!pending) return null;
    const at = pending.indexOf('\n');
    const line = at >= 0 ? pending.slice(0, at) : pending;
    pending = at >= 0 ? pending.slice(at + 1) : '';
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
    const pause = new Int32Array(new SharedArrayBuffer(4));
    let text = '';
    try {
      for (;;) {
        let read = 0;
        try {
          read = fs.readSync(0, byte, 0, 1, null);
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
            Atomics.wait(pause, 0, 0, 10);
            continue;
          }
          return null;
        }
        if (read === 0) return null;
        const ch = byte.toString('utf8');
        if (ch === '\r' || ch === '\n') break;
        if (ch === '\u0003') throw pyError('KeyboardInterrupt');
        if (ch === '\u007f') text = text.slice(0, -1);
        else text += ch;
      }
    } finally {
      process.stdin.setRawMode(false);
      process.stdout.write('\n');
    }
    return text;
  };
}

