import { pyError } from './exceptions';
import type { Interpreter } from './interpreter';
import { PyInstance, type PyValue } from './objects';
import { PyOtherType } from './values';

/**
 * The iterators builtins return (iter(), map(), filter(), zip(), enumerate(), reversed()):
 * a position over items computed up front, consumed by next() and by loops alike.
 */
export class PyIterator extends PyOtherType {
  private pos = 0;
  constructor(
    readonly pyTypeName: string,
    private readonly items: PyValue[],
  ) {
    super();
  }

  next(): PyValue | undefined {
    return this.pos < this.items.length ? this.items[this.pos++] : undefined;
  }

  iterItems(): PyValue[] {
    const rest = this.items.slice(this.pos);
    this.pos = this.items.length;
    return rest;
  }

  repr(): string {
    return `<${this.pyTypeName} object>`;
  }
}

/** next(it[, default]): an iterator's next item, StopIteration (or the default) at its end. */
export function nextOf(interp: Interpreter, it: PyValue, dflt: PyValue | undefined): PyValue {
  if (it instanceof PyIterator) {
    const v = it.next();
    if (v !== undefined) return v;
    if (dflt !== undefined) return dflt;
    throw pyError('StopIteration');
  }
  const method = it instanceof PyInstance ? it.cls.lookup('__next__') : undefined;
  if (method === undefined) {
    const name = interp.repr(interp.call(interp.builtins.get('type')!, [it])).replace(/^<class '(.*)'>$/, '$1');
    throw pyError('TypeError', `'${name}' object is not an iterator`);
  }
  try {
    return interp.call(method, [it]);
  } catch (err) {
    if (dflt !== undefined && err instanceof Error && err.name === 'StopIteration') return dflt;
    throw err;
  }
}
