import { PyClass, PyInstance, PyNativeFunction, PyTuple, objectClass, type Interpreter, type PyValue } from '../python';
import { compareOp } from '../python/operators';

/**
 * A "struct sequence" as CPython's C modules make them (sys.version_info, os.stat_result,
 * time.struct_time): a tuple whose items also have names, printed `sys.version_info(major=3, ...)`.
 */
export function structSequenceClass(interp: Interpreter, qualifiedName: string, fields: string[], shownName = qualifiedName): (values: PyValue[]) => PyInstance {
  const dot = qualifiedName.lastIndexOf('.');
  const cls = new PyClass(qualifiedName.slice(dot + 1), [objectClass], qualifiedName.slice(0, dot), {
    getAttr(self, name) {
      const at = fields.indexOf(name);
      return at >= 0 ? tupleOf(self).items[at] : undefined;
    },
  });
  const tupleOf = (v: PyValue | undefined): PyTuple => (v instanceof PyInstance && v.native instanceof PyTuple ? v.native : (v as PyTuple));
  const method = (name: string, body: (self: PyTuple, args: PyValue[]) => PyValue) => {
    cls.dict.set(name, new PyNativeFunction(name, ([self, ...args]) => body(tupleOf(self), args)));
  };
  const other = (v: PyValue | undefined): PyValue => (v instanceof PyInstance && v.cls === cls ? tupleOf(v) : (v ?? null));
  method('__getitem__', (t, [key]) => interp.getItem(t, key!));
  method('__len__', (t) => t.items.length);
  method('__iter__', (t) => interp.call(interp.builtins.get('iter')!, [t]));
  method('__hash__', (t) => interp.call(interp.builtins.get('hash')!, [t]));
  method('__contains__', (t, [item]) => interp.contains(t, item!));
  method('__repr__', (t) => `${shownName}(${fields.map((f, i) => `${f}=${interp.repr(t.items[i]!)}`).join(', ')})`);
  for (const [name, op] of [['__eq__', '=='], ['__ne__', '!='], ['__lt__', '<'], ['__le__', '<='], ['__gt__', '>'], ['__ge__', '>=']] as const) {
    method(name, (t, [o]) => compareOp(op, t, other(o), interp));
  }
  method('count', (t, [item]) => t.items.filter((x) => interp.equal(x, item!)).length);
  method('index', (t, [item]) => interp.call(interp.getAttr(t, 'index'), [item!]));
  cls.dict.set('n_fields', fields.length);
  return (values) => {
    const instance = new PyInstance(cls);
    instance.native = new PyTuple(values);
    return instance;
  };
}

/** types.SimpleNamespace-like object: attributes, and the repr `namespace(a=1, b=2)`. */
export function namespace(interp: Interpreter, values: Record<string, PyValue>): PyInstance {
  const cls = new PyClass('SimpleNamespace', [objectClass], 'types');
  cls.dict.set('__repr__', new PyNativeFunction('__repr__', ([self]) => {
    const dict = (self as PyInstance).dict;
    return `namespace(${[...dict].map(([k, v]) => `${k}=${interp.repr(v)}`).join(', ')})`;
  }));
  const instance = new PyInstance(cls);
  for (const [k, v] of Object.entries(values)) instance.dict.set(k, v);
  return instance;
}
