import type { SyntaxNode } from '@lezer/common';
import type { Annotation, Expr, Param } from './ast';
import type { Converter } from './parser';

/** A TypeDef node (`: int` or `-> int`): its expression and that expression's source text. */
export function annotationOf(c: Converter, typeDef: SyntaxNode): Annotation {
  const kids = c.children(typeDef);
  const last = kids[kids.length - 1]!;
  return { value: c.expr(last), text: c.text(last) };
}

/** A def's or lambda's parameter list, with CPython's errors for impossible orders. */
export function paramsOf(c: Converter, node: SyntaxNode | undefined): Param[] {
  if (!node) return [];
  const params: Param[] = [];
  let mode: Param['kind'] = 'normal';
  let pending: Param['kind'] | null = null;
  const kids = c.children(node);
  let previousEnd = node.from;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    // @lezer/python leaves the `/` of positional-only parameters out of the tree.
    if (c.source.slice(previousEnd, k.from).includes('/')) {
      const slash = previousEnd + c.source.slice(previousEnd, k.from).indexOf('/');
      if (params.length === 0) c.failSpan(slash, slash + 1, 'at least one argument must precede /');
      for (const param of params) if (param.kind === 'normal') param.kind = 'posonly';
    }
    previousEnd = k.to;
    if (k.name === '*') {
      if (mode === 'kwonly') c.fail(k, 'SyntaxError', '* argument may appear only once');
      // A bare `*` only starts the keyword-only parameters.
      const next = kids[i + 1]?.name;
      pending = next === 'VariableName' ? 'star' : null;
      if (next !== ',') {
        if (next !== 'VariableName') c.fail(k, 'SyntaxError', 'named arguments must follow bare *');
      }
      mode = 'kwonly';
    } else if (k.name === '**') pending = 'dstar';
    else if (k.name === 'VariableName') {
      const kind = pending ?? mode;
      pending = null;
      let def: Expr | null = null;
      let annotation: Annotation | undefined;
      if (kids[i + 1]?.name === 'TypeDef') annotation = annotationOf(c, kids[++i]!);
      if (kids[i + 1]?.name === 'AssignOp') {
        def = c.expr(kids[i + 2]!);
        i += 2;
      }
      const name = c.text(k);
      if (params.some((q) => q.name === name)) c.fail(k, 'SyntaxError', `duplicate argument '${name}' in function definition`);
      const positional = kind === 'normal';
      if (positional && !def && params.some((q) => (q.kind === 'normal' || q.kind === 'posonly') && q.default)) {
        c.fail(k, 'SyntaxError', 'parameter without a default follows parameter with a default');
      }
      params.push({ name, kind, default: def, annotation });
    }
  }
  if (c.source.slice(previousEnd, node.to).includes('/')) for (const param of params) if (param.kind === 'normal') param.kind = 'posonly';
  return params;
}
