/**
 * `node:stream` in the browser, for memfs alone: it derives its file streams from these
 * when it loads, but the framework only ever reads and writes whole files, so a stream
 * polyfill (tens of kilobytes) would be dead weight. Opening a stream fails clearly.
 */
function unavailable(): never {
  throw new Error('File streams are not available in the sandbox');
}

export function Readable(): never {
  return unavailable();
}

export function Writable(): never {
  return unavailable();
}
