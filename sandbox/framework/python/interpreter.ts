import { findAttr, getAttr, setAttr } from './attributes';
import { createBuiltins } from './builtins';
import { CallStack } from './call-stack';
import { call, instantiate } from './calls';
import { pyError, type BuiltinExceptionName } from './exceptions';
import { reprOf, strOf } from './format';
import { canImport, importModule } from './imports';
import { equal, iterate, truthy } from './object-protocols';
import type { Kwargs, PyClass, PyModule, PyValue } from './objects';
import { containsOp } from './operators';
import { evalExpression, runFile, runInteractive, runSource } from './run-source';
import { getItem, index, setItem } from './subscripts';
import type { Expr, Param, Stmt } from './ast';
import { evalComprehension } from './comprehension';
import type { PyFunction } from './objects';
import type { Context } from './scopes';
import { makeFunction } from './statements';
import type { HostFiles } from './host-files';

/** The files the interpreter can import from: the learner's project, as plain text. */
export interface PyFileSystem {
  readFile(path: string): string | null;
  isDirectory(path: string): boolean;
}

export interface InterpreterOptions {
  fs: PyFileSystem;
  /** Directories searched for top-level modules, like sys.path. */
  sysPath: string[];
  /** Modules the framework writes in TypeScript, by dotted name; built on first import. */
  nativeModules: Record<string, (interp: Interpreter) => Record<string, PyValue>>;
  stdout: (text: string) => void;
  /** Where sys.stderr writes (tracebacks are the host's to print); without it, stdout. */
  stderr?: (text: string) => void;
  /** The disk open(), os and pathlib read and write; without it, they raise OSError. */
  files?: HostFiles;
  /** The working directory relative paths in the program's settings start from. */
  cwd?: string;
  /** Statements one command may run before it is stopped: an endless loop must end. */
  maxSteps?: number;
  maxDepth?: number;
  /** Asked now and then while code runs: true when the learner pressed Ctrl+C (the browser's worker cannot take a signal). */
  interrupted?: () => boolean;
}

/**
 * The interpreter's state (modules, builtins, the call stack) and the methods the framework
 * calls. The work is done in one file per concept: imports, run-source, statements,
 * expressions, scopes, calls, attributes, subscripts and object-protocols.
 */
export class Interpreter {
  readonly modules = new Map<string, PyModule>();
  readonly builtins: Map<string, PyValue>;
  readonly stack: CallStack;
  /** Source text of every file run, for the lines tracebacks quote. */
  readonly sources = new Map<string, string>();

  constructor(readonly options: InterpreterOptions) {
    this.stack = new CallStack(options);
    this.builtins = createBuiltins(this);
  }

  // ---- Modules and programs ------------------------------------------------------------

  /** `import name`: the module, importing its parent packages first. */
  importModule(name: string): PyModule {
    return importModule(this, name);
  }

  /** Whether `import name` would find something, without running it. */
  canImport(name: string): boolean {
    return canImport(this, name);
  }

  /** Runs a file as a module: `__main__` for manage.py, a dotted name for imports. */
  runFile(file: string, name = '__main__'): PyModule {
    return runFile(this, file, name);
  }

  /** exec(source) of a code string in a fresh namespace called `name`. */
  runSource(source: string, name = '__main__', namespace: Map<string, PyValue> = new Map(), file?: string): PyModule {
    return runSource(this, source, name, namespace, file);
  }

  /** One entry of an interactive console: a lone expression's value, or undefined for statements. */
  runInteractive(source: string, module: PyModule, file?: string): PyValue | undefined {
    return runInteractive(this, source, module, file);
  }

  /** eval(code) of one expression in a fresh namespace (the questioner's one-off defaults). */
  evalExpression(code: string, names: Record<string, PyValue> = {}): PyValue {
    return evalExpression(this, code, names);
  }

  // ---- Limits and errors ---------------------------------------------------------------

  /** Resets the step budget: each command gets its own. */
  resetSteps() {
    this.stack.resetSteps();
  }

  raise(name: BuiltinExceptionName, message: string): never {
    throw pyError(name, message);
  }

  // ---- Objects -------------------------------------------------------------------------

  objectClass(): PyClass {
    return this.builtins.get('object') as PyClass;
  }

  /** Calls any Python callable with positional and keyword arguments. */
  call(callee: PyValue, args: PyValue[], kwargs: Kwargs = new Map()): PyValue {
    return call(this, callee, args, kwargs);
  }

  /** type.__call__: a class's `__new__` and `__init__`, whatever its metaclass's own __call__ does. */
  instantiate(cls: PyClass, args: PyValue[], kwargs: Kwargs = new Map()): PyValue {
    return instantiate(this, cls, args, kwargs);
  }

  str(value: PyValue): string {
    return strOf(value, this);
  }

  repr(value: PyValue): string {
    return reprOf(value, this);
  }

  truthy(value: PyValue): boolean {
    return truthy(this, value);
  }

  iterate(value: PyValue): PyValue[] {
    return iterate(this, value);
  }

  getAttr(obj: PyValue, name: string): PyValue {
    return getAttr(this, obj, name);
  }

  findAttr(obj: PyValue, name: string): PyValue | undefined {
    return findAttr(this, obj, name);
  }

  setAttr(obj: PyValue, name: string, value: PyValue) {
    setAttr(this, obj, name, value);
  }

  index(length: number, key: PyValue): number {
    return index(length, key);
  }

  getItem(obj: PyValue, key: PyValue): PyValue {
    return getItem(this, obj, key);
  }

  setItem(obj: PyValue, key: PyValue, value: PyValue) {
    setItem(this, obj, key, value);
  }

  contains(container: PyValue, item: PyValue): boolean {
    return containsOp(container, item, this);
  }

  equal(a: PyValue, b: PyValue): boolean {
    return equal(this, a, b);
  }

  /** A function object, for `def` and `lambda` (through here, expressions need not import statements). */
  makeFunction(name: string, params: Param[], body: Stmt[], ctx: Context): PyFunction {
    return makeFunction(this, name, params, body, ctx);
  }

  /** A comprehension or generator expression, evaluated in its own scope. */
  comprehension(expr: Extract<Expr, { kind: 'comp' }>, ctx: Context): PyValue {
    return evalComprehension(this, expr, ctx);
  }
}
