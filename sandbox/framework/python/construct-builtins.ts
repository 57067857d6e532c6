import { ELLIPSIS } from './ellipsis';
import { pyError } from './exceptions';
import type { Interpreter } from './interpreter';
import { IteratorState, isStopIteration, iteratorObject, iterOf, nextItem, wrapIterator } from './iteration';
import { PyInstance, PyNativeFunction, type PyValue } from './objects';
import { typeName } from './values';
import { generatorState, isCoroutine } from './generators';

/** The builtins the language constructs bring: iter() and next() for generators, and Ellipsis. */
export function registerConstructBuiltins(b: Map<string, PyValue>, interp: Interpreter) {
  b.set('Ellipsis', ELLIPSIS);
  // What `await x` delegates to (parser-constructs.ts); its name cannot be written in Python.
  b.set(
    '.await',
    new PyNativeFunction('await', ([value]) => {
      if (isCoroutine(value!)) return value!;
      const method = value instanceof PyInstance && !generatorState(value) ? value.cls.lookup('__await__') : undefined;
      if (method == null) throw pyError('TypeError', `object ${typeName(value!)} can't be used in 'await' expression`);
      const it = interp.call(method, [value!]);
      if (isCoroutine(it) || !(it instanceof PyInstance) || (!generatorState(it) && it.cls.lookup('__next__') === undefined)) {
        throw pyError('TypeError', `__await__() returned ${isCoroutine(it) ? 'a coroutine' : `non-iterator of type '${typeName(it)}'`}`);
      }
      return it;
    }),
  );
  b.set(
    'iter',
    new PyNativeFunction('iter', (args) => {
      if (args.length !== 1) throw pyError('TypeError', `iter expected 1 argument, got ${args.length}`);
      const value = args[0]!;
      if (value instanceof PyInstance) {
        if (value.native instanceof IteratorState) return value;
        const iter = value.cls.lookup('__iter__');
        if (iter === undefined && value.cls.lookup('__getitem__') != null) return iteratorObject('iterator', iterOf(interp, value));
        if (iter == null) throw pyError('TypeError', `'${typeName(value)}' object is not iterable`);
        return interp.call(iter, [value]);
      }
      return wrapIterator(value, iterOf(interp, value));
    }),
  );
  b.set(
    'next',
    new PyNativeFunction('next', (args) => {
      if (args.length < 1 || args.length > 2) throw pyError('TypeError', `next expected at least 1 argument, got ${args.length}`);
      const [it, fallback] = args as [PyValue, PyValue | undefined];
      try {
        if (it instanceof PyInstance && it.native instanceof IteratorState) return nextItem(it);
        const method = it instanceof PyInstance ? it.cls.lookup('__next__') : undefined;
        if (method === undefined) throw pyError('TypeError', `'${typeName(it)}' object is not an iterator`);
        return interp.call(method, [it]);
      } catch (err) {
        if (fallback !== undefined && isStopIteration(err)) return fallback;
        throw err;
      }
    }),
  );
}
