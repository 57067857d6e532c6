import type { Interpreter, PyDict, PyValue } from '../python';
import { decimalModule } from './decimal';
import { osModule, osPathModule } from './os';
import { pathlibModule } from './pathlib';
import { pprintModule } from './pprint';
import { htmlEntitiesModule, htmlModule } from './html';
import { jsonModule, jsonSubmodule } from './json';
import { reModule } from './re';
import { stringModule } from './string';
import { textwrapModule } from './textwrap-module';
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
    re: (interp) => reModule(interp),
    json: (interp) => jsonModule(interp),
    string: (interp) => stringModule(interp),
    textwrap: (interp) => textwrapModule(interp),
    html: (interp) => htmlModule(interp),
    'html.entities': () => htmlEntitiesModule(),
    pprint: (interp) => pprintModule(interp),
    'json.decoder': (interp) => jsonSubmodule(interp, ['JSONDecoder', 'JSONDecodeError']),
    'json.encoder': (interp) => jsonSubmodule(interp, ['JSONEncoder']),
  };
}
