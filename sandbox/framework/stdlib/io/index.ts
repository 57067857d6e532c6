import { PyClass, PyInstance, PyNativeFunction, pyError, typeName, type Interpreter, type Kwargs, type PyValue } from '../../python';
import { PyBytes } from '../../python/bytes';
import { UnsupportedOperation, decodeFor, ioBaseClass, type IoState } from './classes';
import { encodeText, normalizeEncoding } from './codec';
import { openFile } from './open';
import { ByteStream, TextStream } from './streams';

export interface IoClasses {
  IOBase: PyClass;
  TextIOBase: PyClass;
  BufferedIOBase: PyClass;
  RawIOBase: PyClass;
  TextIOWrapper: PyClass;
  StringIO: PyClass;
  BytesIO: PyClass;
  BufferedReader: PyClass;
  BufferedWriter: PyClass;
  BufferedRandom: PyClass;
}

const cache = new WeakMap<Interpreter, IoClasses>();

function argument(args: PyValue[], kwargs: Kwargs, index: number, name: string): PyValue | undefined {
  return args[index] ?? kwargs.get(name);
}

/** io's classes, one set per run: open(), sys.stdout and `import io` share them. */
export function ioClasses(interp: Interpreter): IoClasses {
  const known = cache.get(interp);
  if (known) return known;
  const IOBase = ioBaseClass(interp);
  const sub = (name: string, base: PyClass, hooks = {}) => new PyClass(name, [base], '_io', hooks);
  const TextIOBase = sub('_TextIOBase', IOBase);
  const BufferedIOBase = sub('_BufferedIOBase', IOBase);
  const RawIOBase = sub('_RawIOBase', IOBase);

  const stringIO = (args: PyValue[], kwargs: Kwargs): IoState => {
    const initial = argument(args, kwargs, 0, 'initial_value') ?? '';
    const given = argument(args, kwargs, 1, 'newline');
    const newline = given === undefined ? '\n' : given;
    if (initial !== null && typeof initial !== 'string') throw pyError('TypeError', `initial_value must be str or None, not ${typeName(initial)}`);
    if (newline !== null && typeof newline !== 'string') throw pyError('TypeError', `newline must be str or None, not ${typeName(newline)}`);
    return { stream: new TextStream(initial ?? '', { readable: true, writable: true, append: false }, newline) };
  };
  const bytesIO = (args: PyValue[], kwargs: Kwargs): IoState => {
    const initial = argument(args, kwargs, 0, 'initial_bytes') ?? null;
    if (initial !== null && !(initial instanceof PyBytes)) throw pyError('TypeError', `a bytes-like object is required, not '${typeName(initial)}'`);
    return { stream: new ByteStream(initial === null ? new Uint8Array(0) : initial.data.slice(), { readable: true, writable: true, append: false }) };
  };
  const memoryClass = (name: string, base: PyClass, make: (args: PyValue[], kwargs: Kwargs) => IoState) => {
    const cls = sub(name, base, {
      construct: (c: PyClass, args: PyValue[], kwargs: Kwargs) => {
        const instance = new PyInstance(c);
        instance.native = make(args, kwargs);
        return instance;
      },
    });
    cls.dict.set('__init__', new PyNativeFunction('__init__', ([self, ...args], kwargs) => {
      if (self instanceof PyInstance) self.native = make(args, kwargs);
      return null;
    }));
    cls.dict.set('getvalue', new PyNativeFunction('getvalue', ([self]) => {
      const state = self instanceof PyInstance ? (self.native as IoState | undefined) : undefined;
      if (!state) throw pyError('ValueError', 'I/O operation on uninitialized object');
      if (state.stream.closed) throw pyError('ValueError', 'I/O operation on closed file');
      return state.stream instanceof TextStream ? state.stream.text : new PyBytes(state.stream.data.slice());
    }));
    return cls;
  };
  const StringIO = memoryClass('StringIO', TextIOBase, stringIO);
  const BytesIO = memoryClass('BytesIO', BufferedIOBase, bytesIO);

  const TextIOWrapper = sub('TextIOWrapper', TextIOBase, {
    construct: (c: PyClass, args: PyValue[], kwargs: Kwargs) => {
      const buffer = argument(args, kwargs, 0, 'buffer');
      const inner = buffer instanceof PyInstance ? (buffer.native as IoState | undefined) : undefined;
      if (!inner || !(inner.stream instanceof ByteStream)) throw pyError('TypeError', `TextIOWrapper() needs a binary buffer, not ${typeName(buffer ?? null)}`);
      const encodingArg = argument(args, kwargs, 1, 'encoding') ?? null;
      const errors = argument(args, kwargs, 2, 'errors') ?? 'strict';
      const newline = argument(args, kwargs, 3, 'newline') ?? null;
      const codec = normalizeEncoding(typeof encodingArg === 'string' ? encodingArg : 'utf-8');
      const bytes = inner.stream;
      const text = decodeFor(bytes.data.slice(bytes.pos), codec, String(errors));
      const start = bytes.pos;
      const stream = new TextStream(text, {
        readable: bytes.info.readable,
        writable: bytes.info.writable,
        append: bytes.info.append,
        sync: (_piece, _atEnd, whole) => {
          bytes.pos = start;
          bytes.truncate(start);
          bytes.write(encodeText(String(whole()), codec, String(errors)));
        },
      }, typeof newline === 'string' ? newline : null);
      const instance = new PyInstance(c);
      const state: IoState = { stream, name: inner.name, mode: inner.mode?.replace('b', ''), encoding: typeof encodingArg === 'string' ? encodingArg : 'UTF-8', codec, errors: String(errors) };
      instance.native = state;
      return instance;
    },
  });
  // sys.stdout.reconfigure(encoding='utf-8'): the sandbox's streams are UTF-8 already.
  TextIOWrapper.dict.set('reconfigure', new PyNativeFunction('reconfigure', () => null));
  const classes: IoClasses = {
    IOBase,
    TextIOBase,
    BufferedIOBase,
    RawIOBase,
    TextIOWrapper,
    StringIO,
    BytesIO,
    BufferedReader: sub('BufferedReader', BufferedIOBase),
    BufferedWriter: sub('BufferedWriter', BufferedIOBase),
    BufferedRandom: sub('BufferedRandom', BufferedIOBase),
  };
  cache.set(interp, classes);
  return classes;
}

