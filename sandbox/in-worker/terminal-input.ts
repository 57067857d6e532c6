/** Where keys arrive from without a message: the shared memory the page writes into. */
export interface KeyChannel {
  /** The keys written since the last pull, without waiting. */
  pull(): string;
  /** Blocks until more keys are written. */
  wait(): void;
}

/** Enter as xterm sends it (`\r`), or a pasted line break. */
const LINE_END = /\r\n?|\n/;
const INTERRUPT = '\x03';

/**
 * The terminal's input queue, as a tty keeps one: every key typed and not yet read, in the
 * order typed, whoever reads it next (the line editor at the prompt, a command's `input()`,
 * a server waiting for Ctrl+C). Readers take only what they use, so keys typed ahead stay
 * for whoever comes next.
 */
export class TerminalInput {
  private pending = '';

  /**
   * `beforeWait` runs before the Worker blocks for keys: output still held back (a question a
   * command asks, the echo of what was typed) must reach the page first, since no timer fires
   * while the Worker is blocked.
   */
  constructor(
    private readonly channel: KeyChannel | null,
    private readonly beforeWait: () => void = () => undefined,
  ) {}

  /** Whether a reader may block for keys not typed yet (false without shared memory). */
  get canWait(): boolean {
    return this.channel !== null;
  }

  /** Keys that came as a message. */
  push(keys: string): void {
    this.pending += keys;
  }

  /** Every key typed and not yet taken. */
  peek(): string {
    if (this.channel) this.pending += this.channel.pull();
    return this.pending;
  }

  take(count: number): string {
    const taken = this.pending.slice(0, count);
    this.pending = this.pending.slice(count);
    return taken;
  }

  /** Blocks until more keys are typed; false where that cannot be, which a reader takes as the end of input. */
  waitForKeys(): boolean {
    if (!this.channel) return false;
    this.beforeWait();
    this.channel.wait();
    return true;
  }

  /** The keys up to and including the first line end: what one prompt's line editor gets. */
  takeLine(): string {
    const text = this.peek();
    const end = LINE_END.exec(text);
    return this.take(end ? end.index + end[0].length : text.length);
  }

  /**
   * Whether Ctrl+C was pressed for the command that runs now: one typed before the end of
   * any line typed ahead (after one, it belongs to the command that line starts). It is
   * taken with the keys before it, as a terminal flushes its input on Ctrl+C.
   */
  takeInterrupt(): boolean {
    const text = this.peek();
    const at = text.indexOf(INTERRUPT);
    if (at < 0) return false;
    const end = LINE_END.exec(text);
    if (end && end.index < at) return false;
    this.take(at + 1);
    return true;
  }
}
