import type { Annotation, Expr, Param, Stmt } from './ast';
import { functionAnnotations, recordAnnotation } from './annotations';
import { assign, deleteTarget } from './assignment';
import { docstring } from './class-builtins';
import type { Frame } from './call-stack';
import { exceptionClass, isExceptionClass, newException, PyException, pyError } from './exceptions';
import { evalArgs, evaluate } from './expressions';
import { execFrom, execImport } from './import-statements';
import type { Interpreter } from './interpreter';
import { PyClass, PyFunction, PyInstance, PyList, PyTuple, Scope, type PyValue } from './objects';
import { createClass } from './class-creation';
import { binaryOp, DUNDER } from './operators';
import { store, type Context } from './scopes';
import { findCase } from './match';
import { iterOf } from './iteration';
import { asPyException, ControlFlow, handlerMatches } from './control-flow';
import { execWith } from './with';
import { closureNames } from './closures';

export function execBlock(interp: Interpreter, body: Stmt[], ctx: Context): void {
  for (const stmt of body) execute(interp, stmt, ctx);
}

/** One statement, in the ordinary (non-generator) executor. */
export function execute(interp: Interpreter, stmt: Stmt, ctx: Context): void {
  interp.stack.tick(ctx.frame, stmt.line);
  switch (stmt.kind) {
    case 'expr':
      evaluate(interp, stmt.value, ctx);
      return;
    case 'assign': {
      const value = evaluate(interp, stmt.value, ctx);
      for (const t of stmt.targets) assign(interp, t, value, ctx);
      return;
    }
    case 'augassign': {
      const current = evaluate(interp, stmt.target, ctx);
      augment(interp, stmt, current, evaluate(interp, stmt.value, ctx), ctx);
      return;
    }
    case 'annassign':
      if (stmt.value) assign(interp, stmt.target, evaluate(interp, stmt.value, ctx), ctx);
      recordAnnotation(interp, stmt, ctx);
      return;
    case 'pass':
      return;
    case 'break':
    case 'continue':
      throw new ControlFlow(stmt.kind);
    case 'return':
      throw new ControlFlow('return', stmt.value ? evaluate(interp, stmt.value, ctx) : null);
    case 'if':
      if (interp.truthy(evaluate(interp, stmt.test, ctx))) execBlock(interp, stmt.body, ctx);
      else execBlock(interp, stmt.orelse, ctx);
      return;
    case 'while': {
      while (interp.truthy(evaluate(interp, stmt.test, ctx))) {
        const flow = loopBody(interp, stmt.body, ctx);
        if (flow === 'break') return;
        interp.stack.tick(ctx.frame, stmt.line);
      }
      execBlock(interp, stmt.orelse, ctx);
      return;
    }
    case 'for': {
      const items = iterOf(interp, evaluate(interp, stmt.iter, ctx));
      for (let r = items.next(); !r.done; r = items.next()) {
        assign(interp, stmt.target, r.value, ctx);
        const flow = loopBody(interp, stmt.body, ctx);
        if (flow === 'break') return;
        interp.stack.tick(ctx.frame, stmt.line);
      }
      execBlock(interp, stmt.orelse, ctx);
      return;
    }
    case 'import':
      execImport(interp, stmt.names, ctx);
      return;
    case 'from':
      execFrom(interp, stmt.module, stmt.level, stmt.names, ctx);
      return;
    case 'def':
      store(stmt.name, decorate(interp, makeFunction(interp, stmt.name, stmt.params, stmt.body, ctx, stmt.returns, stmt.line, stmt.isAsync), stmt.decorators, ctx), ctx);
      return;
    case 'class':
      store(stmt.name, decorate(interp, makeClass(interp, stmt, ctx), stmt.decorators, ctx), ctx);
      return;
    case 'try':
      execTry(interp, stmt, ctx);
      return;
    case 'raise':
      execRaise(interp, stmt.exc, stmt.cause, ctx);
      return;
    case 'global':
      stmt.names.forEach((n) => ctx.scope.globals.add(n));
      return;
    case 'nonlocal':
      // Resolved with the function's names before it runs (scopes.ts).
      return;
    case 'with':
      execWith(interp, stmt.items, 0, ctx, () => execBlock(interp, stmt.body, ctx), stmt.line);
      return;
    case 'match': {
      const found = findCase(interp, stmt.cases, evaluate(interp, stmt.subject, ctx), ctx);
      if (found) execBlock(interp, found.body, ctx);
      return;
    }
    case 'del':
      for (const t of stmt.targets) deleteTarget(interp, t, ctx);
      return;
    case 'assert':
      if (!interp.truthy(evaluate(interp, stmt.test, ctx))) {
        throw new PyException(newException(exceptionClass('AssertionError'), stmt.msg ? [evaluate(interp, stmt.msg, ctx)] : []));
      }
      return;
  }
}

