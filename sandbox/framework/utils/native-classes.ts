import { PyClass, PyDict, PyInstance, PyList, PyNativeFunction, PyTuple, newDict, objectClass, pyError, type Interpreter, type Kwargs, type NativeClassHooks, type PyValue } from '../python';

/**
 * What the forms' and views' classes are made of: classes written in TypeScript whose methods
 * are ordinary class attributes, so the learner's Python subclasses override them and reach
 * them through super(), as with Django's Python classes.
 */
export type Method = (self: PyInstance, args: PyValue[], kwargs: Kwargs) => PyValue;

export function defineClass(
  name: string,
  bases: PyClass[],
  module: string,
  methods: Record<string, Method> = {},
  attrs: Record<string, PyValue> = {},
  hooks: NativeClassHooks = {},
): PyClass {
  const cls = new PyClass(name, bases.length ? bases : [objectClass], module, hooks);
  cls.dict.set('__module__', module);
  for (const [key, value] of Object.entries(attrs)) cls.dict.set(key, value);
  for (const [key, body] of Object.entries(methods)) setMethod(cls, key, body);
  return cls;
}

export function setMethod(cls: PyClass, name: string, body: Method) {
  cls.dict.set(name, new PyNativeFunction(name, (args, kwargs) => body(args[0] as PyInstance, args.slice(1), kwargs)));
}

/** A read-only property (a descriptor), so a subclass may still override it. */
const PropertyClass = new PyClass('property', [objectClass], 'builtins');
PropertyClass.dict.set(
  '__get__',
  new PyNativeFunction('__get__', ([desc, obj]) => (obj === null || obj === undefined ? desc! : ((desc as PyInstance).native as (self: PyInstance) => PyValue)(obj as PyInstance))),
);

export function setProperty(cls: PyClass, name: string, getter: (self: PyInstance) => PyValue) {
  const prop = new PyInstance(PropertyClass);
  prop.native = getter;
  cls.dict.set(name, prop);
}

/**
 * Python's binding of call arguments to parameters `names` (positional or keyword), with
 * `defaults` for the optional ones; the rest of the keywords are returned in `extra`.
 */
export function bindArgs(
  fn: string,
  args: PyValue[],
  kwargs: Kwargs,
  names: string[],
  defaults: Record<string, PyValue>,
  acceptExtra = false,
): { get(name: string): PyValue; extra: Kwargs } {
  if (args.length > names.length) throw pyError('TypeError', `${fn}() takes ${names.length + 1} positional arguments but ${args.length + 1} were given`);
  const values = new Map<string, PyValue>();
  args.forEach((a, i) => values.set(names[i]!, a));
  const extra: Kwargs = new Map();
  for (const [k, v] of kwargs) {
    if (names.includes(k)) {
      if (values.has(k)) throw pyError('TypeError', `${fn}() got multiple values for argument '${k}'`);
      values.set(k, v);
    } else if (acceptExtra) extra.set(k, v);
    else throw pyError('TypeError', `${fn}() got an unexpected keyword argument '${k}'`);
  }
  for (const name of names) {
    if (!values.has(name)) {
      if (!(name in defaults)) throw pyError('TypeError', `${fn}() missing 1 required positional argument: '${name}'`);
      values.set(name, defaults[name]!);
    }
  }
  return { get: (name) => values.get(name) ?? null, extra };
}

/** `obj.name(*args, **kwargs)`, finding the method the Python way (a subclass's override first). */
export function callMethod(interp: Interpreter, obj: PyValue, name: string, args: PyValue[] = [], kwargs: Kwargs = new Map()): PyValue {
  return interp.call(interp.getAttr(obj, name), args, kwargs);
}

export function items(value: PyValue, interp: Interpreter): PyValue[] {
  if (value === null) return [];
  if (value instanceof PyList) return value.items;
  if (value instanceof PyTuple) return [...value.items];
  return interp.iterate(value);
}

/** A dict's entries (or a mapping's items()) as pairs. */
export function dictPairs(value: PyValue, interp: Interpreter): [PyValue, PyValue][] {
  if (value === null) return [];
  if (value instanceof PyDict) return [...value.entries.values()].map((e) => [e.key, e.value]);
  return items(callMethod(interp, value, 'items'), interp).map((pair) => {
    const [k, v] = items(pair, interp);
    return [k!, v!];
  });
}

export function copyDict(value: PyValue, interp: Interpreter): PyDict {
  return newDict(dictPairs(value, interp));
}

/** Django's pretty_name: `first_name` becomes `First name`. */
export function prettyName(name: string): string {
  if (!name) return '';
  return capfirst(name.replace(/_/g, ' '));
}

export function capfirst(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}
