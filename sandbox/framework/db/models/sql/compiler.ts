import { PyException, newException, type PyValue } from '../../../python';
import { EmptyResultSet as EmptyResultSetError } from '../exceptions';
import { executeSql } from '../../backends/sqlite3/cursor';
import { quoteName } from '../../backends/sqlite3/operations';
import { dbPrepSave, fromDbValue } from '../field-values';
import { exprOf, exprSql, resolveExpr, type Expr, type Resolved } from '../expressions';
import { convertAggregate } from '../aggregates';
import type { Options, OrmField } from '../options';
import type { Query } from './query';
import { EmptyResultSet, type Col, type Compiled, type SqlCompiler, type SqlNode } from './where';
import { splitHaving } from './having';

/** Columns a SELECT returns, and the names values() gives them. */
export interface Selection {
  cols: Col[];
  keys: string[];
}

/**
 * django.db.models.sql.compiler.SQLCompiler for SQLite: writes a Query as the SQL Django
 * would run (`SELECT "home_student"."id", ... FROM "home_student" WHERE ... ORDER BY ...
 * LIMIT 21`). Inside a subquery the tables are renamed U0, U1... as Django does.
 */
export class SQLCompiler implements SqlCompiler {
  private readonly names = new Map<string, string>();

  constructor(
    readonly query: Query,
    readonly subquery = false,
    /** The first U number (an exclude() across a relation starts at U1, Django having trimmed U0 away). */
    aliasOffset = 0,
  ) {
    const aliases = [query.baseAlias, ...query.joins.map((j) => j.alias)];
    aliases.forEach((a, i) => this.names.set(a, subquery ? `U${i + aliasOffset}` : a));
  }

  /** Table names are quoted; generated aliases (T3, U0) are not, as quote_name_unless_alias does. */
  private alias(alias: string): string {
    const name = this.names.get(alias) ?? alias;
    return /^[TU]\d+$/.test(name) ? name : quoteName(name);
  }

  col(col: Col): string {
    return `${this.alias(col.alias)}.${quoteName(col.column)}`;
  }

  private table(table: string, alias: string): string {
    const name = this.names.get(alias) ?? alias;
    return name === table ? quoteName(table) : `${quoteName(table)} ${name}`;
  }

  from(): string {
    let sql = this.table(this.query.model.table, this.query.baseAlias);
    for (const j of this.query.joins) {
      sql += ` ${j.type} ${this.table(j.table, j.alias)} ON (${this.alias(j.parentAlias)}.${quoteName(j.parentColumn)} = ${this.alias(j.alias)}.${quoteName(j.column)})`;
    }
    return sql;
  }

  /** The filters split once: those on aggregates are HAVING's. */
  private get parts() {
    this.split ??= splitHaving(this.query.where);
    return this.split;
  }
  private split: ReturnType<typeof splitHaving> | null = null;

  /** The WHERE clause, or '' when there is none; throws EmptyResultSet when nothing can match. */
  where(): Compiled {
    if (this.query.high !== null && this.query.high <= this.query.low) throw new EmptyResultSet();
    const { sql, params } = this.parts.where?.asSql(this) ?? { sql: '', params: [] };
    return { sql: sql ? ` WHERE ${sql}` : '', params };
  }

  /** The HAVING clause (after GROUP BY), or '' when no filter names an aggregate. */
  having(): Compiled {
    const { sql, params } = this.parts.having?.asSql(this) ?? { sql: '', params: [] };
    return { sql: sql ? ` HAVING ${sql}` : '', params };
  }

  orderBy(): string {
    const items = this.query.orderItems();
    if (!items.length) return '';
    const sql = (o: (typeof items)[number]) => (o.annotation ? quoteName(o.annotation) : o.col ? this.col(o.col) : 'RANDOM()');
    return ` ORDER BY ${items.map((o) => `${sql(o)} ${o.descending ? 'DESC' : 'ASC'}`).join(', ')}`;
  }

  limit(extraHigh: number | null = null): string {
    const { low } = this.query;
    let high = this.query.high;
    if (extraHigh !== null) high = high === null ? low + extraHigh : Math.min(high, low + extraHigh);
    const count = high === null ? (low ? -1 : null) : high - low;
    return (count !== null ? ` LIMIT ${count}` : '') + (low ? ` OFFSET ${low}` : '');
  }

