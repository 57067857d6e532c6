import { PyClass, PyInstance, pyError, typeName, type Interpreter, type Kwargs, type PyValue } from '../../python';
import { decodeFor, type IoState } from './classes';
import { encodeText, normalizeEncoding } from './codec';
import { fspath, hostOf, hostPath, onHost, osError } from './host';
import { ByteStream, TextStream, type StreamInfo } from './streams';

export interface FileClasses {
  TextIOWrapper: PyClass;
  BufferedReader: PyClass;
  BufferedWriter: PyClass;
  BufferedRandom: PyClass;
}

const PARAMS = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'];

/** open()'s arguments by name, positional or keyword, with its messages for the wrong ones. */
function bindOpen(args: PyValue[], kwargs: Kwargs): Map<string, PyValue> {
  if (args.length > PARAMS.length) throw pyError('TypeError', `open() takes at most 8 arguments (${args.length} given)`);
  const bound = new Map<string, PyValue>();
  args.forEach((v, i) => bound.set(PARAMS[i]!, v));
  for (const [k, v] of kwargs) {
    if (!PARAMS.includes(k)) throw pyError('TypeError', `'${k}' is an invalid keyword argument for open()`);
    if (bound.has(k)) throw pyError('TypeError', `argument for open() given by name ('${k}') and position (${PARAMS.indexOf(k) + 1})`);
    bound.set(k, v);
  }
  if (!bound.has('file')) throw pyError('TypeError', "open() missing required argument 'file' (pos 1)");
  return bound;
}

function optionalStr(value: PyValue | undefined, what: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw pyError('TypeError', `open() argument '${what}' must be str or None, not ${typeName(value)}`);
  return value;
}

/** open(file, mode='r', ...): a text or binary file object on the run's disk. */
export function openFile(interp: Interpreter, classes: FileClasses, args: PyValue[], kwargs: Kwargs): PyInstance {
  const bound = bindOpen(args, kwargs);
  const file = bound.get('file')!;
  if (typeof file === 'number') throw pyError('OSError', '[Errno 9] Bad file descriptor');
  const name = fspath(interp, file);
  const modeValue = bound.get('mode') ?? 'r';
  if (typeof modeValue !== 'string') throw pyError('TypeError', `open() argument 'mode' must be str, not ${typeName(modeValue)}`);
  const mode = modeValue;
  if (!/^[rwxabt+]*$/.test(mode) || new Set(mode).size !== mode.length) throw pyError('ValueError', `invalid mode: '${mode}'`);
  const kinds = [...mode].filter((c) => 'rwxa'.includes(c));
  if (kinds.length !== 1) throw pyError('ValueError', 'must have exactly one of create/read/write/append mode');
  const binary = mode.includes('b');
  if (binary && mode.includes('t')) throw pyError('ValueError', "can't have text and binary mode at once");
  const encodingArg = optionalStr(bound.get('encoding'), 'encoding');
  const errors = optionalStr(bound.get('errors'), 'errors');
  const newline = optionalStr(bound.get('newline'), 'newline');
  if (binary && encodingArg !== null) throw pyError('ValueError', "binary mode doesn't take an encoding argument");
  if (binary && errors !== null) throw pyError('ValueError', "binary mode doesn't take an errors argument");
  if (binary && newline !== null) throw pyError('ValueError', "binary mode doesn't take a newline argument");
  if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline)) throw pyError('ValueError', `illegal newline value: ${newline}`);
  const encoding = encodingArg === null ? 'utf-8' : normalizeEncoding(encodingArg);

  const kind = kinds[0]!;
  const plus = mode.includes('+');
  const { files } = hostOf(interp);
  const full = hostPath(interp, name);
  const exists = files.existsSync(full);
  if (exists && onHost(() => files.statSync(full), name).isDirectory()) throw osError('EISDIR', name);
  if (kind === 'x' && exists) throw osError('EEXIST', name);
  if (kind === 'r' && !exists) throw osError('ENOENT', name);
  let data: Uint8Array;
  if (kind === 'r' || (kind === 'a' && exists)) data = onHost(() => files.readFileSync(full), name);
  else {
    data = new Uint8Array(0);
    onHost(() => files.writeFileSync(full, data), name);
  }
  if (kind === 'a' && !exists) onHost(() => files.writeFileSync(full, data), name);

  const info: StreamInfo = { readable: kind === 'r' || plus, writable: kind !== 'r' || plus, append: kind === 'a' };
  const toBytes = (v: Uint8Array | string) => (typeof v === 'string' ? encodeText(v, encoding, errors ?? 'strict') : v);
  info.sync = (piece, atEnd, whole) => {
    onHost(() => (atEnd ? files.appendFileSync(full, toBytes(piece)) : files.writeFileSync(full, toBytes(whole()))), name);
  };
  // A binary file's mode is normalized ('w+b' is 'rb+'); a text file's is what was given.
  const shownMode = !binary ? mode : plus ? (kind === 'r' || kind === 'w' ? 'rb+' : `${kind}b+`) : `${kind}b`;
  if (binary) {
    const cls = plus ? classes.BufferedRandom : kind === 'r' ? classes.BufferedReader : classes.BufferedWriter;
    const instance = new PyInstance(cls);
    const state: IoState = { stream: new ByteStream(data, info), name, mode: shownMode };
    instance.native = state;
    return instance;
  }
  const text = info.readable ? decodeFor(data, encoding, errors ?? 'strict') : decodeFor(data, encoding, 'replace');
  const instance = new PyInstance(classes.TextIOWrapper);
  const state: IoState = {
    stream: new TextStream(text, info, newline),
    name,
    mode: shownMode,
    encoding: encodingArg ?? 'UTF-8',
    codec: encoding,
    errors: errors ?? 'strict',
  };
  instance.native = state;
  return instance;
}
