import { PyException, pyError } from './exceptions';
import { PyClass, PyTuple, type PyValue } from './objects';

/** `return`, `break` and `continue`, thrown from a statement to the loop or call that handles them. */
export class ControlFlow {
  constructor(
    readonly kind: 'return' | 'break' | 'continue',
    readonly value: PyValue = null,
  ) {}
}

export function asPyException(err: unknown): PyException | null {
  if (err instanceof PyException) return err;
  if (err instanceof ControlFlow) return null;
  // A JavaScript error inside the framework reaches the learner as a Python error,
  // never as an uncaught exception.
  if (err instanceof RangeError) return pyError('RecursionError', 'maximum recursion depth exceeded');
  return null;
}

export function handlerMatches(exc: PyException, handler: PyValue): boolean {
  if (handler instanceof PyClass) return exc.exc.cls.isSubclassOf(handler);
  if (handler instanceof PyTuple) return handler.items.some((h) => handlerMatches(exc, h));
  throw pyError('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
}
