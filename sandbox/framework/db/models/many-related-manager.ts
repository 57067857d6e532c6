import { PyClass, PyDict, PyInstance, PyList, PyNativeFunction, PyTuple, hashKey, objectClass, pyError, type Kwargs, type PyValue } from '../../python';
import type { OrmContext } from './context';
import { metaOf } from './meta';
import { reverseManyToMany, reversePathName, targetField, type ManyToManyField, type Options, type OrmField } from './options';
import { newQuerySet } from './query';
import { ManagerClass, contributeManagers, newManager } from './manager';
import { modelState } from './instance';
import { prepValue } from './field-values';
import { bulkInsert } from './save';

/**
 * django.db.models.fields.related_descriptors' ManyToManyDescriptor and the
 * ManyRelatedManager it hands out: `post.tags` (forward) and `tag.post_set` or the
 * related_name (reverse) read and change the rows of the field's table of links.
 */

/** One side of a ManyToManyField, from an instance: which ForeignKey of the links points at it, which at the others. */
interface Side {
  field: ManyToManyField;
  reverse: boolean;
  instance: PyInstance;
  /** The model whose rows the manager returns. */
  related: Options;
  /** The link's ForeignKey to the instance, and to the related rows. */
  own: OrmField;
  other: OrmField;
  orm: OrmContext;
}

const sides = new WeakMap<PyInstance, Side>();

const ManyRelatedManagerClass = new PyClass('ManyRelatedManager', [ManagerClass], 'django.db.models.fields.related_descriptors', {}, 'create_forward_many_to_many_manager.<locals>.ManyRelatedManager');

function call(orm: OrmContext, obj: PyValue, name: string, args: PyValue[] = [], kwargs: Kwargs = new Map()): PyValue {
  return orm.interp.call(orm.interp.getAttr(obj, name), args, kwargs);
}

function manyRelatedManager(field: ManyToManyField, reverse: boolean, instance: PyInstance, orm: OrmContext): PyInstance {
  const [own, other] = reverse ? [field.target, field.source] : [field.source, field.target];
  const related = reverse ? field.model : relatedModel(field);
  const ownTarget = targetField(own);
  if ((instance.dict.get(ownTarget.attname) ?? null) === null) {
    throw pyError('ValueError', `"${orm.interp.repr(instance)}" needs to have a value for field "${ownTarget.name}" before this many-to-many relationship can be used.`);
  }
  // A related manager has no name: `print(post.tags)` shows `store.Tag.None`, as Django does.
  const manager = newManager(ManyRelatedManagerClass, { model: related, name: null, orm, related: null });
  sides.set(manager, { field, reverse, instance, related, own, other, orm });
  return manager;
}

function relatedModel(field: ManyToManyField): Options {
  const [app, model] = field.to.split('.');
  const found = field.model.orm.apps.byLabel(app ?? '')?.models.get(model ?? '');
  if (!found) throw pyError('ValueError', `Related model '${field.to}' cannot be resolved`);
  return found;
}

function sideOf(self: PyValue): Side {
  const side = self instanceof PyInstance ? sides.get(self) : undefined;
  if (!side) throw pyError('TypeError', "descriptor requires a 'ManyRelatedManager' object");
  return side;
}

function method(name: string, body: (side: Side, args: PyValue[], kwargs: Kwargs) => PyValue) {
  ManyRelatedManagerClass.dict.set(name, new PyNativeFunction(name, ([self, ...args], kwargs) => body(sideOf(self ?? null), args, kwargs)));
}

/** The related rows: joined through the links, those whose link points at the instance. */
function relatedQuerySet(side: Side): PyValue {
  const name = side.reverse ? side.field.name : reversePathName(side.field);
  return call(side.orm, newQuerySet(side.related), 'filter', [], new Map([[name, side.instance]]));
}

function ownKey(side: Side): PyValue {
  return side.instance.dict.get(targetField(side.own).attname) ?? null;
}

