import { pyError } from '../python';

type Sources = typeof import('./python-sources');

let sources: Sources | null = null;

/** Loads the contrib apps' Python sources, a chunk loaded with the standard library's (lazy-chunks.ts). */
export async function loadContribSources(): Promise<void> {
  sources ??= await import('./python-sources');
}

/** One of the contrib apps' Python sources, loaded with the standard library's chunk. */
export function contribSource(name: Exclude<keyof Sources, symbol>, module: string): string {
  if (!sources) throw pyError('ImportError', `the sandbox's standard library is not loaded yet: cannot import '${module}'`);
  return sources[name];
}
