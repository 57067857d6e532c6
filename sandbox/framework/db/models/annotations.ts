import { PyTuple, newDict, pyError, type Kwargs, type PyInstance, type PyValue } from '../../python';
import { exprOf, resolveExpr, type Expr } from './expressions';
import { annotatedRows } from './sql/compiler';
import { instanceFromDb } from './instance';
import { annotatedColumns, type QuerySetState } from './query-state';

/**
 * QuerySet.annotate(): `Question.objects.annotate(Count('choice'))` gives each question a
 * `choice__count`; keyword ones take their own name. Aggregates group the rows by the
 * model's columns, over LEFT OUTER joins so that a question without choices counts 0.
 */
function annotationAliases(args: PyValue[], kwargs: Kwargs, state: QuerySetState): [string, Expr][] {
  const interp = state.model.orm.interp;
  const out: [string, Expr][] = [];
  for (const arg of args) {
    const expr = exprOf(arg);
    if (!expr) throw pyError('TypeError', `QuerySet.annotate() received non-expression(s): ${interp.str(arg)}.`);
    if (expr.kind !== 'aggregate') throw pyError('AttributeError', `'${(arg as PyInstance).cls.name}' object has no attribute 'default_alias'`);
    if (expr.source === '*' || expr.source.kind !== 'F') throw pyError('TypeError', 'Complex annotations require an alias');
    const alias = `${expr.source.name}__${expr.name.toLowerCase()}`;
    if (kwargs.has(alias)) throw pyError('ValueError', `The named annotation '${alias}' conflicts with the default name for another annotation.`);
    out.push([alias, expr]);
  }
  const bad = [...kwargs.values()].filter((v) => !exprOf(v));
  if (bad.length) throw pyError('TypeError', `QuerySet.annotate() received non-expression(s): ${bad.map((v) => interp.str(v)).join(', ')}.`);
  for (const [alias, value] of kwargs) out.push([alias, exprOf(value)!]);
  const fields = new Set(state.model.fields.flatMap((f) => [f.name, f.attname]));
  for (const [alias] of out) if (fields.has(alias)) throw pyError('ValueError', `The annotation '${alias}' conflicts with a field on the model.`);
  return out;
}

export function annotate(state: QuerySetState, clone: QuerySetState, args: PyValue[], kwargs: Kwargs): QuerySetState {
  if (state.query.isSliced) throw pyError('TypeError', 'Cannot annotate() a query once a slice has been taken.');
  // values() then annotate(): the rows are grouped by the values' fields, and carry the annotations too.
  const afterValues = state.kind !== 'models' && state.fieldNames.length > 0;
  if (afterValues && !clone.query.groupByNames) clone.query.groupByNames = state.fieldNames.filter((n) => !state.query.annotations.has(n));
  for (const [alias, expr] of annotationAliases(args, kwargs, state)) {
    const before = clone.query.joins.length;
    const resolved = resolveExpr(expr, clone.query);
    clone.query.outerJoinsFrom(before);
    clone.query.annotations.set(alias, resolved);
    if (afterValues) clone.fieldNames = [...clone.fieldNames, alias];
  }
  return clone;
}

/** The rows of an annotated QuerySet, as instances with the annotations set, dicts or tuples. */
export function fetchAnnotated(state: QuerySetState): PyValue[] {
  const { query } = state;
  const { chosen, aliases } = annotatedColumns(state);
  const rows = annotatedRows(query, chosen, aliases);
  const keys = [...chosen.keys, ...aliases];
  switch (state.kind) {
    case 'models':
      return rows.map((row) => {
        const instance = instanceFromDb(state.model, row.slice(0, chosen.cols.length));
        aliases.forEach((alias, i) => instance.dict.set(alias, row[chosen.cols.length + i] ?? null));
        return instance;
      });
    case 'values':
      return rows.map((row) => newDict(row.map((v, i) => [keys[i]!, v])));
    case 'values_list':
      return rows.map((row) => new PyTuple(row));
    case 'flat':
      return rows.map((row) => row[0] ?? null);
  }
}
