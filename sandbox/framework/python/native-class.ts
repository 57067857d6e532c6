import { objectClass } from './exceptions';
import { PyClass, PyInstance, PyNativeFunction, type Kwargs, type PyValue } from './objects';
import { objectId } from './values';

/** A builtin class whose methods are written in TypeScript: generators, iterators, Ellipsis. */
export function nativeClass(name: string, methods: Record<string, (self: PyInstance, args: PyValue[], kwargs: Kwargs) => PyValue>): PyClass {
  const cls = new PyClass(name, [objectClass], 'builtins');
  for (const [method, body] of Object.entries(methods)) {
    cls.dict.set(method, new PyNativeFunction(method, (args, kwargs) => body(args[0] as PyInstance, args.slice(1), kwargs)));
  }
  return cls;
}

/** The made-up address a default repr prints, the same one `<function f at 0x...>` shows. */
export function addressOf(value: object): string {
  return (0x7f0000000000 + objectId(value as PyInstance) * 16).toString(16);
}
