import type { Expr, Param, Stmt } from './ast';
import type { Frame } from './call-stack';
import { pyError, type PyException } from './exceptions';
import type { Interpreter } from './interpreter';
import type { PyFunction, PyModule, PyValue, Scope } from './objects';
import { patternNames, statementBlocks, statementExpressions, walkExpression } from './ast-walk';
import { suggestName } from './suggestions';

/** Where a statement runs: its names, its module, and what it may see of the scopes around it. */
export interface Context {
  scope: Scope;
  module: PyModule;
  /** For function scopes: the names that are local (others resolve outward). */
  locals: Set<string> | null;
  /** Whether this is a class body (its names are not seen by nested functions). */
  isClass: boolean;
  frame: Frame;
  handling: PyException | null;
  /** Names declared `nonlocal` in this function. */
  nonlocals?: Set<string>;
  /** The running function's qualified name, which nested functions' names start with. */
  qualname?: string;
  /** For a comprehension's own scope: the context it appears in. */
  enclosing?: Context;
}

/** A function's names as Python decides them at compile time: assigned ones are local, unless declared global or nonlocal. */
export interface FunctionNames {
  locals: Set<string>;
  nonlocals: Set<string>;
}

export function analyse(body: Stmt[], params: Param[]): FunctionNames {
  const names = new Set(params.map((p) => p.name));
  const declared = new Set<string>();
  const nonlocals = new Set<string>();
  const target = (e: Expr) => {
    if (e.kind === 'name') names.add(e.id);
    else if (e.kind === 'tuple' || e.kind === 'list') e.items.forEach(target);
    else if (e.kind === 'starred') target(e.value);
  };
  const expression = (e: Expr) => {
    for (const sub of walkExpression(e)) if (sub.kind === 'walrus') names.add(sub.target);
  };
  const walk = (stmts: Stmt[]) => {
    for (const s of stmts) {
      statementExpressions(s).forEach(expression);
      switch (s.kind) {
        case 'assign':
          s.targets.forEach(target);
          break;
        case 'augassign':
        case 'annassign':
        case 'for':
          target(s.target);
          break;
        case 'with':
          s.items.forEach((i) => i.target && target(i.target));
          break;
        case 'def':
        case 'class':
          names.add(s.name);
          break;
        case 'import':
          s.names.forEach((n) => names.add(n.asname ?? n.name.split('.')[0]!));
          break;
        case 'from':
          s.names.forEach((n) => names.add(n.asname ?? n.name));
          break;
        case 'try':
          s.handlers.forEach((h) => h.name && names.add(h.name));
          break;
        case 'match':
          s.cases.forEach((c) => patternNames(c.pattern).forEach((n) => names.add(n)));
          break;
        case 'global':
          s.names.forEach((n) => declared.add(n));
          break;
        case 'nonlocal':
          s.names.forEach((n) => {
            declared.add(n);
            nonlocals.add(n);
          });
          break;
        case 'del':
          s.targets.forEach(target);
          break;
      }
      statementBlocks(s).forEach(walk);
    }
  };
  walk(body);
  for (const g of declared) names.delete(g);
  return { locals: names, nonlocals };
}

const namesCache = new WeakMap<Stmt[], FunctionNames>();

/** The local and nonlocal names of a function, worked out once per function body. */
export function functionNames(fn: PyFunction): FunctionNames {
  let names = namesCache.get(fn.body);
  if (!names) {
    names = analyse(fn.body, fn.params);
    namesCache.set(fn.body, names);
  }
  return names;
}

export function store(name: string, value: PyValue, ctx: Context) {
  if (ctx.scope.globals.has(name)) ctx.module.dict.set(name, value);
  else if (ctx.nonlocals?.has(name)) enclosingScope(name, ctx).vars.set(name, value);
  else ctx.scope.vars.set(name, value);
}

/** The function scope a `nonlocal` name lives in: the nearest enclosing one that has it. */
function enclosingScope(name: string, ctx: Context): Scope {
  for (let s = ctx.scope.parent; s && s.vars !== ctx.module.dict; s = s.parent) if (s.vars.has(name)) return s;
  return ctx.scope.parent && ctx.scope.parent.vars !== ctx.module.dict ? ctx.scope.parent : ctx.scope;
}

/** Where a walrus binds: a comprehension's walrus binds in the scope around it. */
export function bindingContext(ctx: Context): Context {
  let c = ctx;
  while (c.enclosing) c = c.enclosing;
  return c;
}

export function lookup(interp: Interpreter, name: string, ctx: Context): PyValue {
  if (ctx.enclosing) {
    const own = ctx.scope.vars.get(name);
    return own !== undefined ? own : lookup(interp, name, ctx.enclosing);
  }
  if (ctx.scope.globals.has(name)) return lookupGlobal(interp, name, ctx);
  const local = ctx.scope.vars.get(name);
  if (local !== undefined) return local;
  if (ctx.locals?.has(name)) {
    throw pyError('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`);
  }
  for (let s = ctx.scope.parent; s; s = s.parent) {
    const v = s.vars.get(name);
    if (v !== undefined) return v;
  }
  return lookupGlobal(interp, name, ctx);
}

function lookupGlobal(interp: Interpreter, name: string, ctx: Context): PyValue {
  const g = ctx.module.dict.get(name);
  if (g !== undefined) return g;
  const b = interp.builtins.get(name);
  if (b !== undefined) return b;
  const candidates = new Set([...ctx.scope.vars.keys(), ...ctx.module.dict.keys(), ...interp.builtins.keys()]);
  const suggestion = suggestName(name, candidates);
  const err = pyError('NameError', `name '${name}' is not defined${suggestion ? `. Did you mean: '${suggestion}'?` : ''}`);
  throw err;
}
