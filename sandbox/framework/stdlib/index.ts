import type { Interpreter, PyDict, PyValue } from '../python';
import { datetimeModule } from './datetime';
import { calendarModule } from './calendar';
import { base64Module } from './base64';
import { binasciiModule } from './binascii';
import { decimalModule } from './decimal';
import { hashlibModule } from './hashlib';
import { hmacModule } from './hmac';
import { osModule, osPathModule } from './os';
import { pathlibModule } from './pathlib';
import { randomModule } from './random';
import { secretsModule } from './secrets';
import { sysModule } from './sys';
import { timeModule } from './time';
import { zoneinfoModule } from './zoneinfo';
import { urllibParseModule } from './urllib/parse';
import { uuidModule } from './uuid';

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
    datetime: (interp) => datetimeModule(interp),
    zoneinfo: (interp) => zoneinfoModule(interp),
    time: (interp) => timeModule(interp),
    calendar: (interp) => calendarModule(interp),
    hashlib: () => hashlibModule(),
    hmac: (interp) => hmacModule(interp),
    base64: () => base64Module(),
    binascii: () => binasciiModule(),
    uuid: () => uuidModule(),
    secrets: (interp) => secretsModule(interp),
    random: (interp) => randomModule(interp),
    urllib: () => ({}),
    'urllib.parse': (interp) => urllibParseModule(interp),
  };
}
