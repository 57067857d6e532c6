import type { Interpreter, PyDict, PyValue } from '../python';
import { configureHost } from './io/host';
import { homeOf } from './os/path-module';

/** What the standard library sees of the run: the environment, the command line, the folders. */
export interface StdlibContext {
  environ: PyDict;
  argv: string[];
  sysPath: string[];
  cwd: string;
}

export type ModuleFactory = (interp: Interpreter) => Record<string, PyValue>;

const configured = new WeakSet<Interpreter>();

/**
 * The interpreter, its disk set up on first use: relative paths start in ctx.cwd and `~` is
 * $HOME. Once per interpreter, whichever module asks first (a later os.chdir must stay).
 */
export function hostFor(ctx: StdlibContext): (interp: Interpreter) => Interpreter {
  return (interp) => {
    if (!configured.has(interp) && interp.options.files) {
      configureHost(interp, ctx.cwd, homeOf(ctx.environ));
      configured.add(interp);
    }
    return interp;
  };
}
