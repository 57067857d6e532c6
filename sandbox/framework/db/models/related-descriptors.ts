import { PyClass, PyException, PyInstance, PyNativeFunction, exceptionClass, newException, objectClass, pyError, type PyValue } from '../../python';
import type { OrmContext } from './context';
import { getField, relatedOpts, reverseRelations, targetField, type Options, type OrmField, type ReverseRelation } from './options';
import { instanceOpts, modelState } from './instance';
import { newQuerySet } from './query';
import { relatedManager } from './manager';

/**
 * django.db.models.fields.related_descriptors: `enrollment.student` reads the related row
 * (once, then keeps it), `enrollment.student = s` sets `student_id`; on the other side
 * `student.enrollment_set` is a manager of the rows pointing at the student, and a
 * OneToOneField's reverse (`student.profile`) is the one row.
 */

const doesNotExistClasses = new Map<string, PyClass>();

/** `Enrollment.student.RelatedObjectDoesNotExist`: the related model's DoesNotExist, and an AttributeError. */
function relatedObjectDoesNotExist(owner: Options, name: string, related: Options, message: string): PyException {
  const key = `${owner.label}.${name}`;
  let cls = doesNotExistClasses.get(key);
  if (!cls) {
    const base = related.cls.lookup('DoesNotExist');
    const bases = base instanceof PyClass ? [base, exceptionClass('AttributeError')] : [exceptionClass('AttributeError')];
    cls = new PyClass('RelatedObjectDoesNotExist', bases, owner.cls.module, {}, `${owner.cls.qualname}.${name}.RelatedObjectDoesNotExist`);
    doesNotExistClasses.set(key, cls);
  }
  return new PyException(newException(cls, [message]));
}

interface ForwardState {
  model: Options;
  name: string;
  orm: OrmContext;
}

const ForwardDescriptorClass = new PyClass('ForwardManyToOneDescriptor', [objectClass], 'django.db.models.fields.related_descriptors');

function forwardField(self: PyValue): { field: OrmField; orm: OrmContext } {
  const { model, name, orm } = (self as PyInstance).native as ForwardState;
  return { field: getField(model, name)!, orm };
}

ForwardDescriptorClass.dict.set('__get__', new PyNativeFunction('__get__', ([self, instance]) => {
  if (!(instance instanceof PyInstance)) return self!;
  const { field, orm } = forwardField(self!);
  const state = modelState(instance);
  const value = instance.dict.get(field.attname) ?? null;
  const target = targetField(field);
  const cached = state.related.get(field.name);
  if (cached instanceof PyInstance && orm.interp.equal(cached.dict.get(target.attname) ?? null, value)) return cached;
  if (value === null) {
    if (field.null) return null;
    throw relatedObjectDoesNotExist(field.model, field.name, relatedOpts(field), `${instance.cls.name} has no ${field.name}.`);
  }
  const qs = newQuerySet(relatedOpts(field));
  const obj = orm.interp.call(orm.interp.getAttr(qs, 'get'), [], new Map([[target.name, value]]));
  state.related.set(field.name, obj);
  return obj;
}));

ForwardDescriptorClass.dict.set('__set__', new PyNativeFunction('__set__', ([self, instance, value]) => {
  const { field, orm } = forwardField(self!);
  if (!(instance instanceof PyInstance)) throw pyError('AttributeError', `'${orm.interp.repr(instance ?? null)}' has no attribute '${field.attname}'`);
  const obj = instance;
  const related = relatedOpts(field);
  const given = value ?? null;
  if (given !== null && !(given instanceof PyInstance && given.cls.isSubclassOf(related.cls))) {
    throw pyError('ValueError', `Cannot assign "${orm.interp.repr(given)}": "${obj.cls.name}.${field.name}" must be a "${related.objectName}" instance.`);
  }
  obj.dict.set(field.attname, given === null ? null : (given.dict.get(targetField(field).attname) ?? null));
  modelState(obj).related.set(field.name, given);
  return null;
}));

/** The descriptor a ForeignKey puts on its model class in place of the field. */
export function forwardDescriptor(model: Options, name: string, orm: OrmContext): PyInstance {
  const d = new PyInstance(ForwardDescriptorClass);
  d.native = { model, name, orm } satisfies ForwardState;
  return d;
}

/** `student.enrollment_set` (or the related_name), `student.profile` for a OneToOneField; undefined if no relation has that name. */
export function reverseAccessor(instance: PyInstance, name: string, orm: OrmContext): PyValue | undefined {
  const opts = instanceOpts(instance);
  const rel = reverseRelations(opts).find((r) => r.accessorName === name);
  if (!rel) return undefined;
  if (!rel.field.relation!.oneToOne) return relatedManager(rel, instance, orm);
  return reverseOneToOne(rel, instance, opts, orm);
}

function reverseOneToOne(rel: ReverseRelation, instance: PyInstance, opts: Options, orm: OrmContext): PyValue {
  const state = modelState(instance);
  const cacheKey = `~${rel.accessorName}`;
  const cached = state.related.get(cacheKey);
  if (cached !== undefined) return cached;
  const key = instance.dict.get(targetField(rel.field).attname) ?? null;
  const missing = () => relatedObjectDoesNotExist(opts, rel.accessorName, rel.model, `${opts.objectName} has no ${rel.accessorName}.`);
  if (key === null) throw missing();
  const qs = orm.interp.call(orm.interp.getAttr(newQuerySet(rel.model), 'filter'), [], new Map([[rel.field.name, key]]));
  const found = orm.interp.call(orm.interp.getAttr(qs, 'first'), []);
  if (found === null) throw missing();
  state.related.set(cacheKey, found);
  return found;
}
