import { PyClass, PyInstance, PyTuple, type PyValue } from './objects';
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
  /** Set while an `except` block handles another exception, as Python's __context__. */
  context: PyException | null = null;
  /** For SyntaxError: where the parser stopped, printed with a caret instead of a frame. */
  syntax: { problem: SyntaxProblem; file: string; text: string } | null = null;

  constructor(readonly exc: PyInstance) {
    super(exceptionMessage(exc));
    this.name = exc.cls.name;
  }
}

const classes = new Map<string, PyClass>();

function define(name: string, base: PyClass | null): PyClass {
  const cls = new PyClass(name, base ? [base] : [], 'builtins');
  classes.set(name, cls);
  return cls;
}

export const objectClass = new PyClass('object', [], 'builtins');
const BaseException = define('BaseException', objectClass);
const Exception = define('Exception', BaseException);
define('SystemExit', BaseException);
define('KeyboardInterrupt', BaseException);
define('GeneratorExit', BaseException);
const ArithmeticError = define('ArithmeticError', Exception);
define('ZeroDivisionError', ArithmeticError);
define('OverflowError', ArithmeticError);
define('AssertionError', Exception);
define('AttributeError', Exception);
define('EOFError', Exception);
const ImportError = define('ImportError', Exception);
define('ModuleNotFoundError', ImportError);
const LookupError = define('LookupError', Exception);
define('IndexError', LookupError);
define('KeyError', LookupError);
const NameError = define('NameError', Exception);
define('UnboundLocalError', NameError);
const OSError = define('OSError', Exception);
define('FileNotFoundError', OSError);
define('FileExistsError', OSError);
const RuntimeError = define('RuntimeError', Exception);
define('RecursionError', RuntimeError);
define('NotImplementedError', RuntimeError);
define('StopIteration', Exception);
const SyntaxErrorClass = define('SyntaxError', Exception);
define('IndentationError', SyntaxErrorClass);
define('TypeError', Exception);
define('ValueError', Exception);

export type BuiltinExceptionName =
  | 'BaseException'
  | 'Exception'
  | 'SystemExit'
  | 'KeyboardInterrupt'
  | 'GeneratorExit'
  | 'ArithmeticError'
  | 'ZeroDivisionError'
  | 'OverflowError'
  | 'AssertionError'
  | 'AttributeError'
  | 'EOFError'
  | 'ImportError'
  | 'ModuleNotFoundError'
  | 'LookupError'
  | 'IndexError'
  | 'KeyError'
  | 'NameError'
  | 'UnboundLocalError'
  | 'OSError'
  | 'FileNotFoundError'
  | 'FileExistsError'
  | 'RuntimeError'
  | 'RecursionError'
  | 'NotImplementedError'
  | 'StopIteration'
  | 'SyntaxError'
  | 'IndentationError'
  | 'TypeError'
  | 'ValueError';

export function exceptionClass(name: BuiltinExceptionName): PyClass {
  return classes.get(name)!;
}

export function builtinExceptionClasses(): Map<string, PyClass> {
  return classes;
}

export function isExceptionClass(cls: PyClass): boolean {
  return cls.isSubclassOf(BaseException);
}

export function newException(cls: PyClass, args: PyValue[]): PyInstance {
  const exc = new PyInstance(cls);
  exc.dict.set('args', new PyTuple(args));
  return exc;
}

/** A new Python exception of a builtin class, ready to throw. */
export function pyError(name: BuiltinExceptionName, message?: string): PyException {
  return new PyException(newException(exceptionClass(name), message === undefined ? [] : [message]));
}

function exceptionMessage(exc: PyInstance): string {
  const args = exc.dict.get('args');
  if (!(args instanceof PyTuple) || args.items.length === 0) return '';
  const first = args.items[0];
  if (args.items.length === 1 && typeof first === 'string') return exc.cls.name === 'KeyError' ? `'${first}'` : first;
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
