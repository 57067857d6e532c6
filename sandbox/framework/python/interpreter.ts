import type { Arg, Expr, Module, Param, Stmt } from './ast';
import { exceptionClass, isExceptionClass, newException, PyException, pyError, type BuiltinExceptionName } from './exceptions';
import { parseModule } from './parser';
import { PythonSyntaxError } from './syntax-error';
import {
  PyBoundMethod,
  PyClass,
  PyDict,
  PyFloat,
  PyFunction,
  PyInstance,
  PyList,
  PyModule,
  PyNativeFunction,
  PySet,
  PySlice,
  PyTuple,
  Scope,
  type Kwargs,
  type PyValue,
} from './objects';
import { dictGet, dictSet, hashKey, isNumber, newDict, typeName, valuesEqual } from './values';
import { binaryOp, compareOp, containsOp } from './operators';
import { createBuiltins } from './builtins';
import { methodNames, methodOf } from './methods';
import { suggestName } from './suggestions';
import { formatValue, reprOf, strOf } from './format';

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
  /** The working directory relative paths in the program's settings start from. */
  cwd?: string;
  /** Statements one command may run before it is stopped: an endless loop must end. */
  maxSteps?: number;
  maxDepth?: number;
  /** Asked now and then while code runs: true when the learner pressed Ctrl+C (the browser's worker cannot take a signal). */
  interrupted?: () => boolean;
}

interface Frame {
  file: string;
  name: string;
  line: number;
  source: string;
}

class ControlFlow {
  constructor(
    readonly kind: 'return' | 'break' | 'continue',
    readonly value: PyValue = null,
  ) {}
}

/** Names a function assigns are local to it (unless declared global), as Python decides at compile time. */
function localNames(body: Stmt[], params: Param[]): Set<string> {
  const names = new Set(params.map((p) => p.name));
  const globals = new Set<string>();
  const target = (e: Expr) => {
    if (e.kind === 'name') names.add(e.id);
    else if (e.kind === 'tuple' || e.kind === 'list') e.items.forEach(target);
    else if (e.kind === 'starred') target(e.value);
  };
  const walk = (stmts: Stmt[]) => {
    for (const s of stmts) {
      switch (s.kind) {
        case 'assign':
          s.targets.forEach(target);
          break;
        case 'augassign':
        case 'annassign':
          target(s.target);
          break;
        case 'for':
          target(s.target);
          walk(s.body);
          walk(s.orelse);
          break;
        case 'def':
        case 'class':
          names.add(s.name);
          break;
        case 'import':
          s.names.forEach((n) => names.add(n.asname ?? n.name.split('.')[0]!));
          break;
        case 'from':
          s.names.forEach((n) => names.add(n.asname ?? n.name));
          break;
        case 'if':
        case 'while':
          walk(s.body);
          walk(s.orelse);
          break;
        case 'try':
          walk(s.body);
          s.handlers.forEach((h) => {
            if (h.name) names.add(h.name);
            walk(h.body);
          });
          walk(s.orelse);
          walk(s.finalbody);
          break;
        case 'global':
          s.names.forEach((n) => globals.add(n));
          break;
        case 'del':
          s.targets.forEach(target);
          break;
      }
    }
  };
  walk(body);
  for (const g of globals) names.delete(g);
  return names;
}

interface Context {
  scope: Scope;
  module: PyModule;
  /** For function scopes: the names that are local (others resolve outward). */
  locals: Set<string> | null;
  /** Whether this is a class body (its names are not seen by nested functions). */
  isClass: boolean;
  frame: Frame;
  handling: PyException | null;
}

export class Interpreter {
  readonly modules = new Map<string, PyModule>();
  readonly builtins: Map<string, PyValue>;
  private readonly frames: Frame[] = [];
  private steps = 0;
  private readonly maxSteps: number;
  private readonly maxDepth: number;
  private readonly localsCache = new WeakMap<Stmt[], Set<string>>();
  /** Source text of every file run, for the lines tracebacks quote. */
  readonly sources = new Map<string, string>();

  constructor(readonly options: InterpreterOptions) {
    this.maxSteps = options.maxSteps ?? 2_000_000;
    this.maxDepth = options.maxDepth ?? 200;
    this.builtins = createBuiltins(this);
  }

  // ---- Modules -------------------------------------------------------------------------

  /** `import name`: the module, importing its parent packages first. */
  importModule(name: string): PyModule {
    const cached = this.modules.get(name);
    if (cached) return cached;
    const dot = name.lastIndexOf('.');
    const parent = dot >= 0 ? this.importModule(name.slice(0, dot)) : null;
    const module = this.loadModule(name, parent);
    if (!module) throw this.moduleNotFound(name);
    if (parent) parent.dict.set(name.slice(dot + 1), module);
    return module;
  }

  /** Whether `import name` would find something, without running it. */
  canImport(name: string): boolean {
    if (this.modules.has(name) || name in this.options.nativeModules) return true;
    const dot = name.lastIndexOf('.');
    if (dot >= 0) {
      if (!this.canImport(name.slice(0, dot))) return false;
      const parent = this.modules.get(name.slice(0, dot));
      const dirs = parent ? this.packageDirs(parent) : [];
      return dirs.some((d) => this.findSource(d, name.slice(dot + 1)) !== null);
    }
    return this.options.sysPath.some((d) => this.findSource(d, name) !== null);
  }

