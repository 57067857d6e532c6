import {
  PyClass,
  PyDict,
  PyException,
  PyInstance,
  PyList,
  PyNativeFunction,
  PySlice,
  PyTuple,
  newDict,
  newException,
  pyError,
  typeName,
  type Kwargs,
  type PyValue,
} from '../../python';
import { FieldDoesNotExist, MultipleObjectsReturned, NotSupportedError } from './exceptions';
import { getField, type Options, type OrmField } from './options';
import { QNode, qNodeOf } from './query-utils';
import { Query } from './sql/query';
import { aggregateRows, countRows, fetchRows, rowsExist, selection, updateRows } from './sql/compiler';
import { QuerySetClass, querySetState, type Kind, type QuerySetState } from './query-state';
import { aggregateAliases } from './aggregates';
import { annotate, fetchAnnotated } from './annotations';
import { instanceFromDb, doesNotExist } from './instance';
import { bulkInsert, saveInstance } from './save';
import { collectAndDelete } from './deletion';
import { relatedValueForSave } from './field-values';

/** Get() asks for at most this many rows, to say how many matched without reading them all. */
const MAX_GET_RESULTS = 21;
const REPR_OUTPUT_SIZE = 20;

function stateOf(value: PyValue): QuerySetState {
  const state = querySetState(value);
  if (!state) throw pyError('TypeError', `descriptor requires a 'QuerySet' object but received a '${typeName(value)}'`);
  return state;
}

/** A new QuerySet over all of a model's rows. */
export function newQuerySet(model: Options): PyInstance {
  return wrap({ model, query: new Query(model), cache: null, kind: 'models', fieldNames: [] });
}

function wrap(state: QuerySetState): PyInstance {
  const qs = new PyInstance(QuerySetClass);
  qs.native = state;
  return qs;
}

/** QuerySet._chain: a copy to change, without the results. */
function chain(state: QuerySetState): QuerySetState {
  return { ...state, query: state.query.clone(), cache: null, fieldNames: [...state.fieldNames] };
}

// ---- Fetching ---------------------------------------------------------------------------

/** QuerySet._fetch_all: runs the query once and keeps the rows. */
function fetchAll(state: QuerySetState): PyValue[] {
  if (state.cache) return state.cache;
  if (state.query.annotations.size) return (state.cache = fetchAnnotated(state));
  const names = state.kind === 'models' ? null : state.fieldNames;
  const chosen = selection(state.query, names);
  const rows = fetchRows(state.query, chosen);
  switch (state.kind) {
    case 'models':
      state.cache = rows.map((row) => instanceFromDb(state.model, row));
      break;
    case 'values':
      state.cache = rows.map((row) => newDict(row.map((v, i) => [chosen.keys[i]!, v])));
      break;
    case 'values_list':
      state.cache = rows.map((row) => new PyTuple(row));
      break;
    case 'flat':
      state.cache = rows.map((row) => row[0] ?? null);
      break;
  }
  return state.cache;
}

/** The first row of a one-row slice, or null. */
function firstOf(state: QuerySetState): PyValue {
  const sliced = chain(state);
  sliced.query.setLimits(null, 1);
  return fetchAll(sliced)[0] ?? null;
}

// ---- Building ---------------------------------------------------------------------------

function conditions(args: PyValue[], kwargs: Kwargs): QNode {
  const nodes = args.map((a) => {
    const node = qNodeOf(a);
    // Django passes positional arguments on as Q objects; anything else fails when resolved.
    if (!node) throw pyError('TypeError', `'${typeName(a)}' object is not iterable`);
    return node;
  });
  return QNode.fromKwargs(kwargs, nodes);
}

function filtered(state: QuerySetState, args: PyValue[], kwargs: Kwargs, negate: boolean): QuerySetState {
  if ((args.length || kwargs.size) && state.query.isSliced) throw pyError('AssertionError', 'Cannot filter a query once a slice has been taken.');
  const clone = chain(state);
  if (args.length || kwargs.size) {
    const q = conditions(args, kwargs);
    clone.query.addQ(negate ? q.invert() : q);
  }
  return clone;
}

function orderedBy(state: QuerySetState, names: PyValue[]): QuerySetState {
  if (state.query.isSliced) throw pyError('AssertionError', 'Cannot reorder a query once a slice has been taken.');
  const clone = chain(state);
  clone.query.clearOrdering(false);
  clone.query.addOrdering(names.map((n) => {
    if (typeof n !== 'string') throw pyError('TypeError', `Cannot resolve expression type, unknown output_field`);
    return n;
  }));
  return clone;
}

