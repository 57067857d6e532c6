import { hostFor, type ModuleFactory, type StdlibContext } from './context';
import { abcModule } from './abc';
import { base64Module } from './base64';
import { binasciiModule } from './binascii';
import { calendarModule } from './calendar';
import { collectionsAbcModule, collectionsModule } from './collections';
import { contextlibModule } from './contextlib';
import { csvModule } from './csv';
import { bisectModule, copyModule, heapqModule, itertoolsModule, operatorModule } from './data-modules';
import { dataclassesModule } from './dataclasses';
import { datetimeModule } from './datetime';
import { difflibModule } from './difflib';
import { enumModule } from './enum';
import { fractionsModule } from './fractions';
import { functoolsModule } from './functools';
import { futureModule } from './future';
import { globModule } from './glob';
import { hashlibModule } from './hashlib';
import { hmacModule } from './hmac';
import { htmlEntitiesModule, htmlModule } from './html';
import { jsonModule, jsonSubmodule } from './json';
import { loggingConfigModule, loggingModule } from './logging';
import { mathModule } from './math';
import { pprintModule } from './pprint';
import { randomModule } from './random';
import { reModule } from './re';
import { secretsModule } from './secrets';
import { shutilModule } from './shutil';
import { statisticsModule } from './statistics';
import { stringModule } from './string';
import { tempfileModule } from './tempfile';
import { textwrapModule } from './textwrap-module';
import { timeModule } from './time';
import { typesModule } from './types';
import { typingModule } from './typing';
import { unittestMockModule, unittestModule } from './unittest';
import { urllibParseModule } from './urllib/parse';
import { uuidModule } from './uuid';
import { warningsModule } from './warnings';
import { zoneinfoModule } from './zoneinfo';

/**
 * The rest of the standard library, in a chunk of its own: the Worker loads it after the
 * prompt is ready (and before a Python program runs), so the first prompt never waits for it.
 */
export function libraryModules(ctx: StdlibContext): Record<string, ModuleFactory> {
  const host = hostFor(ctx);
  return {
    abc: (interp) => abcModule(interp),
    base64: () => base64Module(),
    binascii: () => binasciiModule(),
    bisect: (interp) => bisectModule(interp),
    calendar: (interp) => calendarModule(interp),
    collections: (interp) => collectionsModule(interp),
    'collections.abc': (interp) => collectionsAbcModule(interp),
    contextlib: (interp) => contextlibModule(interp),
    copy: (interp) => copyModule(interp),
    csv: (interp) => csvModule(interp),
    dataclasses: (interp) => dataclassesModule(interp),
    datetime: (interp) => datetimeModule(interp),
    difflib: (interp) => difflibModule(interp),
    enum: (interp) => enumModule(interp),
    fractions: (interp) => fractionsModule(interp),
    functools: (interp) => functoolsModule(interp),
    __future__: (interp) => futureModule(interp),
    glob: (interp) => globModule(host(interp)),
    hashlib: () => hashlibModule(),
    heapq: (interp) => heapqModule(interp),
    hmac: (interp) => hmacModule(interp),
    html: (interp) => htmlModule(interp),
    'html.entities': () => htmlEntitiesModule(),
    itertools: (interp) => itertoolsModule(interp),
    json: (interp) => jsonModule(interp),
    'json.decoder': (interp) => jsonSubmodule(interp, ['JSONDecoder', 'JSONDecodeError']),
    'json.encoder': (interp) => jsonSubmodule(interp, ['JSONEncoder']),
    logging: (interp) => loggingModule(interp),
    'logging.config': (interp) => loggingConfigModule(interp),
    math: (interp) => mathModule(interp),
    operator: (interp) => operatorModule(interp),
    pprint: (interp) => pprintModule(interp),
    random: (interp) => randomModule(interp),
    re: (interp) => reModule(interp),
    secrets: (interp) => secretsModule(interp),
    shutil: (interp) => shutilModule(host(interp)),
    statistics: (interp) => statisticsModule(interp),
    string: (interp) => stringModule(interp),
    tempfile: (interp) => tempfileModule(host(interp)),
    textwrap: (interp) => textwrapModule(interp),
    time: (interp) => timeModule(interp),
    types: (interp) => typesModule(interp),
    typing: (interp) => typingModule(interp),
    unittest: (interp) => unittestModule(interp),
    'unittest.mock': (interp) => unittestMockModule(interp),
    urllib: () => ({}),
    'urllib.parse': (interp) => urllibParseModule(interp),
    uuid: () => uuidModule(),
    warnings: (interp) => warningsModule(interp),
    zoneinfo: (interp) => zoneinfoModule(interp),
  };
}
