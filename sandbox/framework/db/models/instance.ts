import {
  PyClass,
  PyException,
  PyInstance,
  PyNativeFunction,
  exceptionClass,
  newException,
  objectClass,
  pyError,
  type Kwargs,
  type PyValue,
} from '../../python';
import { DatabaseError } from '../utils';
import { metaOf } from './meta';
import type { Options, OrmField } from './options';
import { autoNowValue, defaultValue } from './field-values';
import { fetchRows, insertRows, rowsExist, updateRows } from './sql/compiler';
import { Query } from './sql/query';
import { QNode } from './query-utils';
import { collectAndDelete } from './deletion';
import type { OrmContext } from './context';

/** Model._state, and the related objects read or assigned through a ForeignKey (Django's fields_cache). */
export interface ModelState {
  adding: boolean;
  db: string | null;
  related: Map<string, PyValue>;
}

export function modelState(obj: PyInstance): ModelState {
  if (!obj.native) obj.native = { adding: true, db: null, related: new Map() } satisfies ModelState;
  return obj.native as ModelState;
}

/** The options of the model an instance belongs to. */
export function instanceOpts(obj: PyInstance): Options {
  const opts = metaOf(obj.cls);
  if (!opts) throw pyError('AttributeError', `'${obj.cls.name}' object has no attribute '_meta'`);
  return opts;
}

export function pkOf(obj: PyInstance, opts: Options): PyValue {
  return obj.dict.get(opts.pk.attname) ?? null;
}

/** An instance made from a row (Model.from_db): every field set, already saved. */
export function instanceFromDb(opts: Options, row: PyValue[]): PyInstance {
  const obj = new PyInstance(opts.cls);
  opts.fields.forEach((f, i) => obj.dict.set(f.attname, row[i] ?? null));
  obj.native = { adding: false, db: 'default', related: new Map() } satisfies ModelState;
  return obj;
}

export function doesNotExist(opts: Options, message: string): PyException {
  const cls = opts.cls.lookup('DoesNotExist');
  return new PyException(newException(cls instanceof PyClass ? cls : exceptionClass('LookupError'), [message]));
}

/**
 * Model.__init__: positional values in field order, keyword values by name (a related
 * instance for a ForeignKey, or its `_id`), defaults for the rest; other keywords may
 * only name properties (such as `pk`).
 */
export function initInstance(opts: Options, cls: PyClass, args: PyValue[], kwargs: Kwargs): PyInstance {
  const interp = opts.orm.interp;
  const obj = new PyInstance(cls);
  obj.native = { adding: true, db: null, related: new Map() } satisfies ModelState;
  const fields = opts.fields;
  if (args.length > fields.length) throw pyError('IndexError', 'Number of args exceeds number of fields');
  const rest = new Map(kwargs);
  args.forEach((value, i) => {
    const field = fields[i]!;
    if (rest.has(field.name)) throw pyError('TypeError', `${cls.name}() got both positional and keyword arguments for field '${field.name}'.`);
    obj.dict.set(field.attname, value);
  });
  for (const field of fields.slice(args.length)) {
    if (field.relation && rest.has(field.name)) {
      const related = rest.get(field.name)!;
      rest.delete(field.name);
      obj.dict.set(field.attname, null);
      // Through the descriptor, which checks the instance's model.
      interp.setAttr(obj, field.name, related);
      continue;
    }
    if (rest.has(field.attname)) {
      obj.dict.set(field.attname, rest.get(field.attname)!);
      rest.delete(field.attname);
    } else obj.dict.set(field.attname, defaultValue(field));
  }
  for (const [name, value] of rest) {
    const attr = cls.lookup(name);
    if (attr instanceof PyInstance && attr.cls.lookup('__set__') !== undefined) interp.setAttr(obj, name, value);
    else throw pyError('TypeError', `${cls.name}() got an unexpected keyword argument '${name}'`);
  }
  return obj;
}

/** Model._prepare_related_fields_for_save: a related object must be saved first; its key fills the `_id`. */
function prepareRelatedFields(obj: PyInstance, opts: Options, operation: string) {
  const state = modelState(obj);
  for (const field of opts.fields) {
    if (!field.relation || !state.related.has(field.name)) continue;
    const related = state.related.get(field.name)!;
    if (!(related instanceof PyInstance)) continue;
    const relatedOpts = instanceOpts(related);
    const target = field.relation.toField ?? relatedOpts.pk.attname;
    if (pkOf(related, relatedOpts) === null) {
      throw pyError('ValueError', `${operation}() prohibited to prevent data loss due to unsaved related object '${field.name}'.`);
    }
    const current = obj.dict.get(field.attname) ?? null;
    if (current === null || current === '') obj.dict.set(field.attname, related.dict.get(target) ?? null);
    if (!opts.orm.interp.equal(related.dict.get(target) ?? null, obj.dict.get(field.attname) ?? null)) state.related.delete(field.name);
  }
}

