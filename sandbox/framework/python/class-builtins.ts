import { exceptionArgsInit, isExceptionClass, objectClass, pyError } from './exceptions';
import type { Interpreter } from './interpreter';
import { PyBoundMethod, PyClass, PyFunction, PyInstance, PyNativeFunction, type Kwargs, type PyValue } from './objects';
import { defaultRepr, defaultStr } from './format';
import { objectId, typeName } from './values';

/**
 * property, classmethod and staticmethod are descriptors: instances of builtin classes whose
 * `__get__`/`__set__` the attribute lookup already honours, so they need no special case there.
 */
function native(name: string, body: (args: PyValue[], kwargs: Kwargs) => PyValue): PyNativeFunction {
  return new PyNativeFunction(name, body);
}

function builtinClass(name: string, construct: (cls: PyClass, args: PyValue[], kwargs: Kwargs) => PyValue): PyClass {
  return new PyClass(name, [objectClass], 'builtins', { construct });
}

function slot(self: PyValue, name: string): PyValue {
  return self instanceof PyInstance ? (self.dict.get(name) ?? null) : null;
}

function funcName(fn: PyValue): string {
  if (fn instanceof PyFunction) return fn.name;
  if (fn instanceof PyNativeFunction) return fn.name;
  return '';
}

export function createClassBuiltins(interp: Interpreter, classOf: (v: PyValue) => PyClass): Map<string, PyValue> {
  const newProperty = (cls: PyClass, fget: PyValue, fset: PyValue, fdel: PyValue, doc: PyValue): PyInstance => {
    const p = new PyInstance(cls);
    p.dict.set('fget', fget);
    p.dict.set('fset', fset);
    p.dict.set('fdel', fdel);
    p.dict.set('__doc__', doc ?? (fget instanceof PyFunction ? functionDoc(fget) : null));
    return p;
  };
  const property: PyClass = builtinClass('property', (cls, args, kwargs) =>
    newProperty(cls, args[0] ?? kwargs.get('fget') ?? null, args[1] ?? kwargs.get('fset') ?? null, args[2] ?? kwargs.get('fdel') ?? null, args[3] ?? kwargs.get('doc') ?? null),
  );
  const missing = (self: PyValue, obj: PyValue, what: string) =>
    pyError('AttributeError', `property '${funcName(slot(self, 'fget'))}' of '${typeName(obj)}' object has no ${what}`);
  property.dict.set('__get__', native('__get__', ([self, obj]) => {
    if (obj === null || obj === undefined) return self!;
    const fget = slot(self!, 'fget');
    if (fget === null) throw missing(self!, obj, 'getter');
    return interp.call(fget, [obj]);
  }));
  property.dict.set('__set__', native('__set__', ([self, obj, value]) => {
    const fset = slot(self!, 'fset');
    if (fset === null) throw missing(self!, obj!, 'setter');
    interp.call(fset, [obj!, value!]);
    return null;
  }));
  property.dict.set('__delete__', native('__delete__', ([self, obj]) => {
    const fdel = slot(self!, 'fdel');
    if (fdel === null) throw missing(self!, obj!, 'deleter');
    interp.call(fdel, [obj!]);
    return null;
  }));
  for (const [method, index] of [['getter', 0], ['setter', 1], ['deleter', 2]] as const) {
    property.dict.set(method, native(method, ([self, fn]) => {
      const parts = [slot(self!, 'fget'), slot(self!, 'fset'), slot(self!, 'fdel')];
      parts[index] = fn!;
      return newProperty(property, parts[0]!, parts[1]!, parts[2]!, index === 0 ? null : slot(self!, '__doc__'));
    }));
  }

  const wrapper = (name: string, get: (func: PyValue, obj: PyValue, owner: PyValue) => PyValue): PyClass => {
    const cls = builtinClass(name, (c, args) => {
      if (args.length !== 1) throw pyError('TypeError', `${name} expected 1 argument, got ${args.length}`);
      const w = new PyInstance(c);
      w.dict.set('__func__', args[0]!);
      w.dict.set('__wrapped__', args[0]!);
      return w;
    });
    cls.dict.set('__get__', native('__get__', ([self, obj, owner]) => get(slot(self!, '__func__'), obj ?? null, owner ?? null)));
    return cls;
  };
  const classmethod = wrapper('classmethod', (func, obj, owner) => new PyBoundMethod(owner ?? classOf(obj), func));
  const staticmethod = wrapper('staticmethod', (func) => func);
  // A staticmethod is callable itself since 3.10.
  staticmethod.dict.set('__call__', native('__call__', ([self, ...args], kwargs) => interp.call(slot(self!, '__func__'), args, kwargs)));

  const superClass = new PyClass('super', [objectClass], 'builtins', {
    getAttr: (self, name) => superAttr(interp, self.native as SuperData, name),
  });
  const superFn = native('super', (args) => {
    const data = args.length === 0 ? zeroArgSuper(interp, classOf) : twoArgSuper(args, classOf);
    const s = new PyInstance(superClass);
    s.native = data;
    return s;
  });

  return new Map<string, PyValue>([
    ['property', property],
    ['classmethod', classmethod],
    ['staticmethod', staticmethod],
    ['super', superFn],
  ]);
}

