import { PyClass, PyDict, PyInstance, PyModule, PyNativeFunction, PyTuple, pyError, type Interpreter, type PyValue } from '../python';

/**
 * A standard-library module written in Python: CPython writes most of collections,
 * functools, statistics and fractions in Python too, and the sandbox's interpreter runs
 * them the same way. `natives` are the TypeScript helpers the source can call.
 */
export function pythonModule(interp: Interpreter, name: string, source: string, natives: Record<string, PyValue> = {}): Record<string, PyValue> {
  // Frames name the code `<frozen NAME>`, as the other Python-written modules do: logging and warnings skip them to find their caller.
  const frozen = `<frozen ${name}>`;
  const module = new PyModule(name, frozen);
  for (const [key, value] of Object.entries(natives)) module.dict.set(key, value);
  interp.runInteractive(source, module, frozen);
  const out: Record<string, PyValue> = {};
  for (const [key, value] of module.dict) if (!(key in natives)) out[key] = value;
  out.__file__ = `/usr/lib/python3.12/${name.replace(/\./g, '/')}.py`;
  return out;
}

/** A native function taking positional arguments only. */
export function nativeFn(name: string, fn: (...args: PyValue[]) => PyValue): PyNativeFunction {
  return new PyNativeFunction(name, (args) => fn(...args));
}

/**
 * `type(name, bases, namespace)` for a module's Python code: the class a factory such as
 * namedtuple() builds at run time.
 */
export function makeClassFn(interp: Interpreter): PyNativeFunction {
  return nativeFn('_make_class', (name, bases, ns, module) => {
    if (typeof name !== 'string' || !(bases instanceof PyTuple) || !(ns instanceof PyDict)) throw pyError('TypeError', '_make_class(name, bases, dict, module)');
    const classes = bases.items.length ? bases.items : [interp.objectClass()];
    if (!classes.every((b): b is PyClass => b instanceof PyClass)) throw pyError('TypeError', 'bases must be types');
    const cls = new PyClass(name, [...classes], typeof module === 'string' ? module : '__main__');
    cls.dict.set('__module__', cls.module);
    for (const { key, value } of ns.entries.values()) if (typeof key === 'string') cls.dict.set(key, value);
    if (cls.dict.has('__doc__')) cls.doc = cls.dict.get('__doc__')!;
    return cls;
  });
}

/**
 * A class whose instances carry a builtin value (a dict, a tuple) that Python code reaches
 * through `store(self)`, and which isinstance() counts as that builtin: Counter is a dict,
 * a namedtuple a tuple. `init` fills a new instance from the call's arguments.
 */
export function builtinBackedClass(
  interp: Interpreter,
  name: string,
  module: string,
  builtin: PyClass,
  init: (cls: PyClass, args: PyValue[], kwargs: Map<string, PyValue>) => PyValue,
): { cls: PyClass; store: PyNativeFunction; make: PyNativeFunction } {
  const cls = new PyClass(name, [interp.objectClass()], module, {
    construct: (sub, args, kwargs) => {
      const instance = new PyInstance(sub);
      instance.native = init(sub, args, kwargs);
      return instance;
    },
  });
  cls.mro = [cls, builtin, ...builtin.mro.slice(1)];
  const store = nativeFn('_store', (self) => {
    if (self instanceof PyInstance && self.native !== undefined && self.cls.isSubclassOf(cls)) return self.native as PyValue;
    throw pyError('TypeError', `descriptor requires a '${name}' object`);
  });
  const make = nativeFn('_new', (sub, value) => {
    if (!(sub instanceof PyClass) || !sub.isSubclassOf(cls)) throw pyError('TypeError', `_new(cls, value): cls must be a subclass of ${name}`);
    const instance = new PyInstance(sub);
    instance.native = value;
    return instance;
  });
  return { cls, store, make };
}
