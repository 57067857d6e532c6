import { arityError } from './arity-table';
import { pyError } from './exceptions';
import { BYTES_METHODS } from './bytes-methods';
import { DICT_METHODS, SET_METHODS, TUPLE_METHODS, dictFromKeys } from './collection-methods';
import { CLASS_METHODS, FLOAT_METHODS, INT_METHODS } from './number-methods';
import { PyClass, PyDict, PyInstance, PyList, PyNativeFunction, type Kwargs, type PyValue } from './objects';
import { sortList } from './sorting';
import { PyDictView } from './dict-views';
import { STR_METHODS, maketrans } from './str-methods';
import { strFormat } from './str-format';
import { dictGet, dictSet, hashKey, toNumber, typeName } from './values';
import type { Interpreter } from './interpreter';

type Method = (self: never, args: PyValue[], kwargs: Kwargs, interp: Interpreter) => PyValue;

function strArg(v: PyValue | undefined, method: string): string {
  if (typeof v !== 'string') throw pyError('TypeError', `${method}() argument must be str, not ${typeName(v ?? null)}`);
  return v;
}

const STR: Record<string, (s: string, args: PyValue[], kwargs: Kwargs, interp: Interpreter) => PyValue> = {
  upper: (s) => s.toUpperCase(),
  lower: (s) => s.toLowerCase(),
  title: (s) => s.toLowerCase().replace(/(^|[^a-zA-Z])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase()),
  capitalize: (s) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(),
  strip: (s, [chars]) => (chars == null ? s.trim() : trimChars(s, String(chars), true, true)),
  lstrip: (s, [chars]) => (chars == null ? s.trimStart() : trimChars(s, String(chars), true, false)),
  rstrip: (s, [chars]) => (chars == null ? s.trimEnd() : trimChars(s, String(chars), false, true)),
  split: (s, [sep, max]) => {
    const parts = sep == null ? s.trim().split(/\s+/).filter((x) => x !== '') : s.split(strArg(sep, 'split'));
    if (max != null && Number(max) >= 0 && parts.length > Number(max) + 1) {
      const keep = parts.slice(0, Number(max));
      return new PyList([...keep, s.split(String(sep ?? ' ')).slice(Number(max)).join(String(sep ?? ' '))]);
    }
    return new PyList(parts);
  },
  join: (s, [items], _k, interp) =>
    interp
      .iterate(items!)
      .map((x) => {
        if (typeof x !== 'string') throw pyError('TypeError', `sequence item 0: expected str instance, ${typeName(x)} found`);
        return x;
      })
      .join(s),
  replace: (s, [a, b]) => s.split(strArg(a, 'replace')).join(strArg(b, 'replace')),
  find: (s, [sub]) => s.indexOf(strArg(sub, 'find')),
  index: (s, [sub]) => {
    const i = s.indexOf(strArg(sub, 'index'));
    if (i < 0) throw pyError('ValueError', 'substring not found');
    return i;
  },
  count: (s, [sub]) => s.split(strArg(sub, 'count')).length - 1,
  isdigit: (s) => /^\d+$/.test(s),
  isalpha: (s) => /^[a-zA-Z]+$/.test(s),
  isidentifier: (s) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(s),
  format: (s, args, kwargs, interp) => strFormat(s, args, kwargs, interp),
};

function trimChars(s: string, chars: string, left: boolean, right: boolean): string {
  let a = 0;
  let b = s.length;
  while (left && a < b && chars.includes(s[a]!)) a++;
  while (right && b > a && chars.includes(s[b - 1]!)) b--;
  return s.slice(a, b);
}

const LIST: Record<string, (l: PyList, args: PyValue[], kwargs: Kwargs, interp: Interpreter) => PyValue> = {
  append: (l, [x]) => {
    l.items.push(x!);
    return null;
  },
  extend: (l, [x], _k, interp) => {
    l.items.push(...interp.iterate(x!));
    return null;
  },
  insert: (l, [i, x]) => {
    l.items.splice(Number(i), 0, x!);
    return null;
  },
  pop: (l, [i]) => {
    if (l.items.length === 0) throw pyError('IndexError', 'pop from empty list');
    const at = i == null ? l.items.length - 1 : Number(i) < 0 ? l.items.length + Number(i) : Number(i);
    if (at < 0 || at >= l.items.length) throw pyError('IndexError', 'pop index out of range');
    return l.items.splice(at, 1)[0]!;
  },
  remove: (l, [x], _k, interp) => {
    const at = l.items.findIndex((y) => interp.equal(y, x!));
    if (at < 0) throw pyError('ValueError', 'list.remove(x): x not in list');
    l.items.splice(at, 1);
    return null;
  },
  index: (l, [x], _k, interp) => {
    const at = l.items.findIndex((y) => interp.equal(y, x!));
    if (at < 0) throw pyError('ValueError', `${interp.repr(x!)} is not in list`);
    return at;
  },
  count: (l, [x], _k, interp) => l.items.filter((y) => interp.equal(y, x!)).length,
  reverse: (l) => {
    l.items.reverse();
    return null;
  },
  sort: (l, args, kwargs, interp) => sortList(interp, l, args, kwargs),
  copy: (l) => new PyList([...l.items]),
  clear: (l) => {
    l.items = [];
    return null;
  },
};