interface SuperData {
  /** The class whose successors in the MRO are searched. */
  start: PyClass;
  self: PyValue;
  /** The MRO searched: the instance's class, or the class itself for a classmethod. */
  owner: PyClass;
}

function twoArgSuper(args: PyValue[], classOf: (v: PyValue) => PyClass): SuperData {
  const [start, self = null] = args;
  if (!(start instanceof PyClass)) throw pyError('TypeError', `super() argument 1 must be a type, not ${typeName(start!)}`);
  const owner = self instanceof PyClass && self.isSubclassOf(start) ? self : classOf(self);
  if (!owner.isSubclassOf(start)) throw pyError('TypeError', 'super(type, obj): obj must be an instance or subtype of type');
  return { start, self, owner };
}

/** super() with no arguments: the running method's class and its first argument, as the `__class__` cell gives CPython. */
function zeroArgSuper(interp: Interpreter, classOf: (v: PyValue) => PyClass): SuperData {
  const frame = interp.stack.current();
  const fn = frame?.func;
  const first = fn?.params[0];
  if (!fn || !frame.scope || !first || (first.kind !== 'normal' && first.kind !== 'posonly')) throw pyError('RuntimeError', 'super(): no arguments');
  const self = frame.scope.vars.get(first.name);
  if (self === undefined) throw pyError('RuntimeError', 'super(): arg[0] deleted');
  let owner = self instanceof PyClass ? self : classOf(self);
  let start = definingClass(fn, owner);
  // A metaclass's method: its first argument is a class, the method is in the metaclass's MRO.
  if (!start && self instanceof PyClass && self.metaclass) start = definingClass(fn, (owner = self.metaclass));
  if (!start) throw pyError('RuntimeError', 'super(): __class__ cell not found');
  return { start, self, owner };
}

function definingClass(fn: PyFunction, owner: PyClass): PyClass | undefined {
  const holds = (v: PyValue): boolean =>
    v === fn || (v instanceof PyInstance && ['__func__', 'fget', 'fset', 'fdel'].some((k) => v.dict.get(k) === fn));
  for (const cls of owner.mro) for (const v of cls.dict.values()) if (holds(v)) return cls;
  // A decorated method is stored as its wrapper: its qualified name still says where it was written.
  const at = fn.qualname.lastIndexOf('.');
  const qual = fn.qualname.slice(0, at);
  return owner.mro.find((c) => c.qualname === qual && c.module === fn.globals.name);
}

function superAttr(interp: Interpreter, data: SuperData, name: string): PyValue | undefined {
  const mro = data.owner.mro;
  const isInstance = !(data.self instanceof PyClass) || !data.owner.isSubclassOf(data.self);
  for (const cls of mro.slice(mro.indexOf(data.start) + 1)) {
    if (!cls.dict.has(name)) continue;
    const v = cls.dict.get(name)!;
    const get = v instanceof PyInstance ? v.cls.lookup('__get__') : undefined;
    if (get !== undefined) return interp.call(get, [v, isInstance ? data.self : null, data.owner]);
    if ((v instanceof PyFunction || v instanceof PyNativeFunction) && isInstance) return new PyBoundMethod(data.self, v);
    return v;
  }
  return objectMethod(interp, data, name);
}

/** What `object` (or BaseException) itself provides, which the subset keeps out of their dicts. */
function objectMethod(interp: Interpreter, data: SuperData, name: string): PyValue | undefined {
  const self = data.self;
  switch (name) {
    case '__init__':
      return native('__init__', (args) => {
        if (self instanceof PyInstance && isExceptionClass(self.cls)) exceptionArgsInit(self, args);
        return null;
      });
    case '__new__':
      return native('__new__', ([cls]) => (cls instanceof PyClass ? new PyInstance(cls) : null));
    case '__init_subclass__':
      return native('__init_subclass__', () => null);
    case '__str__':
      return native('__str__', () => defaultStr(self, interp));
    case '__repr__':
      return native('__repr__', () => defaultRepr(self, interp));
    case '__eq__':
      return native('__eq__', ([other]) => self === other || notImplemented(interp));
    case '__ne__':
      return native('__ne__', ([other]) => self !== other);
    case '__hash__':
      return native('__hash__', () => (typeof self === 'object' && self !== null ? objectId(self) : 0));
    case '__setattr__':
      return native('__setattr__', ([key, value]) => {
        if (self instanceof PyInstance) self.dict.set(String(key), value!);
        return null;
      });
    case '__getattribute__':
      return native('__getattribute__', ([key]) => interp.getAttr(self, String(key)));
    case '__delattr__':
      return native('__delattr__', ([key]) => {
        if (self instanceof PyInstance) self.dict.delete(String(key));
        return null;
      });
    case '__format__':
      return native('__format__', () => defaultStr(self, interp));
  }
  return undefined;
}

function notImplemented(interp: Interpreter): PyValue {
  return interp.builtins.get('NotImplemented') ?? false;
}

/** A function's docstring: its body's first statement when that is a string literal. */
export function functionDoc(fn: PyFunction): PyValue {
  return docstring(fn.body);
}

export function docstring(body: PyFunction['body']): PyValue {
  const first = body[0];
  if (first?.kind === 'expr' && first.value.kind === 'const' && typeof first.value.value === 'string') return first.value.value;
  return null;
}
