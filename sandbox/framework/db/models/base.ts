import { PyClass, PyException, PyInstance, PyNativeFunction, PyList, PyTuple, newException, exceptionClass, objectClass, pyError, type PyValue } from '../../python';
import { ObjectDoesNotExist } from '../../core/exceptions';
import { copyField, fieldInfo, type FieldInfo } from './fields';
import type { OrmContext } from './context';
import { MultipleObjectsReturned } from './exceptions';
import { Options, getField } from './options';
import { metaOf, setMeta } from './meta';
import { initInstance } from './instance';
import { installModelMethods } from './model-methods';
import { contributeManagers } from './manager';
import { forwardDescriptor, reverseAccessor } from './related-descriptors';
import { manyToManyDescriptor, reverseManyAccessor } from './many-related-manager';

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
      return reverseAccessor(self, name, orm) ?? reverseManyAccessor(self, name, orm) ?? displayMethod(self, name, orm);
    },
    onSubclass(cls) {
      const meta = metaOptions(cls);
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
      copyAbstractFields(cls);
      const own: FieldInfo[] = [];
      for (const [name, value] of cls.dict) {
        const field = fieldInfo(value);
        if (!field) continue;
        field.name = name;
        field.model = opts;
        own.push(field);
      }
      opts.localFields.push(...own.sort((a, b) => a.creation - b.creation));
      setMeta(cls, opts);
      app.models.set(opts.modelName, opts);
      contributeToClass(cls, opts, orm);
    },
  });
  installModelMethods(Model, orm);
  return Model;
}

/** A Model subclass without options of its own: an abstract model (Meta.abstract = True). */
function isAbstractModel(cls: PyClass): boolean {
  return !metaOf(cls) && cls.mro.some((c) => c.name === 'Model' && c.module === 'django.db.models.base') && !(cls.name === 'Model' && cls.module === 'django.db.models.base');
}

/**
 * The inner Meta's options: the class's own Meta (with what a `Meta(Parent.Meta)` inherits),
 * else an abstract parent's, whose `abstract = True` a child never inherits.
 */
function metaOptions(cls: PyClass): Map<string, PyValue> {
  const own = cls.dict.get('Meta');
  const inherited = own === undefined ? cls.mro.slice(1).find((c) => isAbstractModel(c) && c.dict.get('Meta') instanceof PyClass)?.dict.get('Meta') : undefined;
  const metaClass = own ?? inherited;
  const meta = new Map<string, PyValue>();
  if (!(metaClass instanceof PyClass)) return meta;
  for (const klass of [...metaClass.mro].reverse()) {
    // An abstract parent's Meta leaves its child `abstract = False` (Django sets it so).
    for (const [k, v] of klass.dict) if (!k.startsWith('__')) meta.set(k, k === 'abstract' && klass !== own ? false : v);
  }
  return meta;
}

/** The fields of abstract parents, copied into the class (a field it declares itself wins). */
function copyAbstractFields(cls: PyClass): void {
  const out = new Map<string, PyValue>();
  for (const base of [...cls.mro.slice(1)].reverse()) {
    if (!isAbstractModel(base)) continue;
    for (const [name, value] of base.dict) {
      if (!(value instanceof PyInstance) || !fieldInfo(value) || cls.dict.has(name)) continue;
      out.set(name, value);
    }
  }
  for (const [name, value] of out) cls.dict.set(name, copyField(value as PyInstance));
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
    if (!field.name || fieldInfo(cls.dict.get(field.name) ?? null) !== field) continue;
    if (related) cls.dict.set(field.name, forwardDescriptor(opts, field.name, orm));
    else if (field.className === 'ManyToManyField') cls.dict.set(field.name, manyToManyDescriptor(opts, field.name, orm));
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
