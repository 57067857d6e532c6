/**
 * Standard input for a command that runs inside the Worker. The framework reads a line
 * synchronously (createsuperuser's questions, `manage.py shell`), and a Worker busy running
 * it cannot receive messages; the page therefore writes the keys into shared memory and the
 * Worker waits on it with Atomics. The same memory carries Ctrl+C to a running loop.
 *
 * Needs SharedArrayBuffer, so a cross-origin isolated page; without it commands see the
 * end of input and Ctrl+C only reaches runserver.
 */

const SEQUENCE = 0; // bumped by the page after each write: what the Worker waits on
const LENGTH = 1; // bytes waiting in the buffer
const INTERRUPT = 2; // 1 after Ctrl+C, until the Worker takes it
const LOCK = 3; // 0 free, 1 taken: the page appends while the Worker drains
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

/** The page's end: keys typed while a command waits for input, and Ctrl+C. */
export class StdinWriter {
  private readonly header: Int32Array;
  private readonly data: Uint8Array;
  private readonly encoder = new TextEncoder();

  constructor(buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, 4);
    this.data = new Uint8Array(buffer, HEADER_BYTES);
  }

  write(text: string): void {
    const bytes = this.encoder.encode(text);
    lock(this.header);
    const length = Atomics.load(this.header, LENGTH);
    // A paste bigger than the buffer loses its end, as a terminal's full input queue does.
    const taken = bytes.subarray(0, Math.max(0, CAPACITY - length));
    this.data.set(taken, length);
    Atomics.store(this.header, LENGTH, length + taken.length);
    unlock(this.header);
    Atomics.add(this.header, SEQUENCE, 1);
    Atomics.notify(this.header, SEQUENCE);
  }

  interrupt(): void {
    Atomics.store(this.header, INTERRUPT, 1);
    Atomics.add(this.header, SEQUENCE, 1);
    Atomics.notify(this.header, SEQUENCE);
  }
}

/** The Worker's end. */
export class StdinReader {
  private readonly header: Int32Array;
  private readonly data: Uint8Array;

  constructor(buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, 4);
    this.data = new Uint8Array(buffer, HEADER_BYTES);
  }

  /** Whether Ctrl+C was pressed since the last call (it is taken: the next call says false). */
  interrupted(): boolean {
    return Atomics.exchange(this.header, INTERRUPT, 0) === 1;
  }

  /** Forgets keys and Ctrl+C meant for a command that has ended. */
  clear(): void {
    lock(this.header);
    Atomics.store(this.header, LENGTH, 0);
    unlock(this.header);
    Atomics.store(this.header, INTERRUPT, 0);
  }

  /** Waits until something is typed (or Ctrl+C) and takes the bytes typed so far. */
  take(): Uint8Array {
    for (;;) {
      const seen = Atomics.load(this.header, SEQUENCE);
      lock(this.header);
      const length = Atomics.load(this.header, LENGTH);
      const bytes = this.data.slice(0, length);
      Atomics.store(this.header, LENGTH, 0);
      unlock(this.header);
      if (bytes.length || Atomics.load(this.header, INTERRUPT)) return bytes;
      Atomics.wait(this.header, SEQUENCE, seen);
    }
  }
}
