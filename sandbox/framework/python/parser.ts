import { parser as lezer } from '@lezer/python';
import type { SyntaxNode } from '@lezer/common';
import type { Arg, Expr, FStringPart, Handler, Module, Pos, Stmt } from './ast';
import { checkSyntax } from './syntax-check';
import { PythonSyntaxError, type SyntaxProblem } from './syntax-error';
import { decodeEscapes, splitLiteral } from './strings';
import { awaitExpr, comprehension, isComprehension, lambda, walrus, withStmt, yieldExpr } from './parser-constructs';
import { matchStmt } from './parser-match';
import { annotationOf, paramsOf } from './parser-params';
import { fstringParts } from './parser-fstring';
import { checkNonlocals } from './nonlocal-check';
import { maskWithTargets, type MaskedSource } from './with-targets';

/** What the sandbox's Python does not run, by lezer node, in the words the learner sees. */
const UNSUPPORTED: Record<string, string> = {
  TypeDefinition: "'type' statements",
};

/** Parses a file of the Python subset, or throws PythonSyntaxError as Python would report it. */
export function parseModule(source: string, file: string): Module {
  const masked = maskWithTargets(source);
  const problem = checkSyntax(masked.text);
  if (problem) throw new PythonSyntaxError(problem, file, lineText(source, problem.line));
  const converter = new Converter(source, file, masked);
  const tree = lezer.parse(masked.text);
  const body = converter.block(tree.topNode);
  const unbound = checkNonlocals(body);
  if (unbound) throw new PythonSyntaxError(unbound, file, lineText(source, unbound.line));
  return { file, source, body };
}

function lineText(source: string, line: number): string {
  return source.split('\n')[line - 1]?.replace(/\r$/, '') ?? '';
}

export class Converter {
  private readonly lineStarts: number[] = [0];
  /** Python refuses `break` outside a loop and `return` outside a function at compile time. */
  private loops = 0;
  functions = 0;
  /** Enclosing defs, class bodies in between or not: where `nonlocal` is allowed. */
  private defs = 0;

  constructor(
    readonly source: string,
    private readonly file: string,
    /** The text lezer parsed: `with ... as (a, b)` targets hidden behind placeholder names. */
    readonly masked: MaskedSource = { text: source, targets: new Map() },
  ) {
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') this.lineStarts.push(i + 1);
  }

  /** A converter for a piece of this file parsed on its own. */
  forSnippet(text: string): Converter {
    return new Converter(text, this.file);
  }

