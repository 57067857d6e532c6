import { pyError } from './exceptions';
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
  PyObject,
  PySet,
  PySlice,
  PyTuple,
  type PyValue,
} from './objects';

/** The name of a value's type, as Python's error messages print it. */
export function typeName(value: PyValue): string {
  if (value === null) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return 'int';
  if (typeof value === 'string') return 'str';
  if (value instanceof PyFloat) return 'float';
  if (value instanceof PyList) return 'list';
  if (value instanceof PyTuple) return 'tuple';
  if (value instanceof PyDict) return 'dict';
  if (value instanceof PySet) return 'set';
  if (value instanceof PySlice) return 'slice';
  if (value instanceof PyModule) return 'module';
  if (value instanceof PyFunction) return 'function';
  if (value instanceof PyNativeFunction) return 'builtin_function_or_method';
  if (value instanceof PyBoundMethod) return 'method';
  if (value instanceof PyClass) return 'type';
  if (value instanceof PyInstance) return value.cls.name;
  return 'object';
}

export function isInt(value: PyValue): value is number | boolean {
  return typeof value === 'number' || typeof value === 'boolean';
}

export function isNumber(value: PyValue): boolean {
  return isInt(value) || value instanceof PyFloat;
}

export function toNumber(value: PyValue): number {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  if (value instanceof PyFloat) return value.value;
  throw pyError('TypeError', `must be real number, not ${typeName(value)}`);
}

/** Dict and set keys: a string per hashable value, so 1, 1.0 and True collide as in Python. */
export function hashKey(value: PyValue): string {
  if (value === null) return 'N';
  if (typeof value === 'string') return 's' + value;
  if (typeof value === 'boolean') return 'n' + (value ? 1 : 0);
  if (typeof value === 'number') return 'n' + value;
  if (value instanceof PyFloat) return 'n' + value.value;
  if (value instanceof PyTuple) return 't(' + value.items.map(hashKey).join(',') + ')';
  if (value instanceof PyList || value instanceof PyDict || value instanceof PySet) {
    throw pyError('TypeError', `unhashable type: '${typeName(value)}'`);
  }
  return 'o' + objectId(value);
}

const ids = new WeakMap<object, number>();
let nextId = 1;
export function objectId(value: PyObject): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = nextId++;
    ids.set(value, id);
  }
  return id;
}

/**
 * Characters str.isprintable() rejects (every Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs character but
 * the space), which repr() escapes so that invisible characters show.
 */
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (ch !== ' ' && NON_PRINTABLE.test(ch)) out += escapeCodePoint(ch.codePointAt(0)!);
    else out += ch;
  }
  return out + quote;
}

function escapeCodePoint(code: number): string {
  const hex = code.toString(16);
  if (code < 0x100) return '\\x' + hex.padStart(2, '0');
  if (code < 0x10000) return '\\u' + hex.padStart(4, '0');
  return '\\U' + hex.padStart(8, '0');
}

export function floatRepr(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf';
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return n.toFixed(1);
  const s = String(n);
  return s.replace(/e([+-])(\d)$/, 'e$10$2');
}

export function dictSet(dict: PyDict, key: PyValue, value: PyValue): void {
  dict.entries.set(hashKey(key), { key, value });
}

export function dictGet(dict: PyDict, key: PyValue): PyValue | undefined {
  return dict.entries.get(hashKey(key))?.value;
}

export function newDict(pairs: [PyValue, PyValue][] = []): PyDict {
  const dict = new PyDict();
  for (const [k, v] of pairs) dictSet(dict, k, v);
  return dict;
}

/** Python's `==` for the values the subset has (instances compare by identity). */
export function valuesEqual(a: PyValue, b: PyValue): boolean {
  if (isNumber(a) && isNumber(b)) return toNumber(a) === toNumber(b);
  if (a instanceof PyList && b instanceof PyList) return sequencesEqual(a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return sequencesEqual(a.items, b.items);
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.entries.size !== b.entries.size) return false;
    for (const [k, { value }] of a.entries) {
      const other = b.entries.get(k);
      if (!other || !valuesEqual(value, other.value)) return false;
    }
    return true;
  }
  if (a instanceof PySet && b instanceof PySet) return a.entries.size === b.entries.size && [...a.entries.keys()].every((k) => b.entries.has(k));
  return a === b;
}

function sequencesEqual(a: readonly PyValue[], b: readonly PyValue[]): boolean {
  return a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]!));
}
