import { PyBytes } from './bytes';
import { bytesBinaryOp, bytesContain, compareBytes } from './bytes-ops';
import { PyException, pyError } from './exceptions';
import { iterOf } from './iteration';
import { metaMethod, PyDict, PyFloat, PyInstance, PyList, PySet, PyTuple, type PyValue } from './objects';
import { percentFormat } from './percent-format';
import { isSubset, newSet, setDifference, setIntersection, setSymmetricDifference, setUnion } from './collection-methods';
import { compareNumbers, numberOp } from './numeric';
import { PyRange } from './range';
import { PyDictView } from './dict-views';
import { hashKey, isInt, isNumber, typeName } from './values';
import type { Interpreter } from './interpreter';
import { isTypeUnionOperand, typeUnion } from './generic-alias';

export const DUNDER: Record<string, string> = {
  '+': '__add__', '-': '__sub__', '*': '__mul__', '/': '__truediv__', '//': '__floordiv__', '%': '__mod__', '**': '__pow__',
  '&': '__and__', '|': '__or__', '^': '__xor__',
};

/** Rich comparisons and the reflection Python tries when the left operand has none (`a < b` is `b > a`). */
const RICH: Record<string, [string, string]> = { '<': ['__lt__', '__gt__'], '<=': ['__le__', '__ge__'], '>': ['__gt__', '__lt__'], '>=': ['__ge__', '__le__'] };


export function binaryOp(op: string, a: PyValue, b: PyValue, interp: Interpreter): PyValue {
  if (a instanceof PyInstance) {
    const method = a.cls.lookup(DUNDER[op] ?? '');
    if (method !== undefined) return interp.call(method, [a, b]);
  }
  if (b instanceof PyInstance) {
    const method = b.cls.lookup((DUNDER[op] ?? '').replace('__', '__r'));
    if (method !== undefined) return interp.call(method, [b, a]);
  }
  const classOp = metaMethod(a, DUNDER[op] ?? '');
  if (classOp !== undefined) return interp.call(classOp, [a, b]);
  if (op === '|' && isTypeUnionOperand(a) && isTypeUnionOperand(b)) return typeUnion(a, b, interp);
  const numeric = numberOp(op, a, b);
  if (numeric !== undefined) return numeric;
  const onBytes = bytesBinaryOp(op, a, b);
  if (onBytes !== undefined) return onBytes;
  if (op === '+') {
    if (typeof a === 'string' && typeof b === 'string') return a + b;
    if (a instanceof PyList && b instanceof PyList) return new PyList([...a.items, ...b.items]);
    if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple([...a.items, ...b.items]);
    if (typeof a === 'string' || typeof b === 'string') {
      throw pyError('TypeError', typeof a === 'string' ? `can only concatenate str (not "${typeName(b)}") to str` : `unsupported operand type(s) for +: '${typeName(a)}' and 'str'`);
    }
    if (a instanceof PyList) throw pyError('TypeError', `can only concatenate list (not "${typeName(b)}") to list`);
  }
  if (op === '*') {
    const [seq, n] = isInt(a) ? [b, a] : [a, b];
    const isSeq = (v: PyValue) => typeof v === 'string' || v instanceof PyList || v instanceof PyTuple;
    if (isSeq(seq) && !isInt(n) && !(n instanceof PyInstance)) throw pyError('TypeError', `can't multiply sequence by non-int of type '${typeName(n)}'`);
    if (isInt(n)) {
      const times = Math.max(0, Number(n));
      if (typeof seq === 'string') return seq.repeat(times);
      if (seq instanceof PyList) return new PyList(Array.from({ length: times }, () => seq.items).flat());
      if (seq instanceof PyTuple) return new PyTuple(Array.from({ length: times }, () => seq.items).flat());
    }
  }
  if (op === '%' && typeof a === 'string') return percentFormat(a, b, interp);
  if ('&|-^'.includes(op) && ((a instanceof PyDictView && a.setLike) || (b instanceof PyDictView && b.setLike))) {
    // Set-like views combine with any iterable, giving a set.
    return binaryOp(op, newSet(interp.iterate(a)), newSet(interp.iterate(b)), interp);
  }
  if (a instanceof PySet && b instanceof PySet) {
    if (op === '|') return setUnion(a, [b]);
    if (op === '&') return setIntersection(a, [b]);
    if (op === '-') return setDifference(a, [b]);
    if (op === '^') return setSymmetricDifference(a, b);
  }
  if (op === '|' && a instanceof PyDict && b instanceof PyDict) {
    const out = new PyDict();
    for (const [k, e] of a.entries) out.entries.set(k, e);
    for (const [k, e] of b.entries) out.entries.set(k, e);
    return out;
  }
  throw pyError('TypeError', `unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`);
}

