import { PyClass, PyInstance, PyList, PyNativeFunction, PyTuple, PyDict, objectClass, pyError, typeName, type Kwargs, type PyValue } from '../../python';
import { fieldInfo } from '../models/fields';
import { DELETION_HANDLERS } from '../models/deletion';
import { fieldDef, type FieldDef } from '../models/field-def';
import { AddField, AlterField, AlterModelOptions, AlterModelTable, CreateModel, DeleteModel, RemoveField, RenameField, RenameModel, type Operation } from './operations';

const operations = new WeakMap<PyInstance, Operation>();

/** The operation a migration file's `migrations.AddField(...)` built. */
export function operationOf(value: PyValue): Operation | undefined {
  return value instanceof PyInstance ? operations.get(value) : undefined;
}

/** A field written in a migration file (`models.CharField(max_length=100)`), as migrations store it. */
export function fieldDefOf(value: PyValue): FieldDef {
  const info = fieldInfo(value);
  if (!info) throw pyError('TypeError', `expected a field, got ${typeName(value)}`);
  const kwargs = new Map(info.options);
  // Django's deconstruct() lower-cases the model's name (`to=settings.AUTH_USER_MODEL` reads 'auth.User').
  if (info.to !== undefined) kwargs.set('to', typeof info.to === 'string' && info.to.includes('.') ? info.to.replace(/\.(.*)$/, (_, m: string) => `.${m.toLowerCase()}`) : info.to);
  if (info.onDelete !== undefined) kwargs.set('on_delete', info.onDelete);
  return fieldDef(info.className, kwargs);
}

function str(value: PyValue | undefined, what: string): string {
  if (typeof value !== 'string') throw pyError('TypeError', `${what} must be a string, not ${typeName(value ?? null)}`);
  return value;
}

function optionsMap(value: PyValue | undefined): Map<string, PyValue> {
  const out = new Map<string, PyValue>();
  if (value instanceof PyDict) for (const { key, value: v } of value.entries.values()) out.set(String(key), v);
  return out;
}

/** Binds positional and keyword arguments to an operation's parameter names. */
function bind(name: string, params: string[], args: PyValue[], kwargs: Kwargs): Map<string, PyValue> {
  const out = new Map<string, PyValue>();
  args.forEach((a, i) => {
    if (i >= params.length) throw pyError('TypeError', `${name}.__init__() takes ${params.length + 1} positional arguments but ${args.length + 1} were given`);
    out.set(params[i]!, a);
  });
  for (const [k, v] of kwargs) {
    if (!params.includes(k)) throw pyError('TypeError', `${name}.__init__() got an unexpected keyword argument '${k}'`);
    out.set(k, v);
  }
  return out;
}

const OPERATIONS: Record<string, { params: string[]; build(a: Map<string, PyValue>): Operation }> = {
  CreateModel: {
    params: ['name', 'fields', 'options', 'bases', 'managers'],
    build: (a) => {
      const fields = a.get('fields');
      const items = fields instanceof PyList || fields instanceof PyTuple ? fields.items : [];
      return new CreateModel(
        str(a.get('name'), 'name'),
        items.map((pair) => {
          const [n, f] = pair instanceof PyTuple ? pair.items : [];
          return [str(n, 'field name'), fieldDefOf(f ?? null)] as [string, FieldDef];
        }),
        optionsMap(a.get('options')),
      );
    },
  },
  DeleteModel: { params: ['name'], build: (a) => new DeleteModel(str(a.get('name'), 'name')) },
  RenameModel: { params: ['old_name', 'new_name'], build: (a) => new RenameModel(str(a.get('old_name'), 'old_name'), str(a.get('new_name'), 'new_name')) },
  AlterModelOptions: { params: ['name', 'options'], build: (a) => new AlterModelOptions(str(a.get('name'), 'name'), optionsMap(a.get('options'))) },
  AlterModelTable: { params: ['name', 'table'], build: (a) => new AlterModelTable(str(a.get('name'), 'name'), (a.get('table') as string | null) ?? null) },
  AddField: {
    params: ['model_name', 'name', 'field', 'preserve_default'],
    build: (a) => new AddField(str(a.get('model_name'), 'model_name'), str(a.get('name'), 'name'), fieldDefOf(a.get('field') ?? null), a.get('preserve_default') !== false),
  },
  RemoveField: { params: ['model_name', 'name'], build: (a) => new RemoveField(str(a.get('model_name'), 'model_name'), str(a.get('name'), 'name')) },
  AlterField: {
    params: ['model_name', 'name', 'field', 'preserve_default'],
    build: (a) => new AlterField(str(a.get('model_name'), 'model_name'), str(a.get('name'), 'name'), fieldDefOf(a.get('field') ?? null), a.get('preserve_default') !== false),
  },
  RenameField: {
    params: ['model_name', 'old_name', 'new_name'],
    build: (a) => new RenameField(str(a.get('model_name'), 'model_name'), str(a.get('old_name'), 'old_name'), str(a.get('new_name'), 'new_name')),
  },
};

/** `from django.db import migrations`: what migration files see. */
export function migrationsModule(): Record<string, PyValue> {
  const Migration = new PyClass('Migration', [objectClass], 'django.db.migrations.migration');
  Migration.dict.set('initial', null);
  Migration.dict.set('dependencies', new PyList([]));
  Migration.dict.set('operations', new PyList([]));
  const out: Record<string, PyValue> = { Migration };
  for (const [name, spec] of Object.entries(OPERATIONS)) {
    out[name] = new PyClass(name, [objectClass], 'django.db.migrations.operations', {
      construct: (cls, args, kwargs) => {
        const instance = new PyInstance(cls);
        operations.set(instance, spec.build(bind(name, spec.params, args, kwargs)));
        return instance;
      },
    });
  }
  for (const name of ['RunPython', 'RunSQL', 'SeparateDatabaseAndState', 'AddIndex', 'RemoveIndex', 'AddConstraint', 'RemoveConstraint', 'AlterUniqueTogether', 'AlterIndexTogether', 'AlterOrderWithRespectTo', 'AlterModelManagers']) {
    out[name] = new PyNativeFunction(name, () => {
      throw pyError('NotImplementedError', `migrations.${name} is not available in the sandbox`);
    });
  }
  out.swappable_dependency = new PyNativeFunction('swappable_dependency', ([value]) => {
    const label = str(value, 'setting');
    return new PyTuple([label.split('.')[0]!, '__first__']);
  });
  return out;
}

export function deletionModule(): Record<string, PyValue> {
  return { ...DELETION_HANDLERS };
}
