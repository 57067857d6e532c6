import { PyException, PyInstance, newException, pyError, type PyValue } from '../../python';
import { DatabaseError } from '../utils';
import type { Options, OrmField } from './options';
import { autoNowValue, defaultValue } from './field-values';
import { insertRows, rowsExist, updateRows } from './sql/compiler';
import { Query } from './sql/query';
import { QNode } from './query-utils';
import { instanceOpts, modelState, pkOf } from './instance';

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
