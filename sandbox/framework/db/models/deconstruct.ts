import { PyClass, type PyValue } from '../../python';
import type { AppRegistry } from '../../apps/registry';
import type { Settings } from '../../conf/settings';
import type { FieldInfo } from './fields';
import type { Options } from './options';
import { metaOf } from './meta';
import { fieldDef, type FieldDef } from './field-def';

/** Field.__init__'s defaults: deconstruct() leaves out what equals them. */
const FIELD_DEFAULTS: Record<string, PyValue> = {
  verbose_name: null, primary_key: false, max_length: null, unique: false, blank: false, null: false,
  db_index: false, editable: true, serialize: true, unique_for_date: null, unique_for_month: null,
  unique_for_year: null, choices: null, help_text: '', db_column: null, db_tablespace: null,
  auto_created: false, error_messages: null, db_comment: null,
};

/** The field the model gets when it declares no primary key (DEFAULT_AUTO_FIELD, or its app's). */
function autoField(model: Options, apps: AppRegistry, settings: Settings | null): FieldDef {
  const app = apps.byLabel(model.appLabel);
  const fromApp = app?.configClass?.lookup('default_auto_field');
  const fromSettings = settings?.get('DEFAULT_AUTO_FIELD');
  const path = typeof fromApp === 'string' && app?.configClass?.mro.some((c) => c.dict.has('default_auto_field') && c.module !== 'django.apps.config')
    ? fromApp
    : app?.defaultAutoField ?? (typeof fromSettings === 'string' ? fromSettings : 'django.db.models.AutoField');
  const type = path.slice(path.lastIndexOf('.') + 1);
  return fieldDef(type, [
    ['auto_created', true],
    ['primary_key', true],
    ['serialize', false],
    ['verbose_name', 'ID'],
  ]);
}

/** Field.deconstruct(): the class and the options that differ from the defaults. */
export function deconstruct(field: FieldInfo, model: Options): FieldDef {
  const kwargs = new Map<string, PyValue>();
  for (const [k, v] of field.options) {
    if (k in FIELD_DEFAULTS && FIELD_DEFAULTS[k] === v) continue;
    if (k === 'validators' && v !== null && typeof v === 'object' && 'items' in v && (v as { items: unknown[] }).items.length === 0) continue;
    kwargs.set(k, v);
  }
  if (field.options.get('primary_key') === true) kwargs.set('serialize', false);
  withoutClassDefaults(field.className, kwargs);
  // SlugField indexes by default, so it writes db_index=False, which Field's defaults dropped.
  if (field.className === 'SlugField' && field.options.get('db_index') === false) kwargs.set('db_index', false);
  if (field.className === 'ForeignKey' || field.className === 'OneToOneField') {
    kwargs.set('on_delete', field.onDelete ?? null);
    kwargs.set('to', relationLabel(field.to ?? null, model));
  }
  if (field.className === 'ManyToManyField') {
    kwargs.set('to', relationLabel(field.to ?? null, model));
    // A through model is written by its label, its name's case kept: 'store.Membership'.
    const through = field.options.get('through');
    if (through !== undefined && through !== null) kwargs.set('through', throughLabel(through, model));
  }
  return fieldDef(field.className, kwargs);
}

/**
 * What each field class's deconstruct() leaves out because it is the class's default
 * (SlugField's max_length=50 and db_index=True...). The autodetector compares a field read
 * back from a migration file (which keeps them, for the schema editor) through it too.
 */
export function withoutClassDefaults(className: string, kwargs: Map<string, PyValue>): void {
  switch (className) {
    case 'SlugField':
      if (kwargs.get('max_length') === 50) kwargs.delete('max_length');
      if (kwargs.get('db_index') === true) kwargs.delete('db_index');
      break;
    case 'URLField':
      if (kwargs.get('max_length') === 200) kwargs.delete('max_length');
      break;
    case 'DateField':
    case 'DateTimeField':
    case 'TimeField':
      for (const k of ['auto_now', 'auto_now_add']) if (kwargs.get(k) === false) kwargs.delete(k);
      break;
    case 'ManyToManyField':
      // What ManyToManyField.deconstruct() never writes, or writes only when it differs.
      for (const k of ['symmetrical', 'swappable']) kwargs.delete(k);
      if (kwargs.get('db_constraint') === true) kwargs.delete('db_constraint');
      for (const k of ['through', 'through_fields', 'db_table', 'related_name', 'related_query_name', 'limit_choices_to']) if (kwargs.get(k) === null) kwargs.delete(k);
      break;
    case 'ForeignKey':
    case 'OneToOneField': {
      if (kwargs.get('db_index') === true) kwargs.delete('db_index');
      if (kwargs.get('db_constraint') === true) kwargs.delete('db_constraint');
      if (kwargs.get('parent_link') === false) kwargs.delete('parent_link');
      break;
    }
  }
}

function throughLabel(through: PyValue, model: Options): string {
  if (through instanceof PyClass) {
    const meta = metaOf(through);
    return meta ? meta.label : through.name;
  }
  const name = String(through);
  return name.includes('.') ? name : `${model.appLabel}.${name}`;
}

/** `to=Student`, `to='Student'`, `to='home.Student'`, `to='self'` → 'home.student'. */
function relationLabel(to: PyValue, model: Options): string {
  if (to instanceof PyClass) {
    const meta = metaOf(to);
    return meta ? `${meta.appLabel}.${meta.modelName}` : to.name.toLowerCase();
  }
  const name = String(to);
  if (name === 'self') return `${model.appLabel}.${model.modelName}`;
  return (name.includes('.') ? name : `${model.appLabel}.${name}`).toLowerCase();
}

/**
 * A model's concrete fields as deconstruct() gives them, in order, with the automatic
 * primary key first when the model declares none: what the ORM and migrations both start from.
 */
export function concreteFieldDefs(model: Options, apps: AppRegistry, settings: Settings | null): [string, FieldDef][] {
  const fields: [string, FieldDef][] = model.localFields.filter((f) => f.className !== 'ManyToManyField').map((f) => [f.name!, deconstruct(f, model)]);
  if (!model.localFields.some((f) => f.options.get('primary_key') === true)) fields.unshift(['id', autoField(model, apps, settings)]);
  return fields;
}

/** The model's ManyToManyFields as deconstruct() gives them (Options.local_many_to_many). */
export function manyToManyFieldDefs(model: Options): [string, FieldDef][] {
  return model.localFields.filter((f) => f.className === 'ManyToManyField').map((f) => [f.name!, deconstruct(f, model)]);
}
