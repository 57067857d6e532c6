import type { Annotation, Param, Stmt } from './ast';
import { evaluate } from './expressions';
import type { Interpreter } from './interpreter';
import { PyDict, PyInstance, type PyValue } from './objects';
import type { Context } from './scopes';
import { dictSet, newDict } from './values';

/**
 * Annotations are evaluated where they are written, or kept as their source text when the
 * module did `from __future__ import annotations` (PEP 563), which binds that feature object.
 */
function annotationValue(interp: Interpreter, annotation: Annotation, ctx: Context): PyValue {
  const future = ctx.module.dict.get('annotations');
  if (future instanceof PyInstance && future.cls.name === '_Feature') return annotation.text;
  return evaluate(interp, annotation.value, ctx);
}

/** A function's `__annotations__`: its parameters' then its return's. */
export function functionAnnotations(interp: Interpreter, params: Param[], returns: Annotation | undefined, ctx: Context): PyDict | null {
  if (!returns && !params.some((p) => p.annotation)) return null;
  const dict = newDict();
  for (const p of params) if (p.annotation) dictSet(dict, p.name, annotationValue(interp, p.annotation, ctx));
  if (returns) dictSet(dict, 'return', annotationValue(interp, returns, ctx));
  return dict;
}

/** `name: T` in a module or class body lands in its `__annotations__`; in a function it is not evaluated at all. */
export function recordAnnotation(interp: Interpreter, stmt: Extract<Stmt, { kind: 'annassign' }>, ctx: Context) {
  if (ctx.locals) return;
  const value = annotationValue(interp, stmt.annotation, ctx);
  if (stmt.target.kind !== 'name') return;
  let dict = ctx.scope.vars.get('__annotations__');
  if (!(dict instanceof PyDict)) {
    dict = newDict();
    ctx.scope.vars.set('__annotations__', dict);
  }
  dictSet(dict as PyDict, stmt.target.id, value);
}
