import type { Frame } from './call-stack';
import { exceptionClass, newException, PyException, pyError } from './exceptions';
import type { Interpreter } from './interpreter';
import { IteratorState, isStopIteration, nextItem, stopIteration } from './iteration';
import { addressOf, nativeClass } from './native-class';
import { PyInstance, type PyFunction, type PyValue } from './objects';
import { statementYields } from './ast-walk';
import type { Stmt } from './ast';

/**
 * Generator objects. The body runs in a JavaScript generator (generator-exec.ts) that
 * pauses at each `yield`; this object resumes it for next(), send(), throw() and close(),
 * with the generator's own frame on the call stack while it runs.
 */
export class GeneratorState extends IteratorState {
  private running = false;
  private started = false;
  finished = false;

  constructor(
    readonly interp: Interpreter,
    private readonly body: Generator<PyValue, PyValue, PyValue>,
    private readonly frame: Frame,
    readonly qualname: string,
  ) {
    super();
  }

  next(): IteratorResult<PyValue, PyValue> {
    return this.resume('send', null);
  }

  /** Runs the body to its next yield: `send` a value into it or `throw` an exception at it. */
  resume(how: 'send' | 'throw', arg: PyValue | PyException): IteratorResult<PyValue, PyValue> {
    if (this.running) throw pyError('ValueError', 'generator already executing');
    if (this.finished) {
      if (how === 'throw') throw arg;
      return { done: true, value: null };
    }
    if (how === 'send' && !this.started && arg !== null) throw pyError('TypeError', "can't send non-None value to a just-started generator");
    this.started = true;
    this.running = true;
    try {
      const result = this.interp.stack.withFrame(this.frame, () => (how === 'throw' ? this.body.throw(arg) : this.body.next(arg as PyValue)));
      if (result.done) this.finished = true;
      return result;
    } catch (err) {
      this.finished = true;
      // PEP 479: a StopIteration escaping the body would end the caller's loop silently.
      if (isStopIteration(err)) {
        const wrapped = pyError('RuntimeError', 'generator raised StopIteration');
        wrapped.cause = err;
        wrapped.context = err;
        throw wrapped;
      }
      throw err;
    } finally {
      this.running = false;
    }
  }

  close() {
    if (this.finished) return;
    if (!this.started) {
      this.finished = true;
      return;
    }
    try {
      const result = this.resume('throw', new PyException(newException(exceptionClass('GeneratorExit'), [])));
      if (!result.done) throw pyError('RuntimeError', 'generator ignored GeneratorExit');
    } catch (err) {
      if (err instanceof PyException && (err.exc.cls === exceptionClass('GeneratorExit') || isStopIteration(err))) return;
      throw err;
    }
  }
}

function stateOf(self: PyInstance): GeneratorState {
  return self.native as GeneratorState;
}

/** `gen.throw(exc)`: an exception class or instance, raised where the generator paused. */
function toThrown(interp: Interpreter, value: PyValue): PyException {
  const exc = value instanceof PyInstance ? value : interp.call(value, []);
  if (!(exc instanceof PyInstance) || !exc.cls.isSubclassOf(exceptionClass('BaseException'))) {
    throw pyError('TypeError', 'exceptions must be classes or instances deriving from BaseException, not ' + (value === null ? 'NoneType' : 'type'));
  }
  return new PyException(exc);
}

const resumable: Record<string, (self: PyInstance, args: PyValue[]) => PyValue> = {
  send: (self, args) => {
    const r = stateOf(self).resume('send', args[0] ?? null);
    if (r.done) throw stopIteration(r.value);
    return r.value;
  },
  throw: (self, args) => {
    const state = stateOf(self);
    const r = state.resume('throw', toThrown(state.interp, args[0] ?? null));
    if (r.done) throw stopIteration(r.value);
    return r.value;
  },
  close: (self) => {
    stateOf(self).close();
    return null;
  },
};

const generatorClass = nativeClass('generator', {
  ...resumable,
  __iter__: (self) => self,
  __next__: (self) => nextItem(self),
  __repr__: (self) => `<generator object ${stateOf(self).qualname} at 0x${addressOf(self)}>`,
});

/** What calling an `async def` gives: driven by send(None) (as an event loop does) or awaited. */
const coroutineClass = nativeClass('coroutine', {
  ...resumable,
  __await__: (self) => self,
  __repr__: (self) => `<coroutine object ${stateOf(self).qualname} at 0x${addressOf(self)}>`,
});

export function isCoroutine(value: PyValue): boolean {
  return value instanceof PyInstance && value.cls === coroutineClass;
}

export function newGeneratorObject(interp: Interpreter, body: Generator<PyValue, PyValue, PyValue>, frame: Frame, qualname: string, kind: 'generator' | 'coroutine' = 'generator'): PyInstance {
  const gen = new PyInstance(kind === 'coroutine' ? coroutineClass : generatorClass);
  gen.native = new GeneratorState(interp, body, frame, qualname);
  return gen;
}

export function generatorState(value: PyValue): GeneratorState | null {
  return value instanceof PyInstance && value.native instanceof GeneratorState ? value.native : null;
}

const generatorBodies = new WeakMap<Stmt[], boolean>();

/** A function whose body yields anywhere (outside nested functions) is a generator function. */
export function isGeneratorFunction(fn: PyFunction): boolean {
  let known = generatorBodies.get(fn.body);
  if (known === undefined) {
    known = fn.body.some(statementYields);
    generatorBodies.set(fn.body, known);
  }
  return known;
}
