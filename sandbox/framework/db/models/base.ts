import { PyClass, PyException, PyInstance, PyNativeFunction, PyList, PyTuple, newException, exceptionClass, objectClass, pyError, type PyValue } from '../../python';
import { ObjectDoesNotExist } from '../../core/exceptions';
import { fieldInfo } from './fields';
import type { OrmContext } from './context';
import { MultipleObjectsReturned } from './exceptions';
import { Options, getField } from './options';
import { metaOf, setMeta } from './meta';
import { initInstance } from './instance';
import { installModelMethods } from './model-methods';
import { contributeManagers } from './manager';
import { forwardDescriptor, reverseAccessor } from './related-descriptors';

/**
 * django.db.models.Model. Subclassing it in models.py registers the model with the app its
 * module belongs to, the way Django's ModelBase metaclass does, and gives the class what
 * the ORM adds: DoesNotExist and MultipleObjectsReturned, its managers (`objects`), and
 * descriptors for its ForeignKeys. Instances are built by Model.__init__'s rules.
 */
export function modelClass(orm: OrmContext): PyClass {
  const apps = orm.apps;
  const Model = new PyClass('Model', [objectClass], 'django.db.models.base', {
    construct(cls, args, kwargs) {
      const opts = metaOf(cls);
      if (!opts) {
        if (cls.name === 'Model' && cls.module === 'django.db.models.base') throw pyError('AttributeError', "'Model' object has no attribute '_meta'");
        throw pyError('TypeError', 'Abstract models cannot be instantiated.');
      }
      return initInstance(opts, cls, args, kwargs);
    },
    getAttr(self, name) {
      if (!metaOf(self.cls)) return undefined;
      return reverseAccessor(self, name, orm) ?? displayMethod(self, name, orm);
    },
    onSubclass(cls) {
      const metaClass = cls.dict.get('Meta');
      const meta = new Map<string, PyValue>();
      if (metaClass instanceof PyClass) for (const [k, v] of metaClass.dict) if (!k.startsWith('__')) meta.set(k, v);
      if (meta.get('abstract') === true) return;
      const explicit = meta.get('app_label');
      const app = typeof explicit === 'string' ? apps.byLabel(explicit) : apps.containing(cls.module);
      if (!app) {
        throw new PyException(
          newException(exceptionClass('RuntimeError'), [
            `Model class ${cls.module}.${cls.name} doesn't declare an explicit app_label and isn't in an application in INSTALLED_APPS.`,
          ]),
        );
      }
      const opts = new Options(cls, app.label, meta, orm);
      for (const base of cls.mro.slice(1)) {
        const parent = metaOf(base);
        if (parent) opts.localFields.push(...parent.localFields);
      }
      for (const [name, value] of cls.dict) {
        const field = fieldInfo(value);
        if (!field) continue;
        field.name = name;
        field.model = opts;
        opts.localFields.push(field);
      }
      setMeta(cls, opts);
      app.models.set(opts.modelName, opts);
      contributeToClass(cls, opts, orm);
    },
  });
  installModelMethods(Model, orm);
  return Model;
}

/** What ModelBase.__new__ adds to a new model class beyond its fields. */
function contributeToClass(cls: PyClass, opts: Options, orm: OrmContext) {
  const parents = cls.bases.filter((b) => metaOf(b) !== undefined);
  for (const [name, root] of [
    ['DoesNotExist', ObjectDoesNotExist],
    ['MultipleObjectsReturned', MultipleObjectsReturned],
  ] as const) {
    const bases = parents.map((p) => p.lookup(name)).filter((c): c is PyClass => c instanceof PyClass);
    cls.dict.set(name, new PyClass(name, bases.length ? bases : [root], cls.module, {}, `${cls.qualname}.${name}`));
  }
  contributeManagers(cls, opts, orm);
  for (const field of opts.localFields) {
    const related = field.className === 'ForeignKey' || field.className === 'OneToOneField';
    if (related && field.name && fieldInfo(cls.dict.get(field.name) ?? null) === field) cls.dict.set(field.name, forwardDescriptor(opts, field.name, orm));
  }
}

/** `student.get_grade_display()` for a field with choices: the label of its value. */
function displayMethod(self: PyInstance, name: string, orm: OrmContext): PyValue | undefined {
  const m = /^get_(\w+)_display$/.exec(name);
  const opts = metaOf(self.cls);
  const field = m && opts ? getField(opts, m[1]!) : undefined;
  const choices = field?.def.kwargs.get('choices');
  if (!field || !(choices instanceof PyList || choices instanceof PyTuple)) return undefined;
  return new PyNativeFunction(name, () => {
    const value = self.dict.get(field.attname) ?? null;
    for (const choice of choices.items) {
      const pair = choice instanceof PyTuple || choice instanceof PyList ? choice.items : [];
      if (pair.length === 2 && orm.interp.equal(pair[0]!, value)) return orm.interp.str(pair[1]!);
    }
    return orm.interp.str(value);
  });
}