function ordered(op: string, a: PyValue, b: PyValue, interp: Interpreter): boolean {
  // Key views are set-like: they compare as sets (`d.keys() >= {'a'}`).
  const asSet = (v: PyValue) => (v instanceof PyDictView && v.kind === 'keys' ? newSet(v.iterItems()) : v);
  if ((a instanceof PyDictView || b instanceof PyDictView) && asSet(a) instanceof PySet && asSet(b) instanceof PySet) return ordered(op, asSet(a), asSet(b), interp);
  let cmp: number;
  if (isNumber(a) && isNumber(b)) cmp = compareNumbers(a, b);
  else if (typeof a === 'string' && typeof b === 'string') cmp = a < b ? -1 : a > b ? 1 : 0;
  else if (a instanceof PyBytes && b instanceof PyBytes) cmp = compareBytes(a, b);
  else if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    // Sequences compare at their first unequal item, and by length when one is a prefix of the other.
    const n = Math.min(a.items.length, b.items.length);
    let i = 0;
    while (i < n && interp.equal(a.items[i]!, b.items[i]!)) i++;
    if (i < n) return compareOp(op, a.items[i]!, b.items[i]!, interp);
    cmp = a.items.length - b.items.length;
  } else if (a instanceof PySet && b instanceof PySet) {
    if (op === '<=') return isSubset(a, b);
    if (op === '>=') return isSubset(b, a);
    if (op === '<') return a.entries.size < b.entries.size && isSubset(a, b);
    return b.entries.size < a.entries.size && isSubset(b, a);
  } else throw pyError('TypeError', `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
  switch (op) {
    case '<':
      return cmp < 0;
    case '<=':
      return cmp <= 0;
    case '>':
      return cmp > 0;
    default:
      return cmp >= 0;
  }
}

export function containsOp(container: PyValue, item: PyValue, interp: Interpreter): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw pyError('TypeError', `'in <string>' requires string as left operand, not ${typeName(item)}`);
    return container.includes(item);
  }
  if (container instanceof PyBytes) return bytesContain(container, item);
  if (container instanceof PyDict) return container.entries.has(hashKey(item));
  if (container instanceof PySet) return container.entries.has(hashKey(item));
  if (container instanceof PyRange) return container.contains(item);
  if (container instanceof PyDictView && container.kind === 'keys') return container.hasKey(item);
  const classContains = metaMethod(container, '__contains__');
  if (classContains !== undefined) return interp.truthy(interp.call(classContains, [container, item]));
  if (container instanceof PyInstance) {
    const method = container.cls.lookup('__contains__');
    if (method !== undefined && method !== null) return interp.truthy(interp.call(method, [container, item]));
    // Without __contains__, `in` steps through the iteration and stops at the first match.
    if (method === undefined) {
      const it = iterOf(interp, container);
      for (let r = it.next(); !r.done; r = it.next()) if (r.value === item || interp.equal(r.value, item)) return true;
      return false;
    }
  }
  if (container instanceof PyList || container instanceof PyTuple) return container.items.some((x) => x === item || interp.equal(x, item));
  try {
    return interp.iterate(container).some((x) => interp.equal(x, item));
  } catch (err) {
    if (err instanceof PyException && err.exc.cls.name === 'TypeError' && / object is not iterable$/.test(err.message)) {
      throw pyError('TypeError', `argument of type '${typeName(container)}' is not iterable`);
    }
    throw err;
  }
}

export function compareOp(op: string, a: PyValue, b: PyValue, interp: Interpreter): boolean {
  switch (op) {
    case '==':
      return interp.equal(a, b);
    case '!=':
      return !interp.equal(a, b);
    case 'is':
      return a === b || (a instanceof PyFloat && b instanceof PyFloat && a.value === b.value && false);
    case 'is not':
      return a !== b;
    case 'in':
      return containsOp(b, a, interp);
    case 'not in':
      return !containsOp(b, a, interp);
    default: {
      const [method, reflected] = RICH[op] ?? ['', ''];
      // A method answering NotImplemented hands the question to the other operand, then to the builtin order.
      const notImplemented = interp.builtins.get('NotImplemented');
      const own = a instanceof PyInstance ? a.cls.lookup(method) : undefined;
      const first = own === undefined ? notImplemented : interp.call(own, [a, b]);
      if (first !== notImplemented) return interp.truthy(first!);
      const other = b instanceof PyInstance ? b.cls.lookup(reflected) : undefined;
      const second = other === undefined ? notImplemented : interp.call(other, [b, a]);
      if (second !== notImplemented) return interp.truthy(second!);
      return ordered(op, a, b, interp);
    }
  }
}
