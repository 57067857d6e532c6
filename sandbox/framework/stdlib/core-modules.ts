import { decimalModule } from './decimal';
import { decimalExtras } from './decimal-context';
import { ioModule } from './io';
import { osModule, osPathModule } from './os';
import { pathlibModule } from './pathlib';
import { sysModule } from './sys';
import { hostFor, type ModuleFactory, type StdlibContext } from './context';

/**
 * The modules every project imports (settings.py's `pathlib` and `os`, manage.py's `sys`),
 * or the framework itself uses (`decimal` for DecimalField, `io` for open()): always in the
 * bundle, so running a project never waits for the rest of the library.
 */
export function coreModules(ctx: StdlibContext): Record<string, ModuleFactory> {
  const host = hostFor(ctx);
  return {
    os: (interp) => osModule(host(interp), ctx.environ),
    'os.path': (interp) => osPathModule(host(interp), ctx.environ),
    sys: (interp) => sysModule(interp, ctx.argv, ctx.sysPath),
    io: (interp) => ioModule(host(interp)),
    pathlib: (interp) => pathlibModule(host(interp), ctx.environ),
    decimal: (interp) => ({ ...decimalModule(), ...decimalExtras(interp) }),
  };
}
