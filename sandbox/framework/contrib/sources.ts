import { pyError } from '../python';
import { alsoLoadWithLibrary } from '../stdlib';

type Sources = typeof import('./python-sources');

let sources: Sources | null = null;

alsoLoadWithLibrary(async () => {
  sources ??= await import('./python-sources');
});

/** One of the contrib apps' Python sources, loaded with the standard library's chunk. */
export function contribSource(name: Exclude<keyof Sources, symbol>, module: string): string {
  if (!sources) throw pyError('ImportError', `the sandbox's standard library is not loaded yet: cannot import '${module}'`);
  return sources[name];
}
