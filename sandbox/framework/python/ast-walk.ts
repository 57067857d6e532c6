import type { Expr, FStringPart, Pattern, Stmt } from './ast';

/**
 * What a scope's analysis needs to see of the tree: the expressions and blocks of a statement
 * that run in the same scope. A nested def or class contributes only what runs where it is
 * defined (decorators, defaults, bases); a lambda only its defaults.
 */

export function subExpressions(e: Expr): Expr[] {
  switch (e.kind) {
    case 'name':
    case 'const':
    case 'ellipsis':
    case 'bytes':
      return [];
    case 'fstring':
      return fieldExpressions(e.parts);
    case 'list':
    case 'tuple':
    case 'set':
      return e.items;
    case 'dict':
      return e.entries.flatMap((en) => ('spread' in en ? [en.spread] : [en.key, en.value]));
    case 'attr':
      return [e.object];
    case 'subscript':
      return [e.object, e.index];
    case 'slice':
      return [e.lower, e.upper, e.step].filter((x): x is Expr => x !== null);
    case 'call':
      return [e.func, ...e.args.map((a) => a.value)];
    case 'binop':
    case 'boolop':
      return [e.left, e.right];
    case 'unary':
      return [e.operand];
    case 'compare':
      return [e.left, ...e.rights];
    case 'ifexp':
      return [e.test, e.body, e.orelse];
    case 'starred':
      return [e.value];
    case 'lambda':
      return e.params.flatMap((p) => (p.default ? [p.default] : []));
    case 'comp':
      // The comprehension's own scope, seen through: only its walruses bind outside it.
      return [e.element, ...(e.value ? [e.value] : []), ...e.clauses.flatMap((c) => [c.iter, ...c.ifs])];
    case 'walrus':
      return [e.value];
    case 'yield':
      return e.value ? [e.value] : [];
  }
}

function fieldExpressions(parts: FStringPart[]): Expr[] {
  return parts.flatMap((p) => (typeof p === 'string' ? [] : [p.expr, ...fieldExpressions(p.spec)]));
}

export function statementExpressions(s: Stmt): Expr[] {
  switch (s.kind) {
    case 'expr':
    case 'return':
      return s.value ? [s.value] : [];
    case 'assign':
      return [...s.targets, s.value];
    case 'augassign':
      return [s.target, s.value];
    case 'annassign':
      return s.value ? [s.target, s.value] : [s.target];
    case 'def':
      return [...s.decorators, ...s.params.flatMap((p) => (p.default ? [p.default] : []))];
    case 'class':
      return [...s.decorators, ...s.bases.map((b) => b.value)];
    case 'if':
    case 'while':
      return [s.test];
    case 'for':
      return [s.target, s.iter];
    case 'try':
      return s.handlers.flatMap((h) => (h.type ? [h.type] : []));
    case 'raise':
      return [s.exc, s.cause].filter((x): x is Expr => x !== null);
    case 'del':
      return s.targets;
    case 'assert':
      return s.msg ? [s.test, s.msg] : [s.test];
    case 'with':
      return s.items.flatMap((i) => (i.target ? [i.context, i.target] : [i.context]));
    case 'match':
      return [s.subject, ...s.cases.flatMap((c) => (c.guard ? [c.guard] : []))];
    default:
      return [];
  }
}

export function statementBlocks(s: Stmt): Stmt[][] {
  switch (s.kind) {
    case 'if':
    case 'while':
    case 'for':
      return [s.body, s.orelse];
    case 'try':
      return [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody];
    case 'with':
      return [s.body];
    case 'match':
      return s.cases.map((c) => c.body);
    default:
      return [];
  }
}

/** Every expression of an expression tree, outermost first, within one scope. */
export function* walkExpression(e: Expr): Generator<Expr> {
  yield e;
  for (const sub of subExpressions(e)) yield* walkExpression(sub);
}

const yieldCache = new WeakMap<Stmt, boolean>();

/** Whether a statement (or a block inside it) yields: such statements run in the generator executor. */
export function statementYields(s: Stmt): boolean {
  let known = yieldCache.get(s);
  if (known === undefined) {
    known = statementExpressions(s).some(expressionYields) || statementBlocks(s).some((b) => b.some(statementYields));
    yieldCache.set(s, known);
  }
  return known;
}

export function expressionYields(e: Expr): boolean {
  if (e.kind === 'yield') return true;
  if (e.kind === 'lambda' || e.kind === 'comp') return false;
  return subExpressions(e).some(expressionYields);
}

/** The names a pattern binds. */
export function patternNames(p: Pattern): string[] {
  switch (p.kind) {
    case 'capture':
    case 'star':
      return p.name ? [p.name] : [];
    case 'value':
      return [];
    case 'sequence':
      return p.items.flatMap(patternNames);
    case 'mapping':
      return [...p.values.flatMap(patternNames), ...(p.rest ? [p.rest] : [])];
    case 'class':
      return [...p.args.flatMap(patternNames), ...p.kwargs.flatMap((k) => patternNames(k.pattern))];
    case 'or':
      return p.options.flatMap(patternNames);
    case 'as':
      return [...patternNames(p.pattern), p.name];
  }
}
