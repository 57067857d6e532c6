import { PyClass, PyInstance, PyNativeFunction, objectClass, type Interpreter, type PyValue } from '../python';

interface Lazy {
  interp: Interpreter;
  make: () => PyValue;
  value?: PyValue;
}

/** django.utils.functional.SimpleLazyObject: stands for a value worked out when first used. */
export const SimpleLazyObject = new PyClass('SimpleLazyObject', [objectClass], 'django.utils.functional', {
  getAttr: (self, name) => (name.startsWith('__') ? undefined : lazyOf(self).interp.getAttr(resolved(self), name)),
});

const lazyOf = (self: PyValue): Lazy => (self as PyInstance).native as Lazy;

function resolved(self: PyValue): PyValue {
  const lazy = lazyOf(self);
  if (!('value' in lazy)) lazy.value = lazy.make();
  return lazy.value ?? null;
}

const forward = (name: string, body: (interp: Interpreter, value: PyValue, args: PyValue[]) => PyValue) =>
  SimpleLazyObject.dict.set(name, new PyNativeFunction(name, ([self, ...args]) => body(lazyOf(self ?? null).interp, resolved(self ?? null), args)));

forward('__str__', (interp, value) => interp.str(value));
forward('__repr__', (interp, value) => interp.repr(value));
forward('__bool__', (interp, value) => interp.truthy(value));
forward('__eq__', (interp, value, [other]) => interp.equal(value, other instanceof PyInstance && other.cls === SimpleLazyObject ? resolved(other) : (other ?? null)));
forward('__iter__', (interp, value) => interp.call(interp.builtins.get('iter')!, [value]));
forward('__len__', (interp, value) => interp.call(interp.builtins.get('len')!, [value]));
forward('__contains__', (interp, value, [item]) => interp.contains(value, item ?? null));
forward('__hash__', (interp, value) => interp.call(interp.builtins.get('hash')!, [value]));

export function lazyObject(interp: Interpreter, make: () => PyValue): PyInstance {
  const lazy = new PyInstance(SimpleLazyObject);
  lazy.native = { interp, make } satisfies Lazy;
  return lazy;
}
