import { isIntegral, normInt, toBig } from './big-int';
import { PyBytes } from './bytes';
import { newSet } from './collection-methods';
import { exceptionClass, newException, PyException, pyError } from './exceptions';
import { asciiOf, formatValue } from './format';
import type { Interpreter } from './interpreter';
import { iteratorType, lazyEnumerate, lazyFilter, lazyMap, lazyReversed, lazyZip } from './lazy-iterators';
import { PyClass, PyDict, PyFunction, PyInstance, PyList, PyModule, PyNativeFunction, PySlice, PyTuple, type Kwargs, type PyValue } from './objects';
import { asDouble, isNumeric, numberOp } from './numeric';
import { binaryOp } from './operators';
import { attributeDict } from './introspection';
import { methodNames } from './methods';
import { makeRange, sliceIndices } from './range';
import { extreme, sortValues } from './sorting';
import { hashKey, typeName } from './values';

function fn(name: string, body: (args: PyValue[], kwargs: Kwargs) => PyValue): PyNativeFunction {
  return new PyNativeFunction(name, body);
}

/** CPython's wording for a builtin given the wrong number of arguments. */
export function checkArity(name: string, args: PyValue[], min: number, max = min) {
  if (args.length >= min && args.length <= max) return;
  if (min === max) {
    if (min === 1) throw pyError('TypeError', `${name}() takes exactly one argument (${args.length} given)`);
    throw pyError('TypeError', `${name} expected ${min} arguments, got ${args.length}`);
  }
  if (args.length < min) throw pyError('TypeError', `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
  throw pyError('TypeError', `${name} expected at most ${max} arguments, got ${args.length}`);
}

function index(v: PyValue): bigint {
  if (!isIntegral(v)) throw pyError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
  return toBig(v);
}

/** The inverse of `x` modulo `m` (extended Euclid), for pow() with a negative exponent. */
function modularInverse(x: bigint, m: bigint): bigint {
  let [a, b, u, v] = [x, m, 1n, 0n];
  while (b !== 0n) {
    const q = a / b;
    [a, b] = [b, a - q * b];
    [u, v] = [v, u - q * v];
  }
  if (a !== 1n) throw pyError('ValueError', 'base is not invertible for the given modulus');
  return ((u % m) + m) % m;
}

function radix(v: PyValue, base: number, prefix: string): string {
  const n = index(v);
  return (n < 0n ? '-' : '') + prefix + (n < 0n ? -n : n).toString(base);
}


function bytesFrom(args: PyValue[], kwargs: Kwargs, interp: Interpreter, mutable: boolean): PyBytes {
  const [src, encoding = kwargs.get('encoding')] = args;
  if (src === undefined) return new PyBytes(new Uint8Array(0), mutable);
  if (typeof src === 'string') {
    if (encoding === undefined) throw pyError('TypeError', 'string argument without an encoding');
    const encoded = interp.call(interp.getAttr(src, 'encode'), [encoding]) as PyBytes;
    return new PyBytes(encoded.data, mutable);
  }
  if (typeof src === 'number') {
    if (src < 0) throw pyError('ValueError', 'negative count');
    return new PyBytes(new Uint8Array(src), mutable);
  }
  if (src instanceof PyBytes) return new PyBytes(Uint8Array.from(src.data), mutable);
  const values = interp.iterate(src).map((v) => {
    if (!isIntegral(v)) throw pyError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
    const n = Number(v);
    if (n < 0 || n > 255) throw pyError('ValueError', 'bytes must be in range(0, 256)');
    return n;
  });
  return new PyBytes(Uint8Array.from(values), mutable);
}

export function createBuiltinFunctions(interp: Interpreter, classOf: (v: PyValue) => PyClass, nativeClass: (name: string, construct: (args: PyValue[], kwargs: Kwargs) => PyValue) => PyClass): Map<string, PyValue> {
  const b = new Map<string, PyValue>();
  // iter() and next() come with the language's iteration (construct-builtins.ts).
  // Classes, as in CPython: `type(zip()) is zip`, `isinstance(m, map)`.
  b.set('map', iteratorType('map', (args) => lazyMap(interp, args)));
  b.set('filter', iteratorType('filter', (args) => lazyFilter(interp, args)));
  b.set('zip', iteratorType('zip', (args, kwargs) => lazyZip(interp, args, kwargs)));
  b.set('enumerate', iteratorType('enumerate', (args, kwargs) => lazyEnumerate(interp, args, kwargs)));
  b.set('reversed', iteratorType('reversed', (args) => lazyReversed(interp, args)));
  b.set('range', nativeClass('range', (args) => makeRange(args)));
  b.set('sorted', fn('sorted', (args, kwargs) => {
    if (args.length !== 1) throw pyError('TypeError', `sorted expected 1 argument, got ${args.length}`);
    return new PyList(sortValues(interp, interp.iterate(args[0]!), kwargs, 'sort'));
  }));
  b.set('min', fn('min', (args, kwargs) => extreme(interp, 'min', args, kwargs)));
  b.set('max', fn('max', (args, kwargs) => extreme(interp, 'max', args, kwargs)));
  b.set('divmod', fn('divmod', (args) => {
    checkArity('divmod', args, 2);
    const [x, y] = args;
    if (isNumeric(x!) && isNumeric(y!)) {
      if (!isIntegral(x!) || !isIntegral(y!)) {
        if (asDouble(y!) === 0) throw pyError('ZeroDivisionError', 'float divmod()');
      } else if (toBig(y) === 0n) throw pyError('ZeroDivisionError', 'integer division or modulo by zero');
      return new PyTuple([numberOp('//', x!, y!)!, numberOp('%', x!, y!)!]);
    }
    const method = x instanceof PyInstance ? x.cls.lookup('__divmod__') : undefined;
    if (method !== undefined) return interp.call(method, [x!, y!]);
    throw pyError('TypeError', `unsupported operand type(s) for divmod(): '${typeName(x!)}' and '${typeName(y!)}'`);
  }));
  b.set('pow', fn('pow', (args, kwargs) => {
    const [base, exp, mod = kwargs.get('mod') ?? null] = args;
    if (args.length < 2) throw pyError('TypeError', `pow() missing required argument '${args.length === 0 ? 'base' : 'exp'}' (pos ${args.length + 1})`);
    if (mod === null) return binaryOp('**', base!, exp!, interp);
    if (!isIntegral(base!) || !isIntegral(exp!) || !isIntegral(mod)) throw pyError('TypeError', 'pow() 3rd argument not allowed unless all arguments are integers');
    let m = toBig(mod);
    if (m === 0n) throw pyError('ValueError', 'pow() 3rd argument cannot be 0');
    let e = toBig(exp);
    const neg = m < 0n;
    if (neg) m = -m;
    let r = 1n % m;
    let x = ((toBig(base) % m) + m) % m;
    if (e < 0n) {
      x = modularInverse(x, m);
      e = -e;
    }
    while (e > 0n) {
      if (e & 1n) r = (r * x) % m;
      x = (x * x) % m;
      e >>= 1n;
    }
    return normInt(neg && r !== 0n ? r - m : r);
  }));
  b.set('chr', fn('chr', (args) => {
    checkArity('chr', args, 1);
    const n = Number(index(args[0]!));
    if (n < 0 || n > 0x10ffff) throw pyError('ValueError', 'chr() arg not in range(0x110000)');
    return String.fromCodePoint(n);
  }));
  b.set('ord', fn('ord', (args) => {
    checkArity('ord', args, 1);
    const v = args[0]!;
    if (v instanceof PyBytes && v.data.length === 1) return v.data[0]!;
    if (typeof v !== 'string') throw pyError('TypeError', `ord() expected string of length 1, but ${typeName(v)} found`);
    const chars = [...v];
    if (chars.length !== 1) throw pyError('TypeError', `ord() expected a character, but string of length ${chars.length} found`);
    return chars[0]!.codePointAt(0)!;
  }));
  b.set('hex', fn('hex', (args) => (checkArity('hex', args, 1), radix(args[0]!, 16, '0x'))));
  b.set('oct', fn('oct', (args) => (checkArity('oct', args, 1), radix(args[0]!, 8, '0o'))));
  b.set('bin', fn('bin', (args) => (checkArity('bin', args, 1), radix(args[0]!, 2, '0b'))));
  b.set('ascii', fn('ascii', (args) => (checkArity('ascii', args, 1), asciiOf(interp.repr(args[0]!)))));
  b.set('callable', fn('callable', (args) => {
    checkArity('callable', args, 1);
    const v = args[0]!;
    if (v instanceof PyFunction || v instanceof PyNativeFunction || v instanceof PyClass) return true;
    if (v instanceof PyInstance) return v.cls.lookup('__call__') !== undefined;
    return interp.findAttr(v, '__call__') !== undefined || v?.constructor?.name === 'PyBoundMethod';
  }));
  b.set('format', fn('format', (args) => {
    checkArity('format', args, 1, 2);
    const spec = args[1] ?? '';
    if (typeof spec !== 'string') throw pyError('TypeError', `format() argument 2 must be str, not ${typeName(spec)}`);
    return formatValue(args[0]!, spec, interp);
  }));
  b.set('vars', fn('vars', (args) => {
    checkArity('vars', args, 0, 1);
    const v = args[0];
    if (v === undefined) throw pyError('NotImplementedError', 'vars() without an argument is not available in the sandbox');
    if (v instanceof PyInstance || v instanceof PyModule) return attributeDict(v.dict);
    if (v instanceof PyClass) return interp.getAttr(v, '__dict__');
    throw pyError('TypeError', 'vars() argument must have __dict__ attribute');
  }));
  b.set('dir', fn('dir', (args) => {
    checkArity('dir', args, 0, 1);
    const v = args[0];
    if (v === undefined) throw pyError('NotImplementedError', 'dir() without an argument is not available in the sandbox');
    const names = new Set<string>();
    if (v instanceof PyModule) for (const k of v.dict.keys()) names.add(k);
    else if (v instanceof PyClass) for (const c of v.mro) for (const k of c.dict.keys()) names.add(k);
    else if (v instanceof PyInstance) {
      for (const k of v.dict.keys()) names.add(k);
      for (const c of v.cls.mro) for (const k of c.dict.keys()) names.add(k);
    } else for (const k of methodNames(v)) names.add(k);
    if (!(v instanceof PyModule)) for (const k of ['__class__', '__doc__', '__init__', '__repr__', '__str__', '__eq__', '__hash__']) names.add(k);
    return new PyList([...names].sort());
  }));
  b.set('delattr', fn('delattr', (args) => {
    checkArity('delattr', args, 2);
    const [obj, name] = args;
    if (typeof name !== 'string') throw pyError('TypeError', `attribute name must be string, not '${typeName(name!)}'`);
    deleteAttr(interp, obj!, name);
    return null;
  }));
  b.set('slice', nativeClass('slice', (args) => {
    checkArity('slice', args, 1, 3);
    return args.length === 1 ? new PySlice(null, args[0]!, null) : new PySlice(args[0]!, args[1]!, args[2] ?? null);
  }));
  b.set('frozenset', nativeClass('frozenset', (args) => newSet(args.length ? interp.iterate(args[0]!) : [], true)));
  b.set('bytes', nativeClass('bytes', (args, kwargs) => bytesFrom(args, kwargs, interp, false)));
  b.set('bytearray', nativeClass('bytearray', (args, kwargs) => bytesFrom(args, kwargs, interp, true)));
  b.set('NotImplemented', notImplemented);
  void classOf;
  return b;
}

class Singleton extends PyInstance {}
const singletonClass = (name: string) => new PyClass(name, [], 'builtins');
const notImplemented = new Singleton(singletonClass('NotImplementedType'));
notImplemented.cls.dict.set('__repr__', new PyNativeFunction('__repr__', () => 'NotImplemented'));

/** `del obj.name` and delattr(): a descriptor's __delete__, __delattr__, or the instance's dict. */
export function deleteAttr(interp: Interpreter, obj: PyValue, name: string): void {
  if (obj instanceof PyInstance) {
    const attr = obj.cls.lookup(name);
    const del = attr instanceof PyInstance ? attr.cls.lookup('__delete__') : undefined;
    if (del !== undefined) {
      interp.call(del, [attr!, obj]);
      return;
    }
    const custom = obj.cls.lookup('__delattr__');
    if (custom !== undefined) {
      interp.call(custom, [obj, name]);
      return;
    }
  }
  if (obj instanceof PyInstance || obj instanceof PyModule || obj instanceof PyClass) {
    if (!obj.dict.delete(name)) {
      const owner = obj instanceof PyClass ? `type object '${obj.name}'` : obj instanceof PyModule ? `module '${obj.name}'` : `'${typeName(obj)}' object`;
      throw pyError('AttributeError', obj instanceof PyInstance ? `'${typeName(obj)}' object has no attribute '${name}'` : `${owner} has no attribute '${name}'`);
    }
    return;
  }
  throw pyError('AttributeError', `'${typeName(obj)}' object has no attribute '${name}'`);
}

/** `del obj[key]`: dict keys, list items and slices, or the object's own __delitem__. */
export function deleteItem(interp: Interpreter, obj: PyValue, key: PyValue): void {
  if (obj instanceof PyDict) {
    if (!obj.entries.delete(hashKey(key))) throw new PyException(newException(exceptionClass('KeyError'), [key]));
    return;
  }
  if (obj instanceof PyList) {
    if (key instanceof PySlice) {
      const [start, stop, step] = sliceIndices(key, obj.items.length);
      const doomed = new Set<number>();
      for (let i = start; step > 0 ? i < stop : i > stop; i += step) doomed.add(i);
      obj.items = obj.items.filter((_, i) => !doomed.has(i));
      return;
    }
    obj.items.splice(interp.index(obj.items.length, key), 1);
    return;
  }
  const method = obj instanceof PyInstance ? obj.cls.lookup('__delitem__') : undefined;
  if (method !== undefined) {
    interp.call(method, [obj, key]);
    return;
  }
  throw pyError('TypeError', `'${typeName(obj)}' object does${obj instanceof PyInstance ? ' not support item deletion' : "n't support item deletion"}`);
}