  /** SELECT cols FROM ... WHERE ... ORDER BY ... LIMIT ... (the order resolved first: it may join tables). */
  select(selection: Selection, options: { ordering?: boolean; limit?: number | null; columnAliases?: boolean } = {}): Compiled {
    const order = options.ordering === false ? '' : this.orderBy();
    const where = this.where();
    const cols = selection.cols.map((c, i) => (options.columnAliases ? `${this.col(c)} AS Col${i + 1}` : this.col(c))).join(', ');
    const distinct = this.query.distinct ? 'DISTINCT ' : '';
    // Rows of an aggregating annotate() are its groups, whichever columns are read (delete() reads the keys).
    const grouped = groupByAndHaving(this.query, this);
    return { sql: `SELECT ${distinct}${cols} FROM ${this.from()}${where.sql}${grouped.sql}${order}${this.limit(options.limit ?? null)}`, params: [...where.params, ...grouped.params] };
  }
}

/** The columns of a query: the model's fields, or the names values() was given. */
export function selection(query: Query, names: string[] | null = query.valuesSelect): Selection {
  if (!names || names.length === 0) {
    const cols = query.model.fields.map((f) => ({ alias: query.baseAlias, column: f.column, field: f }));
    return { cols, keys: query.model.fields.map((f) => f.attname) };
  }
  return { cols: names.map((n) => query.resolveColumn(n)), keys: names };
}

/** `pk__in=<QuerySet>`: the QuerySet as a subquery selecting its key (or the one field values() names). */
export function subqueryNode(query: Query, fieldNames: string[], aliasOffset = 0): SqlNode {
  return {
    asSql() {
      const inner = query.clone();
      const names = fieldNames.length ? fieldNames.slice(0, 1) : ['pk'];
      const chosen = selection(inner, names);
      if (!inner.isSliced) inner.clearOrdering(true);
      return new SQLCompiler(inner, true, aliasOffset).select(chosen);
    },
  };
}

function run(opts: Options, compiled: Compiled) {
  return executeSql(opts.orm.connection(), compiled.sql, compiled.params);
}

/** Runs a SELECT and converts each value as its field says (Decimal, bool...); [] when nothing can match. */
export function fetchRows(query: Query, chosen: Selection = selection(query), limit: number | null = null): PyValue[][] {
  let compiled: Compiled;
  try {
    compiled = new SQLCompiler(query).select(chosen, { limit });
  } catch (err) {
    if (err instanceof EmptyResultSet) return [];
    throw err;
  }
  return run(query.model, compiled).rows.map((row) => row.map((v, i) => fromDbValue(chosen.cols[i]!.field, v)));
}

/** SELECT COUNT(*): through a subquery when the query is sliced, distinct or grouped, as Django does. */
export function countRows(query: Query): number {
  let compiled: Compiled;
  try {
    const compiler = new SQLCompiler(query);
    // Grouped, the groups HAVING keeps are counted: `annotate(n=Count(...)).filter(n__gt=1).count()`.
    if (query.isSliced || query.distinct || isGrouped(query)) {
      const inner = compiler.select(selection(query, query.distinct ? query.valuesSelect : ['pk']), { ordering: query.isSliced, columnAliases: true });
      compiled = { sql: `SELECT COUNT(*) FROM (${inner.sql}) subquery`, params: inner.params };
    } else {
      const where = compiler.where();
      compiled = { sql: `SELECT COUNT(*) AS "__count" FROM ${compiler.from()}${where.sql}`, params: where.params };
    }
  } catch (err) {
    if (err instanceof EmptyResultSet) return 0;
    throw err;
  }
  return Number(run(query.model, compiled).rows[0]?.[0] ?? 0);
}

/** SELECT 1 AS "a" ... LIMIT 1 (grouped as the rows are when an annotation aggregates). */
export function rowsExist(query: Query): boolean {
  let compiled: Compiled;
  try {
    const compiler = new SQLCompiler(query);
    const where = compiler.where();
    const grouped = groupByAndHaving(query, compiler);
    compiled = { sql: `SELECT 1 AS "a" FROM ${compiler.from()}${where.sql}${grouped.sql}${compiler.limit(1)}`, params: [...where.params, ...grouped.params] };
  } catch (err) {
    if (err instanceof EmptyResultSet) return false;
    throw err;
  }
  return run(query.model, compiled).rows.length > 0;
}