  lineCol(offset: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.lineStarts[lo]! };
  }

  pos(node: SyntaxNode): Pos {
    const start = this.lineCol(node.from);
    const end = this.lineCol(node.to);
    return { line: start.line, col: start.col, endLine: end.line, endCol: end.col };
  }

  text(node: SyntaxNode): string {
    return this.source.slice(node.from, node.to);
  }

  fail(node: SyntaxNode, type: SyntaxProblem['type'], message: string): never {
    const { line, col } = this.lineCol(node.from);
    throw new PythonSyntaxError({ type, message, line, offset: col + 1 }, this.file, lineText(this.source, line));
  }

  offsetOf(line: number, col: number): number {
    return (this.lineStarts[line - 1] ?? 0) + col;
  }

  /** A SyntaxError Python underlines from `from` to `to` (on the first line). */
  failSpan(from: number, to: number, message: string): never {
    const start = this.lineCol(from);
    const end = this.lineCol(to);
    const endOffset = end.line === start.line ? end.col + 1 : lineText(this.source, start.line).length + 1;
    throw new PythonSyntaxError({ type: 'SyntaxError', message, line: start.line, offset: start.col + 1, endOffset }, this.file, lineText(this.source, start.line));
  }

  unsupported(node: SyntaxNode, what: string): never {
    this.fail(node, 'NotImplementedError', `${what} are not available in the sandbox's Python`);
  }

  children(node: SyntaxNode): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.type.isError && this.text(c) === '=' && ['IfStatement', 'WhileStatement'].includes(node.name)) {
        this.failSpan(c.prevSibling?.from ?? c.from, c.nextSibling?.to ?? c.to, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      if (c.type.isError) {
        // `print "a", b`: the statement parses, the comma after it does not.
        const print = out.find((k) => k.name === 'PrintStatement');
        if (print) this.check(print);
        if (node.name === 'WithStatement' && out[out.length - 1]?.name === 'as') this.unsupported(c, "tuple targets in 'with' statements");
        if (['ArrayExpression', 'SetExpression'].includes(node.name) && c.firstChild?.name === 'for' && out.length > 1) {
          const first = out[1]!;
          this.failSpan(first.from, out[out.length - 1]!.to, 'did you forget parentheses around the comprehension target?');
        }
        this.fail(c, 'SyntaxError', 'invalid syntax');
      }
      if (c.name !== 'Comment') out.push(c);
    }
    return out;
  }

  private check(node: SyntaxNode) {
    if (node.type.isError) this.fail(node, 'SyntaxError', 'invalid syntax');
    if (node.name === 'PrintStatement') {
      // Python underlines the whole statement, which @lezer/python may end early (`print "a", b`).
      const { line } = this.lineCol(node.from);
      const end = Math.max(node.to, this.offsetOf(line, lineText(this.source, line).trimEnd().length));
      this.failSpan(node.from, end, "Missing parentheses in call to 'print'. Did you mean print(...)?");
    }
    const what = UNSUPPORTED[node.name];
    if (what) this.unsupported(node, what);
  }

  block(node: SyntaxNode): Stmt[] {
    const out: Stmt[] = [];
    for (const child of this.children(node)) {
      if (child.name === ':') continue;
      if (child.name === 'StatementGroup') {
        for (const s of this.children(child)) if (s.name !== ';') out.push(this.stmt(s));
      } else out.push(this.stmt(child));
    }
    return out;
  }

  private stmt(node: SyntaxNode): Stmt {
    this.check(node);
    const p = this.pos(node);
    if (node.name === 'YieldStatement') return { ...p, kind: 'expr', value: yieldExpr(this, node) };
    const kids = this.children(node);
    switch (node.name) {
      case 'WithStatement':
        return withStmt(this, kids, p);
      case 'MatchStatement':
        return matchStmt(this, node, kids, p);
      case 'ExpressionStatement':
        // `f(), g()` is one statement: a tuple, each of its items evaluated.
        return { ...p, kind: 'expr', value: kids.length > 1 ? this.exprList(kids, node) : this.expr(kids[0]!) };
      case 'AssignStatement':
        return this.assign(node, kids, p);
      case 'UpdateStatement': {
        const op = kids.find((k) => k.name === 'UpdateOp')!;
        return { ...p, kind: 'augassign', target: this.expr(kids[0]!), op: this.text(op).slice(0, -1), value: this.exprList(kids.slice(kids.indexOf(op) + 1), node) };
      }
      case 'PassStatement':
        return { ...p, kind: 'pass' };
      case 'BreakStatement':
        if (this.loops === 0) this.fail(node, 'SyntaxError', "'break' outside loop");
        return { ...p, kind: 'break' };
      case 'ContinueStatement':
        if (this.loops === 0) this.fail(node, 'SyntaxError', "'continue' not properly in loop");
        return { ...p, kind: 'continue' };
      case 'ReturnStatement': {
        if (this.functions === 0) this.fail(node, 'SyntaxError', "'return' outside function");
        const values = kids.slice(1);
        return { ...p, kind: 'return', value: values.length ? this.exprList(values, node) : null };
      }
      case 'ImportStatement':
        return this.importStmt(kids, p);
      case 'FunctionDefinition':
        return this.funcDef(kids, p, []);
      case 'ClassDefinition':
        return this.classDef(kids, p, []);
      case 'DecoratedStatement': {
        const decorators = kids.filter((k) => k.name === 'Decorator').map((d) => this.decorator(d));
        const target = kids[kids.length - 1]!;
        const inner = this.children(target);
        const tp = this.pos(target);
        if (target.name === 'FunctionDefinition') return this.funcDef(inner, tp, decorators);
        if (target.name === 'ClassDefinition') return this.classDef(inner, tp, decorators);
        return this.fail(target, 'SyntaxError', 'invalid syntax');
      }
      case 'IfStatement':
        return this.ifStmt(kids, p);
      case 'WhileStatement': {
        const bodies = kids.filter((k) => k.name === 'Body');
        return { ...p, kind: 'while', test: this.expr(kids[1]!), body: this.loopBody(bodies[0]!), orelse: bodies[1] ? this.block(bodies[1]) : [] };
      }
      case 'ForStatement': {
        const inAt = kids.findIndex((k) => k.name === 'in');
        const bodies = kids.filter((k) => k.name === 'Body');
        const iterNodes = kids.slice(inAt + 1, kids.indexOf(bodies[0]!));
        return {
          ...p,
          kind: 'for',
          target: this.targetList(kids.slice(1, inAt), node),
          iter: this.exprList(iterNodes, node),
          body: this.loopBody(bodies[0]!),
          orelse: bodies[1] ? this.block(bodies[1]) : [],
        };
      }
      case 'TryStatement':
        return this.tryStmt(kids, p);
      case 'RaiseStatement': {
        const fromAt = kids.findIndex((k) => k.name === 'from');
        const exc = fromAt > 0 ? kids.slice(1, fromAt) : kids.slice(1);
        return { ...p, kind: 'raise', exc: exc.length ? this.expr(exc[0]!) : null, cause: fromAt > 0 ? this.expr(kids[fromAt + 1]!) : null };
      }
      case 'ScopeStatement': {
        const kind = kids[0]!.name === 'nonlocal' ? 'nonlocal' : 'global';
        if (kind === 'nonlocal' && this.defs === 0) this.failSpan(node.from, node.to, 'nonlocal declaration not allowed at module level');
        return { ...p, kind, names: kids.filter((k) => k.name === 'VariableName').map((k) => this.text(k)) };
      }
      case 'DeleteStatement':
        return { ...p, kind: 'del', targets: kids.slice(1).filter((k) => k.name !== ',').map((k) => this.expr(k)) };
      case 'AssertStatement': {
        const exprs = kids.slice(1).filter((k) => k.name !== ',');
        return { ...p, kind: 'assert', test: this.expr(exprs[0]!), msg: exprs[1] ? this.expr(exprs[1]) : null };
      }
      default:
        return this.fail(node, 'SyntaxError', 'invalid syntax');
    }
  }

  private assign(node: SyntaxNode, kids: SyntaxNode[], p: Pos): Stmt {
    const typeDef = kids.find((k) => k.name === 'TypeDef');
    if (typeDef) {
      const eq = kids.findIndex((k) => k.name === 'AssignOp');
      return { ...p, kind: 'annassign', target: this.expr(kids[0]!), value: eq > 0 ? this.exprList(kids.slice(eq + 1), node) : null, annotation: annotationOf(this, typeDef) };
    }
    const groups: SyntaxNode[][] = [[]];
    for (const k of kids) {
      if (k.name === 'AssignOp') groups.push([]);
      else groups[groups.length - 1]!.push(k);
    }
    const value = this.exprList(groups.pop()!, node);
    return { ...p, kind: 'assign', targets: groups.map((g) => this.targetList(g, node)), value };
  }

  private importStmt(kids: SyntaxNode[], p: Pos): Stmt {
    if (kids[0]!.name === 'from') {
      const importAt = kids.findIndex((k) => k.name === 'import');
      const moduleParts = kids.slice(1, importAt);
      let level = 0;
      let module = '';
      for (const part of moduleParts) {
        const t = this.text(part);
        if (part.name === '.' || t === '...') {
          if (module === '') level += t.length;
          else module += '.';
        } else module += t;
      }
      const names = this.aliases(kids.slice(importAt + 1).filter((k) => k.name !== '(' && k.name !== ')'));
      if (names.length === 1 && names[0]!.name === '*') this.unsupported(kids[importAt + 1]!, "'import *' statements");
      return { ...p, kind: 'from', module, level, names };
    }
    return { ...p, kind: 'import', names: this.aliases(kids.slice(1)) };
  }

  private aliases(nodes: SyntaxNode[]): { name: string; asname: string | null }[] {
    const out: { name: string; asname: string | null }[] = [];
    let name = '';
    let asname: string | null = null;
    let expectAs = false;
    const flush = () => {
      if (name) out.push({ name, asname });
      name = '';
      asname = null;
    };
    for (const n of nodes) {
      if (n.name === ',') flush();
      else if (n.name === 'as') expectAs = true;
      else if (expectAs) {
        asname = this.text(n);
        expectAs = false;
      } else if (n.name === '.') name += '.';
      else name += this.text(n);
    }
    flush();
    return out;
  }

  private loopBody(node: SyntaxNode): Stmt[] {
    this.loops++;
    try {
      return this.block(node);
    } finally {
      this.loops--;
    }
  }

  /** A def or class body: loops outside it do not count, and only a def allows return. */
  scoped(functions: number, body: () => Stmt[], isAsync = false): Stmt[] {
    const saved = [this.loops, this.functions, this.asyncBody] as const;
    this.loops = 0;
    this.functions = functions;
    this.asyncBody = isAsync;
    try {
      return body();
    } finally {
      [this.loops, this.functions, this.asyncBody] = saved;
    }
  }

  /** Inside an `async def` (not a def nested in it): where `await` is allowed. */
  asyncBody = false;

  /** `@a.b(1)`: the parser gives the decorator's tokens flat (name, '.', name, ArgList), which chain into one expression. */
  private decorator(d: SyntaxNode): Expr {
    const parts = this.children(d).filter((c) => c.name !== 'At');
    let e = this.expr(parts[0]!);
    for (let i = 1; i < parts.length; i++) {
      const part = parts[i]!;
      if (part.name === '.') continue;
      if (part.name === 'ArgList') e = { ...this.pos(part), line: e.line, col: e.col, kind: 'call', func: e, args: this.args(part) };
      else e = { ...this.pos(part), line: e.line, col: e.col, kind: 'attr', object: e, name: this.text(part) };
    }
    return e;
  }

  private funcDef(kids: SyntaxNode[], p: Pos, decorators: Expr[]): Stmt {
    const isAsync = kids[0]!.name === 'async';
    const name = this.text(kids.find((k) => k.name === 'VariableName')!);
    const params = paramsOf(this, kids.find((k) => k.name === 'ParamList'));
    const returnType = kids.find((k) => k.name === 'TypeDef');
    this.defs++;
    try {
      const body = this.scoped(1, () => this.block(kids.find((k) => k.name === 'Body')!), isAsync);
      return { ...p, kind: 'def', name, params, body, decorators, ...(returnType ? { returns: annotationOf(this, returnType) } : {}), ...(isAsync ? { isAsync } : {}) };
    } finally {
      this.defs--;
    }
  }

  private classDef(kids: SyntaxNode[], p: Pos, decorators: Expr[]): Stmt {
    const name = this.text(kids.find((k) => k.name === 'VariableName')!);
    const argList = kids.find((k) => k.name === 'ArgList');
    return { ...p, kind: 'class', name, bases: argList ? this.args(argList) : [], body: this.scoped(0, () => this.block(kids.find((k) => k.name === 'Body')!)), decorators };
  }

  private ifStmt(kids: SyntaxNode[], p: Pos): Stmt {
    // if test Body (elif test Body)* (else Body)?
    const branches: { test: Expr; body: Stmt[]; line: Pos }[] = [];
    let orelse: Stmt[] = [];
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (k.name === 'if' || k.name === 'elif') {
        branches.push({ test: this.expr(kids[i + 1]!), body: this.block(kids[i + 2]!), line: this.pos(k) });
        i += 2;
      } else if (k.name === 'else') {
        orelse = this.block(kids[i + 1]!);
        i += 1;
      }
    }
    let result: Stmt[] = orelse;
    for (let i = branches.length - 1; i > 0; i--) {
      const b = branches[i]!;
      result = [{ ...b.line, kind: 'if', test: b.test, body: b.body, orelse: result }];
    }
    return { ...p, kind: 'if', test: branches[0]!.test, body: branches[0]!.body, orelse: result };
  }

  private tryStmt(kids: SyntaxNode[], p: Pos): Stmt {
    let body: Stmt[] = [];
    const handlers: Handler[] = [];
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (k.name === 'try') body = this.block(kids[++i]!);
      else if (k.name === 'except') {
        let j = i + 1;
        let type: Expr | null = null;
        let name: string | null = null;
        if (kids[j]!.name !== 'Body') {
          type = this.expr(kids[j]!);
          j++;
          if (kids[j]!.name === 'as') {
            name = this.text(kids[j + 1]!);
            j += 2;
          }
        }
        handlers.push({ type, name, body: this.block(kids[j]!), line: this.lineCol(k.from).line });
        i = j;
      } else if (k.name === 'else') orelse = this.block(kids[++i]!);
      else if (k.name === 'finally') finalbody = this.block(kids[++i]!);
    }
    return { ...p, kind: 'try', body, handlers, orelse, finalbody };
  }

  /** `a, b` on either side of `=`: one expression or a tuple. */
  exprList(nodes: SyntaxNode[], parent: SyntaxNode): Expr {
    const items = nodes.filter((n) => n.name !== ',' && n.name !== '*');
    if (items.length === 0) return this.fail(parent, 'SyntaxError', 'invalid syntax');
    if (items.length === 1 && !nodes.some((n) => n.name === ',')) return this.expr(items[0]!);
    const first = this.pos(items[0]!);
    const last = this.pos(items[items.length - 1]!);
    const starred = (n: SyntaxNode): Expr => {
      const item = this.expr(n);
      return n.prevSibling?.name === '*' ? { ...item, kind: 'starred', value: item } : item;
    };
    return { ...first, endLine: last.endLine, endCol: last.endCol, kind: 'tuple', items: items.map(starred) };
  }

  targetList(nodes: SyntaxNode[], parent: SyntaxNode): Expr {
    const target = this.exprList(nodes, parent);
    this.checkTarget(target, nodes[0] ?? parent);
    return target;
  }

  private checkTarget(target: Expr, node: SyntaxNode) {
    if (target.kind === 'tuple' || target.kind === 'list') target.items.forEach((t) => this.checkTarget(t, node));
    else if (target.kind === 'starred') this.checkTarget(target.value, node);
    else if (target.kind === 'call') this.fail(node, 'SyntaxError', "cannot assign to function call here. Maybe you meant '==' instead of '='?");
    else if (target.kind === 'const') this.fail(node, 'SyntaxError', 'cannot assign to literal here. Maybe you meant \'==\' instead of \'=\'?');
    else if (target.kind !== 'name' && target.kind !== 'attr' && target.kind !== 'subscript') this.fail(node, 'SyntaxError', 'cannot assign to expression here. Maybe you meant \'==\' instead of \'=\'?');
  }

  args(node: SyntaxNode): Arg[] {
    if (this.children(node).some((k) => k.name === 'for')) return [{ kind: 'pos', value: comprehension(this, node, 'gen') }];
    const kids = this.children(node).filter((k) => k.name !== '(' && k.name !== ')' && k.name !== ',');
    const out: Arg[] = [];
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (k.name === '*') out.push({ kind: 'star', value: this.expr(kids[++i]!) });
      else if (k.name === '**') out.push({ kind: 'dstar', value: this.expr(kids[++i]!) });
      else if (kids[i + 1]?.name === 'AssignOp') {
        if (k.name !== 'VariableName') this.fail(k, 'SyntaxError', 'expression cannot contain assignment, perhaps you meant "=="?');
        const name = this.text(k);
        if (out.some((a) => a.kind === 'kw' && a.name === name)) this.failSpan(k.from, kids[i + 2]!.to, `keyword argument repeated: ${name}`);
        out.push({ kind: 'kw', name, value: this.expr(kids[i + 2]!) });
        i += 2;
      } else {
        if (out.some((a) => a.kind === 'kw' || a.kind === 'dstar') && k) this.fail(k, 'SyntaxError', 'positional argument follows keyword argument');
        out.push({ kind: 'pos', value: this.expr(k) });
      }
    }
    return out;
  }

  expr(node: SyntaxNode): Expr {
    this.check(node);
    const p = this.pos(node);
    if (isComprehension(node.name)) return comprehension(this, node);
    switch (node.name) {
      case 'LambdaExpression':
        return lambda(this, node);
      case 'YieldExpression':
        return yieldExpr(this, node);
      case 'AwaitExpression':
        return awaitExpr(this, node);
      case 'NamedExpression':
        return walrus(this, node);
      case 'VariableName':
        return { ...p, kind: 'name', id: this.text(node) };
      case 'Number':
        return { ...p, ...parseNumber(this.text(node)) };
      case 'Boolean':
        return { ...p, kind: 'const', value: this.text(node) === 'True' };
      case 'None':
        return { ...p, kind: 'const', value: null };
      case 'Ellipsis':
        return { ...p, kind: 'ellipsis' };
      case 'String':
        if (isBytesLiteral(this.text(node))) return { ...p, kind: 'bytes', value: this.bytesValue(node) };
        return { ...p, kind: 'const', value: this.stringValue(node) };
      case 'FormatString':
        return { ...p, kind: 'fstring', parts: fstringParts(this, node) };
      case 'ContinuedString': {
        const pieces = this.children(node);
        const bytes = pieces.filter((k) => isBytesLiteral(this.text(k)));
        if (bytes.length && bytes.length < pieces.length) this.fail(node, 'SyntaxError', 'cannot mix bytes and nonbytes literals');
        if (bytes.length) return { ...p, kind: 'bytes', value: bytes.map((k) => this.bytesValue(k)).join('') };
        const parts: FStringPart[] = [];
        for (const k of this.children(node)) {
          if (k.name === 'FormatString') parts.push(...fstringParts(this, k));
          else parts.push(this.stringValue(k));
        }
        if (parts.every((x) => typeof x === 'string')) return { ...p, kind: 'const', value: parts.join('') };
        return { ...p, kind: 'fstring', parts };
      }
      case 'ParenthesizedExpression': {
        const inner = this.children(node).filter((k) => k.name !== '(' && k.name !== ')');
        return this.expr(inner[0]!);
      }
      case 'TupleExpression':
      case 'ArrayExpression':
      case 'SetExpression': {
        const kids = this.children(node).filter((k) => !['(', ')', '[', ']', '{', '}', ','].includes(k.name));
        const items: Expr[] = [];
        for (let i = 0; i < kids.length; i++) {
          if (kids[i]!.name === '*') items.push({ ...this.pos(kids[i]!), kind: 'starred', value: this.expr(kids[++i]!) });
          else items.push(this.expr(kids[i]!));
        }
        const kind = node.name === 'TupleExpression' ? 'tuple' : node.name === 'ArrayExpression' ? 'list' : 'set';
        return { ...p, kind, items };
      }
      case 'DictionaryExpression': {
        const kids = this.children(node).filter((k) => !['{', '}', ','].includes(k.name));
        const entries: ({ key: Expr; value: Expr } | { spread: Expr })[] = [];
        for (let i = 0; i < kids.length; i++) {
          if (kids[i]!.name === '**') entries.push({ spread: this.expr(kids[++i]!) });
          else {
            entries.push({ key: this.expr(kids[i]!), value: this.expr(kids[i + 2]!) });
            i += 2;
          }
        }
        return { ...p, kind: 'dict', entries };
      }
      case 'MemberExpression': {
        const kids = this.children(node);
        const object = this.expr(kids[0]!);
        if (kids[1]!.name === '.') return { ...p, kind: 'attr', object, name: this.text(kids[2]!) };
        return { ...p, kind: 'subscript', object, index: this.subscript(kids.slice(2, -1), node) };
      }
      case 'CallExpression': {
        const kids = this.children(node);
        return { ...p, kind: 'call', func: this.expr(kids[0]!), args: this.args(kids[1]!) };
      }
      case 'ConditionalExpression': {
        const kids = this.children(node);
        return { ...p, kind: 'ifexp', body: this.expr(kids[0]!), test: this.expr(kids[2]!), orelse: this.expr(kids[4]!) };
      }
      case 'UnaryExpression':
      case 'BinaryExpression':
        return this.operator(node, p);
      default:
        return this.fail(node, 'SyntaxError', 'invalid syntax');
    }
  }

  private subscript(nodes: SyntaxNode[], parent: SyntaxNode): Expr {
    if (!nodes.some((n) => n.name === ':')) return this.exprList(nodes, parent);
    const parts: (Expr | null)[] = [null];
    for (const n of nodes) {
      if (n.name === ':') parts.push(null);
      else parts[parts.length - 1] = this.expr(n);
    }
    return { ...this.pos(parent), kind: 'slice', lower: parts[0] ?? null, upper: parts[1] ?? null, step: parts[2] ?? null };
  }

  /**
   * Binary and unary operators. @lezer/python nests `not` wrongly around `and`/`or`
   * (`not a or b` comes out as `not (a or b)`), so boolean operators are flattened back
   * into their source order and regrouped by Python's precedence: or < and < not.
   */
  private operator(node: SyntaxNode, p: Pos): Expr {
    if (isBoolean(node, this)) return this.booleanChain(node);
    const kids = this.children(node);
    if (node.name === 'UnaryExpression') {
      const op = this.text(kids[0]!) as '-' | '+' | '~';
      return { ...p, kind: 'unary', op, operand: this.expr(kids[1]!) };
    }
    const opNodes = kids.slice(1, -1);
    const op = opNodes.map((o) => this.text(o)).join(' ');
    const left = kids[0]!;
    const right = this.expr(kids[kids.length - 1]!);
    if (isComparison(op)) {
      // Chains (`1 < a <= 3`) come out left-nested: unnest them into one comparison.
      const leftExpr = this.expr(left);
      if (left.name === 'BinaryExpression' && leftExpr.kind === 'compare') {
        return { ...p, kind: 'compare', left: leftExpr.left, ops: [...leftExpr.ops, op], rights: [...leftExpr.rights, right] };
      }
      return { ...p, kind: 'compare', left: leftExpr, ops: [op], rights: [right] };
    }
    return { ...p, kind: 'binop', op, left: this.expr(left), right };
  }

  private booleanChain(node: SyntaxNode): Expr {
    const tokens: (Expr | 'and' | 'or' | 'not')[] = [];
    const flatten = (n: SyntaxNode) => {
      if (isBoolean(n, this)) {
        for (const k of this.children(n)) {
          const t = this.text(k);
          if (k.name === 'and' || k.name === 'or' || (k.name === 'not' && n.name === 'UnaryExpression')) tokens.push(t as 'and' | 'or' | 'not');
          else flatten(k);
        }
      } else tokens.push(this.expr(n));
    };
    flatten(node);
    let i = 0;
    const span = (a: Expr, b: Expr): Pos => ({ line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol });
    const parseNot = (): Expr => {
      const t = tokens[i++]!;
      if (t === 'not') {
        const operand = parseNot();
        return { ...operand, kind: 'unary', op: 'not', operand };
      }
      if (typeof t === 'string') return this.fail(node, 'SyntaxError', 'invalid syntax');
      return t;
    };
    const parseLevel = (op: 'and' | 'or', next: () => Expr) => (): Expr => {
      let left = next();
      while (tokens[i] === op) {
        i++;
        const right = next();
        left = { ...span(left, right), kind: 'boolop', op, left, right };
      }
      return left;
    };
    const parseAnd = parseLevel('and', parseNot);
    const parseOr = parseLevel('or', parseAnd);
    return parseOr();
  }

  private stringValue(node: SyntaxNode): string {
    const { prefix, body } = splitLiteral(this.text(node));
    return decodeEscapes(body, prefix.includes('r'), false, (message) => this.failSpan(node.from, node.to, message));
  }

  /** A bytes literal's bytes, one character (0-255) each. */
  private bytesValue(node: SyntaxNode): string {
    const { prefix, body } = splitLiteral(this.text(node));
    if (/[^\x00-\x7f]/.test(body)) this.fail(node, 'SyntaxError', 'bytes can only contain ASCII literal characters');
    return decodeEscapes(body, prefix.includes('r'), true, (message) => this.failSpan(node.from, node.to, message));
  }
}

