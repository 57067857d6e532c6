import { pyError } from './exceptions';
import type { Interpreter } from './interpreter';
import { PyFloat, PyList, type Kwargs, type PyValue } from './objects';
import { compareOp } from './operators';

/** `a < b` as sorted() asks it: numbers and strings directly, anything else through the operator (tuples, __lt__). */
function less(interp: Interpreter, a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  if (a instanceof PyFloat && b instanceof PyFloat) return a.value < b.value;
  return compareOp('<', a, b, interp);
}

function keyOf(interp: Interpreter, kwargs: Kwargs): ((v: PyValue) => PyValue) | null {
  const key = kwargs.get('key');
  return key === undefined || key === null ? null : (v) => interp.call(key, [v]);
}

/** list.sort and sorted(): stable, with only `<` asked of the values, as CPython's sort does. */
export function sortValues(interp: Interpreter, items: PyValue[], kwargs: Kwargs, name = 'sort'): PyValue[] {
  for (const k of kwargs.keys()) if (k !== 'key' && k !== 'reverse') throw pyError('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
  const key = keyOf(interp, kwargs);
  const reverse = kwargs.has('reverse') && interp.truthy(kwargs.get('reverse')!);
  const keyed = items.map((v) => ({ v, k: key ? key(v) : v }));
  const sign = reverse ? -1 : 1;
  keyed.sort((x, y) => (less(interp, x.k, y.k) ? -sign : less(interp, y.k, x.k) ? sign : 0));
  return keyed.map((x) => x.v);
}

export function sortList(interp: Interpreter, list: PyList, args: PyValue[], kwargs: Kwargs): PyValue {
  if (args.length) throw pyError('TypeError', 'sort() takes no positional arguments');
  list.items = sortValues(interp, list.items, kwargs);
  return null;
}

/** min() and max(): one iterable or several arguments, key= and default=. */
export function extreme(interp: Interpreter, name: 'min' | 'max', args: PyValue[], kwargs: Kwargs): PyValue {
  for (const k of kwargs.keys()) if (k !== 'key' && k !== 'default') throw pyError('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
  if (args.length === 0) throw pyError('TypeError', `${name} expected at least 1 argument, got 0`);
  if (args.length > 1 && kwargs.has('default')) throw pyError('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
  const items = args.length === 1 ? interp.iterate(args[0]!) : args;
  if (items.length === 0) {
    if (kwargs.has('default')) return kwargs.get('default')!;
    throw pyError('ValueError', `${name}() iterable argument is empty`);
  }
  const key = keyOf(interp, kwargs);
  let best: PyValue = items[0]!;
  let bestKey = key ? key(best) : best;
  for (const v of items.slice(1)) {
    const k = key ? key(v) : v;
    if (name === 'min' ? less(interp, k, bestKey) : less(interp, bestKey, k)) {
      best = v;
      bestKey = k;
    }
  }
  return best;
}
