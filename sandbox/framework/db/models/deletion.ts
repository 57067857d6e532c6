import { PyException, PyInstance, PyList, PySet, PyTuple, hashKey, newDict, newException, type PyValue } from '../../python';
import { reverseRelations, type Options, type OrmField, type ReverseRelation } from './options';
import { Query } from './sql/query';
import { deleteBatch, deleteRows, fetchRows, updateBatch } from './sql/compiler';
import { instanceFromDb, pkOf } from './instance';
import { defaultValue } from './field-values';
import { QNode } from './query-utils';
import { ProtectedError, RestrictedError } from './exceptions';
import { DELETION_HANDLERS, deletionHandlerName } from './on-delete';

export { DELETION_HANDLERS, deletionHandlerName };

// ---- The Collector ----------------------------------------------------------------------

/**
 * django.db.models.deletion.Collector: what deleting some rows takes with it. Rows of
 * other models pointing at them follow their ForeignKey's on_delete (CASCADE, PROTECT,
 * SET_NULL, SET_DEFAULT, DO_NOTHING); rows nothing else depends on are deleted with one
 * DELETE ... WHERE (a "fast delete") without being read first. Returns Django's
 * `(total, {'app.Model': count})`, leaving out models with nothing deleted.
 */
export function collectAndDelete(opts: Options, target: Query | PyInstance[]): PyValue {
  const collector = new Collector();
  if (Array.isArray(target)) collector.collect(opts, target, null, false);
  else if (collector.canFastDelete(opts)) collector.fastDeletes.push(target);
  else collector.collect(opts, fetchRows(target).map((row) => instanceFromDb(opts, row)), null, false);
  return collector.delete();
}

class Collector {
  readonly data = new Map<Options, PyInstance[]>();
  readonly fastDeletes: Query[] = [];
  private readonly fieldUpdates: { field: OrmField; value: PyValue; objs: PyInstance[] }[] = [];
  /** Models that must lose their rows before a model's (the ones pointing at it). */
  private readonly dependencies = new Map<Options, Set<Options>>();

  /** Whether a model's rows can go without looking at them: nothing points at them except with DO_NOTHING. */
  canFastDelete(opts: Options, fromField: OrmField | null = null): boolean {
    if (fromField && deletionHandlerName(fromField.relation?.onDelete) !== 'CASCADE') return false;
    return reverseRelations(opts, true).every((r) => deletionHandlerName(r.field.relation?.onDelete) === 'DO_NOTHING');
  }

  private add(opts: Options, objs: PyInstance[], source: Options | null, nullable: boolean): PyInstance[] {
    const list = this.data.get(opts) ?? [];
    const pks = new Set(list.map((o) => hashKey(pkOf(o, opts))));
    const added = objs.filter((o) => !pks.has(hashKey(pkOf(o, opts))) && (pks.add(hashKey(pkOf(o, opts))), true));
    if (!added.length) return added;
    list.push(...added);
    this.data.set(opts, list);
    if (source && !nullable) {
      const deps = this.dependencies.get(source) ?? new Set();
      deps.add(opts);
      this.dependencies.set(source, deps);
    }
    return added;
  }

  collect(opts: Options, objs: PyInstance[], source: Options | null, nullable: boolean) {
    const added = this.add(opts, objs, source, nullable);
    if (!added.length) return;
    const protectedBy = new Map<string, PyInstance[]>();
    let restricted = false;
    for (const rel of reverseRelations(opts, true)) {
      const handler = deletionHandlerName(rel.field.relation?.onDelete);
      if (handler === 'DO_NOTHING') continue;
      const query = relatedQuery(rel, added);
      if (this.canFastDelete(rel.model, rel.field)) {
        this.fastDeletes.push(query);
        continue;
      }
      const related = fetchRows(query).map((row) => instanceFromDb(rel.model, row));
      if (!related.length) continue;
      if (handler === 'CASCADE') this.collect(rel.model, related, opts, rel.field.null);
      else if (handler === 'PROTECT' || handler === 'RESTRICT') {
        restricted ||= handler === 'RESTRICT';
        const key = `'${rel.model.objectName}.${rel.field.name}'`;
        protectedBy.set(key, [...(protectedBy.get(key) ?? []), ...related]);
      } else if (handler === 'SET_NULL' || handler === 'SET_DEFAULT') {
        this.fieldUpdates.push({ field: rel.field, value: handler === 'SET_NULL' ? null : defaultValue(rel.field), objs: related });
      }
    }
    if (protectedBy.size) {
      const objects = new PySet();
      for (const o of [...protectedBy.values()].flat()) objects.entries.set(hashKey(o), o);
      const message = `Cannot delete some instances of model '${opts.objectName}' because they are referenced through ${restricted ? 'restricted' : 'protected'} foreign keys: ${[...protectedBy.keys()].join(', ')}.`;
      throw new PyException(newException(restricted ? RestrictedError : ProtectedError, [message, objects]));
    }
  }

  /** Collector.sort: models whose rows point at others' go first. */
  private sorted(): [Options, PyInstance[]][] {
    const order: Options[] = [];
    const models = [...this.data.keys()];
    while (order.length < models.length) {
      const ready = models.filter((m) => !order.includes(m) && [...(this.dependencies.get(m) ?? [])].every((d) => order.includes(d)));
      if (!ready.length) return [...this.data.entries()];
      order.push(...ready);
    }
    return order.map((m) => [m, this.data.get(m)!]);
  }

  delete(): PyValue {
    const counts = new Map<string, number>();
    const count = (label: string, n: number) => n && counts.set(label, (counts.get(label) ?? 0) + n);
    const data = this.sorted().map(([m, objs]) => [m, [...objs].sort((a, b) => Number(pkOf(a, m)) - Number(pkOf(b, m)))] as const);
    const single = data.length === 1 && data[0]![1].length === 1 && !this.fastDeletes.length && !this.fieldUpdates.length ? data[0]! : null;
    if (single && this.canFastDelete(single[0])) {
      const [model, [obj]] = single;
      const n = deleteBatch(model, model.pk, [pkOf(obj!, model)]);
      obj!.dict.set(model.pk.attname, null);
      return new PyTuple([n, newDict([[model.label, n]])]);
    }
    for (const query of this.fastDeletes) count(query.model.label, deleteRows(query));
    for (const { field, value, objs } of this.fieldUpdates) {
      updateBatch(field.model, field, value, objs.map((o) => pkOf(o, field.model)));
      for (const o of objs) o.dict.set(field.attname, value);
    }
    for (const [model, objs] of data) count(model.label, deleteBatch(model, model.pk, objs.map((o) => pkOf(o, model))));
    for (const [model, objs] of data) for (const o of objs) o.dict.set(model.pk.attname, null);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    return new PyTuple([total, newDict([...counts.entries()])]);
  }
}

/** The rows of the other model pointing at `objs` through the relation: `WHERE "student_id" IN (...)`. */
function relatedQuery(rel: ReverseRelation, objs: PyInstance[]): Query {
  const query = new Query(rel.model);
  query.addQ(new QNode('AND', false, [[`${rel.field.name}__in`, new PyList(objs)]]));
  return query;
}