  private moduleNotFound(name: string): PyException {
    const err = pyError('ModuleNotFoundError', `No module named '${name}'`);
    err.exc.dict.set('name', name);
    return err;
  }

  private packageDirs(module: PyModule): string[] {
    const path = module.dict.get('__path__');
    return path instanceof PyList ? path.items.filter((p): p is string => typeof p === 'string') : [];
  }

  private findSource(dir: string, last: string): { file: string | null; packageDir: string | null } | null {
    const fs = this.options.fs;
    const base = `${dir}/${last}`;
    if (fs.isDirectory(base)) {
      const init = `${base}/__init__.py`;
      return { file: fs.readFile(init) !== null ? init : null, packageDir: base };
    }
    if (fs.readFile(`${base}.py`) !== null) return { file: `${base}.py`, packageDir: null };
    return null;
  }

  private loadModule(name: string, parent: PyModule | null): PyModule | null {
    const native = this.options.nativeModules[name];
    if (native) {
      const module = new PyModule(name, null);
      this.modules.set(name, module);
      for (const [k, v] of Object.entries(native(this))) module.dict.set(k, v);
      return module;
    }
    const last = name.slice(name.lastIndexOf('.') + 1);
    const dirs = parent ? this.packageDirs(parent) : this.options.sysPath;
    for (const dir of dirs) {
      const found = this.findSource(dir, last);
      if (!found) continue;
      const module = new PyModule(name, found.file);
      if (found.packageDir) module.dict.set('__path__', new PyList([found.packageDir]));
      this.modules.set(name, module);
      try {
        if (found.file) this.execFile(module, found.file);
      } catch (err) {
        this.modules.delete(name);
        throw err;
      }
      return module;
    }
    return null;
  }

  /** Runs a file as a module: `__main__` for manage.py, a dotted name for imports. */
  runFile(file: string, name = '__main__'): PyModule {
    const module = new PyModule(name, file);
    this.modules.set(name, module);
    this.execFile(module, file);
    return module;
  }

  /**
   * exec(source) of a code string (`manage.py shell -c "..."`, or its standard input) in a
   * fresh namespace called `name`. Tracebacks name the code `File "<string>"` and, as in
   * Python, quote none of its lines: there is no file to read them from.
   */
  runSource(source: string, name = '__main__', namespace: Map<string, PyValue> = new Map()): PyModule {
    const module = new PyModule(name, null);
    for (const [key, value] of namespace) module.dict.set(key, value);
    this.execSource(module, '<string>', source, '');
    return module;
  }

  /**
   * One entry of an interactive console (Python's "single" mode) in `module`'s namespace:
   * the value of a lone expression is returned for the console to print, as
   * sys.displayhook does; statements return undefined.
   */
  runInteractive(source: string, module: PyModule): PyValue | undefined {
    const parsed = this.parse(source, '<console>');
    const frame: Frame = { file: '<console>', name: '<module>', line: 1, source: '' };
    const scope = new Scope(null, module.dict);
    const ctx = { scope, module, locals: null, isClass: false, frame, handling: null };
    return this.withFrame(frame, () => {
      const last = parsed.body[parsed.body.length - 1];
      if (parsed.body.length === 1 && last?.kind === 'expr') {
        this.tick(frame, last.line);
        return this.eval(last.value, ctx);
      }
      this.execBlock(parsed.body, ctx);
      return undefined;
    });
  }

  private execFile(module: PyModule, file: string) {
    const source = this.options.fs.readFile(file) ?? '';
    this.sources.set(file, source);
    this.execSource(module, file, source, source);
  }

  /** Parses and runs `source` as `module`'s body; `quoted` is the text tracebacks quote lines from. */
  private execSource(module: PyModule, file: string, source: string, quoted: string) {
    const parsed = this.parse(source, file);
    const frame: Frame = { file, name: '<module>', line: 1, source: quoted };
    const scope = new Scope(null, module.dict);
    this.withFrame(frame, () => this.execBlock(parsed.body, { scope, module, locals: null, isClass: false, frame, handling: null }));
  }

  /** Parses a source text, its syntax errors raised as Python's SyntaxError. */
  private parse(source: string, file: string): Module {
    try {
      return parseModule(source, file);
    } catch (err) {
      if (err instanceof PythonSyntaxError) throw this.syntaxException(err);
      throw err;
    }
  }

  private syntaxException(err: PythonSyntaxError): PyException {
    const exc = new PyException(newException(exceptionClass(err.problem.type === 'NotImplementedError' ? 'NotImplementedError' : err.problem.type), [err.problem.message]));
    exc.syntax = { problem: err.problem, file: err.file, text: err.text };
    return exc;
  }

  /** eval(code) of one expression in a fresh namespace (the questioner's one-off defaults). */
  evalExpression(code: string, names: Record<string, PyValue> = {}): PyValue {
    const parsed = this.parse(code, '<string>');
    const stmt = parsed.body[0];
    if (parsed.body.length !== 1 || stmt?.kind !== 'expr') throw pyError('SyntaxError', 'invalid syntax');
    const module = new PyModule('__main__', null);
    for (const [k, v] of Object.entries(names)) module.dict.set(k, v);
    const scope = new Scope(null, module.dict);
    const frame: Frame = { file: '<string>', name: '<module>', line: 1, source: code };
    return this.eval(stmt.value, { scope, module, locals: null, isClass: false, frame, handling: null });
  }

  // ---- Frames, limits and errors -------------------------------------------------------