/** The value INSERT and UPDATE store for a field (after pre_save: auto_now fields take the time). */
function preSave(obj: PyInstance, field: OrmField, adding: boolean): PyValue {
  const now = autoNowValue(field, adding);
  if (now !== undefined) obj.dict.set(field.attname, now);
  return obj.dict.get(field.attname) ?? null;
}

function isAutoField(field: OrmField): boolean {
  return field.primaryKey && ['AutoField', 'BigAutoField', 'SmallAutoField'].includes(field.type);
}

export interface SaveOptions {
  forceInsert?: boolean;
  forceUpdate?: boolean;
  updateFields?: string[] | null;
}

/**
 * Model.save (save_base/_save_table): an UPDATE when the instance has a primary key, an
 * INSERT when it has none or the UPDATE changed no row; the new id comes back from SQLite.
 */
export function saveInstance(obj: PyInstance, opts: Options, options: SaveOptions) {
  const { forceUpdate = false, updateFields = null } = options;
  let forceInsert = options.forceInsert ?? false;
  prepareRelatedFields(obj, opts, 'save');
  if (forceInsert && (forceUpdate || updateFields)) throw pyError('ValueError', 'Cannot force both insert and updating in model saving.');
  let nonPks = opts.fields.filter((f) => !f.primaryKey);
  if (updateFields !== null) {
    if (!updateFields.length) return;
    const known = new Set(opts.fields.flatMap((f) => [f.name, f.attname]));
    const unknown = updateFields.filter((n) => !known.has(n));
    if (unknown.length) throw pyError('ValueError', `The following fields do not exist in this model, are m2m fields, or are non-concrete fields: ${unknown.join(', ')}`);
    nonPks = nonPks.filter((f) => updateFields.includes(f.name) || updateFields.includes(f.attname));
  }
  const state = modelState(obj);
  let pk = pkOf(obj, opts);
  if (pk === null && opts.pk.def.kwargs.has('default')) {
    pk = defaultValue(opts.pk);
    obj.dict.set(opts.pk.attname, pk);
    if (state.adding) forceInsert = true;
  }
  const pkSet = pk !== null;
  if (!pkSet && (forceUpdate || updateFields)) throw pyError('ValueError', 'Cannot force an update in save() with no primary key.');
  let updated = false;
  if (pkSet && !forceInsert) {
    const values: [OrmField, PyValue][] = nonPks.map((f) => [f, preSave(obj, f, false)]);
    const query = new Query(opts);
    query.addQ(new QNode('AND', false, [['pk', pk]]));
    updated = values.length ? updateRows(query, values) > 0 : updateFields !== null || rowsExist(query);
    if (forceUpdate && !updated) throw new PyException(newException(DatabaseError, ['Forced update did not affect any rows.']));
    if (updateFields && !updated) throw new PyException(newException(DatabaseError, ['Save with update_fields did not affect any rows.']));
  }
  if (!updated) {
    const fields = pkSet ? opts.fields : opts.fields.filter((f) => !isAutoField(f));
    const row = fields.map((f) => preSave(obj, f, true));
    const id = insertRows(opts, fields, [row]);
    if (!pkSet && isAutoField(opts.pk)) obj.dict.set(opts.pk.attname, id);
  }
  state.adding = false;
  state.db = 'default';
}


/** bulk_create: one INSERT for many rows (SQLite gives back no ids, so Django 3.2 leaves pk as it was). */
export function bulkInsert(opts: Options, objs: PyInstance[]) {
  for (const obj of objs) prepareRelatedFields(obj, opts, 'bulk_create');
  const withPk = objs.filter((o) => pkOf(o, opts) !== null);
  const withoutPk = objs.filter((o) => pkOf(o, opts) === null);
  for (const [group, fields] of [
    [withPk, opts.fields],
    [withoutPk, opts.fields.filter((f) => !isAutoField(f))],
  ] as const) {
    // SQLite takes at most 999 parameters in a statement.
    const batch = Math.max(1, Math.floor(999 / Math.max(1, fields.length)));
    for (let i = 0; i < group.length; i += batch) {
      const chunk = group.slice(i, i + batch);
      insertRows(opts, fields, chunk.map((o) => fields.map((f) => preSave(o, f, true))));
    }
  }
  for (const obj of objs) {
    const state = modelState(obj);
    state.adding = false;
    state.db = 'default';
  }
}

