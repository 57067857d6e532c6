import type { Expr } from './ast';
import { expressionYields, subExpressions } from './ast-walk';
import { evaluate } from './expressions';
import type { Interpreter } from './interpreter';
import type { PyValue } from './objects';
import type { Context } from './scopes';

/**
 * A yield inside any other expression (`{(yield): 1}`, `f(*(yield))`, an f-string field...):
 * the operands are worked out first, in order, pausing at their yields; then the expression
 * runs in the ordinary evaluator with each operand standing as a hidden local variable, so the
 * generator executor needs no second copy of every expression form.
 */
type Run<T = void> = Generator<PyValue, T, PyValue>;
type Operand = (expr: Expr) => Run<PyValue>;

let counter = 0;

/** Names no Python source can spell, so they never meet a learner's variable. */
function hiddenName(): string {
  return `.yield${counter++}`;
}

/** `expr` evaluated after its yielding operands, each taken through `operand` (which may pause). */
export function* evaluateAfterOperands(interp: Interpreter, expr: Expr, ctx: Context, operand: Operand): Run<PyValue> {
  const bound: string[] = [];
  try {
    const rewritten = yield* bindOperands(expr, ctx, operand, bound);
    return evaluate(interp, rewritten, ctx);
  } finally {
    for (const name of bound) ctx.scope.vars.delete(name);
  }
}

/** A copy of `expr` whose operands (starred ones' values included) are names bound in `ctx`. */
export function* bindOperands(expr: Expr, ctx: Context, operand: Operand, bound: string[]): Run<Expr> {
  const replaced = new Map<Expr, Expr>();
  const operands = subExpressions(expr).map((child) => (child.kind === 'starred' ? child.value : child));
  // Operands after the last yielding one keep their place in the ordinary evaluation.
  const last = operands.findLastIndex(expressionYields);
  for (const inner of operands.slice(0, last + 1)) {
    replaced.set(inner, bindValue(ctx, yield* operand(inner), inner, bound));
  }
  return substitute(expr, replaced) as Expr;
}

/** `value` as a hidden local, and the name expression that reads it where `at` stood. */
export function bindValue(ctx: Context, value: PyValue, at: Expr, bound: string[]): Expr {
  const name = hiddenName();
  ctx.scope.vars.set(name, value);
  bound.push(name);
  return { kind: 'name', id: name, line: at.line, col: at.col, endLine: at.endLine, endCol: at.endCol };
}

function substitute(value: unknown, replaced: Map<Expr, Expr>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const swap = replaced.get(value as Expr);
  if (swap) return swap;
  if (Array.isArray(value)) return value.map((v: unknown) => substitute(v, replaced));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = substitute(v, replaced);
  return out;
}