/** QuerySet.get(): one row, or DoesNotExist / MultipleObjectsReturned. */
export function getOne(state: QuerySetState, args: PyValue[], kwargs: Kwargs): PyValue {
  let clone = filtered(state, args, kwargs, false);
  if (!clone.query.isSliced) clone = orderedBy(clone, []);
  clone.query.setLimits(null, MAX_GET_RESULTS);
  const rows = fetchAll(clone);
  if (rows.length === 1) return rows[0]!;
  const name = state.model.objectName;
  if (!rows.length) throw doesNotExist(state.model, `${name} matching query does not exist.`);
  const count = rows.length < MAX_GET_RESULTS ? String(rows.length) : `more than ${MAX_GET_RESULTS - 1}`;
  throw new PyException(newException(modelException(state.model, 'MultipleObjectsReturned'), [`get() returned more than one ${name} -- it returned ${count}!`]));
}

function modelException(model: Options, name: string): PyClass {
  const cls = model.cls.lookup(name);
  return cls instanceof PyClass ? cls : MultipleObjectsReturned;
}

/** QuerySet.create(): a new instance, saved with an INSERT. */
export function createOne(state: QuerySetState, kwargs: Kwargs): PyInstance {
  const interp = state.model.orm.interp;
  const obj = interp.call(state.model.cls, [], kwargs) as PyInstance;
  saveInstance(obj, state.model, { forceInsert: true });
  return obj;
}

function values(state: QuerySetState, names: PyValue[], kind: Kind): QuerySetState {
  const clone = chain(state);
  clone.kind = kind;
  clone.fieldNames = names.map((n) => {
    if (typeof n !== 'string') throw pyError('TypeError', `values() arguments must be field names (str), not ${typeName(n)}`);
    return n;
  });
  // Resolving now reports a wrong name at once, as Django does.
  selection(clone.query, clone.fieldNames.filter((n) => !clone.query.annotations.has(n)));
  clone.query.valuesSelect = clone.fieldNames;
  return clone;
}

function update(state: QuerySetState, kwargs: Kwargs): number {
  if (state.query.isSliced) throw pyError('AssertionError', 'Cannot update a query once a slice has been taken.');
  const assignments: [OrmField, PyValue][] = [];
  for (const [name, value] of kwargs) {
    const field = getField(state.model, name);
    if (!field) throw new PyException(newException(FieldDoesNotExist, [`${state.model.objectName} has no field named '${name}'`]));
    assignments.push([field, field.relation ? relatedValueForSave(field, value) : value]);
  }
  state.cache = null;
  if (!assignments.length) return 0;
  const query = state.query.clone();
  query.clearOrdering(true);
  return updateRows(query, assignments);
}

// ---- The Python methods -------------------------------------------------------------

type Body = (state: QuerySetState, args: PyValue[], kwargs: Kwargs, self: PyInstance) => PyValue;

function method(name: string, body: Body) {
  QuerySetClass.dict.set(name, new PyNativeFunction(name, ([self, ...args], kwargs) => body(stateOf(self ?? null), args, kwargs, self as PyInstance)));
}

function noPositional(name: string, args: PyValue[]) {
  if (args.length) throw pyError('TypeError', `${name}() takes 1 positional argument but ${args.length + 1} were given`);
}