/** Model.delete: this instance and what on_delete cascades to; returns (count, {label: count}). */
function deleteInstance(obj: PyInstance, opts: Options): PyValue {
  const pk = pkOf(obj, opts);
  if (pk === null) throw pyError('AssertionError', `${opts.objectName} object can't be deleted because its ${opts.pk.attname} attribute is set to None.`);
  return collectAndDelete(opts, [obj]);
}

/** Model.refresh_from_db: the fields read again from the database. */
function refreshFromDb(obj: PyInstance, opts: Options) {
  const query = new Query(opts);
  query.addQ(new QNode('AND', false, [['pk', pkOf(obj, opts)]]));
  const [row] = fetchRows(query);
  if (!row) throw doesNotExist(opts, `${opts.objectName} matching query does not exist.`);
  opts.fields.forEach((f, i) => obj.dict.set(f.attname, row[i] ?? null));
  modelState(obj).related.clear();
  modelState(obj).adding = false;
}

/** Model's methods: __repr__, __str__, __eq__, save, delete, refresh_from_db, and the `pk` property. */
export function installModelMethods(Model: PyClass, orm: OrmContext) {
  const interp = orm.interp;
  const method = (name: string, body: (obj: PyInstance, opts: Options, args: PyValue[], kwargs: Kwargs) => PyValue) =>
    Model.dict.set(name, new PyNativeFunction(name, ([self, ...args], kwargs) => {
      if (!(self instanceof PyInstance)) throw pyError('TypeError', `descriptor '${name}' requires a 'Model' object`);
      return body(self, instanceOpts(self), args, kwargs);
    }));
  method('__repr__', (obj) => `<${obj.cls.name}: ${interp.str(obj)}>`);
  method('__str__', (obj, opts) => `${obj.cls.name} object (${interp.str(pkOf(obj, opts))})`);
  method('__eq__', (obj, opts, [other]) => {
    if (!(other instanceof PyInstance) || !metaOf(other.cls)) return false;
    if (instanceOpts(other) !== opts) return false;
    const pk = pkOf(obj, opts);
    return pk === null ? obj === other : interp.equal(pk, pkOf(other, opts));
  });
  method('save', (obj, opts, args, kwargs) => {
    const [forceInsert = kwargs.get('force_insert') ?? false, forceUpdate = kwargs.get('force_update') ?? false, , updateFields = kwargs.get('update_fields') ?? null] = args;
    saveInstance(obj, opts, {
      forceInsert: interp.truthy(forceInsert),
      forceUpdate: interp.truthy(forceUpdate),
      updateFields: updateFields === null ? null : interp.iterate(updateFields).map((n) => interp.str(n)),
    });
    return null;
  });
  method('delete', (obj, opts) => deleteInstance(obj, opts));
  method('refresh_from_db', (obj, opts) => {
    refreshFromDb(obj, opts);
    return null;
  });
  Model.dict.set('pk', pkProperty());
}

/** Model.pk: a property reading and writing the primary key's attribute. */
const PropertyClass = new PyClass('property', [objectClass], 'builtins');
interface PropertyState {
  get: (obj: PyInstance) => PyValue;
  set: (obj: PyInstance, value: PyValue) => void;
}
PropertyClass.dict.set('__get__', new PyNativeFunction('__get__', ([self, obj]) => {
  const { get } = (self as PyInstance).native as PropertyState;
  return obj instanceof PyInstance ? get(obj) : self!;
}));
PropertyClass.dict.set('__set__', new PyNativeFunction('__set__', ([self, obj, value]) => {
  const { set } = (self as PyInstance).native as PropertyState;
  if (!(obj instanceof PyInstance)) throw pyError('AttributeError', "can't set attribute");
  set(obj, value ?? null);
  return null;
}));

function pkProperty(): PyInstance {
  const prop = new PyInstance(PropertyClass);
  prop.native = {
    get: (obj: PyInstance) => pkOf(obj, instanceOpts(obj)),
    set: (obj: PyInstance, value: PyValue) => obj.dict.set(instanceOpts(obj).pk.attname, value),
  };
  return prop;
}