/** _get_target_ids: the keys of the rows to link (instances of the related model, or keys as they are). */
function targetIds(side: Side, objs: PyValue[]): PyValue[] {
  const interp = side.orm.interp;
  const target = targetField(side.other);
  const ids: PyValue[] = [];
  for (const obj of objs) {
    if (obj instanceof PyInstance && obj.cls.isSubclassOf(side.related.cls)) {
      const state = modelState(obj);
      if (state.db === null) throw pyError('ValueError', `Cannot add "${interp.repr(obj)}": instance is on database "default", value is on database "None"`);
      ids.push(obj.dict.get(target.attname) ?? null);
    } else if (obj instanceof PyInstance && metaOf(obj.cls)) {
      throw pyError('TypeError', `'${side.related.objectName}' instance expected, got ${interp.repr(obj)}`);
    } else ids.push(prepValue(target, obj));
  }
  return unique(ids);
}

function unique(values: PyValue[]): PyValue[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(hashKey(v)) && (seen.add(hashKey(v)), true));
}

/** The links table's rows from `own` = key to any of `ids` (all of them when ids is null). */
function links(side: Side, own: OrmField, key: PyValue, other: OrmField, ids: PyValue[] | null): PyValue {
  const filters: Kwargs = new Map([[own.attname, key]]);
  if (ids) filters.set(`${other.attname}__in`, new PyList(ids));
  return call(side.orm, newQuerySet(side.field.through), 'filter', [], filters);
}

/** _add_items: a link from `key` to each of `ids` not linked yet. */
function addItems(side: Side, key: PyValue, ids: PyValue[], throughDefaults: Kwargs = new Map()) {
  if (!ids.length) return;
  const interp = side.orm.interp;
  const { own, other } = side;
  const existing = interp.iterate(call(side.orm, links(side, own, key, other, ids), 'values_list', [other.attname], new Map([['flat', true]])));
  const have = new Set(existing.map(hashKey));
  const through = side.field.through;
  const rows = ids.filter((id) => !have.has(hashKey(id))).map((id) => interp.call(through.cls, [], new Map([...throughDefaults, [own.attname, key], [other.attname, id]])) as PyInstance);
  if (rows.length) bulkInsert(through, rows);
}

function add(side: Side, objs: PyValue[], throughDefaults: PyValue = null) {
  const ids = targetIds(side, objs);
  const key = ownKey(side);
  const defaults: Kwargs = new Map();
  if (throughDefaults instanceof PyDict) for (const { key: k, value } of throughDefaults.entries.values()) defaults.set(side.orm.interp.str(k), value);
  addItems(side, key, ids, defaults);
  // A symmetrical relation (Person.friends) links both ways.
  if (side.field.symmetrical && !side.reverse) for (const id of ids) addItems(side, id, [key], defaults);
}

/** The keyword arguments less through_defaults, and it. */
function splitThroughDefaults(kwargs: Kwargs): [Kwargs, PyValue] {
  const rest = new Map(kwargs);
  const defaults = rest.get('through_defaults') ?? null;
  rest.delete('through_defaults');
  return [rest, defaults];
}

/** _remove_items: the instance's links to these keys (and, symmetrical, theirs to it). */
function removeItems(side: Side, objs: PyValue[]) {
  const target = targetField(side.other);
  const ids = unique(objs.map((o) => (o instanceof PyInstance && o.cls.isSubclassOf(side.related.cls) ? (o.dict.get(target.attname) ?? null) : o)));
  if (!ids.length) return;
  call(side.orm, links(side, side.own, ownKey(side), side.other, ids), 'delete');
  if (side.field.symmetrical && !side.reverse) {
    call(side.orm, call(side.orm, newQuerySet(side.field.through), 'filter', [], new Map<string, PyValue>([[`${side.own.attname}__in`, new PyList(ids)], [side.other.attname, ownKey(side)]])), 'delete');
  }
}

function clear(side: Side) {
  call(side.orm, links(side, side.own, ownKey(side), side.other, null), 'delete');
  if (side.field.symmetrical && !side.reverse) call(side.orm, call(side.orm, newQuerySet(side.field.through), 'filter', [], new Map([[side.other.attname, ownKey(side)]])), 'delete');
}

