import type { SyntaxNode } from '@lezer/common';
import type { Expr, MatchCase, Pattern, Pos, Stmt } from './ast';
import type { Converter } from './parser';

/** `match subject:` with its `case pattern if guard:` clauses. */
export function matchStmt(c: Converter, node: SyntaxNode, kids: SyntaxNode[], p: Pos): Stmt {
  const bodyAt = kids.findIndex((k) => k.name === 'MatchBody');
  const subject = c.exprList(kids.slice(1, bodyAt), node);
  const cases: MatchCase[] = [];
  const clauses = c.children(kids[bodyAt]!).filter((k) => k.name === 'MatchClause');
  clauses.forEach((clause, i) => {
    const parts = c.children(clause);
    const guardNode = parts.find((k) => k.name === 'Guard');
    const body = parts.find((k) => k.name === 'Body')!;
    const patternNodes = parts.slice(1, parts.indexOf(guardNode ?? body));
    const pattern = patternList(c, patternNodes, clause);
    if (i < clauses.length - 1 && isIrrefutable(pattern) && !guardNode) {
      const what = pattern.kind === 'capture' && pattern.name ? `name capture '${pattern.name}'` : 'wildcard';
      c.fail(patternNodes[0]!, 'SyntaxError', `${what} makes remaining patterns unreachable`);
    }
    const guard = guardNode ? c.expr(c.children(guardNode)[1]!) : null;
    cases.push({ pattern, guard, body: c.block(body), line: c.pos(clause).line });
  });
  return { ...p, kind: 'match', subject, cases };
}

function isIrrefutable(p: Pattern): boolean {
  if (p.kind === 'capture') return true;
  if (p.kind === 'as') return isIrrefutable(p.pattern);
  if (p.kind === 'or') return p.options.some(isIrrefutable);
  return false;
}

/** `case 1, 2:` is a sequence pattern without brackets. */
function patternList(c: Converter, nodes: SyntaxNode[], parent: SyntaxNode): Pattern {
  const items = nodes.filter((n) => n.name !== ',');
  if (items.length === 1 && !nodes.some((n) => n.name === ',')) return pattern(c, items[0]!);
  if (items.length === 0) c.fail(parent, 'SyntaxError', 'invalid syntax');
  return { kind: 'sequence', items: items.map((n) => pattern(c, n)) };
}

/** @lezer/python reads the inside of `[]`, `()` and `Point()` as an empty literal in error: an empty pattern list to Python. */
function isEmpty(node: SyntaxNode): boolean {
  const first = node.firstChild;
  return node.name === 'LiteralPattern' && first !== null && first.type.isError && first.from === first.to;
}

function pattern(c: Converter, node: SyntaxNode): Pattern {
  const compact = c.text(node).replace(/\s/g, '');
  if (node.name === 'MappingPattern' && compact === '{}') return { kind: 'mapping', keys: [], values: [], rest: null };
  if (node.name === 'SequencePattern' && (compact === '[]' || compact === '()')) return { kind: 'sequence', items: [] };
  if (node.name === 'ClassPattern' && compact.endsWith('()')) {
    const argList = node.getChild('PatternArgList');
    return { kind: 'class', cls: dotted(c, node, c.children(node).filter((k) => k !== null && k.name !== 'PatternArgList' && (!argList || k.from < argList.from))), args: [], kwargs: [] };
  }
  const kids = c.children(node).filter((k) => !isEmpty(k));
  switch (node.name) {
    case 'CapturePattern': {
      const name = c.text(kids[0]!);
      return { kind: 'capture', name: name === '_' ? null : name };
    }
    case 'LiteralPattern':
      return { kind: 'value', value: literal(c, node, kids) };
    case 'AttributePattern':
      return { kind: 'value', value: dotted(c, node, kids) };
    case 'StarPattern': {
      const name = c.text(kids[kids.length - 1]!);
      return { kind: 'star', name: name === '_' ? null : name };
    }
    case 'SequencePattern': {
      const inner = kids.filter((k) => !['(', ')', '[', ']'].includes(k.name));
      // `(p)` is a group, `(p,)` a sequence.
      if (kids[0]!.name === '(' && inner.length === 1) return pattern(c, inner[0]!);
      return { kind: 'sequence', items: inner.filter((k) => k.name !== ',').map((k) => pattern(c, k)) };
    }
    case 'MappingPattern': {
      const inner = kids.filter((k) => !['{', '}', ','].includes(k.name));
      const keys: Expr[] = [];
      const values: Pattern[] = [];
      let rest: string | null = null;
      for (let i = 0; i < inner.length; i++) {
        const k = inner[i]!;
        if (k.name === '**') {
          rest = c.text(inner[++i]!);
          continue;
        }
        const keyKids = c.children(k);
        keys.push(k.name === 'AttributePattern' ? dotted(c, k, keyKids) : literal(c, k, keyKids));
        values.push(pattern(c, inner[i + 2]!));
        i += 2;
      }
      return { kind: 'mapping', keys, values, rest };
    }
    case 'ClassPattern': {
      const argList = kids.find((k) => k.name === 'PatternArgList')!;
      const cls = dotted(c, node, kids.slice(0, kids.indexOf(argList)));
      const args: Pattern[] = [];
      const kwargs: { name: string; pattern: Pattern }[] = [];
      for (const a of c.children(argList)) {
        if (['(', ')', ','].includes(a.name) || isEmpty(a)) continue;
        if (a.name === 'KeywordPattern') {
          const parts = c.children(a);
          kwargs.push({ name: c.text(parts[0]!), pattern: pattern(c, parts[parts.length - 1]!) });
        } else {
          if (kwargs.length) c.fail(a, 'SyntaxError', 'positional patterns follow keyword patterns');
          args.push(pattern(c, a));
        }
      }
      return { kind: 'class', cls, args, kwargs };
    }
    case 'OrPattern': {
      const options = kids.filter((k) => k.name !== 'LogicOp').map((k) => pattern(c, k));
      // `A | B as n` names the whole alternative; @lezer/python attaches the `as` to B alone.
      const last = options[options.length - 1]!;
      if (last.kind === 'as') return { kind: 'as', pattern: { kind: 'or', options: [...options.slice(0, -1), last.pattern] }, name: last.name };
      return { kind: 'or', options };
    }
    case 'AsPattern':
      return { kind: 'as', pattern: pattern(c, kids[0]!), name: c.text(kids[kids.length - 1]!) };
    default:
      return c.fail(node, 'SyntaxError', 'invalid syntax');
  }
}

/** A literal pattern's value: a constant, or a signed or complex number. */
function literal(c: Converter, node: SyntaxNode, kids: SyntaxNode[]): Expr {
  if (kids.length === 1) return c.expr(kids[0]!);
  if (kids.length === 2 && c.text(kids[0]!) === '-') return { ...c.pos(node), kind: 'unary', op: '-', operand: c.expr(kids[1]!) };
  return c.unsupported(node, 'complex number patterns');
}

/** `Color.RED` or `models.Point`: names joined by dots. */
function dotted(c: Converter, node: SyntaxNode, kids: SyntaxNode[]): Expr {
  const names = kids.filter((k) => k.name !== '.');
  if (names.length === 1 && names[0]!.name === 'MemberExpression') return c.expr(names[0]!);
  let expr: Expr = { ...c.pos(names[0]!), kind: 'name', id: c.text(names[0]!) };
  for (const n of names.slice(1)) expr = { ...c.pos(node), kind: 'attr', object: expr, name: c.text(n) };
  return expr;
}