  private withFrame<T>(frame: Frame, body: () => T): T {
    if (this.frames.length >= this.maxDepth) throw pyError('RecursionError', 'maximum recursion depth exceeded');
    this.frames.push(frame);
    try {
      return body();
    } catch (err) {
      if (err instanceof PyException) {
        err.traceback.unshift({ file: frame.file, line: frame.line, name: frame.name, text: frame.source.split('\n')[frame.line - 1] ?? '' });
      }
      throw err;
    } finally {
      this.frames.pop();
    }
  }

  private tick(frame: Frame, line: number) {
    frame.line = line;
    if (++this.steps > this.maxSteps) {
      throw pyError('RuntimeError', `the sandbox stopped this code after ${this.maxSteps.toLocaleString('en')} steps: is there an endless loop?`);
    }
    // Every few thousand steps: often enough that Ctrl+C feels immediate, rare enough to cost nothing.
    if ((this.steps & 0xfff) === 0 && this.options.interrupted?.()) throw pyError('KeyboardInterrupt');
  }

  /** Resets the step budget: each command gets its own. */
  resetSteps() {
    this.steps = 0;
  }

  raise(name: BuiltinExceptionName, message: string): never {
    throw pyError(name, message);
  }

  // ---- Statements ----------------------------------------------------------------------

  private execBlock(body: Stmt[], ctx: Context): void {
    for (const stmt of body) this.exec(stmt, ctx);
  }

  private exec(stmt: Stmt, ctx: Context): void {
    this.tick(ctx.frame, stmt.line);
    switch (stmt.kind) {
      case 'expr':
        this.eval(stmt.value, ctx);
        return;
      case 'assign': {
        const value = this.eval(stmt.value, ctx);
        for (const t of stmt.targets) this.assign(t, value, ctx);
        return;
      }
      case 'augassign': {
        const current = this.eval(stmt.target, ctx);
        const value = this.eval(stmt.value, ctx);
        // `list += iterable` extends in place, as in Python.
        if (stmt.op === '+' && current instanceof PyList) {
          current.items.push(...this.iterate(value));
          this.assign(stmt.target, current, ctx);
          return;
        }
        this.assign(stmt.target, binaryOp(stmt.op, current, value, this), ctx);
        return;
      }
      case 'annassign':
        if (stmt.value) this.assign(stmt.target, this.eval(stmt.value, ctx), ctx);
        return;
      case 'pass':
        return;
      case 'break':
      case 'continue':
        throw new ControlFlow(stmt.kind);
      case 'return':
        throw new ControlFlow('return', stmt.value ? this.eval(stmt.value, ctx) : null);
      case 'if':
        if (this.truthy(this.eval(stmt.test, ctx))) this.execBlock(stmt.body, ctx);
        else this.execBlock(stmt.orelse, ctx);
        return;
      case 'while': {
        while (this.truthy(this.eval(stmt.test, ctx))) {
          const flow = this.loopBody(stmt.body, ctx);
          if (flow === 'break') return;
          this.tick(ctx.frame, stmt.line);
        }
        this.execBlock(stmt.orelse, ctx);
        return;
      }
      case 'for': {
        for (const item of this.iterate(this.eval(stmt.iter, ctx))) {
          this.assign(stmt.target, item, ctx);
          const flow = this.loopBody(stmt.body, ctx);
          if (flow === 'break') return;
          this.tick(ctx.frame, stmt.line);
        }
        this.execBlock(stmt.orelse, ctx);
        return;
      }
      case 'import':
        for (const { name, asname } of stmt.names) {
          const module = this.importModule(name);
          if (asname) this.store(asname, module, ctx);
          else this.store(name.split('.')[0]!, this.modules.get(name.split('.')[0]!)!, ctx);
        }
        return;
      case 'from':
        this.execFrom(stmt.module, stmt.level, stmt.names, ctx);
        return;
      case 'def':
        this.store(stmt.name, this.decorate(this.makeFunction(stmt.name, stmt.params, stmt.body, ctx), stmt.decorators, ctx), ctx);
        return;
      case 'class':
        this.store(stmt.name, this.decorate(this.makeClass(stmt, ctx), stmt.decorators, ctx), ctx);
        return;
      case 'try':
        this.execTry(stmt, ctx);
        return;
      case 'raise':
        this.execRaise(stmt.exc, stmt.cause, ctx);
        return;
      case 'global':
        stmt.names.forEach((n) => ctx.scope.globals.add(n));
        return;
      case 'del':
        for (const t of stmt.targets) this.delete(t, ctx);
        return;
      case 'assert':
        if (!this.truthy(this.eval(stmt.test, ctx))) {
          throw new PyException(newException(exceptionClass('AssertionError'), stmt.msg ? [this.eval(stmt.msg, ctx)] : []));
        }
        return;
    }
  }

  private loopBody(body: Stmt[], ctx: Context): 'break' | null {
    try {
      this.execBlock(body, ctx);
    } catch (flow) {
      if (flow instanceof ControlFlow && flow.kind === 'break') return 'break';
      if (flow instanceof ControlFlow && flow.kind === 'continue') return null;
      throw flow;
    }
    return null;
  }