/** The WHERE clause of an UPDATE or DELETE: the query's own, or `pk IN (subquery)` when it joins tables. */
function writeWhere(query: Query): Compiled {
  const compiler = new SQLCompiler(query);
  if (!query.joins.length) return compiler.where();
  const inner = query.clone();
  inner.clearOrdering(true);
  const sub = new SQLCompiler(inner, true).select(selection(inner, ['pk']));
  const pk = query.model.pk;
  return { sql: ` WHERE ${quoteName(query.model.table)}.${quoteName(pk.column)} IN (${sub.sql})`, params: sub.params };
}

/** UPDATE ... SET ... WHERE ...; the number of rows changed. An F() expression is computed by the database. */
export function updateRows(query: Query, values: [OrmField, PyValue][]): number {
  const expressions = values.map(([, v]) => {
    const expr = exprOf(v);
    return expr ? resolveExpr(expr, query.clone(), false) : null;
  });
  let where: Compiled;
  try {
    where = writeWhere(query);
  } catch (err) {
    if (err instanceof EmptyResultSet) return 0;
    throw err;
  }
  const compiler = new SQLCompiler(query);
  const sets: string[] = [];
  const params: PyValue[] = [];
  values.forEach(([f, v], i) => {
    const expr = expressions[i];
    const value = expr ? exprSql(expr, compiler) : { sql: '%s', params: [dbPrepSave(f, v)] };
    sets.push(`${quoteName(f.column)} = ${value.sql}`);
    params.push(...value.params);
  });
  return run(query.model, { sql: `UPDATE ${quoteName(query.model.table)} SET ${sets.join(', ')}${where.sql}`, params: [...params, ...where.params] }).rowcount;
}

/** QuerySet.aggregate(): `SELECT AVG("home_student"."age") AS "age__avg" FROM ...`, one row of results by alias. */
export function aggregateRows(query: Query, aggregates: [string, Extract<Expr, { kind: 'aggregate' }>][]): [string, PyValue][] {
  const resolved = aggregates.map(([alias, expr]) => [alias, resolveExpr(expr, query)] as [string, Extract<Resolved, { kind: 'aggregate' }>]);
  let row: PyValue[];
  try {
    const compiler = new SQLCompiler(query);
    const where = compiler.where();
    const parts = resolved.map(([alias, expr]) => ({ alias, ...exprSql(expr, compiler) }));
    const sql = `SELECT ${parts.map((p) => `${p.sql} AS ${quoteName(p.alias)}`).join(', ')} FROM ${compiler.from()}${where.sql}`;
    row = run(query.model, { sql, params: [...parts.flatMap((p) => p.params), ...where.params] }).rows[0] ?? [];
  } catch (err) {
    if (!(err instanceof EmptyResultSet)) throw err;
    row = [];
  }
  return resolved.map(([alias, expr], i) => [alias, convertAggregate(expr.func, expr.field, row[i] ?? null)]);
}

/** DELETE FROM ... WHERE ... without looking at the rows (QuerySet._raw_delete). */
export function deleteRows(query: Query): number {
  let where: Compiled;
  try {
    where = writeWhere(query);
  } catch (err) {
    if (err instanceof EmptyResultSet) return 0;
    throw err;
  }
  return run(query.model, { sql: `DELETE FROM ${quoteName(query.model.table)}${where.sql}`, params: where.params }).rowcount;
}

/** INSERT INTO ... VALUES (...), (...); the new row's id (of the last row). */
export function insertRows(opts: Options, fields: OrmField[], rows: PyValue[][]): number | null {
  const columns = fields.length ? fields : [opts.pk];
  const values = rows.map((row) => (fields.length ? `(${row.map(() => '%s').join(', ')})` : '(NULL)'));
  const params = fields.length ? rows.flatMap((row) => row.map((v, i) => dbPrepSave(fields[i]!, v))) : [];
  const sql = `INSERT INTO ${quoteName(opts.table)} (${columns.map((f) => quoteName(f.column)).join(', ')}) VALUES ${values.join(', ')}`;
  return run(opts, { sql, params }).lastrowid;
}

