import {
  PyClass,
  PyException,
  PyInstance,
  PyList,
  PyNativeFunction,
  exceptionClass,
  newException,
  objectClass,
  pyError,
  typeName,
  type Interpreter,
  type Kwargs,
  type PyValue,
} from '../../python';
import { PyBytes } from '../../python/bytes';
import { addressOf } from '../../python/native-class';
import { decodeData, encodeText } from './codec';
import { ByteStream, TextStream } from './streams';

/** What an io object keeps: its stream, and what open() was told (name, mode, encoding). */
export interface IoState {
  stream: TextStream | ByteStream;
  /** A file's name as open() got it; undefined for StringIO and BytesIO. */
  name?: PyValue;
  mode?: string;
  encoding?: string;
  /** The codec a file's text is stored with, for tell()'s byte offsets; undefined for StringIO. */
  codec?: string;
  errors?: string;
  /** What closing does besides (a NamedTemporaryFile removes its file). */
  onClose?: () => void;
}

const MODULE = '_io';

/** io.UnsupportedOperation, both an OSError and a ValueError as in CPython. */
export const UnsupportedOperation = new PyClass('UnsupportedOperation', [exceptionClass('OSError'), exceptionClass('ValueError')], 'io');

export function unsupported(message: string): PyException {
  return new PyException(newException(UnsupportedOperation, [message]));
}

function stateOf(self: PyValue | undefined): IoState {
  if (self instanceof PyInstance && self.native !== null && typeof self.native === 'object' && 'stream' in self.native) return self.native as IoState;
  throw pyError('ValueError', 'I/O operation on uninitialized object');
}

function open(self: PyValue | undefined): IoState {
  const state = stateOf(self);
  // CPython's file objects end the message with a period; StringIO and BytesIO do not.
  if (state.stream.closed) throw pyError('ValueError', state.name === undefined ? 'I/O operation on closed file' : 'I/O operation on closed file.');
  return state;
}

function readableState(self: PyValue | undefined): IoState {
  const state = open(self);
  if (!state.stream.info.readable) throw unsupported(state.stream instanceof TextStream || state.name === undefined ? 'not readable' : 'read');
  return state;
}

function writableState(self: PyValue | undefined): IoState {
  const state = open(self);
  if (!state.stream.info.writable) throw unsupported(state.stream instanceof TextStream || state.name === undefined ? 'not writable' : 'write');
  return state;
}

/** A size argument: None or an int; -1 (or None) for everything. */
function sizeArg(value: PyValue | undefined): number {
  if (value === undefined || value === null) return -1;
  if (typeof value === 'number' || typeof value === 'boolean') return Number(value);
  throw pyError('TypeError', `argument should be integer or None, not '${typeName(value)}'`);
}

function define(cls: PyClass, name: string, body: (self: PyInstance, args: PyValue[], kwargs: Kwargs) => PyValue) {
  cls.dict.set(name, new PyNativeFunction(name, ([self, ...args], kwargs) => body(self as PyInstance, args, kwargs)));
}

/** Bytes from a write() argument of a binary stream. */
function bytesArg(value: PyValue | undefined): Uint8Array {
  if (value instanceof PyBytes) return value.data;
  throw pyError('TypeError', `a bytes-like object is required, not '${typeName(value ?? null)}'`);
}

/** The byte offset tell() gives for a text file: the encoded length of what lies before the position. */
function textTell(state: IoState, stream: TextStream): number {
  if (state.codec === undefined) return stream.pos;
  return encodeText(stream.text.slice(0, stream.pos), state.codec, 'replace').length;
}

