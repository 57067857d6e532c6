import type { Expr } from './ast';
import { PyException, pyError } from './exceptions';
import { iterOf } from './iteration';
import { deleteAttr, deleteItem } from './builtin-functions';
import { evaluate } from './expressions';
import type { Interpreter } from './interpreter';
import { PyList, PyTuple, type PyValue } from './objects';
import { typeName } from './values';
import { store, type Context } from './scopes';


export function assign(interp: Interpreter, target: Expr, value: PyValue, ctx: Context): void {
  switch (target.kind) {
    case 'name':
      store(target.id, value, ctx);
      return;
    case 'attr':
      interp.setAttr(evaluate(interp, target.object, ctx), target.name, value);
      return;
    case 'subscript':
      interp.setItem(evaluate(interp, target.object, ctx), evaluate(interp, target.index, ctx), value);
      return;
    case 'tuple':
    case 'list': {
      const starAt = target.items.findIndex((t) => t.kind === 'starred');
      const items = unpack(interp, value, starAt < 0 ? target.items.length + 1 : Infinity);
      if (starAt < 0) {
        if (items.length !== target.items.length) {
          throw pyError(
            'ValueError',
            items.length > target.items.length
              ? `too many values to unpack (expected ${target.items.length})`
              : `not enough values to unpack (expected ${target.items.length}, got ${items.length})`,
          );
        }
        target.items.forEach((t, i) => assign(interp, t, items[i]!, ctx));
        return;
      }
      const after = target.items.length - starAt - 1;
      target.items.slice(0, starAt).forEach((t, i) => assign(interp, t, items[i]!, ctx));
      assign(interp, (target.items[starAt] as Extract<Expr, { kind: 'starred' }>).value, new PyList(items.slice(starAt, items.length - after)), ctx);
      target.items.slice(starAt + 1).forEach((t, i) => assign(interp, t, items[items.length - after + i]!, ctx));
      return;
    }
    default:
      throw pyError('SyntaxError', 'cannot assign to expression');
  }
}

export function deleteTarget(interp: Interpreter, target: Expr, ctx: Context) {
  if (target.kind === 'name') {
    if (!ctx.scope.vars.delete(target.id)) throw pyError('NameError', `name '${target.id}' is not defined`);
  } else if (target.kind === 'subscript') {
    deleteItem(interp, evaluate(interp, target.object, ctx), evaluate(interp, target.index, ctx));
  } else if (target.kind === 'attr') {
    deleteAttr(interp, evaluate(interp, target.object, ctx), target.name);
  }
}

/**
 * The items a tuple target takes: at most `limit` of them (one more than it needs is enough to
 * tell "too many values", and an endless generator is not run to its end).
 */
function unpack(interp: Interpreter, value: PyValue, limit: number): PyValue[] {
  if (value instanceof PyTuple || value instanceof PyList) return value.items.slice();
  let it: Iterator<PyValue>;
  try {
    it = iterOf(interp, value);
  } catch (err) {
    if (err instanceof PyException && err.exc.cls.name === 'TypeError' && / object is not iterable$/.test(err.message)) {
      throw pyError('TypeError', `cannot unpack non-iterable ${typeName(value)} object`);
    }
    throw err;
  }
  const items: PyValue[] = [];
  for (let r = it.next(); !r.done; r = items.length < limit ? it.next() : { done: true, value: null }) items.push(r.value);
  return items;
}
