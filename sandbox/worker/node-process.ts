import { homedir } from './node-os';

/**
 * Node's global `process`, as far as the Worker bundle reaches it. Above all its working
 * directory: `path.resolve('templates')` (settings.TEMPLATES' DIRS may be relative) resolves
 * against it, and in the CLI it is where the command line runs, so here it follows each one.
 */
let workingDirectory = homedir();

export const process = {
  cwd: () => workingDirectory,
  chdir(directory: string) {
    workingDirectory = directory;
  },
  env: {} as Record<string, string | undefined>,
  platform: 'linux',
  nextTick<A extends unknown[]>(callback: (...args: A) => void, ...args: A) {
    queueMicrotask(() => callback(...args));
  },
};
