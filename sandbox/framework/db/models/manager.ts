import { PyClass, PyInstance, PyList, PyNativeFunction, objectClass, pyError, type Kwargs, type PyValue } from '../../python';
import type { OrmContext } from './context';
import { metaOf } from './meta';
import { targetField, type Options, type ReverseRelation } from './options';
import { newQuerySet } from './query';
import { doesNotExist, modelState } from './instance';

/** A manager's model and name (set when the model class is created), and for a related manager its instance. */
export interface ManagerState {
  model: Options | null;
  name: string | null;
  orm: OrmContext | null;
  related: { rel: ReverseRelation; instance: PyInstance } | null;
}

/** QuerySet methods a Manager hands on (`Student.objects.filter(...)`); delete() is not one, as in Django. */
const PROXIED = [
  'filter', 'exclude', 'get', 'create', 'get_or_create', 'update_or_create', 'count', 'exists', 'first', 'last', 'latest', 'earliest',
  'order_by', 'reverse', 'distinct', 'values', 'values_list', 'none', 'update', 'bulk_create', 'in_bulk', 'iterator',
  'aggregate', 'annotate', 'select_related', 'prefetch_related', 'only', 'defer', 'using',
];

export const ManagerClass: PyClass = new PyClass('Manager', [objectClass], 'django.db.models.manager', {
  construct: (cls) => newManager(cls, { model: null, name: null, orm: null, related: null }),
  getAttr(self, name) {
    const state = managerState(self);
    if (name === 'model') return state?.model?.cls ?? null;
    return undefined;
  },
});

export function newManager(cls: PyClass, state: ManagerState): PyInstance {
  const manager = new PyInstance(cls);
  manager.native = state;
  return manager;
}

function managerState(value: PyValue): ManagerState | null {
  return value instanceof PyInstance && value.cls.isSubclassOf(ManagerClass) ? (value.native as ManagerState) : null;
}

function managerOpts(self: PyValue): Options {
  const state = managerState(self);
  if (!state?.model || !state.orm) throw pyError('AttributeError', "'NoneType' object has no attribute '_meta'");
  return state.model;
}

ManagerClass.dict.set('get_queryset', new PyNativeFunction('get_queryset', ([self]) => newQuerySet(managerOpts(self ?? null))));
ManagerClass.dict.set('all', new PyNativeFunction('all', ([self]) => querySetOf(self ?? null)));
ManagerClass.dict.set('__str__', new PyNativeFunction('__str__', ([self]) => {
  const state = managerState(self ?? null);
  if (!state) throw pyError('TypeError', "descriptor '__str__' requires a 'Manager' object");
  return `${state.model ? state.model.label : 'None'}.${state.name ?? 'None'}`;
}));
for (const name of PROXIED) {
  ManagerClass.dict.set(name, new PyNativeFunction(name, ([self, ...args], kwargs) => {
    const interp = managerState(self ?? null)?.orm?.interp;
    if (!interp) throw pyError('AttributeError', "'NoneType' object has no attribute '_meta'");
    return interp.call(interp.getAttr(querySetOf(self!), name), args, kwargs);
  }));
}

/** self.get_queryset(), through Python so that a Manager subclass's own get_queryset counts. */
function querySetOf(self: PyValue): PyValue {
  const interp = managerState(self)?.orm?.interp;
  if (!interp) throw pyError('AttributeError', "'NoneType' object has no attribute '_meta'");
  return interp.call(interp.getAttr(self, 'get_queryset'), []);
}

// ---- On model classes -------------------------------------------------------------------

/** Django's ManagerDescriptor: `Student.objects` works, `student.objects` does not. */
const ManagerDescriptorClass = new PyClass('ManagerDescriptor', [objectClass], 'django.db.models.manager');
ManagerDescriptorClass.dict.set('__get__', new PyNativeFunction('__get__', ([self, instance, owner]) => {
  const { manager, copies } = (self as PyInstance).native as { manager: PyInstance; copies: Map<Options, PyInstance> };
  if (!(owner instanceof PyClass)) throw pyError('TypeError', '__get__(None, None) is invalid');
  const cls = owner;
  if (instance !== null && instance !== undefined) throw pyError('AttributeError', `Manager isn't accessible via ${cls.name} instances`);
  const opts = metaOf(cls);
  if (!opts) throw pyError('AttributeError', `Manager isn't available; ${cls.name} is abstract`);
  const state = managerState(manager)!;
  if (state.model === opts) return manager;
  // A subclass inherits the manager, bound to its own model.
  let copy = copies.get(opts);
  if (!copy) {
    copy = newManager(manager.cls, { ...state, model: opts });
    for (const [k, v] of manager.dict) copy.dict.set(k, v);
    copies.set(opts, copy);
  }
  return copy;
}));

function descriptor(manager: PyInstance): PyInstance {
  const d = new PyInstance(ManagerDescriptorClass);
  d.native = { manager, copies: new Map() };
  return d;
}

function isManager(value: PyValue): value is PyInstance {
  return managerState(value) !== null;
}

function isManagerDescriptor(value: PyValue | undefined): boolean {
  return value instanceof PyInstance && value.cls === ManagerDescriptorClass;
}

/**
 * A model class's managers, as Django's ModelBase sets them up: the ones its body (or an
 * abstract parent's) declares, bound to it; `objects` when there are none at all.
 */
