import { classOf } from './builtins';
import { pyError } from './exceptions';
import { specialAttr } from './introspection';
import type { Interpreter } from './interpreter';
import { methodNames, methodOf } from './methods';
import { PyBoundMethod, PyClass, PyFunction, PyInstance, PyModule, PyNativeFunction, type PyValue } from './objects';
import { suggestName } from './suggestions';
import { typeName } from './values';

export function getAttr(interp: Interpreter, obj: PyValue, name: string): PyValue {
  const found = interp.findAttr(obj, name);
  if (found !== undefined) return found;
  let message: string;
  let candidates: Iterable<string> = [];
  if (obj instanceof PyModule) {
    message = `module '${obj.name}' has no attribute '${name}'`;
    candidates = obj.dict.keys();
  } else if (obj instanceof PyClass) {
    message = `type object '${obj.name}' has no attribute '${name}'`;
    candidates = obj.mro.flatMap((c) => [...c.dict.keys()]);
  } else {
    message = `'${typeName(obj)}' object has no attribute '${name}'`;
    if (obj instanceof PyInstance) candidates = [...obj.dict.keys(), ...obj.cls.mro.flatMap((c) => [...c.dict.keys()])];
    else candidates = methodNames(obj);
  }
  const suggestion = suggestName(name, new Set(candidates));
  throw pyError('AttributeError', suggestion ? `${message}. Did you mean: '${suggestion}'?` : message);
}

export function findAttr(interp: Interpreter, obj: PyValue, name: string): PyValue | undefined {
  if (obj instanceof PyModule) return obj.dict.get(name);
  if (obj instanceof PyClass) {
    if (name === '__name__') return obj.name;
    if (name === '__qualname__') return obj.qualname;
    const found = obj.lookup(name);
    const get = descriptorMethod(found, '__get__');
    if (get !== undefined) return interp.call(get, [found!, null, obj]);
    return found !== undefined ? found : specialAttr(interp, obj, name, (v) => classOf(v, interp.builtins));
  }
  if (obj instanceof PyInstance) {
    const fromClass = obj.cls.lookup(name);
    // Python's descriptor protocol (Django's managers and related-object accessors use it):
    // a data descriptor (its type defines __get__ and __set__) comes before the instance's
    // dict, a plain one after.
    const get = descriptorMethod(fromClass, '__get__');
    if (get !== undefined && descriptorMethod(fromClass, '__set__') !== undefined) return interp.call(get, [fromClass!, obj, obj.cls]);
    const own = obj.dict.get(name);
    if (own !== undefined) return own;
    if (fromClass !== undefined) {
      if (fromClass instanceof PyFunction || fromClass instanceof PyNativeFunction) return new PyBoundMethod(obj, fromClass);
      if (get !== undefined) return interp.call(get, [fromClass, obj, obj.cls]);
      return fromClass;
    }
    const computed = obj.cls.hook('getAttr')?.hook(obj, name);
    if (computed !== undefined) return computed;
    return specialAttr(interp, obj, name, (v) => classOf(v, interp.builtins));
  }
  return methodOf(obj, name, interp) ?? specialAttr(interp, obj, name, (v) => classOf(v, interp.builtins));
}

export function setAttr(interp: Interpreter, obj: PyValue, name: string, value: PyValue) {
  if (obj instanceof PyInstance) {
    const attr = obj.cls.lookup(name);
    const set = descriptorMethod(attr, '__set__');
    if (set !== undefined) {
      interp.call(set, [attr!, obj, value]);
      return;
    }
  }
  if (obj instanceof PyInstance || obj instanceof PyModule || obj instanceof PyClass) {
    obj.dict.set(name, value);
    return;
  }
  throw pyError('AttributeError', `'${typeName(obj)}' object attribute '${name}' is read-only`);
}

/** `__get__` or `__set__` of a class attribute that is a descriptor (an instance whose class defines it). */
function descriptorMethod(attr: PyValue | undefined, name: '__get__' | '__set__'): PyValue | undefined {
  return attr instanceof PyInstance ? attr.cls.lookup(name) : undefined;
}
