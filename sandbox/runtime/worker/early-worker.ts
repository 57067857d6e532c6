/**
 * The Worker started while the sandbox's own code is still loading (early-start.ts), kept
 * until bootWorker takes it over.
 */

/** Where the Worker bundle is served. */
export const WORKER_URL = '/sandbox/worker.js';

interface EarlyWorker {
  worker: Worker;
  url: string;
  failed: boolean;
}

let earlyWorker: EarlyWorker | null = null;

export function startWorkerEarly(url: string = WORKER_URL): void {
  if (earlyWorker || typeof Worker === 'undefined') return;
  const entry: EarlyWorker = { worker: new Worker(url, { type: 'module' }), url, failed: false };
  // The Worker says nothing before it is asked: an error is the only event that can be missed.
  entry.worker.addEventListener('error', () => (entry.failed = true), { once: true });
  earlyWorker = entry;
}

/** The Worker started early for `url`, once; null when there is none to take. */
export function takeEarlyWorker(url: string): Worker | null {
  const entry = earlyWorker;
  earlyWorker = null;
  if (!entry) return null;
  if (entry.failed || entry.url !== url) {
    entry.worker.terminate();
    return null;
  }
  return entry.worker;
}
