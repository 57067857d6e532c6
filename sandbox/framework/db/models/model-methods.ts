import { PyClass, PyInstance, PyNativeFunction, objectClass, pyError, type Kwargs, type PyValue } from '../../python';
import type { OrmContext } from './context';
import { metaOf } from './meta';
import type { Options } from './options';
import { fetchRows } from './sql/compiler';
import { Query } from './sql/query';
import { QNode } from './query-utils';
import { collectAndDelete } from './deletion';
import { doesNotExist, instanceOpts, modelState, pkOf } from './instance';
import { saveInstance } from './save';

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
  method('__hash__', (obj, opts) => {
    const pk = pkOf(obj, opts);
    if (pk === null) throw pyError('TypeError', 'Model instances without primary key value are unhashable');
    return interp.call(interp.builtins.get('hash')!, [pk]);
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
