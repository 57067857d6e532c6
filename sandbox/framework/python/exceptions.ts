import { PyClass, PyInstance, PyList, PyNativeFunction, PyTuple, type PyValue } from './objects';
import type { SyntaxProblem } from './syntax-error';

/** One line of a traceback: where a frame was when the exception passed through it. */
export interface TraceEntry {
  file: string;
  line: number;
  name: string;
  text: string;
}

/**
 * A Python exception travelling through the interpreter (and the framework's TypeScript,
 * which raises Python exceptions the same way). `exc` is the Python object `except` sees.
 */
export class PyException extends Error {
  readonly traceback: TraceEntry[] = [];
  cause: PyException | null = null;
  /** `raise ... from ...` hides the context from the traceback, even `from None`. */
  suppressContext = false;
  /** Set while an `except` block handles another exception, as Python's __context__. */
  context: PyException | null = null;
  /** For SyntaxError: where the parser stopped, printed with a caret instead of a frame. */
  syntax: { problem: SyntaxProblem; file: string; text: string } | null = null;

  constructor(readonly exc: PyInstance) {
    super(exceptionMessage(exc));
    this.name = exc.cls.name;
    raised.set(exc, this);
  }
}

const classes = new Map<string, PyClass>();

/** The exception object's last raise, for `__cause__`, `__context__` and `__traceback__`. */
const raised = new WeakMap<PyInstance, PyException>();

export function raisedAs(exc: PyInstance): PyException | undefined {
  return raised.get(exc);
}

function define(name: string, base: PyClass): PyClass {
  const cls = new PyClass(name, [base], 'builtins');
  classes.set(name, cls);
  return cls;
}

export const objectClass = new PyClass('object', [], 'builtins');

