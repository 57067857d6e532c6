import type { PyValue } from '../../python';
import { EmptyResultSet, type Col, type Compiled, type SqlCompiler, type SqlNode } from './sql/where';

/**
 * django.db.models.lookups on SQLite: `name__icontains='as'` is a Lookup named
 * `icontains` on the `name` column. The SQL is the SQLite backend's `operators`; LIKE
 * patterns escape `\`, `%` and `_` in the value and say ESCAPE '\'. (SQLite's LIKE ignores
 * ASCII case, so `contains` behaves like `icontains` there, as Django documents.)
 */
export const LOOKUP_NAMES = ['exact', 'iexact', 'gt', 'gte', 'lt', 'lte', 'in', 'contains', 'icontains', 'startswith', 'istartswith', 'endswith', 'iendswith', 'range', 'isnull'] as const;
export type LookupName = (typeof LOOKUP_NAMES)[number];

/** Lookups a relation (ForeignKey) accepts; the others are "Related Field got invalid lookup". */
export const RELATED_LOOKUPS: ReadonlySet<string> = new Set(['exact', 'gt', 'gte', 'lt', 'lte', 'in', 'isnull']);

const COMPARISONS: Partial<Record<LookupName, string>> = { exact: '=', gt: '>', gte: '>=', lt: '<', lte: '<=' };

/** Which lookups match text with LIKE, and how the value sits in the pattern. */
const PATTERNS: Partial<Record<LookupName, (escaped: string) => string>> = {
  iexact: (v) => v,
  contains: (v) => `%${v}%`,
  icontains: (v) => `%${v}%`,
  startswith: (v) => `${v}%`,
  istartswith: (v) => `${v}%`,
  endswith: (v) => `%${v}`,
  iendswith: (v) => `%${v}`,
};

export function isLookupName(name: string): name is LookupName {
  return (LOOKUP_NAMES as readonly string[]).includes(name);
}

/** Whether a lookup converts its value with the field first (the pattern lookups take it as text). */
export function preparesValue(name: LookupName): boolean {
  return !(name in PATTERNS) && name !== 'isnull';
}

/** DatabaseOperations.prep_for_like_query. */
export function escapeLike(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/%/g, '\\%').replace(/_/g, '\\_');
}

/** The right-hand side: one value, a list (`in`, `range`), a subquery (`in` a QuerySet), or an expression (`F('other') + 1`). */
export type LookupValue = { kind: 'value'; value: PyValue } | { kind: 'list'; values: PyValue[] } | { kind: 'subquery'; node: SqlNode } | { kind: 'expression'; node: SqlNode };

export class Lookup implements SqlNode {
  constructor(
    readonly name: LookupName,
    readonly lhs: Col,
    readonly rhs: LookupValue,
    /** For pattern lookups: the value already as text. */
    readonly text: string | null = null,
    /** A transform the column goes through first (`pub_date__month`): its SQL around the column. */
    readonly transform: { sql(col: string): Compiled } | null = null,
  ) {}

  asSql(compiler: SqlCompiler): Compiled {
    if (!this.transform) return this.compare(compiler.col(this.lhs), compiler);
    const lhs = this.transform.sql(compiler.col(this.lhs));
    const { sql, params } = this.compare(lhs.sql, compiler);
    return { sql, params: [...lhs.params, ...params] };
  }

  private compare(lhs: string, compiler: SqlCompiler): Compiled {
    const { rhs } = this;
    if (this.name === 'isnull') return { sql: `${lhs} ${rhs.kind === 'value' && rhs.value === true ? 'IS NULL' : 'IS NOT NULL'}`, params: [] };
    const pattern = PATTERNS[this.name];
    if (pattern) return { sql: `${lhs} LIKE %s ESCAPE '\\'`, params: [pattern(escapeLike(this.text ?? ''))] };
    if (this.name === 'in') {
      if (rhs.kind === 'subquery') {
        const sub = rhs.node.asSql(compiler);
        return { sql: `${lhs} IN (${sub.sql})`, params: sub.params };
      }
      const values = rhs.kind === 'list' ? rhs.values : rhs.kind === 'value' ? [rhs.value] : [];
      if (values.length === 0) throw new EmptyResultSet();
      return { sql: `${lhs} IN (${values.map(() => '%s').join(', ')})`, params: values };
    }
    if (this.name === 'range') {
      const values = rhs.kind === 'list' ? rhs.values : [];
      return { sql: `${lhs} BETWEEN %s AND %s`, params: values.slice(0, 2) };
    }
    const op = COMPARISONS[this.name]!;
    if (rhs.kind === 'expression') {
      const expr = rhs.node.asSql(compiler);
      return { sql: `${lhs} ${op} ${expr.sql}`, params: expr.params };
    }
    if (rhs.kind === 'subquery') {
      const sub = rhs.node.asSql(compiler);
      return { sql: `${lhs} ${op} (${sub.sql})`, params: sub.params };
    }
    return { sql: `${lhs} ${op} %s`, params: [rhs.kind === 'value' ? rhs.value : null] };
  }
}
