/**
 * The terminal's keys, from the page to the Worker, through shared memory. The framework
 * reads a line synchronously (createsuperuser's questions, `manage.py shell`), and a Worker
 * busy running it cannot receive messages; so the page writes every key into this buffer,
 * in the order typed, and the Worker takes them from it: waiting on it with Atomics while a
 * command reads, and draining it when the page's message says keys are there.
 *
 * One queue for every key, whatever the Worker is doing, is what keeps them in order: the
 * page never has to guess whether the prompt or a command will read them.
 *
 * Needs SharedArrayBuffer, so a cross-origin isolated page; without it the keys travel as
 * messages and a command that reads sees only the keys typed before it asked.
 */

const SEQUENCE = 0; // bumped by the page after each write: what the Worker waits on
const LENGTH = 1; // bytes waiting in the buffer
const LOCK = 2; // 0 free, 1 taken: the page appends while the Worker drains
const HEADER_BYTES = 16;
const CAPACITY = 16 * 1024;

export function createStdinBuffer(): SharedArrayBuffer | null {
  return typeof SharedArrayBuffer === 'function' && globalThis.crossOriginIsolated !== false
    ? new SharedArrayBuffer(HEADER_BYTES + CAPACITY)
    : null;
}

function lock(header: Int32Array) {
  while (Atomics.compareExchange(header, LOCK, 0, 1) !== 0) {
    // Held for a copy of a few bytes: spinning is shorter than any wait.
  }
}

function unlock(header: Int32Array) {
  Atomics.store(header, LOCK, 0);
}

/** The page's end. */
export class StdinWriter {
  private readonly header: Int32Array;
  private readonly data: Uint8Array;

  constructor(buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, 4);
    this.data = new Uint8Array(buffer, HEADER_BYTES);
  }

  /** Appends as many of `bytes` as there is room for, and says how many that was. */
  write(bytes: Uint8Array): number {
    lock(this.header);
    const length = Atomics.load(this.header, LENGTH);
    const taken = bytes.subarray(0, Math.max(0, CAPACITY - length));
    this.data.set(taken, length);
    Atomics.store(this.header, LENGTH, length + taken.length);
    unlock(this.header);
    if (taken.length) {
      Atomics.add(this.header, SEQUENCE, 1);
      Atomics.notify(this.header, SEQUENCE);
    }
    return taken.length;
  }
}

/** The Worker's end. */
export class StdinReader {
  private readonly header: Int32Array;
  private readonly data: Uint8Array;
  private readonly decoder = new TextDecoder();
  /** The page's write count when the buffer was last drained: a wait ends once it moves. */
  private seen = 0;

  constructor(buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, 4);
    this.data = new Uint8Array(buffer, HEADER_BYTES);
  }

  /** Takes the keys typed since the last call, without waiting. */
  pull(): string {
    this.seen = Atomics.load(this.header, SEQUENCE);
    lock(this.header);
    const length = Atomics.load(this.header, LENGTH);
    const bytes = length ? this.data.slice(0, length) : null;
    Atomics.store(this.header, LENGTH, 0);
    unlock(this.header);
    // A character cut in two by a full buffer is completed by the next pull.
    return bytes ? this.decoder.decode(bytes, { stream: true }) : '';
  }

  /** Blocks the Worker until the page writes again. */
  wait(): void {
    Atomics.wait(this.header, SEQUENCE, this.seen);
  }
}
