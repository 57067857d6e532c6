import type { Expr, Stmt } from './ast';
import { expressionYields, statementYields } from './ast-walk';
import { assign } from './assignment';
import { recordAnnotation } from './annotations';
import { pyError } from './exceptions';
import { evaluate } from './expressions';
import { generatorState, newGeneratorObject } from './generators';
import type { Interpreter } from './interpreter';
import { iterOf } from './iteration';
import { findCase } from './match';
import { PyList, PyTuple, type PyFunction, type PyInstance, type PyValue } from './objects';
import { binaryOp, compareOp } from './operators';
import { store, type Context } from './scopes';
import { asPyException, ControlFlow } from './control-flow';
import { augment, execute, handlerFor } from './statements';
import { enter, exit, exitReason, type Entered } from './with';
import { bindOperands, bindValue, evaluateAfterOperands } from './yield-operands';

/**
 * A generator function's body, run so that it can pause at a `yield`. Only the statements
 * that contain a yield are walked here; everything else runs in the ordinary executor, so
 * a generator's plain statements cost what they cost anywhere.
 */
type Run<T = void> = Generator<PyValue, T, PyValue>;

export function* runGeneratorBody(interp: Interpreter, body: Stmt[], ctx: Context): Run<PyValue> {
  try {
    yield* block(interp, body, ctx);
  } catch (flow) {
    if (flow instanceof ControlFlow && flow.kind === 'return') return flow.value;
    throw flow;
  }
  return null;
}

function* block(interp: Interpreter, body: Stmt[], ctx: Context): Run {
  for (const stmt of body) {
    if (statementYields(stmt)) yield* statement(interp, stmt, ctx);
    else execute(interp, stmt, ctx);
  }
}

function* statement(interp: Interpreter, stmt: Stmt, ctx: Context): Run {
  interp.stack.tick(ctx.frame, stmt.line);
  switch (stmt.kind) {
    case 'expr':
      yield* value(interp, stmt.value, ctx);
      return;
    case 'assign': {
      const v = yield* value(interp, stmt.value, ctx);
      for (const t of stmt.targets) assign(interp, t, v, ctx);
      return;
    }
    case 'augassign': {
      const current = evaluate(interp, stmt.target, ctx);
      augment(interp, stmt, current, yield* value(interp, stmt.value, ctx), ctx);
      return;
    }
    case 'annassign':
      if (stmt.value) assign(interp, stmt.target, yield* value(interp, stmt.value, ctx), ctx);
      recordAnnotation(interp, stmt, ctx);
      return;
    case 'return':
      throw new ControlFlow('return', stmt.value ? yield* value(interp, stmt.value, ctx) : null);
    case 'if':
      if (interp.truthy(yield* value(interp, stmt.test, ctx))) yield* block(interp, stmt.body, ctx);
      else yield* block(interp, stmt.orelse, ctx);
      return;
    case 'while':
      while (interp.truthy(yield* value(interp, stmt.test, ctx))) {
        if ((yield* loopBody(interp, stmt.body, ctx)) === 'break') return;
        interp.stack.tick(ctx.frame, stmt.line);
      }
      yield* block(interp, stmt.orelse, ctx);
      return;
    case 'for': {
      const items = iterOf(interp, yield* value(interp, stmt.iter, ctx));
      for (let r = items.next(); !r.done; r = items.next()) {
        assign(interp, stmt.target, r.value, ctx);
        if ((yield* loopBody(interp, stmt.body, ctx)) === 'break') return;
        interp.stack.tick(ctx.frame, stmt.line);
      }
      yield* block(interp, stmt.orelse, ctx);
      return;
    }
    case 'try':
      yield* tryStatement(interp, stmt, ctx);
      return;
    case 'with':
      yield* withItems(interp, stmt.items, 0, stmt.body, ctx);
      return;
    case 'match': {
      const found = findCase(interp, stmt.cases, yield* value(interp, stmt.subject, ctx), ctx);
      if (found) yield* block(interp, found.body, ctx);
      return;
    }
    case 'raise':
    case 'del':
      yield* withOperands(interp, stmt, ctx);
      return;
    case 'assert':
      if (interp.truthy(yield* value(interp, stmt.test, ctx))) return;
      yield* withOperands(interp, { ...stmt, test: { ...stmt.test, kind: 'const', value: false } }, ctx);
      return;
    default:
      throw pyError('NotImplementedError', `'yield' inside a '${stmt.kind}' statement is not available in the sandbox's Python`);
  }
}

