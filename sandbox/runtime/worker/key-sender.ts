import type { StdinWriter } from '../../protocol/stdin-channel';

/** How soon keys that did not fit in a full buffer are offered again. */
const RETRY_MS = 20;

/**
 * The page's end of the terminal's input: every key goes the same way, in the order typed,
 * whatever the Worker is doing. With shared memory the keys are written there and a
 * message says so (a Worker busy in a command that reads takes them without it); without,
 * the message carries them. A paste bigger than the buffer waits here, never dropped.
 */
export class KeySender {
  private waiting: Uint8Array = new Uint8Array(0);
  private retry: ReturnType<typeof setTimeout> | null = null;
  private readonly encoder = new TextEncoder();

  constructor(
    private readonly writer: StdinWriter | null,
    private readonly post: (data?: string) => void,
  ) {}

  send(data: string): void {
    if (!this.writer) return this.post(data);
    const bytes = this.encoder.encode(data);
    if (this.waiting.length) {
      // Behind a paste that did not fit yet: queued after it, never before.
      const joined = new Uint8Array(this.waiting.length + bytes.length);
      joined.set(this.waiting);
      joined.set(bytes, this.waiting.length);
      this.waiting = joined;
    } else this.waiting = bytes;
    this.flush();
  }

  dispose(): void {
    if (this.retry !== null) clearTimeout(this.retry);
    this.retry = null;
  }

  private flush(): void {
    if (!this.writer || !this.waiting.length) return;
    const taken = this.writer.write(this.waiting);
    this.waiting = this.waiting.slice(taken);
    if (taken) this.post();
    if (this.waiting.length && this.retry === null) {
      this.retry = setTimeout(() => {
        this.retry = null;
        this.flush();
      }, RETRY_MS);
    }
  }
}
