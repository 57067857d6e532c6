import type { Frame } from './call-stack';
import { isExceptionClass, newException, pyError } from './exceptions';
import type { Interpreter } from './interpreter';
import { PyBoundMethod, PyClass, PyFunction, PyInstance, PyNativeFunction, Scope, type Kwargs, type PyValue } from './objects';
import { bindArguments } from './arguments';
import { isGeneratorFunction } from './generators';
import { newGenerator } from './generator-exec';
import { functionNames, type Context } from './scopes';
import { ControlFlow } from './control-flow';
import { execBlock } from './statements';
import { typeName } from './values';

/** Calls any Python callable with positional and keyword arguments. */
export function call(interp: Interpreter, callee: PyValue, args: PyValue[], kwargs: Kwargs = new Map()): PyValue {
  if (callee instanceof PyNativeFunction) return callee.fn(args, kwargs);
  if (callee instanceof PyFunction) return callFunction(interp, callee, args, kwargs);
  if (callee instanceof PyBoundMethod) return interp.call(callee.func, [callee.self, ...args], kwargs);
  if (callee instanceof PyClass) {
    const metaCall = callee.metaLookup('__call__');
    if (metaCall !== undefined) return interp.call(metaCall, [callee, ...args], kwargs);
    return instantiate(interp, callee, args, kwargs);
  }
  if (callee instanceof PyInstance) {
    const method = callee.cls.lookup('__call__');
    if (method !== undefined) return interp.call(method, [callee, ...args], kwargs);
  }
  throw pyError('TypeError', `'${typeName(callee)}' object is not callable`);
}

/** type.__call__: `__new__` when the class defines one in Python, then `__init__`. */
export function instantiate(interp: Interpreter, cls: PyClass, args: PyValue[], kwargs: Kwargs): PyValue {
  const construct = cls.hook('construct');
  const init = cls.lookup('__init__');
  const ownNew = cls.lookup('__new__');
  if (ownNew instanceof PyFunction) {
    const made = interp.call(ownNew, [cls, ...args], kwargs);
    if (made instanceof PyInstance && made.cls.isSubclassOf(cls) && init !== undefined) interp.call(init, [made, ...args], kwargs);
    return made;
  }
  const ownInit = init !== undefined && construct && cls.mro.indexOf(construct.cls) > cls.mro.findIndex((c) => c.dict.has('__init__'));
  if (construct && !ownInit) return construct.hook(cls, args, kwargs);
  if (isExceptionClass(cls) && init === undefined) return newException(cls, args);
  const instance = construct ? (construct.hook(cls, [], new Map()) as PyInstance) : new PyInstance(cls);
  if (init !== undefined) interp.call(init, [instance, ...args], kwargs);
  else if (args.length || kwargs.size) throw pyError('TypeError', `${cls.name}() takes no arguments`);
  return instance;
}

function callFunction(interp: Interpreter, fn: PyFunction, args: PyValue[], kwargs: Kwargs): PyValue {
  const scope = new Scope(fn.closure);
  bindArguments(fn, args, kwargs, scope);
  const { locals, nonlocals } = functionNames(fn);
  const file = fn.globals.file ?? '<string>';
  const frame: Frame = { file, name: fn.name, line: fn.body[0]?.line ?? 1, source: interp.sources.get(file) ?? '', func: fn, scope };
  const ctx: Context = { scope, module: fn.globals, locals, isClass: false, frame, handling: null, nonlocals, qualname: fn.qualname };
  if (fn.isAsync || isGeneratorFunction(fn)) return newGenerator(interp, fn, ctx);
  return interp.stack.withFrame(frame, () => {
    try {
      execBlock(interp, fn.body, ctx);
    } catch (flow) {
      if (flow instanceof ControlFlow && flow.kind === 'return') return flow.value;
      throw flow;
    }
    return null;
  });
}
