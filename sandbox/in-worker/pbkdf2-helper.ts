// The helper worker's entry (public/sandbox/pbkdf2.js): derives PBKDF2 keys with the
// browser's crypto.subtle for the sandbox's Worker, which waits for them synchronously on the
// shared buffer (pbkdf2-bridge.ts), since its Python cannot await.
import { DONE, FAILED, KEY_OFFSET, STATE, type DeriveRequest } from './pbkdf2-shared';

interface HelperScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<DeriveRequest | { type: 'init'; buffer: SharedArrayBuffer }>) => void): void;
  postMessage(message: 'ready'): void;
}

let header: Int32Array | null = null;
let key: Uint8Array | null = null;

async function derive(request: DeriveRequest): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', request.password as BufferSource, 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: request.digest, salt: request.salt as BufferSource, iterations: request.iterations }, material, request.length * 8);
  return new Uint8Array(bits);
}

const scope = globalThis as unknown as HelperScope;
scope.addEventListener('message', async ({ data }) => {
  if (data.type === 'init') {
    header = new Int32Array(data.buffer, 0, KEY_OFFSET / 4);
    key = new Uint8Array(data.buffer, KEY_OFFSET);
    scope.postMessage('ready');
    return;
  }
  if (!header || !key) return;
  let state = FAILED;
  try {
    key.set(await derive(data));
    state = DONE;
  } catch {
    // An algorithm or input the browser refuses: the Worker computes the key itself.
  }
  // Only the request still waited for is answered; one given up on is dropped.
  if (Atomics.load(header, 1) === data.id) {
    Atomics.store(header, STATE, state);
    Atomics.notify(header, STATE);
  }
});
