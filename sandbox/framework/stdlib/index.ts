import { pyError } from '../python';
import { coreModules } from './core-modules';
import type { ModuleFactory, StdlibContext } from './context';

export type { ModuleFactory, StdlibContext } from './context';

/** The modules of the library's lazily loaded chunk (library-modules.ts), by dotted name. */
export const LIBRARY_MODULE_NAMES: readonly string[] = [
  '__future__',
  'abc',
  'base64',
  'binascii',
  'bisect',
  'calendar',
  'collections',
  'collections.abc',
  'contextlib',
  'copy',
  'csv',
  'dataclasses',
  'datetime',
  'difflib',
  'enum',
  'fractions',
  'functools',
  'glob',
  'hashlib',
  'heapq',
  'hmac',
  'html',
  'html.entities',
  'itertools',
  'json',
  'json.decoder',
  'json.encoder',
  'logging',
  'logging.config',
  'math',
  'operator',
  'pprint',
  'random',
  're',
  'secrets',
  'shutil',
  'statistics',
  'string',
  'tempfile',
  'textwrap',
  'time',
  'types',
  'typing',
  'unittest',
  'unittest.mock',
  'urllib',
  'urllib.parse',
  'uuid',
  'warnings',
  'zoneinfo',
];

let library: typeof import('./library-modules') | null = null;

/**
 * Loads the standard library's chunk. Hosts call it before a Python program runs (and the
 * Worker once its prompt is ready); a program that imports nothing from it never needs it.
 */
export async function loadStandardLibrary(): Promise<void> {
  library ??= await import('./library-modules');
}

/**
 * The standard-library modules the sandbox's Python can import, by dotted name. Each is
 * built on its first import, so a command that imports none of them pays nothing for them.
 */
export function stdlibModules(ctx: StdlibContext): Record<string, ModuleFactory> {
  let modules: Record<string, ModuleFactory> | null = null;
  const fromLibrary = (name: string): ModuleFactory => (interp) => {
    // Only a host that skipped loadStandardLibrary() gets here: say so instead of "No module named".
    if (!library) throw pyError('ImportError', `the sandbox's standard library is not loaded yet: cannot import '${name}'`);
    modules ??= library.libraryModules(ctx);
    return modules[name]!(interp);
  };
  return { ...coreModules(ctx), ...Object.fromEntries(LIBRARY_MODULE_NAMES.map((name) => [name, fromLibrary(name)])) };
}
