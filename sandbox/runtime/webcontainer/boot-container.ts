import type { BootContainer, Container } from './container';
import { WORKDIR_NAME } from './layout';
import { RuntimeUnavailable } from '../notices';

/**
 * A page can boot WebContainer only once, and without internet `boot()` never settles (it
 * waits for a frame from StackBlitz's servers), so the first attempt is raced against a
 * time limit and its outcome, container or failure, is the answer for the rest of the page:
 * a second runtime in the same page reuses the container, or falls back to the Worker at
 * once instead of waiting again.
 *
 * Kept per boot function, so each test's fake boots a container of its own.
 */
const booted = new WeakMap<BootContainer, Promise<Container>>();

export function bootOnce(boot: BootContainer, timeoutMs: number): Promise<Container> {
  let container = booted.get(boot);
  if (!container) {
    container = withTimeout(boot({ coep: 'require-corp', workdirName: WORKDIR_NAME }), timeoutMs);
    booted.set(boot, container);
  }
  return container;
}

function withTimeout(booting: Promise<Container>, timeoutMs: number): Promise<Container> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      const seconds = Number((timeoutMs / 1000).toFixed(1));
      reject(new RuntimeUnavailable({ kind: 'webcontainer-timeout', seconds }, `WebContainer did not start within ${seconds} s (it needs an internet connection)`));
    }, timeoutMs);
    booting.then(
      (container) => {
        clearTimeout(timer);
        resolve(container);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(`WebContainer did not start: ${String(err)}`));
      },
    );
  });
}