function* loopBody(interp: Interpreter, body: Stmt[], ctx: Context): Run<'break' | null> {
  try {
    yield* block(interp, body, ctx);
  } catch (flow) {
    if (flow instanceof ControlFlow && flow.kind === 'break') return 'break';
    if (flow instanceof ControlFlow && flow.kind === 'continue') return null;
    throw flow;
  }
  return null;
}

function* tryStatement(interp: Interpreter, stmt: Extract<Stmt, { kind: 'try' }>, ctx: Context): Run {
  try {
    try {
      yield* block(interp, stmt.body, ctx);
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
        yield* block(interp, handler.body, ctx);
      } finally {
        ctx.handling = previous;
        ctx.frame.handling = framePrevious;
        ctx.frame.handlingLine = linePrevious;
      }
      return;
    }
    yield* block(interp, stmt.orelse, ctx);
  } finally {
    yield* block(interp, stmt.finalbody, ctx);
  }
}

function* withItems(interp: Interpreter, items: Extract<Stmt, { kind: 'with' }>['items'], index: number, body: Stmt[], ctx: Context): Run {
  if (index === items.length) {
    yield* block(interp, body, ctx);
    return;
  }
  const entered: Entered = enter(interp, items[index]!, ctx);
  try {
    yield* withItems(interp, items, index + 1, body, ctx);
  } catch (err) {
    const exc = exitReason(err);
    if (exc && exit(interp, entered, exc)) return;
    if (!exc) exit(interp, entered, null);
    throw exc ?? err;
  }
  exit(interp, entered, null);
}

/** An expression that yields somewhere inside; the forms a yield is written in are walked, the rest evaluated as usual. */
function* value(interp: Interpreter, expr: Expr, ctx: Context): Run<PyValue> {
  if (!expressionYields(expr)) return evaluate(interp, expr, ctx);
  switch (expr.kind) {
    case 'yield': {
      const v = expr.value ? yield* value(interp, expr.value, ctx) : null;
      if (expr.from) return yield* yieldFrom(interp, v);
      return yield v;
    }
    case 'tuple':
    case 'list': {
      const items: PyValue[] = [];
      for (const item of expr.items) {
        if (item.kind === 'starred') items.push(...interp.iterate(yield* value(interp, item.value, ctx)));
        else items.push(yield* value(interp, item, ctx));
      }
      return expr.kind === 'tuple' ? new PyTuple(items) : new PyList(items);
    }
    case 'binop':
      return binaryOp(expr.op, yield* value(interp, expr.left, ctx), yield* value(interp, expr.right, ctx), interp);
    case 'unary':
      if (expr.op === 'not') return !interp.truthy(yield* value(interp, expr.operand, ctx));
      break;
    case 'call': {
      if (expr.args.some((a) => a.kind === 'star' || a.kind === 'dstar')) break;
      const func = yield* value(interp, expr.func, ctx);
      const args: PyValue[] = [];
      const kwargs = new Map<string, PyValue>();
      for (const a of expr.args) {
        const v = yield* value(interp, a.value, ctx);
        if (a.kind === 'kw') kwargs.set(a.name, v);
        else args.push(v);
      }
      ctx.frame.line = expr.line;
      return interp.call(func, args, kwargs);
    }
    case 'attr':
      return interp.getAttr(yield* value(interp, expr.object, ctx), expr.name);
    case 'subscript': {
      const object = yield* value(interp, expr.object, ctx);
      return interp.getItem(object, yield* value(interp, expr.index, ctx));
    }
    case 'compare': {
      let left = yield* value(interp, expr.left, ctx);
      for (let i = 0; i < expr.ops.length; i++) {
        const right = yield* value(interp, expr.rights[i]!, ctx);
        if (!compareOp(expr.ops[i]!, left, right, interp)) return false;
        left = right;
      }
      return true;
    }
    case 'boolop': {
      const left = yield* value(interp, expr.left, ctx);
      if (expr.op === 'and') return interp.truthy(left) ? yield* value(interp, expr.right, ctx) : left;
      return interp.truthy(left) ? left : yield* value(interp, expr.right, ctx);
    }
    case 'ifexp':
      return interp.truthy(yield* value(interp, expr.test, ctx)) ? yield* value(interp, expr.body, ctx) : yield* value(interp, expr.orelse, ctx);
    case 'walrus': {
      const v = yield* value(interp, expr.value, ctx);
      store(expr.target, v, ctx);
      return v;
    }
    default:
      break;
  }
  return yield* evaluateAfterOperands(interp, expr, ctx, (operand) => value(interp, operand, ctx));
}

