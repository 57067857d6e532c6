import { PyClass, PyException, PyInstance, PyNativeFunction, PyList, PyTuple, newException, exceptionClass, objectClass, pyError, type PyValue } from '../../python';
import { ObjectDoesNotExist } from '../../core/exceptions';
import { fieldInfo } from './fields';
import type { ModelInfo } from './options';
import type { OrmContext } from './context';
import { MultipleObjectsReturned } from './exceptions';
import { getField, optsOf } from './options';
import { initInstance, installModelMethods } from './instance';
import { contributeManagers } from './manager';
import { forwardDescriptor, reverseAccessor } from './related-descriptors';

const models = new WeakMap<PyClass, ModelInfo>();

export function modelInfo(cls: PyValue): ModelInfo | undefined {
  return cls instanceof PyClass ? models.get(cls) : undefined;
}

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
      const info = models.get(cls);
      if (!info) {
        if (cls.name === 'Model' && cls.module === 'django.db.models.base') throw pyError('AttributeError', "'Model' object has no attribute '_meta'");
        throw pyError('TypeError', 'Abstract models cannot be instantiated.');
      }
      return initInstance(optsOf(info, orm), cls, args, kwargs);
    },
    getAttr(self, name) {
      if (!models.has(self.cls)) return undefined;
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
      const info: ModelInfo = { cls, name: cls.name, appLabel: app.label, fields: [], meta };
      for (const base of cls.mro.slice(1)) {
        const parent = models.get(base);
        if (parent) info.fields.push(...parent.fields);
      }
      for (const [name, value] of cls.dict) {
        const field = fieldInfo(value);
        if (!field) continue;
        field.name = name;
        field.model = info;
        info.fields.push(field);
      }
      models.set(cls, info);
      app.models.set(cls.name.toLowerCase(), info);
      contributeToClass(cls, info, orm);
    },
  });
  installModelMethods(Model, orm);
  return Model;
}

/** What ModelBase.__new__ adds to a new model class beyond its fields. */
function contributeToClass(cls: PyClass, info: ModelInfo, orm: OrmContext) {
  const parents = cls.bases.filter((b) => models.has(b));
  for (const [name, root] of [
    ['DoesNotExist', ObjectDoesNotExist],
    ['MultipleObjectsReturned', MultipleObjectsReturned],
  ] as const) {
    const bases = parents.map((p) => p.lookup(name)).filter((c): c is PyClass => c instanceof PyClass);
    cls.dict.set(name, new PyClass(name, bases.length ? bases : [root], cls.module, {}, `${cls.qualname}.${name}`));
  }
  contributeManagers(cls, info, orm);
  for (const field of info.fields) {
    const related = field.className === 'ForeignKey' || field.className === 'OneToOneField';
    if (related && field.name && fieldInfo(cls.dict.get(field.name) ?? null) === field) cls.dict.set(field.name, forwardDescriptor(info, field.name, orm));
  }
}

/** `student.get_grade_display()` for a field with choices: the label of its value. */
function displayMethod(self: PyInstance, name: string, orm: OrmContext): PyValue | undefined {
  const m = /^get_(\w+)_display$/.exec(name);
  const info = models.get(self.cls);
  const field = m && info ? getField(optsOf(info, orm), m[1]!) : undefined;
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
