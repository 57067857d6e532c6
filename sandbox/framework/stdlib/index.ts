import type { Interpreter, PyDict, PyValue } from '../python';
import { abcModule } from './abc';
import { contextlibModule } from './contextlib';
import { dataclassesModule } from './dataclasses';
import { decimalModule } from './decimal';
import { enumModule } from './enum';
import { futureModule } from './future';
import { loggingConfigModule, loggingModule } from './logging';
import { typingModule } from './typing';
import { typesModule } from './types';
import { warningsModule } from './warnings';
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
    enum: (interp) => enumModule(interp),
    dataclasses: (interp) => dataclassesModule(interp),
    typing: (interp) => typingModule(interp),
    __future__: (interp) => futureModule(interp),
    abc: (interp) => abcModule(interp),
    contextlib: (interp) => contextlibModule(interp),
    logging: (interp) => loggingModule(interp),
    'logging.config': (interp) => loggingConfigModule(interp),
    types: (interp) => typesModule(interp),
    warnings: (interp) => warningsModule(interp),
  };
}
