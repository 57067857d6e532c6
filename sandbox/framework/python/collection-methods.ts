import { exceptionClass, newException, PyException, pyError } from './exceptions';
import type { Interpreter } from './interpreter';
import { PyDict, PyList, PySet, PyTuple, type Kwargs, type PyValue } from './objects';
import { dictSet, hashKey, newDict, typeName } from './values';

type Method<T> = (self: T, args: PyValue[], kwargs: Kwargs, interp: Interpreter) => PyValue;

export function newSet(items: Iterable<PyValue>, frozen = false): PySet {
  const set = new PySet();
  set.frozen = frozen;
  for (const v of items) {
    const k = hashKey(v);
    if (!set.entries.has(k)) set.entries.set(k, v);
  }
  return set;
}

function others(args: PyValue[], interp: Interpreter): PySet[] {
  return args.map((a) => (a instanceof PySet ? a : newSet(interp.iterate(a))));
}

export function setUnion(a: PySet, bs: PySet[]): PySet {
  const out = newSet(a.entries.values(), a.frozen);
  for (const b of bs) for (const [k, v] of b.entries) if (!out.entries.has(k)) out.entries.set(k, v);
  return out;
}

export function setIntersection(a: PySet, bs: PySet[]): PySet {
  const out = newSet([], a.frozen);
  for (const [k, v] of a.entries) if (bs.every((b) => b.entries.has(k))) out.entries.set(k, v);
  return out;
}

export function setDifference(a: PySet, bs: PySet[]): PySet {
  const out = newSet([], a.frozen);
  for (const [k, v] of a.entries) if (!bs.some((b) => b.entries.has(k))) out.entries.set(k, v);
  return out;
}

export function setSymmetricDifference(a: PySet, b: PySet): PySet {
  const out = setDifference(a, [b]);
  for (const [k, v] of b.entries) if (!a.entries.has(k)) out.entries.set(k, v);
  return out;
}

export function isSubset(a: PySet, b: PySet): boolean {
  return a.entries.size <= b.entries.size && [...a.entries.keys()].every((k) => b.entries.has(k));
}

function replaceContents(set: PySet, from: PySet) {
  set.entries.clear();
  for (const [k, v] of from.entries) set.entries.set(k, v);
}

function keyError(key: PyValue): PyException {
  return new PyException(newException(exceptionClass('KeyError'), [key]));
}

function mutable(set: PySet, name: string) {
  if (set.frozen) throw pyError('AttributeError', `'frozenset' object has no attribute '${name}'`);
}

export const SET_METHODS: Record<string, Method<PySet>> = {
  add: (s, [x]) => {
    mutable(s, 'add');
    const k = hashKey(x!);
    if (!s.entries.has(k)) s.entries.set(k, x!);
    return null;
  },
  remove: (s, [x]) => {
    mutable(s, 'remove');
    if (!s.entries.delete(hashKey(x!))) throw keyError(x!);
    return null;
  },
  discard: (s, [x]) => {
    mutable(s, 'discard');
    s.entries.delete(hashKey(x!));
    return null;
  },
  pop: (s) => {
    mutable(s, 'pop');
    const first = s.entries.entries().next();
    if (first.done) throw pyError('KeyError', 'pop from an empty set');
    s.entries.delete(first.value[0]);
    return first.value[1];
  },
  clear: (s) => {
    mutable(s, 'clear');
    s.entries.clear();
    return null;
  },
  copy: (s) => newSet(s.entries.values(), s.frozen),
  union: (s, args, _k, interp) => setUnion(s, others(args, interp)),
  intersection: (s, args, _k, interp) => setIntersection(s, others(args, interp)),
  difference: (s, args, _k, interp) => setDifference(s, others(args, interp)),
  symmetric_difference: (s, [o], _k, interp) => setSymmetricDifference(s, others([o!], interp)[0]!),
  update: (s, args, _k, interp) => {
    mutable(s, 'update');
    replaceContents(s, setUnion(s, others(args, interp)));
    return null;
  },
  intersection_update: (s, args, _k, interp) => {
    mutable(s, 'intersection_update');
    replaceContents(s, setIntersection(s, others(args, interp)));
    return null;
  },
  difference_update: (s, args, _k, interp) => {
    mutable(s, 'difference_update');
    replaceContents(s, setDifference(s, others(args, interp)));
    return null;
  },
  symmetric_difference_update: (s, [o], _k, interp) => {
    mutable(s, 'symmetric_difference_update');
    replaceContents(s, setSymmetricDifference(s, others([o!], interp)[0]!));
    return null;
  },
  issubset: (s, [o], _k, interp) => isSubset(s, others([o!], interp)[0]!),
  issuperset: (s, [o], _k, interp) => isSubset(others([o!], interp)[0]!, s),
  isdisjoint: (s, [o], _k, interp) => setIntersection(s, others([o!], interp)).entries.size === 0,
};

export const TUPLE_METHODS: Record<string, Method<PyTuple>> = {
  count: (t, [x], _k, interp) => t.items.filter((y) => interp.equal(y, x!)).length,
  index: (t, [x], _k, interp) => {
    const at = t.items.findIndex((y) => interp.equal(y, x!));
    if (at < 0) throw pyError('ValueError', 'tuple.index(x): x not in tuple');
    return at;
  },
};

/** The dict methods methods.ts did not have. */
export const DICT_METHODS: Record<string, Method<PyDict>> = {
  popitem: (d) => {
    const keys = [...d.entries.keys()];
    const last = keys[keys.length - 1];
    if (last === undefined) throw pyError('KeyError', 'popitem(): dictionary is empty');
    const e = d.entries.get(last)!;
    d.entries.delete(last);
    return new PyTuple([e.key, e.value]);
  },
  clear: (d) => {
    d.entries.clear();
    return null;
  },
  update: (d, [other], kwargs, interp) => {
    if (other instanceof PyDict) for (const e of other.entries.values()) dictSet(d, e.key, e.value);
    else if (other !== undefined) {
      const keys = interp.findAttr(other, 'keys');
      if (keys !== undefined) for (const k of interp.iterate(interp.call(keys, []))) dictSet(d, k, interp.getItem(other, k));
      else {
        interp.iterate(other).forEach((pair, i) => {
          let kv: PyValue[];
          try {
            kv = interp.iterate(pair);
          } catch (err) {
            if (!isNotIterable(err)) throw err;
            throw pyError('TypeError', `cannot convert dictionary update sequence element #${i} to a sequence`);
          }
          if (kv.length !== 2) throw pyError('ValueError', `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
          dictSet(d, kv[0]!, kv[1]!);
        });
      }
    }
    for (const [k, v] of kwargs) dictSet(d, k, v);
    return null;
  },
};

/** dict.fromkeys(iterable, value=None), a classmethod reached through the type. */
export function dictFromKeys(args: PyValue[], interp: Interpreter): PyDict {
  if (args.length < 1 || args.length > 2) throw pyError('TypeError', `fromkeys expected at least 1 argument, got ${args.length}`);
  const out = newDict();
  for (const k of interp.iterate(args[0]!)) dictSet(out, k, args[1] ?? null);
  return out;
}

export function setTypeName(s: PySet): string {
  return s.frozen ? 'frozenset' : 'set';
}

export function listOf(v: PyValue, interp: Interpreter): PyValue[] {
  if (v instanceof PyList || v instanceof PyTuple) return [...v.items];
  return interp.iterate(v);
}

export { typeName };

function isNotIterable(err: unknown): boolean {
  return err instanceof PyException && err.exc.cls.name === 'TypeError' && / object is not iterable$/.test(err.message);
}