  private execFrom(moduleName: string, level: number, names: { name: string; asname: string | null }[], ctx: Context) {
    let full = moduleName;
    if (level > 0) {
      const current = String(ctx.module.dict.get('__name__'));
      const isPackage = ctx.module.dict.has('__path__');
      const parts = current.split('.');
      const base = parts.slice(0, parts.length - level + (isPackage ? 1 : 0));
      full = [...base, ...(moduleName ? [moduleName] : [])].join('.');
    }
    const module = this.importModule(full);
    for (const { name, asname } of names) {
      let value = module.dict.get(name);
      if (value === undefined) {
        const sub = `${full}.${name}`;
        if (this.canImport(sub)) value = this.importModule(sub);
      }
      if (value === undefined) {
        const where = module.file ? ` (${module.file})` : ' (unknown location)';
        throw pyError('ImportError', `cannot import name '${name}' from '${full}'${where}`);
      }
      this.store(asname ?? name, value, ctx);
    }
  }

  private execTry(stmt: Extract<Stmt, { kind: 'try' }>, ctx: Context) {
    try {
      try {
        this.execBlock(stmt.body, ctx);
      } catch (err) {
        const exc = this.asPyException(err);
        if (!exc) throw err;
        for (const handler of stmt.handlers) {
          if (handler.type && !this.matches(exc, this.eval(handler.type, ctx))) continue;
          if (handler.name) this.store(handler.name, exc.exc, ctx);
          const previous = ctx.handling;
          ctx.handling = exc;
          try {
            this.execBlock(handler.body, ctx);
          } finally {
            ctx.handling = previous;
          }
          return;
        }
        throw exc;
      }
      this.execBlock(stmt.orelse, ctx);
    } finally {
      this.execBlock(stmt.finalbody, ctx);
    }
  }

  private asPyException(err: unknown): PyException | null {
    if (err instanceof PyException) return err;
    if (err instanceof ControlFlow) return null;
    // A JavaScript error inside the framework reaches the learner as a Python error,
    // never as an uncaught exception.
    if (err instanceof RangeError) return pyError('RecursionError', 'maximum recursion depth exceeded');
    return null;
  }

