import { PyClass, PyException, PyInstance, PyNativeFunction, newException, objectClass, pyError, type Interpreter, type PyValue } from '../../python';
import { FieldError } from '../../core/exceptions';
import type { OrmField } from './options';
import type { Query } from './sql/query';
import type { Col, Compiled, SqlCompiler } from './sql/where';

/**
 * django.db.models.expressions, the part lessons use: F('age') names a column, and
 * arithmetic on it (`F('age') + 1`) is done by the database, as in
 * `update(age=F('age') + 1)` or `filter(stock__lt=F('reorder_level'))`. Aggregates
 * (Count, Sum, Avg, Max, Min) are expressions too (see aggregates.ts).
 */
export type Expr =
  | { kind: 'F'; name: string }
  | { kind: 'value'; value: PyValue }
  | { kind: 'combined'; op: string; lhs: Expr; rhs: Expr }
  | { kind: 'aggregate'; name: string; func: string; source: Expr | '*'; distinct: boolean };

/** An expression with its columns found (tables joined as needed); ready to write as SQL. */
export type Resolved =
  | { kind: 'col'; col: Col }
  | { kind: 'value'; value: PyValue }
  | { kind: 'combined'; op: string; lhs: Resolved; rhs: Resolved }
  | { kind: 'aggregate'; func: string; source: Resolved | '*'; distinct: boolean; field: OrmField | null };

const MODULE = 'django.db.models.expressions';
export const ExpressionClass = new PyClass('Combinable', [objectClass], MODULE);
export const FClass = new PyClass('F', [ExpressionClass], MODULE, {
  construct: (cls, [name]) => {
    if (typeof name !== 'string') throw pyError('TypeError', "F() argument must be a field name (str)");
    return wrapExpr({ kind: 'F', name }, cls);
  },
});
export const ValueClass = new PyClass('Value', [ExpressionClass], MODULE, {
  construct: (cls, [value]) => wrapExpr({ kind: 'value', value: value ?? null }, cls),
});
const CombinedClass = new PyClass('CombinedExpression', [ExpressionClass], MODULE);

export function wrapExpr(expr: Expr, cls: PyClass = expr.kind === 'F' ? FClass : expr.kind === 'value' ? ValueClass : CombinedClass): PyInstance {
  const instance = new PyInstance(cls);
  instance.native = expr;
  return instance;
}

/** The expression a Python value stands for, if it is one (an F, a Value, an aggregate...). */
export function exprOf(value: PyValue): Expr | null {
  if (!(value instanceof PyInstance) || !value.native || typeof value.native !== 'object' || !('kind' in value.native)) return null;
  const kind = (value.native as { kind: unknown }).kind;
  return kind === 'F' || kind === 'value' || kind === 'combined' || kind === 'aggregate' ? (value.native as Expr) : null;
}

function asExpr(value: PyValue): Expr {
  return exprOf(value) ?? { kind: 'value', value };
}

const OPERATORS: [string, string][] = [
  ['add', '+'],
  ['sub', '-'],
  ['mul', '*'],
  ['truediv', '/'],
];
for (const [name, op] of OPERATORS) {
  ExpressionClass.dict.set(`__${name}__`, new PyNativeFunction(`__${name}__`, ([self, other]) => wrapExpr({ kind: 'combined', op, lhs: asExpr(self!), rhs: asExpr(other ?? null) })));
  ExpressionClass.dict.set(`__r${name}__`, new PyNativeFunction(`__r${name}__`, ([self, other]) => wrapExpr({ kind: 'combined', op, lhs: asExpr(other ?? null), rhs: asExpr(self!) })));
}

/** Django's reprs: `F(age)`, `Value(1)`, `<CombinedExpression: F(age) + Value(1)>`. */
export function describeExpr(expr: Expr, interp: Interpreter): string {
  switch (expr.kind) {
    case 'F':
      return `F(${expr.name})`;
    case 'value':
      return `Value(${interp.repr(expr.value)})`;
    case 'combined':
      return `${describeExpr(expr.lhs, interp)} ${expr.op} ${describeExpr(expr.rhs, interp)}`;
    case 'aggregate':
      return `${expr.name}(${expr.source === '*' ? "'*'" : describeExpr(expr.source, interp)}${expr.distinct ? ', distinct=True' : ''})`;
  }
}

export function installExpressionReprs(interp: Interpreter) {
  ExpressionClass.dict.set('__repr__', new PyNativeFunction('__repr__', ([self]) => {
    const expr = exprOf(self ?? null);
    if (!expr) return '<Expression>';
    return expr.kind === 'combined' ? `<CombinedExpression: ${describeExpr(expr, interp)}>` : describeExpr(expr, interp);
  }));
}

/** Finds the columns an expression names, joining tables for `F('student__age')`. */
export function resolveExpr(expr: Expr, query: Query, allowJoins = true): Resolved {
  switch (expr.kind) {
    case 'F': {
      const before = query.joins.length;
      const col = query.resolveColumn(expr.name);
      if (!allowJoins && query.joins.length > before) throw new PyException(newException(FieldError, ['Joined field references are not permitted in this query']));
      return { kind: 'col', col };
    }
    case 'value':
      return { kind: 'value', value: expr.value };
    case 'combined':
      return { kind: 'combined', op: expr.op, lhs: resolveExpr(expr.lhs, query, allowJoins), rhs: resolveExpr(expr.rhs, query, allowJoins) };
    case 'aggregate': {
      const source = expr.source === '*' ? '*' : resolveExpr(expr.source, query, allowJoins);
      return { kind: 'aggregate', func: expr.func, source, distinct: expr.distinct, field: source !== '*' && source.kind === 'col' ? source.col.field : null };
    }
  }
}

/** The SQL of a resolved expression: combinations in parentheses, as CombinedExpression writes them. */
export function exprSql(expr: Resolved, compiler: SqlCompiler): Compiled {
  switch (expr.kind) {
    case 'col':
      return { sql: compiler.col(expr.col), params: [] };
    case 'value':
      return { sql: '%s', params: [expr.value] };
    case 'combined': {
      const l = exprSql(expr.lhs, compiler);
      const r = exprSql(expr.rhs, compiler);
      return { sql: `(${l.sql} ${expr.op} ${r.sql})`, params: [...l.params, ...r.params] };
    }
    case 'aggregate': {
      if (expr.source === '*') return { sql: `${expr.func}(*)`, params: [] };
      const inner = exprSql(expr.source, compiler);
      return { sql: `${expr.func}(${expr.distinct ? 'DISTINCT ' : ''}${inner.sql})`, params: inner.params };
    }
  }
}

/** The field whose converters apply to an expression's value (a column's own, else none). */
export function outputField(expr: Resolved): OrmField | null {
  if (expr.kind === 'col') return expr.col.field;
  if (expr.kind === 'combined') return outputField(expr.lhs) ?? outputField(expr.rhs);
  if (expr.kind === 'aggregate') return expr.field;
  return null;
}
