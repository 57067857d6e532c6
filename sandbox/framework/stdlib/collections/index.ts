import { PyClass, PyDict, PyInstance, PyModule, PyNativeFunction, PyTuple, newDict, pyError, type Interpreter, type PyValue } from '../../python';
import { builtinBackedClass, makeClassFn, pythonModule } from '../python-source';
import { ABC_SOURCE } from './abc-source';
import { DICT_BASE_SOURCE } from './dict-source';
import { SEQ_SOURCE } from './seq-source';

/**
 * Python's collections: Counter, defaultdict and OrderedDict are dicts (isinstance says
 * so) whose methods are written in Python over a real dict; namedtuple classes are tuples
 * the same way; deque and ChainMap are plain Python classes.
 */
export function collectionsModule(interp: Interpreter): Record<string, PyValue> {
  const builtin = (name: string) => interp.builtins.get(name) as PyClass;
  const dictBase = builtinBackedClass(interp, '_dictbase', 'collections', builtin('dict'), (_cls, args, kwargs) => {
    const store = newDict();
    if (args.length || kwargs.size) interp.call(interp.getAttr(store, 'update'), args.length ? [plainMapping(args[0]!)] : [], kwargs);
    if (args.length > 1) throw pyError('TypeError', `expected at most 1 argument, got ${args.length}`);
    return store;
  });
  const tupleBase = builtinBackedClass(interp, '_tuplebase', 'collections', builtin('tuple'), (cls, args, kwargs) => bindFields(cls, args, kwargs));
  const storeOf = new PyNativeFunction('_store', (args) => {
    const self = args[0]!;
    return interp.call(self instanceof PyInstance && self.cls.isSubclassOf(tupleBase.cls) ? tupleBase.store : dictBase.store, [self]);
  });
  // The dict-backed instance's own store, so update(counter) copies its entries.
  function plainMapping(value: PyValue): PyValue {
    return value instanceof PyInstance && value.cls.isSubclassOf(dictBase.cls) ? interp.call(dictBase.store, [value]) : value;
  }
  const natives: Record<string, PyValue> = {
    _dictbase: dictBase.cls,
    _tuplebase: tupleBase.cls,
    _store: storeOf,
    _new: tupleBase.make,
    _make_class: makeClassFn(interp),
  };
  const ns = pythonModule(interp, 'collections', DICT_BASE_SOURCE + SEQ_SOURCE, natives);
  const impl = ns._namedtuple!;
  const namedtuple = new PyNativeFunction('namedtuple', (args, kwargs) => {
    if (!kwargs.has('module') || kwargs.get('module') === null) kwargs = new Map([...kwargs, ['module', callerModule(interp)]]);
    return interp.call(impl, args, kwargs);
  });
  const exported = ['Counter', 'defaultdict', 'OrderedDict', 'deque', 'ChainMap'];
  const out: Record<string, PyValue> = { namedtuple, __file__: ns.__file__ ?? null };
  for (const name of exported) out[name] = ns[name]!;
  return out;
}

/** The module whose code is calling: a namedtuple's __module__ names it, as in CPython. */
function callerModule(interp: Interpreter): string {
  const frame = interp.stack.current();
  if (!frame) return '__main__';
  if (frame.func) return frame.func.globals.name;
  for (const [name, module] of interp.modules) if (module instanceof PyModule && module.file === frame.file) return name;
  return '__main__';
}

/** namedtuple's `__new__(cls, x, y)`: the arguments bound to the fields, with CPython's messages. */
function bindFields(cls: PyClass, args: PyValue[], kwargs: Map<string, PyValue>): PyTuple {
  const fieldsValue = cls.lookup('_fields');
  const fields = fieldsValue instanceof PyTuple ? fieldsValue.items.map(String) : [];
  const defaultsValue = cls.lookup('_field_defaults');
  const defaults = new Map<string, PyValue>();
  if (defaultsValue instanceof PyDict) for (const { key, value } of defaultsValue.entries.values()) defaults.set(String(key), value);
  const where = `${cls.name}.__new__()`;
  if (args.length > fields.length) {
    throw pyError('TypeError', `${where} takes ${fields.length + 1} positional argument${fields.length === 0 ? '' : 's'} but ${args.length + 1} were given`);
  }
  const values = new Map<string, PyValue>();
  fields.forEach((f, i) => {
    if (i < args.length) values.set(f, args[i]!);
  });
  for (const [key, value] of kwargs) {
    if (!fields.includes(key)) throw pyError('TypeError', `${where} got an unexpected keyword argument '${key}'`);
    if (values.has(key)) throw pyError('TypeError', `${where} got multiple values for argument '${key}'`);
    values.set(key, value);
  }
  const missing = fields.filter((f) => !values.has(f) && !defaults.has(f));
  if (missing.length) {
    const names = missing.map((m) => `'${m}'`);
    const list = names.length === 1 ? names[0] : names.length === 2 ? `${names[0]} and ${names[1]}` : `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
    throw pyError('TypeError', `${where} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  return new PyTuple(fields.map((f) => (values.has(f) ? values.get(f)! : defaults.get(f)!)));
}

/** collections.abc: imported on its own, as in CPython (`import collections` alone does not bind it). */
export function collectionsAbcModule(interp: Interpreter): Record<string, PyValue> {
  const ns = pythonModule(interp, 'collections.abc', ABC_SOURCE);
  return Object.fromEntries(Object.entries(ns).filter(([k]) => !k.startsWith('_') || k.startsWith('__')));
}