  private matches(exc: PyException, handler: PyValue): boolean {
    if (handler instanceof PyClass) return exc.exc.cls.isSubclassOf(handler);
    if (handler instanceof PyTuple) return handler.items.some((h) => this.matches(exc, h));
    throw pyError('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  }

  private execRaise(excExpr: Expr | null, causeExpr: Expr | null, ctx: Context): never {
    if (!excExpr) {
      if (ctx.handling) throw ctx.handling;
      throw pyError('RuntimeError', 'No active exception to reraise');
    }
    const err = this.toException(this.eval(excExpr, ctx));
    if (causeExpr) {
      const cause = this.eval(causeExpr, ctx);
      err.cause = cause === null ? null : this.toException(cause, ctx.handling);
    }
    err.context = ctx.handling;
    throw err;
  }

  private toException(value: PyValue, existing: PyException | null = null): PyException {
    if (value instanceof PyClass && isExceptionClass(value)) value = this.call(value, []);
    if (value instanceof PyInstance && isExceptionClass(value.cls)) {
      if (existing && existing.exc === value) return existing;
      return new PyException(value);
    }
    throw pyError('TypeError', 'exceptions must derive from BaseException');
  }

  private decorate(value: PyValue, decorators: Expr[], ctx: Context): PyValue {
    let result = value;
    for (const d of [...decorators].reverse()) result = this.call(this.eval(d, ctx), [result]);
    return result;
  }

  // ---- Names and assignment ------------------------------------------------------------

  private store(name: string, value: PyValue, ctx: Context) {
    if (ctx.scope.globals.has(name)) ctx.module.dict.set(name, value);
    else ctx.scope.vars.set(name, value);
  }

  private lookup(name: string, ctx: Context): PyValue {
    if (ctx.scope.globals.has(name)) return this.lookupGlobal(name, ctx);
    const local = ctx.scope.vars.get(name);
    if (local !== undefined) return local;
    if (ctx.locals?.has(name)) {
      throw pyError('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
    }
    for (let s = ctx.scope.parent; s; s = s.parent) {
      const v = s.vars.get(name);
      if (v !== undefined) return v;
    }
    return this.lookupGlobal(name, ctx);
  }

  private lookupGlobal(name: string, ctx: Context): PyValue {
    const g = ctx.module.dict.get(name);
    if (g !== undefined) return g;
    const b = this.builtins.get(name);
    if (b !== undefined) return b;
    const candidates = new Set([...ctx.scope.vars.keys(), ...ctx.module.dict.keys(), ...this.builtins.keys()]);
    const suggestion = suggestName(name, candidates);
    const err = pyError('NameError', `name '${name}' is not defined${suggestion ? `. Did you mean: '${suggestion}'?` : ''}`);
    throw err;
  }

  private assign(target: Expr, value: PyValue, ctx: Context): void {
    switch (target.kind) {
      case 'name':
        this.store(target.id, value, ctx);
        return;
      case 'attr':
        this.setAttr(this.eval(target.object, ctx), target.name, value);
        return;
      case 'subscript':
        this.setItem(this.eval(target.object, ctx), this.eval(target.index, ctx), value);
        return;
      case 'tuple':
      case 'list': {
        const items = this.iterate(value);
        const starAt = target.items.findIndex((t) => t.kind === 'starred');
        if (starAt < 0) {
          if (items.length !== target.items.length) {
            throw pyError(
              'ValueError',
              items.length > target.items.length
                ? `too many values to unpack (expected ${target.items.length})`
                : `not enough values to unpack (expected ${target.items.length}, got ${items.length})`,
            );
          }
          target.items.forEach((t, i) => this.assign(t, items[i]!, ctx));
          return;
        }
        const after = target.items.length - starAt - 1;
        target.items.slice(0, starAt).forEach((t, i) => this.assign(t, items[i]!, ctx));
        this.assign((target.items[starAt] as Extract<Expr, { kind: 'starred' }>).value, new PyList(items.slice(starAt, items.length - after)), ctx);
        target.items.slice(starAt + 1).forEach((t, i) => this.assign(t, items[items.length - after + i]!, ctx));
        return;
      }
      default:
        throw pyError('SyntaxError', 'cannot assign to expression');
    }
  }

  private delete(target: Expr, ctx: Context) {
    if (target.kind === 'name') {
      if (!ctx.scope.vars.delete(target.id)) throw pyError('NameError', `name '${target.id}' is not defined`);
    } else if (target.kind === 'subscript') {
      const obj = this.eval(target.object, ctx);
      const key = this.eval(target.index, ctx);
      if (obj instanceof PyDict) {
        if (!obj.entries.delete(hashKey(key))) throw new PyException(newException(exceptionClass('KeyError'), [key]));
      } else if (obj instanceof PyList) obj.items.splice(this.index(obj.items.length, key), 1);
      else throw pyError('TypeError', `'${typeName(obj)}' object does not support item deletion`);
    } else if (target.kind === 'attr') {
      const obj = this.eval(target.object, ctx);
      if (obj instanceof PyInstance || obj instanceof PyModule || obj instanceof PyClass) obj.dict.delete(target.name);
    }
  }

  // ---- Functions and classes -----------------------------------------------------------

  private makeFunction(name: string, params: Param[], body: Stmt[], ctx: Context): PyFunction {
    const defaults = new Map<string, PyValue>();
    for (const p of params) if (p.default) defaults.set(p.name, this.eval(p.default, ctx));
    const qualname = ctx.isClass ? `${ctx.frame.name}.${name}` : name;
    // Class bodies are not enclosing scopes for the functions defined in them.
    const closure = ctx.locals || ctx.scope.parent ? (ctx.isClass ? ctx.scope.parent : ctx.scope) : null;
    return new PyFunction(name, qualname, params, defaults, body, ctx.module, closure);
  }

  private makeClass(stmt: Extract<Stmt, { kind: 'class' }>, ctx: Context): PyClass {
    const { args, kwargs } = this.evalArgs(stmt.bases, ctx);
    void kwargs;
    const bases = args.map((b) => {
      if (!(b instanceof PyClass)) throw pyError('TypeError', `bases must be types`);
      return b;
    });
    const module = String(ctx.module.dict.get('__name__'));
    const cls = new PyClass(stmt.name, bases.length ? bases : [this.objectClass()], module);
    const scope = new Scope(ctx.scope);
    const frame: Frame = { file: ctx.frame.file, name: stmt.name, line: stmt.line, source: ctx.frame.source };
    this.withFrame(frame, () =>
      this.execBlock(stmt.body, { scope, module: ctx.module, locals: null, isClass: true, frame, handling: ctx.handling }),
    );
    for (const [k, v] of scope.vars) cls.dict.set(k, v);
    cls.dict.set('__module__', module);
    cls.qualname = stmt.name;
    // Native bases (Django's Model, AppConfig...) learn about their subclasses here.
    for (const base of bases) {
      const hook = base.hook('onSubclass');
      if (hook) {
        hook.hook(cls);
        break;
      }
    }
    return cls;
  }

  objectClass(): PyClass {
    return this.builtins.get('object') as PyClass;
  }

  /** Calls any Python callable with positional and keyword arguments. */
  call(callee: PyValue, args: PyValue[], kwargs: Kwargs = new Map()): PyValue {
    if (callee instanceof PyNativeFunction) return callee.fn(args, kwargs);
    if (callee instanceof PyFunction) return this.callFunction(callee, args, kwargs);
    if (callee instanceof PyBoundMethod) return this.call(callee.func, [callee.self, ...args], kwargs);
    if (callee instanceof PyClass) return this.instantiate(callee, args, kwargs);
    if (callee instanceof PyInstance) {
      const method = callee.cls.lookup('__call__');
      if (method !== undefined) return this.call(method, [callee, ...args], kwargs);
    }
    throw pyError('TypeError', `'${typeName(callee)}' object is not callable`);
  }

  private instantiate(cls: PyClass, args: PyValue[], kwargs: Kwargs): PyValue {
    const construct = cls.hook('construct');
    const init = cls.lookup('__init__');
    const ownInit = init !== undefined && construct && cls.mro.indexOf(construct.cls) > cls.mro.findIndex((c) => c.dict.has('__init__'));
    if (construct && !ownInit) return construct.hook(cls, args, kwargs);
    if (isExceptionClass(cls) && init === undefined) return newException(cls, args);
    const instance = construct ? (construct.hook(cls, [], new Map()) as PyInstance) : new PyInstance(cls);
    if (init !== undefined) this.call(init, [instance, ...args], kwargs);
    else if (args.length || kwargs.size) throw pyError('TypeError', `${cls.name}() takes no arguments`);
    return instance;
  }

  private callFunction(fn: PyFunction, args: PyValue[], kwargs: Kwargs): PyValue {
    const scope = new Scope(fn.closure);
    this.bindArguments(fn, args, kwargs, scope);
    let locals = this.localsCache.get(fn.body);
    if (!locals) {
      locals = localNames(fn.body, fn.params);
      this.localsCache.set(fn.body, locals);
    }
    const file = fn.globals.file ?? '<string>';
    const frame: Frame = { file, name: fn.name, line: fn.body[0]?.line ?? 1, source: this.sources.get(file) ?? '' };
    return this.withFrame(frame, () => {
      try {
        this.execBlock(fn.body, { scope, module: fn.globals, locals, isClass: false, frame, handling: null });
      } catch (flow) {
        if (flow instanceof ControlFlow && flow.kind === 'return') return flow.value;
        throw flow;
      }
      return null;
    });
  }

  private bindArguments(fn: PyFunction, args: PyValue[], kwargs: Kwargs, scope: Scope) {
    const positional = fn.params.filter((p) => p.kind === 'normal');
    const star = fn.params.find((p) => p.kind === 'star');
    const dstar = fn.params.find((p) => p.kind === 'dstar');
    const name = `${fn.qualname}()`;
    if (args.length > positional.length && !star) {
      const given = args.length;
      const count = positional.length;
      throw pyError('TypeError', `${name} takes ${count} positional argument${count === 1 ? '' : 's'} but ${given} ${given === 1 ? 'was' : 'were'} given`);
    }
    positional.forEach((p, i) => {
      if (i < args.length) scope.vars.set(p.name, args[i]!);
    });
    if (star) scope.vars.set(star.name, new PyTuple(args.slice(positional.length)));
    const extra = newDict();
    for (const [key, value] of kwargs) {
      const param = fn.params.find((p) => p.name === key && (p.kind === 'normal' || p.kind === 'kwonly'));
      if (param) {
        if (scope.vars.has(key)) throw pyError('TypeError', `${name} got multiple values for argument '${key}'`);
        scope.vars.set(key, value);
      } else if (dstar) dictSet(extra, key, value);
      else throw pyError('TypeError', `${name} got an unexpected keyword argument '${key}'`);
    }
    if (dstar) scope.vars.set(dstar.name, extra);
    const missing: string[] = [];
    for (const p of fn.params) {
      if ((p.kind === 'normal' || p.kind === 'kwonly') && !scope.vars.has(p.name)) {
        const def = fn.defaults.get(p.name);
        if (def !== undefined) scope.vars.set(p.name, def);
        else if (p.default === null) missing.push(p.name);
      }
    }
    if (missing.length) {
      const quoted = missing.map((m) => `'${m}'`);
      const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
      throw pyError('TypeError', `${name} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
    }
  }

  private evalArgs(argNodes: Arg[], ctx: Context): { args: PyValue[]; kwargs: Kwargs } {
    const args: PyValue[] = [];
    const kwargs: Kwargs = new Map();
    for (const a of argNodes) {
      if (a.kind === 'pos') args.push(this.eval(a.value, ctx));
      else if (a.kind === 'star') args.push(...this.iterate(this.eval(a.value, ctx)));
      else if (a.kind === 'kw') kwargs.set(a.name, this.eval(a.value, ctx));
      else {
        const d = this.eval(a.value, ctx);
        if (!(d instanceof PyDict)) throw pyError('TypeError', `argument after ** must be a mapping, not ${typeName(d)}`);
        for (const { key, value } of d.entries.values()) kwargs.set(String(key), value);
      }
    }
    return { args, kwargs };
  }

  // ---- Expressions ---------------------------------------------------------------------

  private eval(expr: Expr, ctx: Context): PyValue {
    switch (expr.kind) {
      case 'name':
        return this.lookup(expr.id, ctx);
      case 'const':
        return expr.float ? new PyFloat(expr.value as number) : expr.value;
      case 'fstring':
        return expr.parts
          .map((part) => {
            if (typeof part === 'string') return part;
            const value = this.eval(part.expr, ctx);
            const converted = part.conversion === 'r' ? reprOf(value, this) : part.conversion === 's' ? strOf(value, this) : value;
            return formatValue(converted, part.spec, this);
          })
          .join('');
      case 'list':
        return new PyList(this.evalItems(expr.items, ctx));
      case 'tuple':
        return new PyTuple(this.evalItems(expr.items, ctx));
      case 'set': {
        const set = new PySet();
        for (const v of this.evalItems(expr.items, ctx)) set.entries.set(hashKey(v), v);
        return set;
      }
      case 'dict': {
        const dict = newDict();
        for (const e of expr.entries) {
          if ('spread' in e) {
            const other = this.eval(e.spread, ctx);
            if (!(other instanceof PyDict)) throw pyError('TypeError', `'${typeName(other)}' object is not a mapping`);
            for (const { key, value } of other.entries.values()) dictSet(dict, key, value);
          } else dictSet(dict, this.eval(e.key, ctx), this.eval(e.value, ctx));
        }
        return dict;
      }
      case 'attr':
        return this.getAttr(this.eval(expr.object, ctx), expr.name);
      case 'subscript':
        return this.getItem(this.eval(expr.object, ctx), this.eval(expr.index, ctx));
      case 'slice':
        return new PySlice(
          expr.lower ? this.eval(expr.lower, ctx) : null,
          expr.upper ? this.eval(expr.upper, ctx) : null,
          expr.step ? this.eval(expr.step, ctx) : null,
        );
      case 'call': {
        const func = this.eval(expr.func, ctx);
        const { args, kwargs } = this.evalArgs(expr.args, ctx);
        ctx.frame.line = expr.line;
        return this.call(func, args, kwargs);
      }
      case 'binop':
        return binaryOp(expr.op, this.eval(expr.left, ctx), this.eval(expr.right, ctx), this);
      case 'unary': {
        const v = this.eval(expr.operand, ctx);
        if (expr.op === 'not') return !this.truthy(v);
        if (v instanceof PyInstance) {
          // -Decimal('1'), ~Q(...): the operand's own __neg__, __pos__ or __invert__.
          const method = v.cls.lookup(expr.op === '-' ? '__neg__' : expr.op === '+' ? '__pos__' : '__invert__');
          if (method !== undefined) return this.call(method, [v]);
        }
        if (!isNumber(v)) throw pyError('TypeError', `bad operand type for unary ${expr.op}: '${typeName(v)}'`);
        if (expr.op === '+') return v;
        if (expr.op === '~') return ~(v as number);
        return v instanceof PyFloat ? new PyFloat(-v.value) : -(v as number);
      }
      case 'boolop': {
        const left = this.eval(expr.left, ctx);
        if (expr.op === 'and') return this.truthy(left) ? this.eval(expr.right, ctx) : left;
        return this.truthy(left) ? left : this.eval(expr.right, ctx);
      }
      case 'compare': {
        let left = this.eval(expr.left, ctx);
        for (let i = 0; i < expr.ops.length; i++) {
          const right = this.eval(expr.rights[i]!, ctx);
          if (!compareOp(expr.ops[i]!, left, right, this)) return false;
          left = right;
        }
        return true;
      }
      case 'ifexp':
        return this.truthy(this.eval(expr.test, ctx)) ? this.eval(expr.body, ctx) : this.eval(expr.orelse, ctx);
      case 'starred':
        throw pyError('SyntaxError', "can't use starred expression here");
    }
  }

  private evalItems(items: Expr[], ctx: Context): PyValue[] {
    const out: PyValue[] = [];
    for (const item of items) {
      if (item.kind === 'starred') out.push(...this.iterate(this.eval(item.value, ctx)));
      else out.push(this.eval(item, ctx));
    }
    return out;
  }

  // ---- Objects -------------------------------------------------------------------------

  str(value: PyValue): string {
    return strOf(value, this);
  }

  repr(value: PyValue): string {
    return reprOf(value, this);
  }

  truthy(value: PyValue): boolean {
    if (value === null) return false;
    if (typeof value === 'boolean') return value;
    if (typeof value === 'number') return value !== 0;
    if (typeof value === 'string') return value.length > 0;
    if (value instanceof PyFloat) return value.value !== 0;
    if (value instanceof PyList || value instanceof PyTuple) return value.items.length > 0;
    if (value instanceof PyDict || value instanceof PySet) return value.entries.size > 0;
    if (value instanceof PyInstance) {
      const bool = value.cls.lookup('__bool__');
      if (bool !== undefined) return this.truthy(this.call(bool, [value]));
      const len = value.cls.lookup('__len__');
      if (len !== undefined) return this.truthy(this.call(len, [value]));
    }
    return true;
  }

  iterate(value: PyValue): PyValue[] {
    if (value instanceof PyList || value instanceof PyTuple) return [...value.items];
    if (typeof value === 'string') return [...value];
    if (value instanceof PyDict) return [...value.entries.values()].map((e) => e.key);
    if (value instanceof PySet) return [...value.entries.values()];
    if (value instanceof PyInstance) {
      const iter = value.cls.lookup('__iter__');
      if (iter !== undefined) return this.iterate(this.call(iter, [value]));
    }
    throw pyError('TypeError', `'${typeName(value)}' object is not iterable`);
  }

  getAttr(obj: PyValue, name: string): PyValue {
    const found = this.findAttr(obj, name);
    if (found !== undefined) return found;
    let message: string;
    let candidates: Iterable<string> = [];
    if (obj instanceof PyModule) {
      message = `module '${obj.name}' has no attribute '${name}'`;
      candidates = obj.dict.keys();
    } else if (obj instanceof PyClass) {
      message = `type object '${obj.name}' has no attribute '${name}'`;
      candidates = obj.mro.flatMap((c) => [...c.dict.keys()]);
    } else {
      message = `'${typeName(obj)}' object has no attribute '${name}'`;
      if (obj instanceof PyInstance) candidates = [...obj.dict.keys(), ...obj.cls.mro.flatMap((c) => [...c.dict.keys()])];
      else candidates = methodNames(obj);
    }
    const suggestion = suggestName(name, new Set(candidates));
    throw pyError('AttributeError', suggestion ? `${message}. Did you mean: '${suggestion}'?` : message);
  }

  findAttr(obj: PyValue, name: string): PyValue | undefined {
    if (obj instanceof PyModule) return obj.dict.get(name);
    if (obj instanceof PyClass) {
      if (name === '__name__') return obj.name;
      if (name === '__qualname__') return obj.qualname;
      const found = obj.lookup(name);
      const get = descriptorMethod(found, '__get__');
      if (get !== undefined) return this.call(get, [found!, null, obj]);
      return found;
    }
    if (obj instanceof PyInstance) {
      const fromClass = obj.cls.lookup(name);
      // Python's descriptor protocol (Django's managers and related-object accessors use it):
      // a data descriptor (its type defines __get__ and __set__) comes before the instance's
      // dict, a plain one after.
      const get = descriptorMethod(fromClass, '__get__');
      if (get !== undefined && descriptorMethod(fromClass, '__set__') !== undefined) return this.call(get, [fromClass!, obj, obj.cls]);
      const own = obj.dict.get(name);
      if (own !== undefined) return own;
      if (fromClass !== undefined) {
        if (fromClass instanceof PyFunction || fromClass instanceof PyNativeFunction) return new PyBoundMethod(obj, fromClass);
        if (get !== undefined) return this.call(get, [fromClass, obj, obj.cls]);
        return fromClass;
      }
      const computed = obj.cls.hook('getAttr')?.hook(obj, name);
      if (computed !== undefined) return computed;
      if (name === '__class__') return obj.cls;
      return undefined;
    }
    if (obj instanceof PyFunction && name === '__name__') return obj.name;
    return methodOf(obj, name, this);
  }

  setAttr(obj: PyValue, name: string, value: PyValue) {
    if (obj instanceof PyInstance) {
      const attr = obj.cls.lookup(name);
      const set = descriptorMethod(attr, '__set__');
      if (set !== undefined) {
        this.call(set, [attr!, obj, value]);
        return;
      }
    }
    if (obj instanceof PyInstance || obj instanceof PyModule || obj instanceof PyClass) {
      obj.dict.set(name, value);
      return;
    }
    throw pyError('AttributeError', `'${typeName(obj)}' object attribute '${name}' is read-only`);
  }

  index(length: number, key: PyValue): number {
    if (typeof key !== 'number' && typeof key !== 'boolean') throw pyError('TypeError', `indices must be integers or slices, not ${typeName(key)}`);
    let i = Number(key);
    if (i < 0) i += length;
    if (i < 0 || i >= length) throw pyError('IndexError', 'index out of range');
    return i;
  }

  getItem(obj: PyValue, key: PyValue): PyValue {
    if (obj instanceof PyDict) {
      const v = dictGet(obj, key);
      if (v === undefined) throw new PyException(newException(exceptionClass('KeyError'), [key]));
      return v;
    }
    if (obj instanceof PyList || obj instanceof PyTuple || typeof obj === 'string') {
      const items = typeof obj === 'string' ? [...obj] : obj.items;
      if (key instanceof PySlice) {
        const sliced = sliceItems(items, key);
        return typeof obj === 'string' ? sliced.join('') : obj instanceof PyList ? new PyList(sliced) : new PyTuple(sliced);
      }
      const kind = typeof obj === 'string' ? 'string' : typeName(obj);
      try {
        return items[this.index(items.length, key)]!;
      } catch (err) {
        if (err instanceof PyException && err.exc.cls.name === 'IndexError') throw pyError('IndexError', `${kind} index out of range`);
        if (err instanceof PyException && err.exc.cls.name === 'TypeError') throw pyError('TypeError', `${kind} indices must be integers or slices, not ${typeName(key)}`);
        throw err;
      }
    }
    if (obj instanceof PyInstance) {
      const method = obj.cls.lookup('__getitem__');
      if (method !== undefined) return this.call(method, [obj, key]);
    }
    throw pyError('TypeError', `'${typeName(obj)}' object is not subscriptable`);
  }

  setItem(obj: PyValue, key: PyValue, value: PyValue) {
    if (obj instanceof PyDict) return dictSet(obj, key, value);
    if (obj instanceof PyList) {
      obj.items[this.index(obj.items.length, key)] = value;
      return;
    }
    // `response['X-Header'] = ...` and other framework objects with __setitem__.
    const setter = obj instanceof PyInstance ? obj.cls.lookup('__setitem__') : undefined;
    if (setter !== undefined) {
      this.call(setter, [obj, key, value]);
      return;
    }
    throw pyError('TypeError', `'${typeName(obj)}' object does not support item assignment`);
  }

  contains(container: PyValue, item: PyValue): boolean {
    return containsOp(container, item, this);
  }

  equal(a: PyValue, b: PyValue): boolean {
    if (a instanceof PyInstance) {
      const eq = a.cls.lookup('__eq__');
      if (eq !== undefined) return this.truthy(this.call(eq, [a, b]));
    }
    // The reflected operand: `1 == Decimal('1')` asks the Decimal.
    if (b instanceof PyInstance) {
      const eq = b.cls.lookup('__eq__');
      if (eq !== undefined) return this.truthy(this.call(eq, [b, a]));
    }
    return valuesEqual(a, b);
  }
}

/** `__get__` or `__set__` of a class attribute that is a descriptor (an instance whose class defines it). */
function descriptorMethod(attr: PyValue | undefined, name: '__get__' | '__set__'): PyValue | undefined {
  return attr instanceof PyInstance ? attr.cls.lookup(name) : undefined;
}

function sliceItems<T>(items: readonly T[], slice: PySlice): T[] {
  const n = items.length;
  const step = slice.step === null ? 1 : Number(slice.step);
  if (step === 0) throw pyError('ValueError', 'slice step cannot be zero');
  const clamp = (v: PyValue, dflt: number) => {
    if (v === null) return dflt;
    let i = Number(v);
    if (i < 0) i += n;
    return step > 0 ? Math.min(Math.max(i, 0), n) : Math.min(Math.max(i, -1), n - 1);
  };
  const start = clamp(slice.lower, step > 0 ? 0 : n - 1);
  const stop = clamp(slice.upper, step > 0 ? n : -1);
  const out: T[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(items[i]!);
  return out;
}
