/** How long terminal output may wait to be sent with more: well under a frame. */
const HOLD_MS = 16;
/** A batch this large goes at once. */
const BATCH_CHARACTERS = 64 * 1024;

/**
 * Terminal output on its way to the page, sent in batches. A command that prints in a loop
 * writes thousands of times a second; one message each would flood the page's event loop, so
 * writes gather and go together every few milliseconds. The clock is checked on each write
 * because a command that computes without pause lets no timer fire.
 */
export class TerminalOutbox {
  private pending = '';
  private last: number;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly send: (text: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.last = now();
  }

  write(text: string): void {
    if (!text) return;
    this.pending += text;
    if (this.pending.length >= BATCH_CHARACTERS || this.now() - this.last >= HOLD_MS) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), 0);
  }

  /** Called now and then by a long computation, which lets no timer fire: sends what has waited long enough. */
  tick(): void {
    if (this.pending && this.now() - this.last >= HOLD_MS) this.flush();
  }

  /** Sends what waits: before anything that must come after it (a state change, a notice). */
  flush(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.last = this.now();
    if (!this.pending) return;
    const text = this.pending;
    this.pending = '';
    this.send(text);
  }
}