/** A console stream (sys.stdout, sys.stderr): every write goes straight to the terminal. */
export class ConsoleStream extends TextStream {
  constructor(private readonly sink: ((text: string) => void) | null) {
    super('', { readable: sink === null, writable: sink !== null, append: true }, null);
  }
  override write(s: string): number {
    this.sink?.(s);
    return [...s].length;
  }
}

/** sys.stdout, sys.stderr or sys.stdin: a TextIOWrapper named `<stdout>`... over the run's output. */
export function consoleFile(interp: Interpreter, name: string, sink: ((text: string) => void) | null): PyInstance {
  const instance = new PyInstance(ioClasses(interp).TextIOWrapper);
  const state: IoState = { stream: new ConsoleStream(sink), name, mode: sink === null ? 'r' : 'w', encoding: 'utf-8', errors: 'strict' };
  instance.native = state;
  return instance;
}

export function openFunction(interp: Interpreter): PyNativeFunction {
  return new PyNativeFunction('open', (args, kwargs) => openFile(interp, ioClasses(interp), args, kwargs));
}

/** `import io`. */
export function ioModule(interp: Interpreter): Record<string, PyValue> {
  const c = ioClasses(interp);
  return {
    ...c,
    UnsupportedOperation,
    open: openFunction(interp),
    SEEK_SET: 0,
    SEEK_CUR: 1,
    SEEK_END: 2,
    DEFAULT_BUFFER_SIZE: 8192,
  };
}
