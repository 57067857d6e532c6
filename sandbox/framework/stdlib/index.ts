import type { Interpreter, PyDict, PyValue } from '../python';
import { collectionsAbcModule, collectionsModule } from './collections';
import { decimalModule } from './decimal';
import { functoolsModule } from './functools';
import { mathModule } from './math';
import { fractionsModule } from './fractions';
import { statisticsModule } from './statistics';
import { bisectModule, copyModule, heapqModule, itertoolsModule, operatorModule } from './data-modules';
import { osModule, osPathModule } from './os';
import { pathlibModule } from './pathlib';
import { sysModule } from './sys';

/** What the standard library sees of the run: the environment, the command line, the folders. */
export interface StdlibContext {
  environ: PyDict;
  argv: string[];
  sysPath: string[];
  cwd: string;
}

export type ModuleFactory = (interp: Interpreter) => Record<string, PyValue>;

/**
 * The standard-library modules the sandbox's Python can import, by dotted name. Each is
 * built on its first import, so a command that imports none of them pays nothing for them.
 */
export function stdlibModules(ctx: StdlibContext): Record<string, ModuleFactory> {
  return {
    os: () => osModule(ctx.environ, ctx.cwd),
    'os.path': () => osPathModule(),
    sys: () => sysModule(ctx.argv, ctx.sysPath),
    pathlib: () => pathlibModule(),
    decimal: () => decimalModule(),
    collections: (interp) => collectionsModule(interp),
    'collections.abc': (interp) => collectionsAbcModule(interp),
    functools: (interp) => functoolsModule(interp),
    operator: (interp) => operatorModule(interp),
    itertools: (interp) => itertoolsModule(interp),
    copy: (interp) => copyModule(interp),
    heapq: (interp) => heapqModule(interp),
    bisect: (interp) => bisectModule(interp),
    math: (interp) => mathModule(interp),
    fractions: (interp) => fractionsModule(interp),
    statistics: (interp) => statisticsModule(interp),
  };
}
