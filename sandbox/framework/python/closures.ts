import type { Expr, Param, Stmt } from './ast';
import { statementBlocks, statementExpressions, subExpressions } from './ast-walk';
import { pyError } from './exceptions';
import { addressOf, nativeClass } from './native-class';
import { PyFunction, PyInstance, PyTuple, type PyClass, type PyValue, type Scope } from './objects';
import { analyse, type Context } from './scopes';
import { typeName } from './values';

/**
 * A function's free variables (`__code__.co_freevars`) and its closure cells
 * (`__closure__`, `cell_contents`), worked out from the source as CPython's compiler does:
 * a name a function (or a function nested in it) reads without binding it, which an
 * enclosing function binds.
 */

/** The names read in one scope's expressions, a nested scope's free names included. */
function exprNames(e: Expr, out: Set<string>): void {
  if (e.kind === 'name') out.add(e.id);
  if (e.kind === 'lambda') {
    const inner = new Set<string>();
    exprNames(e.body, inner);
    for (const n of inner) if (!e.params.some((p) => p.name === n)) out.add(n);
  }
  if (e.kind === 'comp') {
    const inner = new Set<string>();
    const bound = new Set<string>();
    const targets = (t: Expr) => {
      if (t.kind === 'name') bound.add(t.id);
      else if (t.kind === 'tuple' || t.kind === 'list') t.items.forEach(targets);
      else if (t.kind === 'starred') targets(t.value);
    };
    for (const c of e.clauses) targets(c.target);
    for (const sub of subExpressions(e)) exprNames(sub, inner);
    // The first iterable is read in the enclosing scope, the rest in the comprehension's own.
    const first = new Set<string>();
    if (e.clauses[0]) exprNames(e.clauses[0].iter, first);
    for (const n of inner) if (!bound.has(n) || first.has(n)) out.add(n);
    return;
  }
  for (const sub of subExpressions(e)) exprNames(sub, out);
}

function stmtNames(stmts: Stmt[], out: Set<string>): void {
  for (const s of stmts) {
    for (const e of statementExpressions(s)) exprNames(e, out);
    if (s.kind === 'def') for (const n of freeNames(s.body, s.params)) out.add(n);
    if (s.kind === 'class') stmtNames(s.body, out);
    if (s.kind === 'nonlocal') s.names.forEach((n) => out.add(n));
    statementBlocks(s).forEach((b) => stmtNames(b, out));
  }
}

const freeCache = new WeakMap<Stmt[], string[]>();

/** The names a body reads (itself or through nested functions) and does not bind. */
function freeNames(body: Stmt[], params: Param[]): string[] {
  let free = freeCache.get(body);
  if (!free) {
    const used = new Set<string>();
    stmtNames(body, used);
    const { locals, nonlocals } = analyse(body, params);
    free = [...used].filter((n) => nonlocals.has(n) || !locals.has(n));
    freeCache.set(body, free);
  }
  return free;
}

/** co_freevars of a function being defined in `ctx`: sorted, as CPython lists them. */
export function closureNames(body: Stmt[], params: Param[], ctx: Context): string[] {
  let c = ctx;
  while (c.enclosing) c = c.enclosing;
  if (!c.locals) return [];
  const enclosing = c.locals;
  const outer = c.frame.func instanceof PyFunction ? c.frame.func.freevars : [];
  return freeNames(body, params)
    .filter((n) => enclosing.has(n) || outer.includes(n))
    .sort();
}

interface CellRef {
  scope: Scope | null;
  name: string;
}

let cellClass: PyClass | undefined;

function cellValue(self: PyInstance): PyValue | undefined {
  const { scope, name } = self.native as CellRef;
  for (let s = scope; s; s = s.parent) {
    const v = s.vars.get(name);
    if (v !== undefined) return v;
  }
  return undefined;
}

function newCell(scope: Scope | null, name: string): PyInstance {
  cellClass ??= nativeClass('cell', {
    __repr__: (self) => {
      const v = cellValue(self);
      return `<cell at 0x${addressOf(self)}: ${v === undefined ? 'empty' : `${typeName(v)} object at 0x${addressOf(v as object)}`}>`;
    },
  });
  const cell = new PyInstance(cellClass);
  cell.native = { scope, name } satisfies CellRef;
  return cell;
}

/** `cell.cell_contents`: the variable's current value, read through the enclosing scope. */
export function cellAttr(obj: PyInstance, name: string): PyValue | undefined {
  if (name !== 'cell_contents' || obj.cls !== cellClass) return undefined;
  const v = cellValue(obj);
  if (v === undefined) throw pyError('ValueError', 'Cell is empty');
  return v;
}

export function closureOf(fn: PyFunction): PyValue {
  if (fn.freevars.length === 0) return null;
  return new PyTuple(fn.freevars.map((n) => newCell(fn.closure, n)));
}

/** Positional parameters, keyword-only ones, `*args`, `**kwargs`, then the other locals. */
function varnames(fn: PyFunction, locals: Set<string>): string[] {
  const of = (...kinds: Param['kind'][]) => fn.params.filter((p) => kinds.includes(p.kind)).map((p) => p.name);
  const params = [...of('posonly', 'normal'), ...of('kwonly'), ...of('star'), ...of('dstar')];
  return [...params, ...[...locals].filter((n) => !params.includes(n))];
}

let codeClass: PyClass | undefined;

/** `__code__`: a code object with the attributes introspection reads. */
export function codeOf(fn: PyFunction): PyInstance {
  codeClass ??= nativeClass('code', {
    __repr__: (self) => {
      const f = self.native as PyFunction;
      return `<code object ${f.name} at 0x${addressOf(self)}, file "${f.globals.file ?? '<string>'}", line ${f.line}>`;
    },
  });
  const code = new PyInstance(codeClass);
  code.native = fn;
  const { locals } = analyse(fn.body, fn.params);
  const count = (kinds: Param['kind'][]) => fn.params.filter((p) => kinds.includes(p.kind)).length;
  const attrs: Record<string, PyValue> = {
    co_name: fn.name,
    co_qualname: fn.qualname,
    co_filename: fn.globals.file ?? '<string>',
    co_firstlineno: fn.line,
    co_argcount: count(['posonly', 'normal']),
    co_posonlyargcount: count(['posonly']),
    co_kwonlyargcount: count(['kwonly']),
    co_varnames: new PyTuple(varnames(fn, locals)),
    co_freevars: new PyTuple(fn.freevars),
    co_nlocals: locals.size,
  };
  for (const [k, v] of Object.entries(attrs)) code.dict.set(k, v);
  return code;
}