export function contributeManagers(cls: PyClass, opts: Options, orm: OrmContext) {
  const declared = new Map<string, PyInstance>();
  for (const klass of [...cls.mro].reverse()) for (const [name, value] of klass.dict) if (isManager(value)) declared.set(name, value);
  for (const [name, manager] of declared) {
    const own = cls.dict.get(name) === manager ? manager : newManager(manager.cls, { ...managerState(manager)! });
    if (own !== manager) for (const [k, v] of manager.dict) own.dict.set(k, v);
    Object.assign(own.native as ManagerState, { model: opts, name, orm });
    cls.dict.set(name, descriptor(own));
  }
  const inherited = cls.mro.slice(1).some((klass) => [...klass.dict.values()].some(isManagerDescriptor));
  if (!declared.size && !inherited) cls.dict.set('objects', descriptor(newManager(ManagerClass, { model: opts, name: 'objects', orm, related: null })));
  // Model._default_manager: the first manager (Django's default when Meta names none).
  const first = [...cls.mro].map((klass) => [...klass.dict.entries()].find(([name, v]) => name !== '_default_manager' && isManagerDescriptor(v))).find((e) => e);
  if (first) cls.dict.set('_default_manager', first[1]);
}

// ---- The reverse side of a ForeignKey -----------------------------------------------------

/** `student.enrollment_set`: create_reverse_many_to_one_manager's RelatedManager. */
const RelatedManagerClass = new PyClass('RelatedManager', [ManagerClass], 'django.db.models.fields.related_descriptors', {}, 'create_reverse_many_to_one_manager.<locals>.RelatedManager');

export function relatedManager(rel: ReverseRelation, instance: PyInstance, orm: OrmContext): PyInstance {
  return newManager(RelatedManagerClass, { model: rel.model, name: rel.accessorName, orm, related: { rel, instance } });
}

function relatedOf(self: PyValue): { rel: ReverseRelation; instance: PyInstance; orm: OrmContext } {
  const state = managerState(self);
  if (!state?.related || !state.orm) throw pyError('TypeError', "descriptor requires a 'RelatedManager' object");
  return { ...state.related, orm: state.orm };
}

function relatedMethod(name: string, body: (r: ReturnType<typeof relatedOf>, args: PyValue[], kwargs: Kwargs) => PyValue) {
  RelatedManagerClass.dict.set(name, new PyNativeFunction(name, ([self, ...args], kwargs) => body(relatedOf(self!), args, kwargs)));
}

/** The rows pointing at the instance; none while the instance has no key. */
relatedMethod('get_queryset', ({ rel, instance, orm }) => relatedQuerySet(rel, instance, orm));

function relatedQuerySet(rel: ReverseRelation, instance: PyInstance, orm: OrmContext): PyValue {
  const interp = orm.interp;
  const qs = newQuerySet(rel.model);
  if ((instance.dict.get(targetField(rel.field).attname) ?? null) === null) return interp.call(interp.getAttr(qs, 'none'), []);
  return interp.call(interp.getAttr(qs, 'filter'), [], new Map([[rel.field.name, instance]]));
}

function call(orm: OrmContext, obj: PyValue, name: string, args: PyValue[] = [], kwargs: Kwargs = new Map()): PyValue {
  return orm.interp.call(orm.interp.getAttr(obj, name), args, kwargs);
}

for (const name of ['create', 'get_or_create', 'update_or_create']) {
  relatedMethod(name, ({ rel, instance, orm }, args, kwargs) => call(orm, newQuerySet(rel.model), name, args, new Map(kwargs).set(rel.field.name, instance)));
}

relatedMethod('add', ({ rel, instance, orm }, objs, kwargs) => {
  const interp = orm.interp;
  const bulk = !kwargs.has('bulk') || interp.truthy(kwargs.get('bulk')!);
  for (const obj of objs) {
    if (!(obj instanceof PyInstance) || !obj.cls.isSubclassOf(rel.model.cls)) throw pyError('TypeError', `'${rel.model.objectName}' instance expected, got ${interp.repr(obj)}`);
    if (bulk && modelState(obj).adding) throw pyError('ValueError', `${interp.repr(obj)} instance isn't saved. Use bulk=False or save the object first.`);
    interp.setAttr(obj, rel.field.name, instance);
    if (!bulk) call(orm, obj, 'save');
  }
  if (bulk && objs.length) {
    const pks = new PyList(objs.map((o) => interp.getAttr(o, 'pk')));
    call(orm, call(orm, newQuerySet(rel.model), 'filter', [], new Map([['pk__in', pks]])), 'update', [], new Map([[rel.field.name, instance]]));
  }
  return null;
});

for (const name of ['remove', 'clear']) {
  relatedMethod(name, ({ rel, instance, orm }, objs) => {
    const interp = orm.interp;
    // Only a nullable ForeignKey can let go of rows: Django gives remove() and clear() only then.
    if (!rel.field.null) throw pyError('AttributeError', `'RelatedManager' object has no attribute '${name}'`);
    let qs = relatedQuerySet(rel, instance, orm);
    if (name === 'remove') {
      const key = instance.dict.get(targetField(rel.field).attname) ?? null;
      for (const obj of objs) {
        if (!(obj instanceof PyInstance) || !interp.equal(obj.dict.get(rel.field.attname) ?? null, key)) {
          throw doesNotExist(metaOf(instance.cls)!, `${interp.repr(obj)} is not related to ${interp.repr(instance)}.`);
        }
      }
      qs = call(orm, qs, 'filter', [], new Map([['pk__in', new PyList(objs.map((o) => interp.getAttr(o, 'pk')))]]));
    }
    call(orm, qs, 'update', [], new Map([[rel.field.name, null]]));
    for (const obj of objs) if (obj instanceof PyInstance) obj.dict.set(rel.field.attname, null);
    return null;
  });
}