method('all', (s) => wrap(chain(s)));
method('filter', (s, args, kwargs) => wrap(filtered(s, args, kwargs, false)));
method('exclude', (s, args, kwargs) => wrap(filtered(s, args, kwargs, true)));
method('get', (s, args, kwargs) => getOne(s, args, kwargs));
method('create', (s, args, kwargs) => {
  noPositional('create', args);
  return createOne(s, kwargs);
});
method('get_or_create', (s, args, kwargs) => {
  noPositional('get_or_create', args);
  const { lookup, params } = splitDefaults(s, kwargs);
  try {
    return new PyTuple([getOne(s, [], lookup), false]);
  } catch (err) {
    if (!isDoesNotExist(err, s)) throw err;
  }
  return new PyTuple([createOne(s, params), true]);
});
method('update_or_create', (s, args, kwargs) => {
  noPositional('update_or_create', args);
  const { lookup, params, defaults } = splitDefaults(s, kwargs);
  let obj: PyValue;
  try {
    obj = getOne(s, [], lookup);
  } catch (err) {
    if (!isDoesNotExist(err, s)) throw err;
    return new PyTuple([createOne(s, params), true]);
  }
  for (const [k, v] of defaults) s.model.orm.interp.setAttr(obj, k, v);
  saveInstance(obj as PyInstance, s.model, {});
  return new PyTuple([obj, false]);
});
method('count', (s) => (s.cache || s.query.annotations.size ? fetchAll(s).length : countRows(s.query)));
method('annotate', (s, args, kwargs) => wrap(annotate(s, chain(s), args, kwargs)));
method('exists', (s) => (s.cache ? s.cache.length > 0 : rowsExist(s.query)));
method('first', (s) => firstOf(s.query.ordered ? s : orderedBy(s, ['pk'])));
method('last', (s) => firstOf(s.query.ordered ? reversed(s) : orderedBy(s, ['-pk'])));
method('latest', (s, args) => latest(s, args, true));
method('earliest', (s, args) => latest(s, args, false));
method('order_by', (s, args) => wrap(orderedBy(s, args)));
method('reverse', (s) => wrap(reversed(s)));
method('distinct', (s, args) => {
  if (args.length) throw new PyException(newException(NotSupportedError, ['DISTINCT ON fields is not supported by this database backend']));
  const clone = chain(s);
  clone.query.distinct = true;
  return wrap(clone);
});
method('values', (s, args) => wrap(values(s, args, 'values')));
method('values_list', (s, args, kwargs) => {
  const flat = kwargs.has('flat') && s.model.orm.interp.truthy(kwargs.get('flat')!);
  if (flat && kwargs.has('named') && s.model.orm.interp.truthy(kwargs.get('named')!)) throw pyError('TypeError', "'flat' and 'named' can't be used together.");
  if (flat && args.length > 1) throw pyError('TypeError', "'flat' is not valid when values_list is called with more than one field.");
  return wrap(values(s, args, flat ? 'flat' : 'values_list'));
});
method('none', (s) => {
  const clone = chain(s);
  clone.query.setEmpty();
  return wrap(clone);
});
method('update', (s, args, kwargs) => {
  noPositional('update', args);
  return update(s, kwargs);
});
method('delete', (s) => {
  if (s.query.isSliced) throw pyError('AssertionError', "Cannot use 'limit' or 'offset' with delete.");
  if (s.kind !== 'models') throw pyError('TypeError', 'Cannot call delete() after .values() or .values_list()');
  const query = s.query.clone();
  query.clearOrdering(true);
  s.cache = null;
  return collectAndDelete(s.model, query);
});
method('bulk_create', (s, [objs]) => {
  const items = s.model.orm.interp.iterate(objs ?? new PyList([]));
  bulkCreate(s.model, items);
  return new PyList(items);
});
method('in_bulk', (s, [ids]) => {
  const rows = ids === undefined || ids === null ? fetchAll(chain(s)) : fetchAll(filtered(s, [], new Map([['pk__in', ids]]), false));
  return newDict(rows.map((row) => [(row as PyInstance).dict.get(s.model.pk.attname) ?? null, row]));
});
method('iterator', (s) => new PyList([...fetchAll(s)]));
method('__iter__', (s) => new PyList([...fetchAll(s)]));
method('__len__', (s) => fetchAll(s).length);
method('__bool__', (s) => fetchAll(s).length > 0);
method('__getitem__', (s, [key]) => getItem(s, key ?? null));
method('__repr__', (s) => {
  const interp = s.model.orm.interp;
  const sliced = chain(s);
  let data: PyValue[];
  if (s.cache) data = s.cache.slice(0, REPR_OUTPUT_SIZE + 1);
  else {
    sliced.query.setLimits(null, REPR_OUTPUT_SIZE + 1);
    data = fetchAll(sliced);
  }
  const shown: PyValue[] = [...data];
  if (shown.length > REPR_OUTPUT_SIZE) shown[REPR_OUTPUT_SIZE] = '...(remaining elements truncated)...';
  return `<QuerySet ${interp.repr(new PyList(shown))}>`;
});
method('aggregate', (s, args, kwargs) => {
  if (s.query.isSliced || s.query.distinct) throw pyError('NotImplementedError', 'the sandbox aggregates whole QuerySets, not sliced or distinct ones');
  const query = s.query.clone();
  query.clearOrdering(true);
  return newDict(aggregateRows(query, aggregateAliases(args, kwargs)));
});
// The rows are the same with or without these; Django only reads them with fewer queries.
for (const name of ['select_related', 'prefetch_related', 'only', 'defer', 'using']) method(name, (s) => wrap(chain(s)));
method('__or__', (s, [other]) => combined(s, other ?? null, 'OR'));
method('__and__', (s, [other]) => combined(s, other ?? null, 'AND'));

