import { exceptionClass, PyException, pyError } from './exceptions';
import type { Interpreter } from './interpreter';
import { nativeClass, addressOf } from './native-class';
import { metaMethod, PyClass, PyInstance, PyList, PyTuple, type PyValue } from './objects';
import { PyRange } from './range';
import { typeName } from './values';

/**
 * Lazy iteration, one item at a time, as `for` and comprehensions need it (a generator may
 * be endless, and its side effects interleave with the loop's).
 */

/** What a native iterator object (a generator, iter()'s result) keeps in its instance. */
export abstract class IteratorState {
  /** The next item, or done with a generator's return value. */
  abstract next(): IteratorResult<PyValue, PyValue>;
}

export function isStopIteration(err: unknown): err is PyException {
  return err instanceof PyException && err.exc.cls.isSubclassOf(exceptionClass('StopIteration'));
}

export function iterOf(interp: Interpreter, value: PyValue): Iterator<PyValue> {
  if (value instanceof PyList) {
    // By index, like CPython's list iterator: items appended during the loop are seen.
    let i = 0;
    const list = value;
    return { next: () => (i < list.items.length ? { done: false, value: list.items[i++]! } : { done: true, value: null }) };
  }
  if (value instanceof PyTuple) return value.items[Symbol.iterator]();
  if (typeof value === 'string') return value[Symbol.iterator]();
  const classIter = metaMethod(value, '__iter__');
  if (classIter !== undefined) return iterOf(interp, interp.call(classIter, [value]));
  if (value instanceof PyRange) {
    let i = 0;
    const n = value.len();
    const range = value;
    return { next: () => (i < n ? { done: false, value: range.at(i++) } : { done: true, value: null }) };
  }
  if (value instanceof PyInstance) {
    const state = value.native;
    if (state instanceof IteratorState) return { next: () => state.next() };
    const iter = value.cls.lookup('__iter__');
    if (iter === undefined) {
      const getItem = value.cls.lookup('__getitem__');
      if (getItem !== undefined && getItem !== null) return sequenceIterator(interp, value, getItem);
    }
    if (iter === undefined || iter === null) throw pyError('TypeError', `'${typeName(value)}' object is not iterable`);
    const it = interp.call(iter, [value]);
    if (it instanceof PyInstance && !(it.native instanceof IteratorState)) {
      const next = it.cls.lookup('__next__');
      if (next === undefined) throw pyError('TypeError', `iter() returned non-iterator of type '${typeName(it)}'`);
      return {
        next: () => {
          try {
            return { done: false, value: interp.call(next, [it]) };
          } catch (err) {
            if (isStopIteration(err)) return { done: true, value: null };
            throw err;
          }
        },
      };
    }
    return iterOf(interp, it);
  }
  return interp.iterate(value)[Symbol.iterator]();
}

/** Every remaining item of an iterator; the step budget stops an endless one. */
export function drain(interp: Interpreter, items: Iterator<PyValue>): PyValue[] {
  const out: PyValue[] = [];
  for (let r = items.next(); !r.done; r = items.next()) out.push(r.value);
  return out;
}

/** The iterator iter() returns for a builtin container: a native object over a lazy iterator. */
class WrappedIterator extends IteratorState {
  constructor(private readonly items: Iterator<PyValue>) {
    super();
  }
  next(): IteratorResult<PyValue, PyValue> {
    return this.items.next();
  }
}

const iteratorClasses = new Map<string, PyClass>();

export function iteratorClass(name: string): PyClass {
  let cls = iteratorClasses.get(name);
  if (!cls) {
    cls = nativeClass(name, {
      __iter__: (self) => self,
      __next__: (self) => nextItem(self),
      __repr__: (self) => `<${name} object at 0x${addressOf(self)}>`,
    });
    iteratorClasses.set(name, cls);
  }
  return cls;
}

/** iter() of a builtin container: `list_iterator`, `str_ascii_iterator`, `dict_keyiterator`... */
export function wrapIterator(value: PyValue, items: Iterator<PyValue>): PyInstance {
  const kind = typeof value === 'string' ? (/^[\x00-\x7f]*$/.test(value) ? 'str_ascii' : 'str') : typeName(value);
  return iteratorObject(kind === 'dict' ? 'dict_keyiterator' : `${kind}_iterator`, items);
}

/**
 * A lazy iterator object of a builtin class named `className` (`enumerate`, `zip`, `map`...):
 * one item at a time from `items`, so that it works over an endless generator.
 */
export function iteratorObject(className: string, items: Iterator<PyValue>): PyInstance {
  const it = new PyInstance(iteratorClass(className));
  it.native = new WrappedIterator(items);
  return it;
}

/** One step of a native iterator; its end is StopIteration carrying the return value. */
export function nextItem(self: PyInstance): PyValue {
  const state = self.native as IteratorState;
  const r = state.next();
  if (r.done) throw stopIteration(r.value);
  return r.value;
}

export function stopIteration(value: PyValue): PyException {
  const err = value === null ? pyError('StopIteration') : new PyException(newStop(value));
  err.exc.dict.set('value', value);
  return err;
}

function newStop(value: PyValue): PyInstance {
  const exc = new PyInstance(exceptionClass('StopIteration'));
  exc.dict.set('args', new PyTuple([value]));
  return exc;
}

/**
 * The old sequence protocol: an object with `__getitem__` but no `__iter__` is iterable,
 * asked for items 0, 1, 2... until it raises IndexError (or StopIteration).
 */
export function sequenceIterator(interp: Interpreter, obj: PyInstance, getItem: PyValue): Iterator<PyValue, PyValue> {
  let i = 0;
  let ended = false;
  return {
    next: () => {
      if (ended) return { done: true, value: null };
      try {
        return { done: false, value: interp.call(getItem, [obj, i++]) };
      } catch (err) {
        const stop = err instanceof PyException && (err.exc.cls.isSubclassOf(exceptionClass('IndexError')) || err.exc.cls.isSubclassOf(exceptionClass('StopIteration')));
        if (!stop) throw err;
        ended = true;
        return { done: true, value: null };
      }
    },
  };
}
