import { pyError } from './exceptions';
import { drain, iterOf } from './iteration';
import type { Interpreter } from './interpreter';
import { metaMethod, PyDict, PyFloat, PyInstance, PyList, PySet, PyTuple, type PyValue } from './objects';
import { PyBytes } from './bytes';
import { PyOtherType, typeName, valuesEqual } from './values';

export function truthy(interp: Interpreter, value: PyValue): boolean {
  if (value === null) return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') return value.length > 0;
  if (value instanceof PyFloat) return value.value !== 0;
  if (value instanceof PyList || value instanceof PyTuple) return value.items.length > 0;
  if (value instanceof PyDict || value instanceof PySet) return value.entries.size > 0;
  if (value instanceof PyOtherType && value.len) return value.len() > 0;
  if (value instanceof PyBytes) return value.data.length > 0;
  const classLen = metaMethod(value, '__len__');
  if (classLen !== undefined) return interp.truthy(interp.call(classLen, [value]));
  if (value instanceof PyInstance) {
    const bool = value.cls.lookup('__bool__');
    if (bool !== undefined) return interp.truthy(interp.call(bool, [value]));
    const len = value.cls.lookup('__len__');
    if (len !== undefined) return interp.truthy(interp.call(len, [value]));
  }
  return true;
}

export function iterate(interp: Interpreter, value: PyValue): PyValue[] {
  if (value instanceof PyList || value instanceof PyTuple) return [...value.items];
  if (typeof value === 'string') return [...value];
  if (value instanceof PyDict) return [...value.entries.values()].map((e) => e.key);
  if (value instanceof PySet) return [...value.entries.values()];
  if (value instanceof PyOtherType && value.iterItems) return value.iterItems();
  if (value instanceof PyBytes) return [...value.data];
  if (value instanceof PyInstance || metaMethod(value, '__iter__') !== undefined) return drain(interp, iterOf(interp, value));
  throw pyError('TypeError', `'${typeName(value)}' object is not iterable`);
}

export function equal(interp: Interpreter, a: PyValue, b: PyValue): boolean {
  const notImplemented = interp.builtins.get('NotImplemented');
  if (a instanceof PyInstance) {
    const eq = a.cls.lookup('__eq__');
    const result = eq === undefined ? notImplemented : interp.call(eq, [a, b]);
    if (result !== notImplemented) return interp.truthy(result!);
  }
  // The reflected operand: `1 == Decimal('1')` asks the Decimal.
  if (b instanceof PyInstance) {
    const eq = b.cls.lookup('__eq__');
    const result = eq === undefined ? notImplemented : interp.call(eq, [b, a]);
    if (result !== notImplemented) return interp.truthy(result!);
  }
  // Both declined (NotImplemented): identity, as object.__eq__ decides.
  if (a instanceof PyInstance || b instanceof PyInstance) return a === b;
  // Containers compare their items with ==, so an item's own __eq__ (a model instance's) decides.
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    return a.items.length === b.items.length && a.items.every((x, i) => x === b.items[i] || equal(interp, x, b.items[i]!));
  }
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.entries.size !== b.entries.size) return false;
    for (const [k, { value }] of a.entries) {
      const other = b.entries.get(k);
      if (!other || !(value === other.value || equal(interp, value, other.value))) return false;
    }
    return true;
  }
  return valuesEqual(a, b);
}
