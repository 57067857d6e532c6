import { compareIntFloat, PyLong } from './big-int';
import { PyBytes } from './bytes';
import { pyFloatRepr } from './float-repr';
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
  if (typeof value === 'number' || value instanceof PyLong) return 'int';
  if (typeof value === 'string') return 'str';
  if (value instanceof PyFloat) return 'float';
  if (value instanceof PyList) return 'list';
  if (value instanceof PyTuple) return 'tuple';
  if (value instanceof PyDict) return 'dict';
  if (value instanceof PySet) return value.frozen ? 'frozenset' : 'set';
  if (value instanceof PyBytes) return value.mutable ? 'bytearray' : 'bytes';
  if (value instanceof PyOtherType) return value.pyTypeName;
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
  return isInt(value) || value instanceof PyFloat || value instanceof PyLong;
}

export function toNumber(value: PyValue): number {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value;
  if (value instanceof PyFloat) return value.value;
  if (value instanceof PyLong) return Number(value.value);
  throw pyError('TypeError', `must be real number, not ${typeName(value)}`);
}

/** Dict and set keys: a string per hashable value, so 1, 1.0 and True collide as in Python. */
export function hashKey(value: PyValue): string {
  if (value === null) return 'N';
  if (typeof value === 'string') return 's' + value;
  if (typeof value === 'boolean') return 'n' + (value ? 1 : 0);
  if (typeof value === 'number') return 'n' + value;
  if (value instanceof PyFloat) return Number.isInteger(value.value) && !Number.isSafeInteger(value.value) ? 'n' + BigInt(value.value).toString() : 'n' + value.value;
  if (value instanceof PyLong) return 'n' + value.value.toString();
  if (value instanceof PyTuple) return 't(' + value.items.map(hashKey).join(',') + ')';
  if (value instanceof PySet && value.frozen) return 'f(' + [...value.entries.keys()].sort().join(',') + ')';
  if (value instanceof PyBytes && !value.mutable) return 'b' + value.data.join(',');
  if (value instanceof PyList || value instanceof PyDict || value instanceof PySet || value instanceof PyBytes) {
    throw pyError('TypeError', `unhashable type: '${typeName(value)}'`);
  }
  if (value instanceof PyInstance && instanceHasher !== null) {
    const key = instanceHasher(value);
    if (key !== undefined) return key;
  }
  return 'o' + objectId(value);
}

/** Hashes an instance through its class's __hash__ and __eq__; installed by the builtins, which can call Python. */
let instanceHasher: ((value: PyInstance) => string | undefined) | null = null;
export function setInstanceHasher(hasher: (value: PyInstance) => string | undefined) {
  instanceHasher = hasher;
}

/** Values of builtin types the subset implements in their own files (range, file objects...). */
export abstract class PyOtherType extends PyObject {
  abstract readonly pyTypeName: string;
  /** The items a for loop sees; absent for values that are not iterable. */
  iterItems?(): PyValue[];
  repr?(): string;
  len?(): number;
  getItem?(key: PyValue): PyValue;
  equals?(other: PyValue): boolean;
}

function bigOf(v: PyValue): bigint {
  return v instanceof PyLong ? v.value : BigInt(Number(v));
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
  return pyFloatRepr(n);
}

export function dictSet(dict: PyDict, key: PyValue, value: PyValue): void {
  const h = hashKey(key);
  // An equal key already there stays (d[1.0] = x keeps the key 1).
  const existing = dict.entries.get(h);
  dict.entries.set(h, { key: existing ? existing.key : key, value });
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
  if (isNumber(a) && isNumber(b)) {
    if (a instanceof PyLong && b instanceof PyFloat) return compareIntFloat(a.value, b.value) === 0;
    if (a instanceof PyFloat && b instanceof PyLong) return compareIntFloat(b.value, a.value) === 0;
    return (a instanceof PyLong || b instanceof PyLong) && !(a instanceof PyFloat) && !(b instanceof PyFloat) ? bigOf(a) === bigOf(b) : toNumber(a) === toNumber(b);
  }
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
  if (a instanceof PyOtherType && a.equals) return a.equals(b);
  if (a instanceof PyBytes && b instanceof PyBytes) return a.data.length === b.data.length && a.data.every((x, i) => x === b.data[i]);
  if (a instanceof PySet && b instanceof PySet) return a.entries.size === b.entries.size && [...a.entries.keys()].every((k) => b.entries.has(k));
  return a === b;
}

function sequencesEqual(a: readonly PyValue[], b: readonly PyValue[]): boolean {
  return a.length === b.length && a.every((x, i) => valuesEqual(x, b[i]!));
}