function isBytesLiteral(text: string): boolean {
  return /^[a-zA-Z]*[bB]/.test(text) && /^[rRbB]*['"]/.test(text);
}

function isBoolean(node: SyntaxNode, c: Converter): boolean {
  if (node.name === 'UnaryExpression') return node.firstChild?.name === 'not';
  if (node.name !== 'BinaryExpression') return false;
  void c;
  for (let k = node.firstChild; k; k = k.nextSibling) if (k.name === 'and' || k.name === 'or') return true;
  return false;
}

function isComparison(op: string): boolean {
  return ['<', '>', '==', '!=', '<=', '>=', 'in', 'not in', 'is', 'is not', '<>'].includes(op);
}

function parseNumber(text: string): { kind: 'const'; value: number; float?: boolean; big?: bigint } {
  const clean = text.replace(/_/g, '').toLowerCase();
  if (/[.e]/.test(clean) && !/^0x/.test(clean)) return { kind: 'const', value: parseFloat(clean), float: true };
  if (clean.endsWith('j')) return { kind: 'const', value: NaN, float: true };
  // BigInt reads 0x/0o/0b itself; past 2**53 the exact value is kept for the interpreter's big ints.
  const exact = BigInt(/^0[xob]/.test(clean) ? clean : clean.replace(/^0+(?=\d)/, ''));
  const value = Number(exact);
  return Number.isSafeInteger(value) ? { kind: 'const', value } : { kind: 'const', value, big: exact };
}
