import type { PyValue } from '../../../python';
import type { OrmField } from '../options';

/** SQL text with `%s` placeholders, and the values that go in them. */
export interface Compiled {
  sql: string;
  params: PyValue[];
}

/** A column of one of the query's tables (Django's Col): `"home_student"."name"`. */
export interface Col {
  alias: string;
  column: string;
  field: OrmField;
}

/** What a node needs to write itself: how the query names a column, and how it writes a subquery. */
export interface SqlCompiler {
  col(col: Col): string;
}

/** Part of a WHERE clause (a lookup, a subquery, a group of them). */
export interface SqlNode {
  asSql(compiler: SqlCompiler): Compiled;
  /** Whether it compares an aggregate (`COUNT(...) > 1`), which only HAVING can. */
  readonly containsAggregate?: boolean;
}

/**
 * Thrown while writing a condition that no row can meet (`pk__in=[]`, `none()`): the
 * query then returns nothing without asking the database, as Django's EmptyResultSet.
 */
export class EmptyResultSet extends Error {
  constructor() {
    super('empty result set');
  }
}

export class NothingNode implements SqlNode {
  asSql(): Compiled {
    throw new EmptyResultSet();
  }
}

export type Connector = 'AND' | 'OR';

/** django.db.models.sql.where.WhereNode: conditions joined by AND or OR, maybe negated. */
export class WhereNode implements SqlNode {
  constructor(
    public connector: Connector = 'AND',
    public negated = false,
    public children: SqlNode[] = [],
  ) {}

  get containsAggregate(): boolean {
    return this.children.some((c) => c.containsAggregate);
  }

  clone(): WhereNode {
    return new WhereNode(this.connector, this.negated, this.children.map((c) => (c instanceof WhereNode ? c.clone() : c)));
  }

  /** tree.Node.add: squashes a group with the same connector into this one, as Django does (which shapes the SQL's parentheses). */
  add(data: SqlNode, connector: Connector) {
    if (this.connector === connector) {
      if (data instanceof WhereNode && !data.negated && (data.connector === connector || data.children.length === 1)) this.children.push(...data.children);
      else this.children.push(data);
      return;
    }
    const copy = new WhereNode(this.connector, this.negated, this.children);
    this.connector = connector;
    this.negated = false;
    this.children = [copy, data];
  }

  asSql(compiler: SqlCompiler): Compiled {
    const parts: string[] = [];
    const params: PyValue[] = [];
    let fullNeeded = this.connector === 'AND' ? this.children.length : 1;
    let emptyNeeded = this.connector === 'AND' ? 1 : this.children.length;
    for (const child of this.children) {
      try {
        const { sql, params: p } = child.asSql(compiler);
        if (sql) {
          parts.push(sql);
          params.push(...p);
        } else fullNeeded--;
      } catch (err) {
        if (!(err instanceof EmptyResultSet)) throw err;
        emptyNeeded--;
      }
      // A part matching nothing (or everything) may decide the whole group.
      if (emptyNeeded === 0) {
        if (this.negated) return { sql: '', params: [] };
        throw new EmptyResultSet();
      }
      if (fullNeeded === 0) {
        if (this.negated) throw new EmptyResultSet();
        return { sql: '', params: [] };
      }
    }
    let sql = parts.join(` ${this.connector} `);
    if (sql) {
      if (this.negated) sql = `NOT (${sql})`;
      else if (parts.length > 1) sql = `(${sql})`;
    }
    return { sql, params };
  }
}