/** `raise`, `del` and a failed `assert` whose expressions yield: they run once their operands are known. */
function* withOperands(interp: Interpreter, stmt: Extract<Stmt, { kind: 'raise' | 'del' | 'assert' }>, ctx: Context): Run {
  const bound: string[] = [];
  const operand = (e: Expr) => value(interp, e, ctx);
  /** A yielding expression, evaluated now and read back through a hidden name. */
  const whole = function* (e: Expr | null): Run<Expr | null> {
    if (!e || !expressionYields(e)) return e;
    return bindValue(ctx, yield* operand(e), e, bound);
  };
  /** A del target keeps its form; only its object and index are evaluated ahead. */
  const target = function* (e: Expr): Run<Expr> {
    if (e.kind === 'tuple' || e.kind === 'list') {
      const items: Expr[] = [];
      for (const item of e.items) items.push(yield* target(item));
      return { ...e, items };
    }
    return expressionYields(e) ? yield* bindOperands(e, ctx, operand, bound) : e;
  };
  try {
    if (stmt.kind === 'raise') execute(interp, { ...stmt, exc: yield* whole(stmt.exc), cause: yield* whole(stmt.cause) }, ctx);
    else if (stmt.kind === 'assert') execute(interp, { ...stmt, msg: yield* whole(stmt.msg) }, ctx);
    else {
      const targets: Expr[] = [];
      for (const t of stmt.targets) targets.push(yield* target(t));
      execute(interp, { ...stmt, targets }, ctx);
    }
  } finally {
    for (const name of bound) ctx.scope.vars.delete(name);
  }
}

/** `yield from`: a generator gets the values sent and exceptions thrown at the delegating one; its return value is the result. */
function* yieldFrom(interp: Interpreter, iterable: PyValue): Run<PyValue> {
  const inner = generatorState(iterable);
  if (!inner) {
    const items = iterOf(interp, iterable);
    for (let r = items.next(); !r.done; r = items.next()) yield r.value;
    return null;
  }
  let result = inner.resume('send', null);
  while (!result.done) {
    let sent: PyValue;
    try {
      sent = yield result.value;
    } catch (err) {
      const exc = asPyException(err);
      if (!exc) throw err;
      if (exc.exc.cls.name === 'GeneratorExit' && exc.exc.cls.module === 'builtins') {
        inner.close();
        throw exc;
      }
      result = inner.resume('throw', exc);
      continue;
    }
    result = inner.resume('send', sent);
  }
  return result.value;
}

/** Calling a generator function: the arguments are bound, the body waits for the first next(). */
export function newGenerator(interp: Interpreter, fn: PyFunction, ctx: Context): PyInstance {
  return newGeneratorObject(interp, runGeneratorBody(interp, fn.body, ctx), ctx.frame, fn.qualname, fn.isAsync ? 'coroutine' : 'generator');
}
