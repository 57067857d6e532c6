import { pyError } from '../framework';
import type { TerminalInput } from './terminal-input';

/** An escape sequence (arrows, function keys), which a plain `input()` drops whole. */
const ESCAPE = /^\x1b(?:\[[0-?]*[ -/]*[@-~]|O.|.)?/;

/**
 * A terminal's canonical ("cooked") mode, which a program reading a line gets on a real
 * terminal: typed characters echo, Backspace and Ctrl+U edit, Enter ends the line, Ctrl+D
 * on an empty line is the end of input and Ctrl+C interrupts. Arrow keys do nothing here,
 * as in a plain `input()`. It takes keys from the terminal's queue one at a time, so what
 * was typed after the line stays for whoever reads next.
 */
export class LineDiscipline {
  constructor(
    private readonly input: TerminalInput,
    private readonly write: (text: string) => void,
  ) {}

  /** One line, without its newline; null at the end of input. Ctrl+C raises KeyboardInterrupt. */
  readLine(echo = true): string | null {
    let line = '';
    for (;;) {
      const text = this.input.peek();
      if (!text) {
        if (this.input.waitForKeys()) continue;
        return line || null;
      }
      if (text[0] === '\x1b') {
        this.input.take(ESCAPE.exec(text)![0].length);
        continue;
      }
      const ch = String.fromCodePoint(text.codePointAt(0)!);
      this.input.take(ch.length);
      if (ch === '\r' || ch === '\n') {
        if (ch === '\r' && this.input.peek()[0] === '\n') this.input.take(1);
        this.write('\n');
        return line;
      }
      if (ch === '\x03') {
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
