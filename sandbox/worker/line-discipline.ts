import { pyError } from '../framework/python';

/** Where typed bytes come from: the shared stdin buffer, or a test's list. */
export interface KeySource {
  /** Waits for the next keys. */
  take(): Uint8Array;
  interrupted(): boolean;
}

/**
 * A terminal's canonical ("cooked") mode, which a program reading a line gets on a real
 * terminal: typed characters echo, Backspace and Ctrl+U edit, Enter ends the line, Ctrl+D
 * on an empty line is the end of input and Ctrl+C interrupts. Arrow keys do nothing here,
 * as in a plain `input()`.
 */
export class LineDiscipline {
  private pending = '';
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly source: KeySource,
    private readonly write: (text: string) => void,
  ) {}

  /** One line, without its newline; null at the end of input. Ctrl+C raises KeyboardInterrupt. */
  readLine(echo = true): string | null {
    let line = '';
    for (;;) {
      if (!this.pending) {
        const bytes = this.source.take();
        if (this.source.interrupted()) this.pending = '\x03';
        this.pending += this.decoder.decode(bytes, { stream: true });
        continue;
      }
      const ch = this.pending[0]!;
      if (ch === '\x1b') {
        // An escape sequence (arrows, function keys): dropped whole.
        const match = /^\x1b(?:\[[0-?]*[ -/]*[@-~]|O.|.)?/.exec(this.pending)!;
        this.pending = this.pending.slice(match[0].length);
        continue;
      }
      this.pending = this.pending.slice(1);
      if (ch === '\r' || ch === '\n') {
        if (ch === '\r' && this.pending[0] === '\n') this.pending = this.pending.slice(1);
        this.write('\n');
        return line;
      }
      if (ch === '\x03') {
        this.pending = '';
        this.write('^C\n');
        throw pyError('KeyboardInterrupt');
      }
      if (ch === '\x04') {
        if (!line) return null;
        continue;
      }
      if (ch === '\x7f' || ch === '\b') {
        if (!line) continue;
        line = [...line].slice(0, -1).join('');
        if (echo) this.write('\b \b');
        continue;
      }
      if (ch === '\x15') {
        if (echo) this.write('\b \b'.repeat([...line].length));
        line = '';
        continue;
      }
      if (ch < ' ' && ch !== '\t') continue;
      line += ch;
      if (echo) this.write(ch);
    }
  }
}