/** DELETE FROM "t" WHERE "t"."id" IN (...) (DeleteQuery.delete_batch); the rows deleted. */
export function deleteBatch(opts: Options, field: OrmField, values: PyValue[]): number {
  if (!values.length) return 0;
  const sql = `DELETE FROM ${quoteName(opts.table)} WHERE ${quoteName(opts.table)}.${quoteName(field.column)} IN (${values.map(() => '%s').join(', ')})`;
  return run(opts, { sql, params: values }).rowcount;
}

/** UPDATE "t" SET "c" = %s WHERE "t"."id" IN (...) (on_delete=SET_NULL and the like). */
export function updateBatch(opts: Options, field: OrmField, value: PyValue, pks: PyValue[]): number {
  if (!pks.length) return 0;
  const sql = `UPDATE ${quoteName(opts.table)} SET ${quoteName(field.column)} = %s WHERE ${quoteName(opts.table)}.${quoteName(opts.pk.column)} IN (${pks.map(() => '%s').join(', ')})`;
  return run(opts, { sql, params: [dbPrepSave(field, value), ...pks] }).rowcount;
}

/** `str(qs.query)`: the SQL with its parameters written in as Python's `%` would (strings unquoted), as Django prints it. */
export function queryText(query: Query, chosen: Selection = selection(query)): string {
  try {
    const { sql, params } = new SQLCompiler(query).select(chosen);
    const interp = query.model.orm.interp;
    let i = 0;
    return sql.replace(/%s/g, () => interp.str(params[i++] ?? null));
  } catch (err) {
    // Django's str(Student.objects.none().query) raises EmptyResultSet too.
    if (err instanceof EmptyResultSet) throw new PyException(newException(EmptyResultSetError, []));
    throw err;
  }
}

/**
 * A SELECT with annotate()'s aggregates: the columns, then each aggregate AS its alias, grouped
 * by the model's columns (`... COUNT("polls_choice"."id") AS "choice__count" FROM "polls_question"
 * LEFT OUTER JOIN "polls_choice" ON (...) GROUP BY "polls_question"."id", ...`). Each row: the
 * columns' values, then the aggregates' (converted as aggregate() converts them).
 */
export function annotatedSelect(query: Query, chosen: Selection, aliases: string[]): Compiled {
  const compiler = new SQLCompiler(query);
  const order = compiler.orderBy();
  const where = compiler.where();
  const parts = aliases.map((alias) => ({ alias, ...exprSql(query.annotations.get(alias)!, compiler) }));
  const cols = [...chosen.cols.map((c) => compiler.col(c)), ...parts.map((p) => `${p.sql} AS ${quoteName(p.alias)}`)].join(', ');
  const grouped = groupByAndHaving(query, compiler);
  const sql = `SELECT ${query.distinct ? 'DISTINCT ' : ''}${cols} FROM ${compiler.from()}${where.sql}${grouped.sql}${order}${compiler.limit()}`;
  return { sql, params: [...parts.flatMap((p) => p.params), ...where.params, ...grouped.params] };
}

/** GROUP BY the model's columns when an annotation aggregates, then HAVING for filters on annotations. */
function isGrouped(query: Query): boolean {
  return [...query.annotations.values()].some((e) => e.kind === 'aggregate');
}

function groupByAndHaving(query: Query, compiler: SQLCompiler): Compiled {
  if (!isGrouped(query)) return { sql: '', params: [] };
  const cols = query.groupByNames ? query.groupByNames.map((n) => query.resolveColumn(n)) : query.model.fields.map((f) => ({ alias: query.baseAlias, column: f.column, field: f }));
  const groupBy = ` GROUP BY ${cols.map((c) => compiler.col(c)).join(', ')}`;
  const having = compiler.having();
  return { sql: groupBy + having.sql, params: having.params };
}

export function annotatedRows(query: Query, chosen: Selection, aliases: string[]): PyValue[][] {
  let compiled: Compiled;
  try {
    compiled = annotatedSelect(query, chosen, aliases);
  } catch (err) {
    if (err instanceof EmptyResultSet) return [];
    throw err;
  }
  return run(query.model, compiled).rows.map((row) => [
    ...chosen.cols.map((c, i) => fromDbValue(c.field, row[i] ?? null)),
    ...aliases.map((alias, i) => {
      const expr = query.annotations.get(alias)!;
      const value = row[chosen.cols.length + i] ?? null;
      return expr.kind === 'aggregate' ? convertAggregate(expr.func, expr.field, value) : value;
    }),
  ]);
}
