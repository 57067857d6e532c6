/**
 * The syntax tree of the Python subset the sandbox runs. parser.ts builds it from
 * @lezer/python's concrete tree; the interpreter walks it. Every node knows its line and
 * column (1-based line, 0-based column), so errors can point into the learner's file.
 */
export interface Pos {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

export type Expr = Pos &
  (
    | { kind: 'name'; id: string }
    | { kind: 'const'; value: null | boolean | number | string; float?: boolean; big?: bigint }
    | { kind: 'fstring'; parts: FStringPart[] }
    | { kind: 'list' | 'tuple' | 'set'; items: Expr[] }
    | { kind: 'dict'; entries: ({ key: Expr; value: Expr } | { spread: Expr })[] }
    | { kind: 'attr'; object: Expr; name: string }
    | { kind: 'subscript'; object: Expr; index: Expr }
    | { kind: 'slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }
    | { kind: 'call'; func: Expr; args: Arg[] }
    | { kind: 'binop'; op: string; left: Expr; right: Expr }
    | { kind: 'unary'; op: '-' | '+' | 'not' | '~'; operand: Expr }
    | { kind: 'boolop'; op: 'and' | 'or'; left: Expr; right: Expr }
    | { kind: 'compare'; left: Expr; ops: string[]; rights: Expr[] }
    | { kind: 'ifexp'; test: Expr; body: Expr; orelse: Expr }
    | { kind: 'starred'; value: Expr }
    | { kind: 'ellipsis' }
    /** A bytes literal: one character per byte. */
    | { kind: 'bytes'; value: string }
    | { kind: 'lambda'; params: Param[]; body: Expr }
    | { kind: 'comp'; type: 'list' | 'set' | 'dict' | 'gen'; element: Expr; value: Expr | null; clauses: CompClause[] }
    | { kind: 'walrus'; target: string; value: Expr }
    | { kind: 'yield'; value: Expr | null; from: boolean }
  );

/** An f-string's literal text, or a replacement field whose format spec may hold fields itself. */
export type FStringPart = string | { expr: Expr; conversion: string | null; spec: FStringPart[] };

/** One `for ... in ...` of a comprehension, with the `if`s that follow it. */
export interface CompClause {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}

export type Arg = { kind: 'pos'; value: Expr } | { kind: 'star'; value: Expr } | { kind: 'kw'; name: string; value: Expr } | { kind: 'dstar'; value: Expr };

export interface Param {
  name: string;
  /** `posonly` before a `/`; `kwonly` after `*` or `*args`. */
  kind: 'posonly' | 'normal' | 'star' | 'dstar' | 'kwonly';
  default: Expr | null;
  annotation?: Annotation;
}

/** A type annotation: evaluated, or kept as its source text under `from __future__ import annotations`. */
export interface Annotation {
  value: Expr;
  text: string;
}

export type Stmt = Pos &
  (
    | { kind: 'expr'; value: Expr }
    | { kind: 'assign'; targets: Expr[]; value: Expr }
    | { kind: 'augassign'; target: Expr; op: string; value: Expr }
    | { kind: 'annassign'; target: Expr; value: Expr | null; annotation: Annotation }
    | { kind: 'import'; names: { name: string; asname: string | null }[] }
    | { kind: 'from'; module: string; level: number; names: { name: string; asname: string | null }[] }
    | { kind: 'def'; name: string; params: Param[]; body: Stmt[]; decorators: Expr[]; returns?: Annotation; isAsync?: boolean }
    | { kind: 'class'; name: string; bases: Arg[]; body: Stmt[]; decorators: Expr[] }
    | { kind: 'return'; value: Expr | null }
    | { kind: 'if'; test: Expr; body: Stmt[]; orelse: Stmt[] }
    | { kind: 'for'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
    | { kind: 'while'; test: Expr; body: Stmt[]; orelse: Stmt[] }
    | { kind: 'try'; body: Stmt[]; handlers: Handler[]; orelse: Stmt[]; finalbody: Stmt[] }
    | { kind: 'raise'; exc: Expr | null; cause: Expr | null }
    | { kind: 'pass' | 'break' | 'continue' }
    | { kind: 'global' | 'nonlocal'; names: string[] }
    | { kind: 'with'; items: { context: Expr; target: Expr | null }[]; body: Stmt[] }
    | { kind: 'match'; subject: Expr; cases: MatchCase[] }
    | { kind: 'del'; targets: Expr[] }
    | { kind: 'assert'; test: Expr; msg: Expr | null }
  );

export interface MatchCase {
  pattern: Pattern;
  guard: Expr | null;
  body: Stmt[];
  line: number;
}

export type Pattern =
  | { kind: 'value'; value: Expr }
  | { kind: 'capture'; name: string | null }
  | { kind: 'sequence'; items: Pattern[] }
  | { kind: 'star'; name: string | null }
  | { kind: 'mapping'; keys: Expr[]; values: Pattern[]; rest: string | null }
  | { kind: 'class'; cls: Expr; args: Pattern[]; kwargs: { name: string; pattern: Pattern }[] }
  | { kind: 'or'; options: Pattern[] }
  | { kind: 'as'; pattern: Pattern; name: string };

export interface Handler {
  type: Expr | null;
  name: string | null;
  body: Stmt[];
  line: number;
}

export interface Module {
  file: string;
  source: string;
  body: Stmt[];
}