function reversed(s: QuerySetState): QuerySetState {
  if (s.query.isSliced) throw pyError('TypeError', 'Cannot reverse a query once a slice has been taken.');
  const clone = chain(s);
  clone.query.standardOrdering = !clone.query.standardOrdering;
  return clone;
}

function latest(s: QuerySetState, args: PyValue[], descending: boolean): PyValue {
  let fields = args;
  if (!fields.length) {
    const by = s.model.meta.get('get_latest_by');
    fields = typeof by === 'string' ? [by] : by instanceof PyList || by instanceof PyTuple ? [...by.items] : [];
  }
  if (!fields.length) throw pyError('ValueError', "earliest() and latest() require either fields as positional arguments or 'get_latest_by' in the model's Meta.");
  if (s.query.isSliced) throw pyError('AssertionError', 'Cannot change a query once a slice has been taken.');
  const names = fields.map((f) => {
    const name = String(f);
    if (!descending) return name;
    return name.startsWith('-') ? name.slice(1) : `-${name}`;
  });
  const clone = orderedBy(s, names);
  clone.query.setLimits(null, 1);
  return getOne(clone, [], new Map());
}

function getItem(s: QuerySetState, key: PyValue): PyValue {
  const interp = s.model.orm.interp;
  if (!(key instanceof PySlice) && typeof key !== 'number' && typeof key !== 'boolean') {
    throw pyError('TypeError', `QuerySet indices must be integers or slices, not ${typeName(key)}.`);
  }
  const bound = (v: PyValue) => (v === null ? null : Number(v));
  if (key instanceof PySlice ? (bound(key.lower) ?? 0) < 0 || (bound(key.upper) ?? 0) < 0 : Number(key) < 0) {
    throw pyError('AssertionError', 'Negative indexing is not supported.');
  }
  if (s.cache) return interp.getItem(new PyList(s.cache), key);
  if (key instanceof PySlice) {
    const clone = chain(s);
    clone.query.setLimits(bound(key.lower), bound(key.upper));
    if (key.step !== null) return interp.getItem(new PyList(fetchAll(clone)), new PySlice(null, null, key.step));
    return wrap(clone);
  }
  const clone = chain(s);
  clone.query.setLimits(Number(key), Number(key) + 1);
  const rows = fetchAll(clone);
  if (!rows.length) throw pyError('IndexError', 'list index out of range');
  return rows[0]!;
}

function combined(s: QuerySetState, other: PyValue, connector: 'AND' | 'OR'): PyValue {
  const o = querySetState(other);
  if (!o || o.model !== s.model) throw pyError('TypeError', 'Cannot combine queries on two different base models.');
  if (s.query.isSliced || o.query.isSliced) throw pyError('AssertionError', 'Cannot combine queries once a slice has been taken.');
  const clone = chain(s);
  if (o.query.joins.length || clone.query.joins.length) throw pyError('NotImplementedError', 'the sandbox combines QuerySets with | and & only when neither follows a relation');
  clone.query.where.add(o.query.where.clone(), connector);
  return wrap(clone);
}

function splitDefaults(s: QuerySetState, kwargs: Kwargs): { lookup: Kwargs; params: Kwargs; defaults: Kwargs } {
  const interp = s.model.orm.interp;
  const lookup = new Map(kwargs);
  const rawDefaults = lookup.get('defaults');
  lookup.delete('defaults');
  const defaults: Kwargs = new Map();
  if (rawDefaults instanceof PyDict) for (const { key, value } of rawDefaults.entries.values()) defaults.set(interp.str(key), value);
  const params: Kwargs = new Map([...lookup].filter(([k]) => !k.includes('__')));
  for (const [k, v] of defaults) params.set(k, v);
  return { lookup, params, defaults };
}

function isDoesNotExist(err: unknown, s: QuerySetState): boolean {
  const cls = s.model.cls.lookup('DoesNotExist');
  return err instanceof PyException && cls instanceof PyClass && err.exc.cls.isSubclassOf(cls);
}

function bulkCreate(model: Options, objs: PyValue[]) {
  for (const obj of objs) {
    if (!(obj instanceof PyInstance) || !obj.cls.isSubclassOf(model.cls)) throw pyError('TypeError', `'${typeName(obj)}' object is not a ${model.objectName}`);
  }
  bulkInsert(model, objs as PyInstance[]);
}
