import type { Interpreter, PyDict, PyValue } from '../python';
import { datetimeModule } from './datetime';
import { calendarModule } from './calendar';
import { base64Module } from './base64';
import { binasciiModule } from './binascii';
import { decimalModule } from './decimal';
import { hashlibModule } from './hashlib';
import { hmacModule } from './hmac';
import { decimalExtras } from './decimal-context';
import { csvModule } from './csv';
import { globModule } from './glob';
import { ioModule } from './io';
import { shutilModule } from './shutil';
import { tempfileModule } from './tempfile';
import { configureHost } from './io/host';
import { homeOf } from './os/path-module';
import { abcModule } from './abc';
import { contextlibModule } from './contextlib';
import { dataclassesModule } from './dataclasses';
import { enumModule } from './enum';
import { futureModule } from './future';
import { loggingConfigModule, loggingModule } from './logging';
import { typingModule } from './typing';
import { typesModule } from './types';
import { warningsModule } from './warnings';
import { collectionsAbcModule, collectionsModule } from './collections';
import { functoolsModule } from './functools';
import { mathModule } from './math';
import { fractionsModule } from './fractions';
import { statisticsModule } from './statistics';
import { bisectModule, copyModule, heapqModule, itertoolsModule, operatorModule } from './data-modules';
import { osModule, osPathModule } from './os';
import { pathlibModule } from './pathlib';
import { randomModule } from './random';
import { secretsModule } from './secrets';
import { pprintModule } from './pprint';
import { htmlEntitiesModule, htmlModule } from './html';
import { jsonModule, jsonSubmodule } from './json';
import { reModule } from './re';
import { stringModule } from './string';
import { textwrapModule } from './textwrap-module';
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
  const configured = new WeakSet<Interpreter>();
  /** The run's disk starts in ctx.cwd, with `~` at $HOME, the first time a module needs it. */
  const host = (interp: Interpreter): Interpreter => {
    if (!configured.has(interp) && interp.options.files) {
      configureHost(interp, ctx.cwd, homeOf(ctx.environ));
      configured.add(interp);
    }
    return interp;
  };
  return {
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
    os: (interp) => osModule(host(interp), ctx.environ),
    'os.path': (interp) => osPathModule(host(interp), ctx.environ),
    sys: (interp) => sysModule(interp, ctx.argv, ctx.sysPath),
    io: (interp) => ioModule(host(interp)),
    pathlib: (interp) => pathlibModule(host(interp), ctx.environ),
    decimal: (interp) => ({ ...decimalModule(), ...decimalExtras(interp) }),
    csv: (interp) => csvModule(interp),
    glob: (interp) => globModule(host(interp)),
    shutil: (interp) => shutilModule(host(interp)),
    tempfile: (interp) => tempfileModule(host(interp)),
    re: (interp) => reModule(interp),
    json: (interp) => jsonModule(interp),
    string: (interp) => stringModule(interp),
    textwrap: (interp) => textwrapModule(interp),
    html: (interp) => htmlModule(interp),
    'html.entities': () => htmlEntitiesModule(),
    pprint: (interp) => pprintModule(interp),
    'json.decoder': (interp) => jsonSubmodule(interp, ['JSONDecoder', 'JSONDecodeError']),
    'json.encoder': (interp) => jsonSubmodule(interp, ['JSONEncoder']),
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
