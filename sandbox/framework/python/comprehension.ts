import type { CompClause, Expr } from './ast';
import { assign } from './assignment';
import type { Frame } from './call-stack';
import { evaluate } from './expressions';
import { newGeneratorObject } from './generators';
import type { Interpreter } from './interpreter';
import { iterOf } from './iteration';
import { PyList, PySet, Scope, type PyValue } from './objects';
import type { Context } from './scopes';
import { dictSet, hashKey, newDict } from './values';

type Comprehension = Extract<Expr, { kind: 'comp' }>;

/**
 * Comprehensions run in a scope of their own (their loop variables do not leak), which sees
 * the names around it. The first iterable is evaluated where the comprehension is written;
 * a generator expression runs the rest lazily, as a generator.
 */
export function evalComprehension(interp: Interpreter, comp: Comprehension, ctx: Context): PyValue {
  const first = iterOf(interp, evaluate(interp, comp.clauses[0]!.iter, ctx));
  if (comp.type === 'gen') {
    const qualname = ctx.qualname ? `${ctx.qualname}.<locals>.<genexpr>` : '<genexpr>';
    const frame: Frame = { file: ctx.frame.file, name: '<genexpr>', line: comp.line, source: ctx.frame.source };
    const inner = comprehensionContext(ctx, frame);
    return newGeneratorObject(interp, generate(interp, comp, inner, first), frame, qualname);
  }
  const inner = comprehensionContext(ctx, ctx.frame);
  if (comp.type === 'list') {
    const items: PyValue[] = [];
    run(interp, comp, inner, first, 0, () => items.push(evaluate(interp, comp.element, inner)));
    return new PyList(items);
  }
  if (comp.type === 'set') {
    const set = new PySet();
    run(interp, comp, inner, first, 0, () => {
      const v = evaluate(interp, comp.element, inner);
      set.entries.set(hashKey(v), v);
    });
    return set;
  }
  const dict = newDict();
  run(interp, comp, inner, first, 0, () => {
    const key = evaluate(interp, comp.element, inner);
    dictSet(dict, key, evaluate(interp, comp.value!, inner));
  });
  return dict;
}

function comprehensionContext(ctx: Context, frame: Frame): Context {
  // A class body's names are not visible inside, as for functions defined there.
  const parent = ctx.isClass ? ctx.scope.parent : ctx.scope;
  return { scope: new Scope(parent), module: ctx.module, locals: null, isClass: false, frame, handling: ctx.handling, enclosing: ctx, qualname: ctx.qualname };
}

function run(interp: Interpreter, comp: Comprehension, ctx: Context, items: Iterator<PyValue>, level: number, emit: () => void): void {
  const clause = comp.clauses[level]!;
  for (let r = items.next(); !r.done; r = items.next()) {
    interp.stack.tick(ctx.frame, comp.line);
    if (!accept(interp, clause, r.value, ctx)) continue;
    if (level + 1 === comp.clauses.length) emit();
    else run(interp, comp, ctx, iterOf(interp, evaluate(interp, comp.clauses[level + 1]!.iter, ctx)), level + 1, emit);
  }
}

function accept(interp: Interpreter, clause: CompClause, item: PyValue, ctx: Context): boolean {
  assign(interp, clause.target, item, ctx);
  return clause.ifs.every((test) => interp.truthy(evaluate(interp, test, ctx)));
}

function* generate(interp: Interpreter, comp: Comprehension, ctx: Context, items: Iterator<PyValue>, level = 0): Generator<PyValue, PyValue, PyValue> {
  const clause = comp.clauses[level]!;
  for (let r = items.next(); !r.done; r = items.next()) {
    interp.stack.tick(ctx.frame, comp.line);
    if (!accept(interp, clause, r.value, ctx)) continue;
    if (level + 1 === comp.clauses.length) yield evaluate(interp, comp.element, ctx);
    else yield* generate(interp, comp, ctx, iterOf(interp, evaluate(interp, comp.clauses[level + 1]!.iter, ctx)), level + 1);
  }
  return null;
}
