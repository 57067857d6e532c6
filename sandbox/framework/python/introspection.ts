import { cellAttr, closureOf, codeOf } from './closures';
import { docstring, functionDoc } from './class-builtins';
import { isExceptionClass, pyError, raisedAs } from './exceptions';
import type { Interpreter } from './interpreter';
import { unboundMethod } from './methods';
import { numberAttr } from './number-methods';
import { PyBoundMethod, PyClass, PyDict, PyFunction, PyInstance, PyList, PyNativeFunction, PyTuple, type PyValue } from './objects';
import { hashKey, newDict, typeName } from './values';

type Entry = { key: PyValue; value: PyValue };

/**
 * An instance's `__dict__` as a dict that reads and writes the instance's own attributes,
 * so `self.__dict__.update(kwargs)` sets attributes as in Python.
 */
class AttributeEntries extends Map<string, Entry> {
  constructor(private readonly attrs: Map<string, PyValue>) {
    super();
  }
  override get size(): number {
    return this.attrs.size;
  }
  override get(key: string): Entry | undefined {
    const name = key.slice(1);
    return key[0] === 's' && this.attrs.has(name) ? { key: name, value: this.attrs.get(name)! } : undefined;
  }
  override has(key: string): boolean {
    return key[0] === 's' && this.attrs.has(key.slice(1));
  }
  override set(key: string, entry: Entry): this {
    // Only str keys are attributes; anything else is kept out, as Python's setattr() would refuse it.
    if (key[0] === 's' && this.attrs) this.attrs.set(key.slice(1), entry.value);
    return this;
  }
  override delete(key: string): boolean {
    return key[0] === 's' && this.attrs.delete(key.slice(1));
  }
  override clear(): void {
    this.attrs.clear();
  }
  override *entries(): MapIterator<[string, Entry]> {
    for (const [name, value] of this.attrs) yield [hashKey(name), { key: name, value }];
  }
  override *keys(): MapIterator<string> {
    for (const name of this.attrs.keys()) yield hashKey(name);
  }
  override *values(): MapIterator<Entry> {
    for (const [name, value] of this.attrs) yield { key: name, value };
  }
  override [Symbol.iterator](): MapIterator<[string, Entry]> {
    return this.entries();
  }
  override forEach(fn: (value: Entry, key: string, map: Map<string, Entry>) => void): void {
    for (const [k, e] of this.entries()) fn(e, k, this);
  }
}

/** object.__new__(cls), and str.__new__ / int.__new__ for the classes that mix them in (enum's members): a bare instance. */
function objectNew(cls: PyValue): PyValue {
  if (!(cls instanceof PyClass)) throw pyError('TypeError', `object.__new__(X): X is not a type object (${typeName(cls)})`);
  return new PyInstance(cls);
}

export function attributeDict(attrs: Map<string, PyValue>): PyDict {
  return new PyDict(new AttributeEntries(attrs));
}

