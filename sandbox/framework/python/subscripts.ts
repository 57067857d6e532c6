import { exceptionClass, newException, PyException, pyError } from './exceptions';
import type { Interpreter } from './interpreter';
import { PyClass, PyDict, PyFunction, PyInstance, PyList, PySlice, PyTuple, type PyValue } from './objects';
import { PyBytes } from './bytes';
import { dictGet, dictSet, PyOtherType, typeName } from './values';

export function index(length: number, key: PyValue): number {
  if (typeof key !== 'number' && typeof key !== 'boolean') throw pyError('TypeError', `indices must be integers or slices, not ${typeName(key)}`);
  let i = Number(key);
  if (i < 0) i += length;
  if (i < 0 || i >= length) throw pyError('IndexError', 'index out of range');
  return i;
}

export function getItem(interp: Interpreter, obj: PyValue, key: PyValue): PyValue {
  if (obj instanceof PyDict) {
    const v = dictGet(obj, key);
    if (v === undefined) throw new PyException(newException(exceptionClass('KeyError'), [key]));
    return v;
  }
  if (obj instanceof PyList || obj instanceof PyTuple || typeof obj === 'string') {
    const items = typeof obj === 'string' ? [...obj] : obj.items;
    if (key instanceof PySlice) {
      const sliced = sliceItems(items, key);
      return typeof obj === 'string' ? sliced.join('') : obj instanceof PyList ? new PyList(sliced) : new PyTuple(sliced);
    }
    const kind = typeof obj === 'string' ? 'string' : typeName(obj);
    try {
      return items[index(items.length, key)]!;
    } catch (err) {
      if (err instanceof PyException && err.exc.cls.name === 'IndexError') throw pyError('IndexError', `${kind} index out of range`);
      if (err instanceof PyException && err.exc.cls.name === 'TypeError') throw pyError('TypeError', `${kind} indices must be integers or slices, not ${typeName(key)}`);
      throw err;
    }
  }
  if (obj instanceof PyOtherType && obj.getItem) return obj.getItem(key);
  if (obj instanceof PyBytes) {
    if (key instanceof PySlice) return new PyBytes(Uint8Array.from(sliceItems([...obj.data], key)), obj.mutable);
    return obj.data[index(obj.data.length, key)]!;
  }
  if (obj instanceof PyInstance) {
    const method = obj.cls.lookup('__getitem__');
    if (method !== undefined) return interp.call(method, [obj, key]);
  }
  if (obj instanceof PyClass) {
    // A metaclass's __getitem__ (Color['RED']), else the class's own __class_getitem__ (list[int]).
    const method = obj.metaLookup('__getitem__');
    if (method !== undefined) return interp.call(method, [obj, key]);
    // __class_getitem__ is a classmethod even when written without the decorator.
    const generic = interp.findAttr(obj, '__class_getitem__');
    if (generic instanceof PyFunction) return interp.call(generic, [obj, key]);
    if (generic !== undefined) return interp.call(generic, [key]);
    throw pyError('TypeError', `type '${obj.name}' is not subscriptable`);
  }
  throw pyError('TypeError', `'${typeName(obj)}' object is not subscriptable`);
}

export function setItem(interp: Interpreter, obj: PyValue, key: PyValue, value: PyValue) {
  if (obj instanceof PyDict) return dictSet(obj, key, value);
  if (obj instanceof PyList) {
    if (key instanceof PySlice) return assignSlice(obj, key, interp.iterate(value));
    obj.items[index(obj.items.length, key)] = value;
    return;
  }
  // `response['X-Header'] = ...` and other framework objects with __setitem__.
  const setter = obj instanceof PyInstance ? obj.cls.lookup('__setitem__') : undefined;
  if (setter !== undefined) {
    interp.call(setter, [obj, key, value]);
    return;
  }
  throw pyError('TypeError', `'${typeName(obj)}' object does not support item assignment`);
}

/**
 * `lst[a:b] = values` may grow or shrink the list; an extended slice (a step other than 1)
 * replaces its items one for one, so the sizes must agree. The values are read first, so
 * `a[:] = a` works.
 */
function assignSlice(list: PyList, slice: PySlice, values: PyValue[]) {
  const n = list.items.length;
  const step = slice.step === null ? 1 : Number(slice.step);
  if (step === 1) {
    const [start, stop] = sliceBounds(n, slice, 1);
    list.items.splice(start, Math.max(stop - start, 0), ...values);
    return;
  }
  const positions = sliceItems([...Array(n).keys()], slice);
  if (positions.length !== values.length) {
    throw pyError('ValueError', `attempt to assign sequence of size ${values.length} to extended slice of size ${positions.length}`);
  }
  positions.forEach((at, i) => (list.items[at] = values[i]!));
}

function sliceBounds(n: number, slice: PySlice, step: number): [number, number] {
  const clamp = (v: PyValue, dflt: number) => {
    if (v === null) return dflt;
    let i = Number(v);
    if (i < 0) i += n;
    return step > 0 ? Math.min(Math.max(i, 0), n) : Math.min(Math.max(i, -1), n - 1);
  };
  return [clamp(slice.lower, step > 0 ? 0 : n - 1), clamp(slice.upper, step > 0 ? n : -1)];
}

export function sliceItems<T>(items: readonly T[], slice: PySlice): T[] {
  const n = items.length;
  const step = slice.step === null ? 1 : Number(slice.step);
  if (step === 0) throw pyError('ValueError', 'slice step cannot be zero');
  const [start, stop] = sliceBounds(n, slice, step);
  const out: T[] = [];
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(items[i]!);
  return out;
}
