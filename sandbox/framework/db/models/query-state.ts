import { PyClass, PyInstance, PyNativeFunction, objectClass, pyError, type PyValue } from '../../python';
import type { Options } from './options';
import type { Query } from './sql/query';
import { annotatedSelect, queryText, selection, type Selection } from './sql/compiler';

/*
 * A QuerySet as data, and the Python class whose instances carry it; query.ts gives the
 * class its methods. The SQL Query (sql/query.ts) takes a QuerySet given as a value
 * (`pk__in=qs`) for a subquery, as Django's resolve_expression does, so it needs to know
 * one without importing the methods, which build on it.
 */

/** What rows come back as: model instances, dicts (values()), tuples or single values (values_list()). */
export type Kind = 'models' | 'values' | 'values_list' | 'flat';

export interface QuerySetState {
  model: Options;
  query: Query;
  /** The rows, once fetched (Django's _result_cache). */
  cache: PyValue[] | null;
  kind: Kind;
  /** values()/values_list()'s names, as given. */
  fieldNames: string[];
}

export const QuerySetClass: PyClass = new PyClass('QuerySet', [objectClass], 'django.db.models.query', {
  construct: () => {
    throw pyError('NotImplementedError', "the sandbox makes QuerySets from a model's manager: Student.objects.all()");
  },
  getAttr(self, name) {
    const state = querySetState(self);
    if (!state) return undefined;
    if (name === 'model') return state.model.cls;
    if (name === 'ordered') return state.query.ordered;
    if (name === 'db') return 'default';
    if (name === 'query') return queryObject(state);
    return undefined;
  },
});

export function querySetState(value: PyValue): QuerySetState | null {
  return value instanceof PyInstance && value.cls.isSubclassOf(QuerySetClass) && value.native ? (value.native as QuerySetState) : null;
}

export function annotatedColumns(state: QuerySetState): { modelRows: boolean; chosen: Selection; aliases: string[] } {
  const { query } = state;
  const all = [...query.annotations.keys()];
  const modelRows = state.kind === 'models' || state.fieldNames.length === 0;
  const fieldNames = modelRows ? null : state.fieldNames.filter((n) => !query.annotations.has(n));
  const aliases = modelRows ? all : state.fieldNames.filter((n) => query.annotations.has(n));
  return { modelRows, chosen: selection(query, fieldNames && fieldNames.length ? fieldNames : null), aliases };
}

/** str(qs.query) of an annotated QuerySet: its SELECT with the aggregates, GROUP BY and HAVING. */
export function annotatedQueryText(state: QuerySetState): string {
  const { chosen, aliases } = annotatedColumns(state);
  const { sql, params } = annotatedSelect(state.query, chosen, aliases);
  const interp = state.model.orm.interp;
  let i = 0;
  return sql.replace(/%s/g, () => interp.str(params[i++] ?? null));
}

/** `qs.query`: prints as the SQL, as Django's Query.__str__ does. */
const QueryClass = new PyClass('Query', [objectClass], 'django.db.models.sql.query');
QueryClass.dict.set('__str__', new PyNativeFunction('__str__', ([self]) => {
  const state = (self as PyInstance).native as QuerySetState;
  if (state.query.annotations.size) return annotatedQueryText(state);
  return queryText(state.query, selection(state.query, state.kind === 'models' ? null : state.fieldNames));
}));

function queryObject(state: QuerySetState): PyInstance {
  const q = new PyInstance(QueryClass);
  q.native = state;
  return q;
}