/** The dunder attributes Python gives every class, function and exception, when nothing in the object's own dicts answers. */
export function specialAttr(interp: Interpreter, obj: PyValue, name: string, classOf: (v: PyValue) => PyClass): PyValue | undefined {
  if (obj instanceof PyClass) {
    switch (name) {
      case '__mro__':
        return new PyTuple(obj.mro);
      case '__bases__':
        return new PyTuple(obj.bases.length ? obj.bases : obj === interp.objectClass() ? [] : [interp.objectClass()]);
      case '__base__':
        return obj.bases[0] ?? null;
      case '__doc__':
        return obj.doc;
      case '__dict__':
        return newDict([...obj.dict].map(([k, v]) => [k, v]));
      case '__module__':
        return obj.module;
      case 'mro':
        return new PyNativeFunction('mro', () => new PyList([...obj.mro]));
      case '__subclasses__':
        return new PyNativeFunction('__subclasses__', () => new PyList([]));
      case '__class__':
        return classOf(obj);
      case '__annotations__': {
        // Since 3.10 a class's annotations are its own, never a base's.
        const own = obj.dict.get('__annotations__') ?? newDict();
        obj.dict.set('__annotations__', own);
        return own;
      }
      case '__new__':
        return new PyNativeFunction('__new__', (args) => objectNew(args[0] ?? null));
      case '__setattr__':
        // object.__setattr__: a data descriptor's __set__, else the instance's dict, bypassing the class's own __setattr__.
        return new PyNativeFunction('__setattr__', ([self, key, value]) => {
          const attr = self instanceof PyInstance ? self.cls.lookup(String(key)) : undefined;
          const set = attr instanceof PyInstance ? attr.cls.lookup('__set__') : undefined;
          if (set !== undefined) interp.call(set, [attr!, self!, value!]);
          else if (self instanceof PyInstance || self instanceof PyClass) self.dict.set(String(key), value!);
          else throw pyError('TypeError', `can't apply this __setattr__ to ${typeName(self!)} object`);
          return null;
        });
    }
    return obj.module === 'builtins' ? unboundMethod(obj.name, name, interp) : undefined;
  }
  if (name === '__class__') return classOf(obj);
  const numeric = numberAttr(obj, name);
  if (numeric !== undefined) return numeric;
  if (obj instanceof PyInstance) {
    if (name === '__dict__') return attributeDict(obj.dict);
    if (name === '__doc__') return obj.cls.doc;
    if (name === '__module__') return obj.cls.module;
    const cell = cellAttr(obj, name);
    if (cell !== undefined) return cell;
    return isExceptionClass(obj.cls) ? exceptionAttr(obj, name) : undefined;
  }
  if (obj instanceof PyFunction) return functionAttr(obj, name);
  if (obj instanceof PyNativeFunction) {
    if (name === '__name__' || name === '__qualname__') return obj.name;
    if (name === '__doc__') return null;
    if (name === '__module__') return 'builtins';
  }
  if (obj instanceof PyBoundMethod) {
    if (name === '__self__') return obj.self;
    if (name === '__func__') return obj.func;
    if (name === '__name__' || name === '__qualname__' || name === '__doc__' || name === '__module__') return interp.findAttr(obj.func, name);
  }
  return undefined;
}

function functionAttr(fn: PyFunction, name: string): PyValue | undefined {
  switch (name) {
    case '__name__':
      return fn.name;
    case '__qualname__':
      return fn.qualname;
    case '__module__':
      return fn.globals.name;
    case '__doc__':
      return functionDoc(fn);
    case '__defaults__': {
      const values = fn.params.filter((p) => p.kind === 'normal' && fn.defaults.has(p.name)).map((p) => fn.defaults.get(p.name)!);
      return values.length ? new PyTuple(values) : null;
    }
    case '__kwdefaults__': {
      const pairs = fn.params.filter((p) => p.kind === 'kwonly' && fn.defaults.has(p.name)).map((p): [PyValue, PyValue] => [p.name, fn.defaults.get(p.name)!]);
      return pairs.length ? newDict(pairs) : null;
    }
    case '__annotations__':
      return (fn.annotations ??= newDict());
    case '__dict__':
      return attributeDict(fn.attrs);
    case '__closure__':
      return closureOf(fn);
    case '__code__':
      return codeOf(fn);
    case '__globals__':
      return attributeDict(fn.globals.dict);
  }
  return undefined;
}

function exceptionAttr(exc: PyInstance, name: string): PyValue | undefined {
  const raised = raisedAs(exc);
  switch (name) {
    case '__cause__':
      return raised?.cause?.exc ?? null;
    case '__context__':
      return raised?.context?.exc ?? null;
    case '__suppress_context__':
      return raised?.suppressContext ?? false;
    case 'code': {
      if (exc.cls.name !== 'SystemExit' && !exc.cls.mro.some((c) => c.name === 'SystemExit' && c.module === 'builtins')) return undefined;
      const args = exc.dict.get('args');
      const items = args instanceof PyTuple ? args.items : [];
      return items.length === 0 ? null : items.length === 1 ? items[0]! : args!;
    }
    case '__traceback__':
      return raised ? tracebackObject() : null;
  }
  return undefined;
}

let tracebackClass: PyClass | undefined;
/** A stand-in for the traceback object: learners test it against None, nothing reads its frames. */
function tracebackObject(): PyInstance {
  tracebackClass ??= new PyClass('traceback', [], 'builtins');
  return new PyInstance(tracebackClass);
}

export { docstring };