const DICT: Record<string, (d: PyDict, args: PyValue[], kwargs: Kwargs, interp: Interpreter) => PyValue> = {
  // A stored None is a value: `d.get(k, 5)` is None when d[k] is None.
  get: (d, [k, dflt]) => {
    const found = dictGet(d, k!);
    return found === undefined ? (dflt ?? null) : found;
  },
  keys: (d) => new PyDictView(d, 'keys'),
  values: (d) => new PyDictView(d, 'values'),
  items: (d) => new PyDictView(d, 'items'),
  setdefault: (d, [k, dflt]) => {
    const existing = dictGet(d, k!);
    if (existing !== undefined) return existing;
    dictSet(d, k!, dflt ?? null);
    return dflt ?? null;
  },
  update: (d, [other], kwargs) => {
    if (other instanceof PyDict) for (const [h, e] of other.entries) d.entries.set(h, e);
    for (const [k, v] of kwargs) dictSet(d, k, v);
    return null;
  },
  pop: (d, [k, dflt]) => {
    const h = hashKey(k!);
    const e = d.entries.get(h);
    if (e) {
      d.entries.delete(h);
      return e.value;
    }
    if (dflt !== undefined) return dflt;
    throw pyError('KeyError', typeof k === 'string' ? k : String(toNumber(k!)));
  },
  copy: (d) => {
    const out = new PyDict();
    for (const [h, e] of d.entries) out.entries.set(h, e);
    return out;
  },
};

const TABLES: Record<string, Record<string, Method>> = {
  str: { ...STR, ...STR_METHODS } as Record<string, Method>,
  list: LIST as Record<string, Method>,
  dict: { ...DICT, ...DICT_METHODS } as Record<string, Method>,
  set: SET_METHODS as Record<string, Method>,
  frozenset: SET_METHODS as Record<string, Method>,
  tuple: TUPLE_METHODS as Record<string, Method>,
  bytes: BYTES_METHODS as Record<string, Method>,
  bytearray: BYTES_METHODS as Record<string, Method>,
  int: INT_METHODS as Record<string, Method>,
  bool: INT_METHODS as Record<string, Method>,
  float: FLOAT_METHODS as Record<string, Method>,
};

function tableOf(value: PyValue): Record<string, Method> | undefined {
  if (value instanceof PyInstance || value instanceof PyClass) return undefined;
  return TABLES[typeName(value)];
}

/** The method names of a builtin type's value, for "Did you mean". */
export function methodNames(value: PyValue): string[] {
  return Object.keys(tableOf(value) ?? {});
}

/** A builtin type's method, bound to its value (`'a'.upper`, `[].append`...). */
export function methodOf(value: PyValue, name: string, interp: Interpreter): PyValue | undefined {
  const table = tableOf(value);
  const method = table && Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
  if (!method) return undefined;
  const key = `${typeName(value)}.${name}`;
  return new PyNativeFunction(name, (args, kwargs) => {
    const wrongCount = arityError(key, args.length);
    if (wrongCount !== undefined) throw pyError('TypeError', wrongCount);
    return method(value as never, args, kwargs, interp);
  });
}

/** A method reached through its builtin type, unbound: `str.lower`, `key=str.upper`, `dict.fromkeys`. */
export function unboundMethod(type: string, name: string, interp: Interpreter): PyValue | undefined {
  if (type === 'dict' && name === 'fromkeys') return new PyNativeFunction('fromkeys', (args) => dictFromKeys(args, interp));
  if (type === 'str' && name === 'maketrans') return new PyNativeFunction('maketrans', (args) => maketrans(args));
  const classMethod = CLASS_METHODS[type]?.[name];
  if (classMethod) return new PyNativeFunction(name, (args, kwargs) => classMethod(args, kwargs, interp));
  const table = TABLES[type];
  const method = table && Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
  if (!method) return undefined;
  return new PyNativeFunction(name, (args, kwargs) => {
    const self = args[0];
    if (self === undefined) throw pyError('TypeError', `unbound method ${type}.${name}() needs an argument`);
    if (TABLES[typeName(self)] !== table) {
      throw pyError('TypeError', `descriptor '${name}' for '${type}' objects doesn't apply to a '${typeName(self)}' object`);
    }
    const wrongCount = arityError(`${type}.${name}`, args.length - 1);
    if (wrongCount !== undefined) throw pyError('TypeError', wrongCount);
    return method(self as never, args.slice(1), kwargs, interp);
  });
}
