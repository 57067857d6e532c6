import { PyBoundMethod, PyClass, PyFloat, PyInstance, PyNativeFunction, objectClass, pyError, typeName, type Interpreter, type Kwargs, type PyValue } from '../../python';
import { PyLong } from '../../python/big-int';

/**
 * What the datetime family of modules shares: the interpreter that runs the learner's tzinfo
 * methods, argument binding with the C implementation's messages, and the descriptors that
 * give native classes read-only attributes and class methods.
 */
let running: Interpreter | null = null;

/** Set by each module factory: tzinfo subclasses written in Python are called through it. */
export function bindInterpreter(interp: Interpreter): void {
  running = interp;
}

export function interp(): Interpreter {
  if (running === null) throw pyError('RuntimeError', 'the datetime module was used before it was imported');
  return running;
}

/** Calls a method found on a Python value (a learner's tzinfo subclass, say). */
export function callMethod(obj: PyValue, name: string, args: PyValue[]): PyValue {
  const i = interp();
  return i.call(i.getAttr(obj, name), args);
}

/**
 * Binds positional and keyword arguments to `names`, the way the C functions built with
 * PyArg_ParseTupleAndKeywords complain; the first `required` names must be given.
 */
export function bind(names: readonly string[], args: PyValue[], kwargs: Kwargs, required = names.length, fname = 'function'): (PyValue | undefined)[] {
  const given = args.length + kwargs.size;
  if (given > names.length) {
    const kind = kwargs.size ? ' keyword' : '';
    throw pyError('TypeError', `${fname === 'function' ? fname : fname + '()'} takes at most ${names.length}${kind} arguments (${given} given)`);
  }
  const out: (PyValue | undefined)[] = names.map((_, i) => args[i]);
  for (const [key, value] of kwargs) {
    const at = names.indexOf(key);
    if (at < 0) throw pyError('TypeError', `'${key}' is an invalid keyword argument for ${fname === 'function' ? 'this function' : fname + '()'}`);
    if (at < args.length) throw pyError('TypeError', `argument for ${fname}() given by name ('${key}') and position (${at + 1})`);
    out[at] = value;
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw pyError('TypeError', `${fname === 'function' ? fname : fname + '()'} missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

/** An int argument: bools and ints pass, anything else is "cannot be interpreted as an integer". */
export function intArg(value: PyValue | undefined, fallback = 0): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return Number(value);
  if (value instanceof PyLong) return Number(value.value);
  if (value instanceof PyInstance) {
    const index = value.cls.lookup('__index__');
    if (index !== undefined) return intArg(interp().call(index, [value]));
  }
  throw pyError('TypeError', `'${typeName(value)}' object cannot be interpreted as an integer`);
}

export function strArg(value: PyValue | undefined, what: string): string {
  if (typeof value === 'string') return value;
  throw pyError('TypeError', `${what} must be str, not ${typeName(value ?? null)}`);
}

export function isNumberValue(value: PyValue): boolean {
  return typeof value === 'number' || typeof value === 'boolean' || value instanceof PyLong || value instanceof PyFloat;
}

/** The value of a native class's instance, checked the way a C method checks its self. */
export function nativeOf<T>(self: PyValue | undefined, cls: PyClass, method: string): T {
  if (!(self instanceof PyInstance) || !self.cls.isSubclassOf(cls)) {
    throw pyError('TypeError', `descriptor '${method}' for '${qualifiedName(cls)}' objects doesn't apply to a '${typeName(self ?? null)}' object`);
  }
  return self.native as T;
}

/** `datetime.date` for the module's own classes, the bare name for a learner's subclass (as tp_name prints). */
export function qualifiedName(cls: PyClass): string {
  return cls.module === 'builtins' || cls.module === '__main__' || !NATIVE_MODULES.has(cls.module) ? cls.name : `${cls.module}.${cls.name}`;
}

const NATIVE_MODULES = new Set(['datetime', 'zoneinfo', 'time', 'calendar']);

/** A value's type as C error messages name it: `datetime.timedelta`, `int`. */
export function qualifiedType(value: PyValue): string {
  return value instanceof PyInstance ? qualifiedName(value.cls) : typeName(value);
}

export function method(cls: PyClass, name: string, body: (self: PyInstance, args: PyValue[], kwargs: Kwargs) => PyValue): void {
  cls.dict.set(name, new PyNativeFunction(name, ([self, ...args], kwargs) => {
    nativeOf(self, cls, name);
    return body(self as PyInstance, args, kwargs);
  }));
}

const getsetClass = new PyClass('getset_descriptor', [objectClass], 'builtins');
getsetClass.dict.set('__get__', new PyNativeFunction('__get__', ([desc, obj]) => {
  const { get } = (desc as PyInstance).native as { get: (self: PyInstance) => PyValue };
  return obj instanceof PyInstance ? get(obj) : (desc ?? null);
}));
getsetClass.dict.set('__set__', new PyNativeFunction('__set__', ([desc]) => {
  const { name, owner } = (desc as PyInstance).native as { name: string; owner: PyClass };
  throw pyError('AttributeError', `attribute '${name}' of '${qualifiedName(owner)}' objects is not writable`);
}));

/** A read-only attribute computed from the instance (`d.year`), a data descriptor as in C. */
export function getter(cls: PyClass, name: string, get: (self: PyInstance) => PyValue): void {
  const desc = new PyInstance(getsetClass);
  desc.native = { name, owner: cls, get };
  cls.dict.set(name, desc);
}

const classMethodClass = new PyClass('classmethod_descriptor', [objectClass], 'builtins');
classMethodClass.dict.set('__get__', new PyNativeFunction('__get__', ([desc, , owner]) => {
  const fn = (desc as PyInstance).native as PyNativeFunction;
  return new PyBoundMethod(owner ?? null, fn);
}));

/** A class method (`date.today()`, `datetime.now(tz)`): it gets the class it was called on, a subclass too. */
export function classMethod(cls: PyClass, name: string, body: (cls: PyClass, args: PyValue[], kwargs: Kwargs) => PyValue): void {
  const desc = new PyInstance(classMethodClass);
  desc.native = new PyNativeFunction(name, ([owner, ...args], kwargs) => body(owner as PyClass, args, kwargs));
  cls.dict.set(name, desc);
}

/** For class methods that take nothing: `date.today() takes no arguments (1 given)`. */
export function noArguments(name: string, args: PyValue[], kwargs: Kwargs): void {
  if (args.length || kwargs.size) throw pyError('TypeError', `${name}() takes no arguments (${args.length + kwargs.size} given)`);
}

export function float(value: number): PyFloat {
  return new PyFloat(value);
}

export function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

export function mod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

export function pad(n: number, width = 2): string {
  return n < 0 ? '-' + String(-n).padStart(width, '0') : String(n).padStart(width, '0');
}
