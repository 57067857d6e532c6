import type { SyntaxNode } from '@lezer/common';
import type { CompClause, Expr, Pos, Stmt } from './ast';
import type { Converter } from './parser';
import { walkExpression } from './ast-walk';
import { parseWithTarget } from './with-targets';
import { paramsOf } from './parser-params';

/**
 * Converters for the expressions and statements that bring their own scope or control
 * flow: comprehensions, generator expressions, lambda, yield, the walrus and `with`.
 */

const COMP_TYPES: Record<string, 'list' | 'set' | 'dict' | 'gen'> = {
  ArrayComprehensionExpression: 'list',
  SetComprehensionExpression: 'set',
  DictionaryComprehensionExpression: 'dict',
  ComprehensionExpression: 'gen',
};

const COMP_NAMES: Record<string, string> = { list: 'list comprehension', set: 'set comprehension', dict: 'dict comprehension', gen: 'generator expression' };

export function isComprehension(name: string): boolean {
  return name in COMP_TYPES;
}

/** `[x for x in xs if x]`, `{k: v for ...}`, `(x for ...)` and a call's sole `f(x for ...)`. */
export function comprehension(c: Converter, node: SyntaxNode, type: 'list' | 'set' | 'dict' | 'gen' = COMP_TYPES[node.name]!): Expr {
  const kids = c.children(node).filter((k) => !['(', ')', '[', ']', '{', '}'].includes(k.name));
  const firstFor = kids.findIndex((k) => k.name === 'for' || k.name === 'async');
  const head = kids.slice(0, firstFor);
  if (head.some((k) => k.name === ',')) {
    if (type === 'gen' && node.name === 'ArgList') {
      const start = head.slice(0, -1).reverse().find((k) => k.name === ',')!;
      c.failSpan(start.to + c.source.slice(start.to).search(/\S/), kids[kids.length - 1]!.to, 'Generator expression must be parenthesized');
    }
    c.fail(head[0]!, 'SyntaxError', 'did you forget parentheses around the comprehension target?');
  }
  const colon = head.findIndex((k) => k.name === ':');
  const element = c.expr(head[0]!);
  const value = type === 'dict' && colon > 0 ? c.expr(head[colon + 1]!) : null;
  const clauses: CompClause[] = [];
  for (let i = firstFor; i < kids.length; i++) {
    const k = kids[i]!;
    if (k.name === 'async') c.unsupported(k, "'async for' comprehensions");
    if (k.name === 'for') {
      const inAt = kids.findIndex((n, j) => j > i && n.name === 'in');
      const target = c.targetList(kids.slice(i + 1, inAt), node);
      clauses.push({ target, iter: c.expr(kids[inAt + 1]!), ifs: [] });
      i = inAt + 1;
    } else if (k.name === 'if') {
      clauses[clauses.length - 1]!.ifs.push(c.expr(kids[++i]!));
    }
  }
  checkNoYield(c, node, [element, ...(value ? [value] : []), ...clauses.flatMap((cl) => [cl.iter, ...cl.ifs])], COMP_NAMES[type]!);
  return { ...c.pos(node), kind: 'comp', type, element, value, clauses };
}

function checkNoYield(c: Converter, node: SyntaxNode, exprs: Expr[], where: string) {
  const text = c.source.slice(node.from, node.to);
  const found = /\byield\b/.test(text) ? exprs.map(findYield).find((y) => y !== null) : null;
  if (found) c.failSpan(c.offsetOf(found.line, found.col), c.offsetOf(found.endLine, found.endCol), `'yield' inside ${where}`);
}

function findYield(e: Expr): Expr | null {
  for (const sub of walkExpression(e)) if (sub.kind === 'yield') return sub;
  return null;
}