/** CPython 3.12's builtin exception tree: each name after its base. */
const TREE: [BuiltinExceptionName, BuiltinExceptionName | null][] = [
  ['BaseException', null],
  ['BaseExceptionGroup', 'BaseException'],
  ['GeneratorExit', 'BaseException'],
  ['KeyboardInterrupt', 'BaseException'],
  ['SystemExit', 'BaseException'],
  ['Exception', 'BaseException'],
  ['ArithmeticError', 'Exception'],
  ['FloatingPointError', 'ArithmeticError'],
  ['OverflowError', 'ArithmeticError'],
  ['ZeroDivisionError', 'ArithmeticError'],
  ['AssertionError', 'Exception'],
  ['AttributeError', 'Exception'],
  ['BufferError', 'Exception'],
  ['EOFError', 'Exception'],
  ['ExceptionGroup', 'Exception'],
  ['ImportError', 'Exception'],
  ['ModuleNotFoundError', 'ImportError'],
  ['LookupError', 'Exception'],
  ['IndexError', 'LookupError'],
  ['KeyError', 'LookupError'],
  ['MemoryError', 'Exception'],
  ['NameError', 'Exception'],
  ['UnboundLocalError', 'NameError'],
  ['OSError', 'Exception'],
  ['BlockingIOError', 'OSError'],
  ['ChildProcessError', 'OSError'],
  ['ConnectionError', 'OSError'],
  ['BrokenPipeError', 'ConnectionError'],
  ['ConnectionAbortedError', 'ConnectionError'],
  ['ConnectionRefusedError', 'ConnectionError'],
  ['ConnectionResetError', 'ConnectionError'],
  ['FileExistsError', 'OSError'],
  ['FileNotFoundError', 'OSError'],
  ['InterruptedError', 'OSError'],
  ['IsADirectoryError', 'OSError'],
  ['NotADirectoryError', 'OSError'],
  ['PermissionError', 'OSError'],
  ['ProcessLookupError', 'OSError'],
  ['TimeoutError', 'OSError'],
  ['ReferenceError', 'Exception'],
  ['RuntimeError', 'Exception'],
  ['NotImplementedError', 'RuntimeError'],
  ['RecursionError', 'RuntimeError'],
  ['StopAsyncIteration', 'Exception'],
  ['StopIteration', 'Exception'],
  ['SyntaxError', 'Exception'],
  ['IndentationError', 'SyntaxError'],
  ['TabError', 'IndentationError'],
  ['SystemError', 'Exception'],
  ['TypeError', 'Exception'],
  ['ValueError', 'Exception'],
  ['UnicodeError', 'ValueError'],
  ['UnicodeDecodeError', 'UnicodeError'],
  ['UnicodeEncodeError', 'UnicodeError'],
  ['UnicodeTranslateError', 'UnicodeError'],
  ['Warning', 'Exception'],
  ['BytesWarning', 'Warning'],
  ['DeprecationWarning', 'Warning'],
  ['EncodingWarning', 'Warning'],
  ['FutureWarning', 'Warning'],
  ['ImportWarning', 'Warning'],
  ['PendingDeprecationWarning', 'Warning'],
  ['ResourceWarning', 'Warning'],
  ['RuntimeWarning', 'Warning'],
  ['SyntaxWarning', 'Warning'],
  ['UnicodeWarning', 'Warning'],
  ['UserWarning', 'Warning'],
];
for (const [name, base] of TREE) define(name, base === null ? objectClass : classes.get(base)!);
{
  const base = classes.get('BaseException')!;
  base.dict.set('add_note', new PyNativeFunction('add_note', ([self, note]) => {
    if (!(self instanceof PyInstance)) return null;
    if (typeof note !== 'string') throw pyError('TypeError', `note must be a str, not '${note === null ? 'NoneType' : typeof note}'`);
    const existing = self.dict.get('__notes__');
    const notes = existing instanceof PyList ? existing : new PyList([]);
    self.dict.set('__notes__', notes);
    notes.items.push(note);
    return null;
  }));
  base.dict.set('with_traceback', new PyNativeFunction('with_traceback', ([self]) => self ?? null));
}
classes.get('OSError')!.dict.set('__str__', new PyNativeFunction('__str__', ([self]) => {
  if (!(self instanceof PyInstance)) return '';
  const [errno, strerror, filename, filename2] = ['errno', 'strerror', 'filename', 'filename2'].map((n) => self.dict.get(n) ?? null);
  const text = (v: PyValue | undefined) => (typeof v === 'string' ? v : String(v));
  if (filename2 !== null && filename2 !== undefined) return `[Errno ${text(errno)}] ${text(strerror)}: ${quoted(filename!)} -> ${quoted(filename2)}`;
  if (filename !== null && filename !== undefined) return `[Errno ${text(errno)}] ${text(strerror)}: ${quoted(filename)}`;
  if (errno !== null && errno !== undefined && strerror !== null) return `[Errno ${text(errno)}] ${text(strerror)}`;
  const args = self.dict.get('args');
  const items = args instanceof PyTuple ? args.items : [];
  return items.length === 1 && typeof items[0] === 'string' ? items[0] : items.length === 0 ? '' : exceptionMessage(self);
}));

/** The filename in an OSError's message, as repr() shows a str (other values: their own text). */
function quoted(v: PyValue): string {
  if (typeof v !== 'string') return String(v);
  const q = v.includes("'") && !v.includes('"') ? '"' : "'";
  return q + v.replace(/\\/g, '\\\\').replace(new RegExp(q, 'g'), '\\' + q).replace(/\n/g, '\\n') + q;
}

/** IOError and EnvironmentError are OSError itself, as in Python 3. */
classes.set('IOError', classes.get('OSError')!);
classes.set('EnvironmentError', classes.get('OSError')!);

export type BuiltinExceptionName =
  | 'BaseException' | 'BaseExceptionGroup' | 'GeneratorExit' | 'KeyboardInterrupt' | 'SystemExit' | 'Exception'
  | 'ArithmeticError' | 'FloatingPointError' | 'OverflowError' | 'ZeroDivisionError' | 'AssertionError' | 'AttributeError'
  | 'BufferError' | 'EOFError' | 'ExceptionGroup' | 'ImportError' | 'ModuleNotFoundError' | 'LookupError' | 'IndexError'
  | 'KeyError' | 'MemoryError' | 'NameError' | 'UnboundLocalError' | 'OSError' | 'BlockingIOError' | 'ChildProcessError'
  | 'ConnectionError' | 'BrokenPipeError' | 'ConnectionAbortedError' | 'ConnectionRefusedError' | 'ConnectionResetError'
  | 'FileExistsError' | 'FileNotFoundError' | 'InterruptedError' | 'IsADirectoryError' | 'NotADirectoryError'
  | 'PermissionError' | 'ProcessLookupError' | 'TimeoutError' | 'ReferenceError' | 'RuntimeError' | 'NotImplementedError'
  | 'RecursionError' | 'StopAsyncIteration' | 'StopIteration' | 'SyntaxError' | 'IndentationError' | 'TabError'
  | 'SystemError' | 'TypeError' | 'ValueError' | 'UnicodeError' | 'UnicodeDecodeError' | 'UnicodeEncodeError'
  | 'UnicodeTranslateError' | 'Warning' | 'BytesWarning' | 'DeprecationWarning' | 'EncodingWarning' | 'FutureWarning'
  | 'ImportWarning' | 'PendingDeprecationWarning' | 'ResourceWarning' | 'RuntimeWarning' | 'SyntaxWarning' | 'UnicodeWarning'
  | 'UserWarning';

