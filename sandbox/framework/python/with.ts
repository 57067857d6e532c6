import type { Stmt } from './ast';
import { assign } from './assignment';
import { PyException, pyError } from './exceptions';
import { evaluate } from './expressions';
import type { Interpreter } from './interpreter';
import { nativeClass } from './native-class';
import { PyInstance, type PyValue } from './objects';
import type { Context } from './scopes';
import { asPyException } from './control-flow';
import { typeName } from './values';

type WithItem = Extract<Stmt, { kind: 'with' }>['items'][number];

/** An entered context manager: what its __exit__ needs to be told how the block ended. */
export interface Entered {
  exit: PyValue;
}

/** Evaluates a `with` item, calls its __enter__ and binds the `as` target. */
export function enter(interp: Interpreter, item: WithItem, ctx: Context): Entered {
  const manager = evaluate(interp, item.context, ctx);
  const enterMethod = protocolMethod(interp, manager, '__enter__');
  const exit = protocolMethod(interp, manager, '__exit__');
  const value = interp.call(enterMethod, []);
  if (item.target) assign(interp, item.target, value, ctx);
  return { exit };
}

function protocolMethod(interp: Interpreter, manager: PyValue, name: string): PyValue {
  const method = interp.findAttr(manager, name);
  if (method === undefined) {
    const missing = name === '__exit__' ? "the context manager protocol (missed __exit__ method)" : 'the context manager protocol';
    throw pyError('TypeError', `'${typeName(manager)}' object does not support ${missing}`);
  }
  return method;
}

/** Calls __exit__; true when it swallowed the exception the block raised. */
export function exit(interp: Interpreter, entered: Entered, err: PyException | null): boolean {
  if (!err) {
    interp.call(entered.exit, [null, null, null]);
    return false;
  }
  return interp.truthy(interp.call(entered.exit, [err.exc.cls, err.exc, tracebackOf(err)]));
}

const tracebackClass = nativeClass('traceback', {});

/** __exit__'s third argument: an object standing for the traceback, which code tests against None. */
function tracebackOf(err: PyException): PyInstance {
  void err;
  return new PyInstance(tracebackClass);
}

/** What left the block, for __exit__: a Python exception, or nothing (normal end, return, break). */
export function exitReason(err: unknown): PyException | null {
  return asPyException(err);
}

export function execWith(interp: Interpreter, items: WithItem[], index: number, ctx: Context, body: () => void, line?: number): void {
  if (index === items.length) {
    body();
    return;
  }
  const entered = enter(interp, items[index]!, ctx);
  // A block that ended without an exception has __exit__ run on the `with` line, as CPython's
  // tracebacks show it when that __exit__ raises.
  const atWithLine = () => {
    if (line !== undefined) interp.stack.tick(ctx.frame, line);
  };
  try {
    execWith(interp, items, index + 1, ctx, body, line);
  } catch (err) {
    const exc = exitReason(err);
    if (exc && exit(interp, entered, exc)) return;
    if (!exc) {
      atWithLine();
      exit(interp, entered, null);
    }
    throw exc ?? err;
  }
  atWithLine();
  exit(interp, entered, null);
}
