import { homedir } from './node-os';

/**
 * Node's global `process`, as far as the Worker bundle reaches it. The framework and the
 * shell resolve paths against each command's own folder; `cwd()` is only path-browserify's
 * fallback, the home folder a terminal starts in.
 */
export const process = {
  cwd: () => homedir(),
  env: {} as Record<string, string | undefined>,
  platform: 'linux',
  nextTick<A extends unknown[]>(callback: (...args: A) => void, ...args: A) {
    queueMicrotask(() => callback(...args));
  },
};