/** `x op= value`; `list += iterable` extends in place, as in Python. */
export function augment(interp: Interpreter, stmt: Extract<Stmt, { kind: 'augassign' }>, current: PyValue, value: PyValue, ctx: Context) {
  if (stmt.op === '+' && current instanceof PyList) {
    current.items.push(...interp.iterate(value));
    assign(interp, stmt.target, current, ctx);
    return;
  }
  // An instance's in-place method (`__iadd__`, `__ior__`...) first; NotImplemented or none falls back to the binary operator.
  const inplace = current instanceof PyInstance && DUNDER[stmt.op] ? current.cls.lookup(`__i${DUNDER[stmt.op]!.slice(2)}`) : undefined;
  if (inplace !== undefined && inplace !== null) {
    const result = interp.call(inplace, [current, value]);
    if (result !== interp.builtins.get('NotImplemented')) {
      assign(interp, stmt.target, result, ctx);
      return;
    }
  }
  assign(interp, stmt.target, binaryOp(stmt.op, current, value, interp), ctx);
}

function loopBody(interp: Interpreter, body: Stmt[], ctx: Context): 'break' | null {
  try {
    execBlock(interp, body, ctx);
  } catch (flow) {
    if (flow instanceof ControlFlow && flow.kind === 'break') return 'break';
    if (flow instanceof ControlFlow && flow.kind === 'continue') return null;
    throw flow;
  }
  return null;
}

function execTry(interp: Interpreter, stmt: Extract<Stmt, { kind: 'try' }>, ctx: Context) {
  try {
    try {
      execBlock(interp, stmt.body, ctx);
    } catch (err) {
      const exc = asPyException(err);
      if (!exc) throw err;
      const handler = handlerFor(interp, stmt.handlers, exc, ctx);
      if (!handler) throw exc;
      const previous = ctx.handling;
      const framePrevious = ctx.frame.handling;
      const linePrevious = ctx.frame.handlingLine;
      ctx.handling = ctx.frame.handling = exc;
      ctx.frame.handlingLine = ctx.frame.line;
      try {
        execBlock(interp, handler.body, ctx);
      } finally {
        ctx.handling = previous;
        ctx.frame.handling = framePrevious;
        ctx.frame.handlingLine = linePrevious;
      }
      return;
    }
    execBlock(interp, stmt.orelse, ctx);
  } finally {
    execBlock(interp, stmt.finalbody, ctx);
  }
}

type Handler = Extract<Stmt, { kind: 'try' }>['handlers'][number];

/** The first `except` clause that takes `exc`, with its `as` name bound; shared by both executors. */
export function handlerFor(interp: Interpreter, handlers: Handler[], exc: PyException, ctx: Context): Handler | undefined {
  for (const handler of handlers) {
    if (handler.type && !handlerMatches(exc, evaluate(interp, handler.type, ctx))) continue;
    if (handler.name) store(handler.name, exc.exc, ctx);
    return handler;
  }
  return undefined;
}

function execRaise(interp: Interpreter, excExpr: Expr | null, causeExpr: Expr | null, ctx: Context): never {
  if (!excExpr) {
    if (ctx.handling) throw ctx.handling;
    throw pyError('RuntimeError', 'No active exception to reraise');
  }
  const err = toException(interp, evaluate(interp, excExpr, ctx));
  if (causeExpr) {
    const cause = evaluate(interp, causeExpr, ctx);
    err.cause = cause === null ? null : toException(interp, cause, ctx.handling);
    err.suppressContext = true;
  }
  err.context = ctx.handling;
  throw err;
}