export function exceptionClass(name: BuiltinExceptionName): PyClass {
  return classes.get(name)!;
}

export function builtinExceptionClasses(): Map<string, PyClass> {
  return classes;
}

export function isExceptionClass(cls: PyClass): boolean {
  return cls.isSubclassOf(classes.get('BaseException')!);
}

/** OSError(errno, ...) becomes the subclass for that errno (Linux numbers), as in CPython. */
const OSERROR_BY_ERRNO: Record<number, BuiltinExceptionName> = {
  1: 'PermissionError', 2: 'FileNotFoundError', 3: 'ProcessLookupError', 4: 'InterruptedError', 10: 'ChildProcessError',
  11: 'BlockingIOError', 13: 'PermissionError', 17: 'FileExistsError', 20: 'NotADirectoryError', 21: 'IsADirectoryError',
  32: 'BrokenPipeError', 103: 'ConnectionAbortedError', 104: 'ConnectionResetError', 108: 'BrokenPipeError',
  110: 'TimeoutError', 111: 'ConnectionRefusedError', 114: 'BlockingIOError', 115: 'BlockingIOError',
};

export function newException(cls: PyClass, args: PyValue[]): PyInstance {
  const exc = new PyInstance(osErrorSubclass(cls, args));
  exceptionArgsInit(exc, args);
  return exc;
}

/** BaseException.__init__: the arguments become `args`. */
export function exceptionArgsInit(exc: PyInstance, args: PyValue[]): void {
  exc.dict.set('args', new PyTuple(args));
  if (exc.cls.isSubclassOf(classes.get('OSError')!)) osErrorInit(exc, args);
}

/** OSError(errno, strerror[, filename[, winerror[, filename2]]]): the attributes, and args of only the first two. */
function osErrorInit(exc: PyInstance, args: PyValue[]): void {
  const two = args.length >= 2 && args.length <= 5;
  exc.dict.set('errno', two ? args[0]! : null);
  exc.dict.set('strerror', two ? args[1]! : null);
  exc.dict.set('filename', two ? (args[2] ?? null) : null);
  exc.dict.set('filename2', two ? (args[4] ?? null) : null);
  if (two && args.length > 2) exc.dict.set('args', new PyTuple(args.slice(0, 2)));
}

function osErrorSubclass(cls: PyClass, args: PyValue[]): PyClass {
  if (cls !== classes.get('OSError') || args.length < 2 || args.length > 5 || typeof args[0] !== 'number') return cls;
  const name = OSERROR_BY_ERRNO[args[0]];
  return name ? classes.get(name)! : cls;
}

/** A new Python exception of a builtin class, ready to throw. */
export function pyError(name: BuiltinExceptionName, message?: string): PyException {
  return new PyException(newException(exceptionClass(name), message === undefined ? [] : [message]));
}

function exceptionMessage(exc: PyInstance): string {
  const args = exc.dict.get('args');
  if (!(args instanceof PyTuple) || args.items.length === 0) return '';
  const first = args.items[0];
  if (args.items.length === 1 && typeof first === 'string') return exc.cls.mro.some((c) => c.name === 'KeyError' && c.module === 'builtins') ? `'${first}'` : first;
  return String(first);
}

/**
 * SystemExit as the host sees it: ends the program with a status, as sys.exit() does (the
 * standard library, the management commands and the migration questioner all raise it).
 */
export class SystemExit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}