export function lambda(c: Converter, node: SyntaxNode): Expr {
  const kids = c.children(node);
  const params = paramsOf(c, kids.find((k) => k.name === 'ParamList'));
  const colon = kids.findIndex((k) => k.name === ':');
  const saved = c.functions;
  c.functions = 1;
  try {
    return { ...c.pos(node), kind: 'lambda', params, body: c.expr(kids[colon + 1]!) };
  } finally {
    c.functions = saved;
  }
}

/** `yield`, `yield x, y` and `yield from it`. @lezer/python marks a bare `yield` with an empty error node, which is no error in Python. */
export function yieldExpr(c: Converter, node: SyntaxNode): Expr {
  if (c.functions === 0) c.failSpan(node.from, node.to, "'yield' outside function");
  if (c.asyncBody) c.unsupported(node, "asynchronous generators ('yield' in an 'async def')");
  const kids: SyntaxNode[] = [];
  for (let k = node.firstChild; k; k = k.nextSibling) {
    if (k.type.isError && k.from === k.to) continue;
    if (k.type.isError) c.fail(k, 'SyntaxError', 'invalid syntax');
    if (k.name !== 'Comment') kids.push(k);
  }
  const from = kids[1]?.name === 'from';
  const values = kids.slice(from ? 2 : 1);
  return { ...c.pos(node), kind: 'yield', from, value: values.length ? c.exprList(values, node) : null };
}

/**
 * `await x`: inside a coroutine it is `yield from` the awaitable's iterator, which the hidden
 * builtin `.await` finds (a coroutine itself, or what `__await__` returns).
 */
export function awaitExpr(c: Converter, node: SyntaxNode): Expr {
  if (!c.asyncBody) c.failSpan(node.from, node.to, c.functions === 0 ? "'await' outside function" : "'await' outside async function");
  const p = c.pos(node);
  const operand = c.expr(c.children(node)[1]!);
  return { ...p, kind: 'yield', from: true, value: { ...p, kind: 'call', func: { ...p, kind: 'name', id: '.await' }, args: [{ kind: 'pos', value: operand }] } };
}

export function walrus(c: Converter, node: SyntaxNode): Expr {
  const kids = c.children(node);
  const target = kids[0]!;
  if (target.name !== 'VariableName') c.fail(target, 'SyntaxError', `cannot use assignment expressions with ${target.name === 'MemberExpression' ? 'attribute' : 'expression'}`);
  return { ...c.pos(node), kind: 'walrus', target: c.text(target), value: c.expr(kids[2]!) };
}

/** The target of a `with ... as`: a placeholder name stands for a bracketed one (with-targets.ts). */
function withTarget(c: Converter, node: SyntaxNode, parent: SyntaxNode): Expr {
  const hidden = node.name === 'VariableName' ? c.masked.targets.get(c.masked.text.slice(node.from, node.to)) : undefined;
  if (!hidden) return c.targetList([node], parent);
  const target = parseWithTarget(c.source.slice(hidden.from, hidden.to), c.lineCol(hidden.from), (snippet, n) => c.forSnippet(snippet).targetList([n], n));
  return target ?? c.fail(node, 'SyntaxError', 'invalid syntax');
}

export function withStmt(c: Converter, kids: SyntaxNode[], p: Pos): Stmt {
  if (kids[0]!.name === 'async') c.unsupported(kids[0]!, "'async with' statements");
  const body = kids.find((k) => k.name === 'Body')!;
  const items: { context: Expr; target: Expr | null }[] = [];
  const header = kids.slice(1, kids.indexOf(body)).filter((k) => k.name !== '(' && k.name !== ')');
  for (let i = 0; i < header.length; i++) {
    const k = header[i]!;
    if (k.name === ',') continue;
    const context = c.expr(k);
    let target: Expr | null = null;
    if (header[i + 1]?.name === 'as') {
      target = withTarget(c, header[i + 2]!, k);
      i += 2;
    }
    items.push({ context, target });
  }
  return { ...p, kind: 'with', items, body: c.block(body) };
}