function toException(interp: Interpreter, value: PyValue, existing: PyException | null = null): PyException {
  if (value instanceof PyClass && isExceptionClass(value)) value = interp.call(value, []);
  if (value instanceof PyInstance && isExceptionClass(value.cls)) {
    if (existing && existing.exc === value) return existing;
    return new PyException(value);
  }
  throw pyError('TypeError', 'exceptions must derive from BaseException');
}

function decorate(interp: Interpreter, value: PyValue, decorators: Expr[], ctx: Context): PyValue {
  let result = value;
  for (const d of [...decorators].reverse()) result = interp.call(evaluate(interp, d, ctx), [result]);
  return result;
}

export function makeFunction(
  interp: Interpreter,
  name: string,
  params: Param[],
  body: Stmt[],
  ctx: Context,
  returns?: Annotation,
  line = body[0]?.line ?? 0,
  isAsync = false,
): PyFunction {
  const defaults = new Map<string, PyValue>();
  for (const p of params) if (p.default) defaults.set(p.name, evaluate(interp, p.default, ctx));
  const qualname = nestedQualname(ctx, name);
  // Class bodies are not enclosing scopes for the functions defined in them.
  const closure = ctx.locals || ctx.scope.parent ? (ctx.isClass ? ctx.scope.parent : ctx.scope) : null;
  const fn = new PyFunction(name, qualname, params, defaults, body, ctx.module, closure);
  fn.annotations = functionAnnotations(interp, params, returns, ctx);
  fn.line = line;
  fn.isAsync = isAsync;
  if (closure) fn.freevars = closureNames(body, params, ctx);
  return fn;
}

/** A class body inside a function may declare names of the function `nonlocal`. */
function classNonlocals(body: Stmt[]): Set<string> | undefined {
  const names = body.flatMap((s) => (s.kind === 'nonlocal' ? s.names : []));
  return names.length ? new Set(names) : undefined;
}

/** `Outer.Inner`, `Cls.method`, `outer.<locals>.inner`: where a def or class statement ran. */
function nestedQualname(ctx: Context, name: string): string {
  if (ctx.isClass) return `${ctx.qualname ?? ctx.frame.name}.${name}`;
  return ctx.qualname ? `${ctx.qualname}.<locals>.${name}` : name;
}

function makeClass(interp: Interpreter, stmt: Extract<Stmt, { kind: 'class' }>, ctx: Context): PyClass {
  const { args, kwargs } = evalArgs(interp, stmt.bases, ctx);
  // PEP 560: a base that is not a class (typing's Generic[T]) names the classes it stands for.
  const bases = args.flatMap((b) => {
    if (b instanceof PyClass) return [b];
    const entries = interp.findAttr(b, '__mro_entries__');
    if (entries === undefined) throw pyError('TypeError', `bases must be types`);
    return interp.iterate(interp.call(entries, [new PyTuple(args)])).filter((c): c is PyClass => c instanceof PyClass);
  });
  const module = String(ctx.module.dict.get('__name__'));
  const explicit = kwargs.get('metaclass');
  kwargs.delete('metaclass');
  const metaclass = explicit instanceof PyClass ? explicit : (bases.find((b) => b.metaclass !== null)?.metaclass ?? null);
  const scope = new Scope(ctx.scope);
  scope.vars.set('__module__', module);
  const qualname = nestedQualname(ctx, stmt.name);
  scope.vars.set('__qualname__', qualname);
  const frame: Frame = { file: ctx.frame.file, name: stmt.name, line: stmt.line, source: ctx.frame.source };
  interp.stack.withFrame(frame, () =>
    execBlock(interp, stmt.body, { scope, module: ctx.module, locals: null, isClass: true, frame, handling: ctx.handling, nonlocals: classNonlocals(stmt.body), qualname }),
  );
  const cls = createClass(interp, metaclass, stmt.name, bases, scope.vars, kwargs);
  cls.doc = docstring(stmt.body);
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
