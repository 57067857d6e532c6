import { objectClass, pyError } from './exceptions';
import type { Interpreter } from './interpreter';
import { PyClass, PyDict, PyFunction, PyInstance, PyNativeFunction, PyTuple, type Kwargs, type PyValue } from './objects';
import { newDict, typeName } from './values';

/**
 * What `class` does once its body ran: the metaclass's `__new__` (type.__new__ unless one is
 * written in Python) makes the class, then the metaclass's `__init__` runs.
 */
export function createClass(interp: Interpreter, metaclass: PyClass | null, name: string, bases: PyClass[], namespace: Map<string, PyValue>, kwargs: Kwargs): PyClass {
  // One dict for both, as CPython passes: what __new__ adds, __init__ sees.
  const ns = newDict([...namespace].map(([k, v]): [PyValue, PyValue] => [k, v]));
  const metaNew = metaclass?.lookup('__new__');
  const made = metaNew instanceof PyFunction ? interp.call(metaNew, [metaclass!, name, new PyTuple(bases), ns], kwargs) : typeNew(interp, metaclass, name, bases, namespace, kwargs);
  if (!(made instanceof PyClass)) return made as PyClass;
  const metaInit = made.metaLookup('__init__');
  if (metaInit instanceof PyFunction) interp.call(metaInit, [made, name, new PyTuple(bases), ns], kwargs);
  return made;
}

/** type.__new__(mcls, name, bases, namespace): the class, its `__set_name__` calls and its bases' `__init_subclass__`. */
function typeNew(interp: Interpreter, metaclass: PyClass | null, name: string, bases: PyClass[], namespace: Map<string, PyValue>, kwargs: Kwargs): PyClass {
  const module = namespace.get('__module__');
  const cls = new PyClass(name, bases.length ? bases : [objectClass], typeof module === 'string' ? module : '__main__');
  if (metaclass !== null && metaclass !== interp.builtins.get('type')) cls.metaclass = metaclass;
  for (const [k, v] of namespace) if (k !== '__qualname__') cls.dict.set(k, v);
  // A class that defines __eq__ alone gets __hash__ = None: its instances are unhashable.
  if (namespace.has('__eq__') && !namespace.has('__hash__')) cls.dict.set('__hash__', null);
  const qualname = namespace.get('__qualname__');
  cls.qualname = typeof qualname === 'string' ? qualname : name;
  for (const [k, v] of [...cls.dict]) {
    const setName = v instanceof PyInstance ? v.cls.lookup('__set_name__') : undefined;
    if (setName !== undefined) interp.call(setName, [v, cls, k]);
  }
  const initSubclass = cls.mro.slice(1).find((c) => c.dict.has('__init_subclass__'))?.dict.get('__init_subclass__');
  // __init_subclass__ is a classmethod even when written without the decorator.
  const fn = initSubclass instanceof PyInstance ? initSubclass.dict.get('__func__') : initSubclass;
  if (fn !== undefined) interp.call(fn, [cls], kwargs);
  else if (kwargs.size) throw pyError('TypeError', `${cls.name}.__init_subclass__() takes no keyword arguments`);
  return cls;
}

/** `type.__new__` for metaclasses written in Python, and `type(name, bases, dict)`. */
export function typeNewFunction(interp: Interpreter): PyNativeFunction {
  return new PyNativeFunction('__new__', ([metaclass, name, bases, namespace], kwargs) => {
    if (!(metaclass instanceof PyClass)) throw pyError('TypeError', `type.__new__(X): X is not a type object (${typeName(metaclass ?? null)})`);
    if (typeof name !== 'string' || !(bases instanceof PyTuple) || !(namespace instanceof PyDict)) throw pyError('TypeError', 'type.__new__() argument 1 must be str, 2 a tuple, 3 a dict');
    const names = new Map<string, PyValue>();
    for (const { key, value } of namespace.entries.values()) names.set(String(key), value);
    if (!names.has('__module__')) {
      const frame = interp.stack.current();
      const caller = [...interp.modules.values()].find((m) => m.file === frame?.file);
      names.set('__module__', caller?.name ?? '__main__');
    }
    const classes = bases.items.filter((b): b is PyClass => b instanceof PyClass);
    return typeNew(interp, metaclass, name, classes, names, kwargs);
  });
}

/** `type(name, bases, dict)`: made by the bases' most derived metaclass, as a class statement would be. */
export function typeCall(interp: Interpreter, name: PyValue, bases: PyValue, namespace: PyValue, kwargs: Kwargs): PyValue {
  const classes = bases instanceof PyTuple ? bases.items.filter((b): b is PyClass => b instanceof PyClass) : [];
  const metaclass = classes.find((b) => b.metaclass !== null)?.metaclass ?? null;
  if (metaclass === null) return interp.call(typeNewFunction(interp), [interp.builtins.get('type')!, name, bases, namespace], kwargs);
  if (typeof name !== 'string' || !(namespace instanceof PyDict)) throw pyError('TypeError', 'type() argument 1 must be str, 3 a dict');
  const names = new Map<string, PyValue>();
  for (const { key, value } of namespace.entries.values()) names.set(String(key), value);
  if (!names.has('__module__')) names.set('__module__', '__main__');
  return createClass(interp, metaclass, name, classes, names, kwargs);
}
