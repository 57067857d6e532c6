import { setNativePbkdf2, stillWorking } from '../framework';
import { DONE, IDLE, KEY_OFFSET, MAX_KEY_LENGTH, PENDING, STATE, type DeriveRequest } from './pbkdf2-shared';

/** How long one wait lasts before the Worker tells the page it is still alive. */
const SLICE_MS = 200;
/** Past this the helper is taken to be stuck, and the Worker computes keys itself from then on. */
const GIVE_UP_MS = 15_000;

interface HelperWorker {
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  postMessage(message: unknown): void;
}

/**
 * Gives the framework the browser's native PBKDF2 (crypto.subtle, in a helper worker) as a
 * synchronous function: the request is posted, and this Worker blocks with Atomics.wait until
 * the helper writes the key into shared memory. That needs SharedArrayBuffer, so a
 * cross-origin isolated page; elsewhere, and until the helper says it is ready, the
 * framework's JavaScript PBKDF2 runs instead.
 */
export function startPbkdf2Bridge(helperUrl: URL): void {
  if (typeof SharedArrayBuffer !== 'function' || !globalThis.crossOriginIsolated || typeof Worker !== 'function') return;
  let helper: HelperWorker;
  try {
    helper = new Worker(helperUrl, { type: 'module' });
  } catch {
    return;
  }
  const buffer = new SharedArrayBuffer(KEY_OFFSET + MAX_KEY_LENGTH);
  const header = new Int32Array(buffer, 0, KEY_OFFSET / 4);
  const key = new Uint8Array(buffer, KEY_OFFSET);
  let usable = false;
  let nextId = 1;
  helper.addEventListener('message', ({ data }) => {
    if (data === 'ready') usable = true;
  });
  helper.postMessage({ type: 'init', buffer });
  setNativePbkdf2((password, salt, iterations, length, digest) => {
    if (!usable || length > MAX_KEY_LENGTH) return null;
    const id = nextId++;
    Atomics.store(header, 1, id);
    Atomics.store(header, STATE, PENDING);
    helper.postMessage({ type: 'derive', id, password, salt, iterations, length, digest } satisfies DeriveRequest);
    const started = Date.now();
    while (Atomics.load(header, STATE) === PENDING) {
      if (Date.now() - started > GIVE_UP_MS) {
        usable = false;
        Atomics.store(header, 1, 0);
        return null;
      }
      Atomics.wait(header, STATE, PENDING, SLICE_MS);
      stillWorking();
    }
    const done = Atomics.load(header, STATE) === DONE;
    Atomics.store(header, STATE, IDLE);
    return done ? key.slice(0, length) : null;
  });
}
