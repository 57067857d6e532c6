import { isIntegral, normInt, PyLong, toBig } from './big-int';
import { PyException, pyError } from './exceptions';
import type { Interpreter } from './interpreter';
import { iteratorClass, iteratorObject, iterOf } from './iteration';
import { PyDict, PyInstance, PyList, PySet, PyTuple, type Kwargs, type PyClass, type PyValue } from './objects';
import { PyRange } from './range';
import { typeName } from './values';

/**
 * map(), filter(), zip(), enumerate() and reversed() as CPython has them: iterator objects
 * that take one item from their sources per next(), so they work over endless generators
 * and their side effects interleave with the loop that consumes them.
 */

const DONE: IteratorResult<PyValue, PyValue> = { done: true, value: null };

export function lazyMap(interp: Interpreter, args: PyValue[]): PyInstance {
  if (args.length < 2) throw pyError('TypeError', 'map() must have at least two arguments.');
  const [f, ...sources] = args;
  const its = sources.map((s) => iterOf(interp, s));
  if (its.length === 1) {
    const it = its[0]!;
    return iteratorObject('map', {
      next: () => {
        const r = it.next();
        return r.done ? DONE : { done: false, value: interp.call(f!, [r.value]) };
      },
    });
  }
  return iteratorObject('map', {
    next: () => {
      const values: PyValue[] = [];
      for (const it of its) {
        const r = it.next();
        if (r.done) return DONE;
        values.push(r.value);
      }
      return { done: false, value: interp.call(f!, values) };
    },
  });
}

export function lazyFilter(interp: Interpreter, args: PyValue[]): PyInstance {
  if (args.length !== 2) throw pyError('TypeError', `filter expected 2 arguments, got ${args.length}`);
  const [f, source] = args as [PyValue, PyValue];
  const it = iterOf(interp, source);
  return iteratorObject('filter', {
    next: () => {
      for (let r = it.next(); !r.done; r = it.next()) {
        if (interp.truthy(f === null ? r.value : interp.call(f, [r.value]))) return r;
      }
      return DONE;
    },
  });
}

function zipMismatch(index: number, longer: boolean): PyException {
  const others = index === 1 ? 'argument 1' : `arguments 1-${index}`;
  return pyError('ValueError', `zip() argument ${index + 1} is ${longer ? 'longer' : 'shorter'} than ${others}`);
}

export function lazyZip(interp: Interpreter, args: PyValue[], kwargs: Kwargs): PyInstance {
  for (const key of kwargs.keys()) {
    if (key !== 'strict') throw pyError('TypeError', `'${key}' is an invalid keyword argument for zip()`);
  }
  const strict = interp.truthy(kwargs.get('strict') ?? false);
  const its = args.map((a) => iterOf(interp, a));
  let finished = its.length === 0;
  return iteratorObject('zip', {
    next: () => {
      if (finished) return DONE;
      const values: PyValue[] = [];
      for (let i = 0; i < its.length; i++) {
        const r = its[i]!.next();
        if (!r.done) {
          values.push(r.value);
          continue;
        }
        finished = true;
        if (strict && i > 0) throw zipMismatch(i, false);
        if (strict) {
          for (let j = 1; j < its.length; j++) if (!its[j]!.next().done) throw zipMismatch(j, true);
        }
        return DONE;
      }
      return { done: false, value: new PyTuple(values) };
    },
  });
}

export function lazyEnumerate(interp: Interpreter, args: PyValue[], kwargs: Kwargs): PyInstance {
  const source = args[0] ?? kwargs.get('iterable');
  if (source === undefined) throw pyError('TypeError', "enumerate() missing required argument 'iterable'");
  if (args.length > 2) throw pyError('TypeError', `enumerate() takes at most 2 arguments (${args.length} given)`);
  const start = args[1] ?? kwargs.get('start') ?? 0;
  if (!isIntegral(start)) throw pyError('TypeError', `'${typeName(start)}' object cannot be interpreted as an integer`);
  const it = iterOf(interp, source);
  let count: number | PyLong = typeof start === 'boolean' ? Number(start) : start;
  return iteratorObject('enumerate', {
    next: () => {
      const r = it.next();
      if (r.done) return DONE;
      const index = count;
      count = typeof count === 'number' && count < Number.MAX_SAFE_INTEGER ? count + 1 : normInt(toBig(count) + 1n);
      return { done: false, value: new PyTuple([index, r.value]) };
    },
  });
}

/** Items by index from the end, read at each step as CPython's reverse iterators do. */
function countingDown(length: number, at: (i: number) => PyValue | undefined): Iterator<PyValue, PyValue> {
  let i = length - 1;
  return {
    next: () => {
      if (i < 0) return DONE;
      const value = at(i--);
      return value === undefined ? ((i = -1), DONE) : { done: false, value };
    },
  };
}

export function lazyReversed(interp: Interpreter, args: PyValue[]): PyValue {
  if (args.length !== 1) throw pyError('TypeError', `reversed expected 1 argument, got ${args.length}`);
  const v = args[0]!;
  if (v instanceof PyList) return iteratorObject('list_reverseiterator', countingDown(v.items.length, (i) => v.items[i]));
  if (v instanceof PyTuple || typeof v === 'string') {
    const items = typeof v === 'string' ? [...v] : v.items;
    return iteratorObject('reversed', countingDown(items.length, (i) => items[i]));
  }
  if (v instanceof PyDict) return iteratorObject('dict_reversekeyiterator', interp.iterate(v).reverse()[Symbol.iterator]());
  if (v instanceof PyRange) return iteratorObject('range_iterator', countingDown(v.len(), (i) => v.at(i)));
  if (v instanceof PyInstance) {
    const method = v.cls.lookup('__reversed__');
    if (method === null) throw pyError('TypeError', `'${typeName(v)}' object is not reversible`);
    if (method !== undefined) return interp.call(method, [v]);
    const getItem = v.cls.lookup('__getitem__');
    const len = v.cls.lookup('__len__');
    if (getItem !== undefined && len !== undefined) {
      const n = Number(interp.call(len, [v]));
      return iteratorObject('reversed', countingDown(n, (i) => interp.call(getItem, [v, i])));
    }
  }
  if (!(v instanceof PyInstance) && !(v instanceof PySet)) return iteratorObject('reversed', interp.iterate(v).reverse()[Symbol.iterator]());
  throw pyError('TypeError', `'${typeName(v)}' object is not reversible`);
}

/** The builtin class of an iterator kind, made callable: `zip(a, b)` builds its iterator. */
export function iteratorType(name: string, construct: (args: PyValue[], kwargs: Kwargs) => PyValue): PyClass {
  const cls = iteratorClass(name);
  cls.hooks.construct = (_cls, args, kwargs) => construct(args, kwargs);
  return cls;
}
