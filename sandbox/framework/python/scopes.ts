import type { Expr, Param, Stmt } from './ast';
import type { Frame } from './call-stack';
import { pyError, type PyException } from './exceptions';
import type { Interpreter } from './interpreter';
import type { PyFunction, PyModule, PyValue, Scope } from './objects';
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
}

/** Names a function assigns are local to it (unless declared global), as Python decides at compile time. */
function localNames(body: Stmt[], params: Param[]): Set<string> {
  const names = new Set(params.map((p) => p.name));
  const globals = new Set<string>();
  const target = (e: Expr) => {
    if (e.kind === 'name') names.add(e.id);
    else if (e.kind === 'tuple' || e.kind === 'list') e.items.forEach(target);
    else if (e.kind === 'starred') target(e.value);
  };
  const walk = (stmts: Stmt[]) => {
    for (const s of stmts) {
      switch (s.kind) {
        case 'assign':
          s.targets.forEach(target);
          break;
        case 'augassign':
        case 'annassign':
          target(s.target);
          break;
        case 'for':
          target(s.target);
          walk(s.body);
          walk(s.orelse);
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
        case 'if':
        case 'while':
          walk(s.body);
          walk(s.orelse);
          break;
        case 'try':
          walk(s.body);
          s.handlers.forEach((h) => {
            if (h.name) names.add(h.name);
            walk(h.body);
          });
          walk(s.orelse);
          walk(s.finalbody);
          break;
        case 'global':
          s.names.forEach((n) => globals.add(n));
          break;
        case 'del':
          s.targets.forEach(target);
          break;
      }
    }
  };
  walk(body);
  for (const g of globals) names.delete(g);
  return names;
}

const localsCache = new WeakMap<Stmt[], Set<string>>();

/** The local names of a function, worked out once per function body. */
export function functionLocals(fn: PyFunction): Set<string> {
  let locals = localsCache.get(fn.body);
  if (!locals) {
    locals = localNames(fn.body, fn.params);
    localsCache.set(fn.body, locals);
  }
  return locals;
}

export function store(name: string, value: PyValue, ctx: Context) {
  if (ctx.scope.globals.has(name)) ctx.module.dict.set(name, value);
  else ctx.scope.vars.set(name, value);
}

export function lookup(interp: Interpreter, name: string, ctx: Context): PyValue {
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