function textSeek(state: IoState, stream: TextStream, offset: number, whence: number): number {
  if (whence === 1 || whence === 2) {
    if (offset !== 0) {
      if (state.codec === undefined) throw pyError('OSError', `Can't do nonzero ${whence === 1 ? 'cur' : 'end'}-relative seeks`);
      throw unsupported(`can't do nonzero ${whence === 1 ? 'cur' : 'end'}-relative seeks`);
    }
    if (whence === 2) stream.pos = stream.text.length;
    return textTell(state, stream);
  }
  if (whence !== 0) throw pyError('ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
  if (offset < 0) throw pyError('ValueError', `Negative seek position ${offset}`);
  if (state.codec === undefined) {
    stream.pos = offset;
    return offset;
  }
  // The cookie is a byte offset: find the character it falls on.
  let bytes = 0;
  let i = 0;
  while (i < stream.text.length && bytes < offset) {
    const ch = String.fromCodePoint(stream.text.codePointAt(i)!);
    bytes += encodeText(ch, state.codec, 'replace').length;
    i += ch.length;
  }
  stream.pos = i;
  return offset;
}

/** The methods every io object has (IOBase's), on the base class learners' isinstance checks use. */
export function ioBaseClass(interp: Interpreter): PyClass {
  const cls = new PyClass('_IOBase', [objectClass], MODULE, {
    getAttr(self, name) {
      const state = self.native as IoState | undefined;
      if (!state || !('stream' in state)) return undefined;
      if (name === 'closed') return state.stream.closed;
      if (state.name !== undefined) {
        if (name === 'name') return state.name;
        if (name === 'mode') return state.mode ?? null;
      }
      if (state.stream instanceof TextStream) {
        if (name === 'encoding') return state.encoding ?? null;
        if (name === 'errors') return state.errors ?? 'strict';
        if (name === 'newlines') return null;
        if (name === 'line_buffering') return false;
      }
      return undefined;
    },
  });
  define(cls, 'read', (self, [size]) => {
    const { stream } = readableState(self);
    const n = sizeArg(size);
    return stream instanceof TextStream ? stream.read(n) : new PyBytes(stream.read(n));
  });
  define(cls, 'readline', (self, [size]) => {
    const { stream } = readableState(self);
    const n = sizeArg(size);
    return stream instanceof TextStream ? stream.readline(n) : new PyBytes(stream.readline(n));
  });
  define(cls, 'readlines', (self, [hint]) => {
    const { stream } = readableState(self);
    const limit = sizeArg(hint);
    const lines: PyValue[] = [];
    let total = 0;
    for (;;) {
      const line = stream instanceof TextStream ? stream.readline() : new PyBytes(stream.readline());
      const length = typeof line === 'string' ? line.length : line.data.length;
      if (length === 0) break;
      lines.push(line);
      total += length;
      if (limit > 0 && total >= limit) break;
    }
    return new PyList(lines);
  });
  define(cls, 'write', (self, [value]) => {
    const { stream } = writableState(self);
    if (stream instanceof TextStream) {
      if (typeof value !== 'string') {
        const type = typeName(value ?? null);
        throw pyError('TypeError', stateOf(self).name === undefined ? `string argument expected, got '${type}'` : `write() argument must be str, not ${type}`);
      }
      return stream.write(value);
    }
    return stream.write(bytesArg(value));
  });
  define(cls, 'writelines', (self, [lines]) => {
    const { stream } = writableState(self);
    for (const line of interp.iterate(lines ?? null)) {
      if (stream instanceof TextStream) {
        if (typeof line !== 'string') throw pyError('TypeError', `write() argument must be str, not ${typeName(line)}`);
        stream.write(line);
      } else stream.write(bytesArg(line));
    }
    return null;
  });
  define(cls, 'seek', (self, [offset, whence]) => {
    const state = open(self);
    const off = sizeArg(offset ?? 0);
    const how = whence === undefined ? 0 : Number(whence);
    const { stream } = state;
    if (stream instanceof TextStream) return textSeek(state, stream, off, how);
    const base = how === 0 ? 0 : how === 1 ? stream.pos : how === 2 ? stream.data.length : NaN;
    if (Number.isNaN(base)) throw pyError('ValueError', `invalid whence (${how}, should be 0, 1 or 2)`);
    if (base + off < 0) throw state.name === undefined ? pyError('ValueError', `negative seek value ${off}`) : pyError('OSError', '[Errno 22] Invalid argument');
    stream.pos = base + off;
    return stream.pos;
  });
  define(cls, 'tell', (self) => {
    const state = open(self);
    return state.stream instanceof TextStream ? textTell(state, state.stream) : state.stream.pos;
  });
  define(cls, 'truncate', (self, [size]) => {
    const { stream } = writableState(self);
    const n = size === undefined || size === null ? (stream instanceof TextStream ? stream.pos : stream.pos) : sizeArg(size);
    return stream.truncate(n);
  });
  define(cls, 'flush', (self) => {
    open(self);
    return null;
  });
  const close = (self: PyInstance) => {
    const state = stateOf(self);
    if (!state.stream.closed) state.onClose?.();
    state.stream.closed = true;
    return null;
  };
  define(cls, 'close', close);
  define(cls, 'readable', (self) => open(self).stream.info.readable);
  define(cls, 'writable', (self) => open(self).stream.info.writable);
  define(cls, 'seekable', (self) => (open(self), true));
  define(cls, 'isatty', (self) => (open(self), false));
  define(cls, 'fileno', (self) => {
    const state = open(self);
    if (state.name === undefined) throw unsupported('fileno');
    return 3;
  });
  define(cls, '__enter__', (self) => (open(self), self));
  define(cls, '__exit__', close);
  define(cls, '__iter__', (self) => (open(self), self));
  define(cls, '__next__', (self) => {
    const { stream } = readableState(self);
    const line = stream instanceof TextStream ? stream.readline() : new PyBytes(stream.readline());
    if ((typeof line === 'string' ? line.length : line.data.length) === 0) throw pyError('StopIteration');
    return line;
  });
  define(cls, '__repr__', (self) => {
    const state = stateOf(self);
    const name = self.cls.module === MODULE ? `_io.${self.cls.name}` : `${self.cls.module}.${self.cls.name}`;
    if (state.name === undefined) return `<${name} object at 0x${addressOf(self)}>`;
    const shown = `name=${interp.repr(state.name)}`;
    if (state.stream instanceof TextStream) return `<${name} ${shown} mode=${interp.repr(state.mode ?? 'r')} encoding=${interp.repr(state.encoding ?? 'UTF-8')}>`;
    return `<${name} ${shown}>`;
  });
  return cls;
}

/** Decodes a file's bytes for a text stream, the way its encoding and errors say. */
export function decodeFor(data: Uint8Array, encoding: string, errors: string): string {
  return decodeData(data, encoding, errors);
}
