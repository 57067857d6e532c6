import type { Frame } from './call-stack';
import { isExceptionClass, newException, pyError } from './exceptions';
import type { Interpreter } from './interpreter';
import { PyBoundMethod, PyClass, PyFunction, PyInstance, PyNativeFunction, PyTuple, Scope, type Kwargs, type PyValue } from './objects';
import { functionLocals } from './scopes';
import { ControlFlow, execBlock } from './statements';
import { dictSet, newDict, typeName } from './values';

/** Calls any Python callable with positional and keyword arguments. */
export function call(interp: Interpreter, callee: PyValue, args: PyValue[], kwargs: Kwargs = new Map()): PyValue {
  if (callee instanceof PyNativeFunction) return callee.fn(args, kwargs);
  if (callee instanceof PyFunction) return callFunction(interp, callee, args, kwargs);
  if (callee instanceof PyBoundMethod) return interp.call(callee.func, [callee.self, ...args], kwargs);
  if (callee instanceof PyClass) return instantiate(interp, callee, args, kwargs);
  if (callee instanceof PyInstance) {
    const method = callee.cls.lookup('__call__');
    if (method !== undefined) return interp.call(method, [callee, ...args], kwargs);
  }
  throw pyError('TypeError', `'${typeName(callee)}' object is not callable`);
}

function instantiate(interp: Interpreter, cls: PyClass, args: PyValue[], kwargs: Kwargs): PyValue {
  const construct = cls.hook('construct');
  const init = cls.lookup('__init__');
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
  const locals = functionLocals(fn);
  const file = fn.globals.file ?? '<string>';
  const frame: Frame = { file, name: fn.name, line: fn.body[0]?.line ?? 1, source: interp.sources.get(file) ?? '', func: fn, scope };
  return interp.stack.withFrame(frame, () => {
    try {
      execBlock(interp, fn.body, { scope, module: fn.globals, locals, isClass: false, frame, handling: null });
    } catch (flow) {
      if (flow instanceof ControlFlow && flow.kind === 'return') return flow.value;
      throw flow;
    }
    return null;
  });
}

function bindArguments(fn: PyFunction, args: PyValue[], kwargs: Kwargs, scope: Scope) {
  const positional = fn.params.filter((p) => p.kind === 'normal');
  const star = fn.params.find((p) => p.kind === 'star');
  const dstar = fn.params.find((p) => p.kind === 'dstar');
  const name = `${fn.qualname}()`;
  if (args.length > positional.length && !star) {
    const given = args.length;
    const count = positional.length;
    throw pyError('TypeError', `${name} takes ${count} positional argument${count === 1 ? '' : 's'} but ${given} ${given === 1 ? 'was' : 'were'} given`);
  }
  positional.forEach((p, i) => {
    if (i < args.length) scope.vars.set(p.name, args[i]!);
  });
  if (star) scope.vars.set(star.name, new PyTuple(args.slice(positional.length)));
  const extra = newDict();
  for (const [key, value] of kwargs) {
    const param = fn.params.find((p) => p.name === key && (p.kind === 'normal' || p.kind === 'kwonly'));
    if (param) {
      if (scope.vars.has(key)) throw pyError('TypeError', `${name} got multiple values for argument '${key}'`);
      scope.vars.set(key, value);
    } else if (dstar) dictSet(extra, key, value);
    else throw pyError('TypeError', `${name} got an unexpected keyword argument '${key}'`);
  }
  if (dstar) scope.vars.set(dstar.name, extra);
  const missing: string[] = [];
  for (const p of fn.params) {
    if ((p.kind === 'normal' || p.kind === 'kwonly') && !scope.vars.has(p.name)) {
      const def = fn.defaults.get(p.name);
      if (def !== undefined) scope.vars.set(p.name, def);
      else if (p.default === null) missing.push(p.name);
    }
  }
  if (missing.length) {
    const quoted = missing.map((m) => `'${m}'`);
    const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
    throw pyError('TypeError', `${name} missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
}
