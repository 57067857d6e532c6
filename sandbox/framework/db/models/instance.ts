import { PyClass, PyException, PyInstance, exceptionClass, newException, pyError, type Kwargs, type PyValue } from '../../python';
import { metaOf } from './meta';
import type { Options } from './options';
import { defaultValue } from './field-values';

/*
 * A model instance as the ORM reads and makes it: Model.__init__, Model.from_db, _state and
 * pk. Saving (save.ts) and the Model's Python methods (model-methods.ts) build on this.
 */

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