method('get_queryset', (side) => relatedQuerySet(side));
method('add', (side, objs, kwargs) => {
  add(side, objs, kwargs.get('through_defaults') ?? null);
  return null;
});
method('remove', (side, objs) => {
  removeItems(side, objs);
  return null;
});
method('clear', (side) => {
  clear(side);
  return null;
});
method('set', (side, [objs], kwargs) => {
  const interp = side.orm.interp;
  if (objs === undefined) throw pyError('TypeError', "ManyRelatedManager.set() missing 1 required positional argument: 'objs'");
  const items = interp.iterate(objs);
  const throughDefaults = kwargs.get('through_defaults') ?? null;
  if (kwargs.has('clear') && interp.truthy(kwargs.get('clear')!)) {
    clear(side);
    add(side, items, throughDefaults);
    return null;
  }
  const target = targetField(side.other);
  const old = interp.iterate(call(side.orm, links(side, side.own, ownKey(side), side.other, null), 'values_list', [side.other.attname], new Map([['flat', true]])));
  const oldIds = new Map(old.map((v) => [hashKey(v), v]));
  const added: PyValue[] = [];
  for (const obj of items) {
    const key = obj instanceof PyInstance && obj.cls.isSubclassOf(side.related.cls) ? (obj.dict.get(target.attname) ?? null) : prepValue(target, obj);
    if (oldIds.has(hashKey(key))) oldIds.delete(hashKey(key));
    else added.push(obj);
  }
  removeItems(side, [...oldIds.values()]);
  add(side, added, throughDefaults);
  return null;
});
method('create', (side, args, kwargs) => {
  if (args.length) throw pyError('TypeError', `create() takes 1 positional argument but ${args.length + 1} were given`);
  const [rest, throughDefaults] = splitThroughDefaults(kwargs);
  const obj = call(side.orm, newQuerySet(side.related), 'create', [], rest);
  add(side, [obj], throughDefaults);
  return obj;
});
for (const name of ['get_or_create', 'update_or_create']) {
  method(name, (side, args, kwargs) => {
    const [rest, throughDefaults] = splitThroughDefaults(kwargs);
    const result = call(side.orm, newQuerySet(side.related), name, args, rest);
    const [obj, created] = result instanceof PyTuple ? result.items : [];
    if (created === true) add(side, [obj ?? null], throughDefaults);
    return result;
  });
}

// ---- The descriptors ------------------------------------------------------------------

interface DescriptorState {
  model: Options;
  name: string;
  orm: OrmContext;
}

const ManyToManyDescriptorClass = new PyClass('ManyToManyDescriptor', [objectClass], 'django.db.models.fields.related_descriptors', {
  // `Post.tags.through`: the model of the links (`Post.tags.through.objects.all()`).
  getAttr(self, name) {
    if (name !== 'through') return undefined;
    const { field, orm } = descriptorField(self);
    const cls = field.through.cls;
    // An auto-created through model gets its manager when first asked for, as a model class would.
    if (field.through.autoCreated && !cls.dict.has('objects')) contributeManagers(cls, field.through, orm);
    return cls;
  },
});

function descriptorField(self: PyValue): { field: ManyToManyField; orm: OrmContext } {
  const { model, name, orm } = (self as PyInstance).native as DescriptorState;
  return { field: model.manyToMany.find((f) => f.name === name)!, orm };
}

ManyToManyDescriptorClass.dict.set('__get__', new PyNativeFunction('__get__', ([self, instance]) => {
  if (!(instance instanceof PyInstance)) return self!;
  const { field, orm } = descriptorField(self!);
  return manyRelatedManager(field, false, instance, orm);
}));

ManyToManyDescriptorClass.dict.set('__set__', new PyNativeFunction('__set__', ([self]) => {
  const { field } = descriptorField(self!);
  throw pyError('TypeError', `Direct assignment to the forward side of a many-to-many set is prohibited. Use ${field.name}.set() instead.`);
}));

/** The descriptor a ManyToManyField puts on its model class in place of the field. */
export function manyToManyDescriptor(model: Options, name: string, orm: OrmContext): PyInstance {
  const d = new PyInstance(ManyToManyDescriptorClass);
  d.native = { model, name, orm } satisfies DescriptorState;
  return d;
}

/** `tag.post_set` (or the related_name): the reverse side's manager; undefined if no field has that accessor. */
export function reverseManyAccessor(instance: PyInstance, name: string, orm: OrmContext): PyValue | undefined {
  const opts = metaOf(instance.cls);
  if (!opts) return undefined;
  const rel = reverseManyToMany(opts).find((r) => !r.hidden && r.accessorName === name);
  return rel ? manyRelatedManager(rel.field, true, instance, orm) : undefined;
}
