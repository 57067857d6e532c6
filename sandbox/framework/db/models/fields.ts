import { PyClass, PyInstance, PyNativeFunction, objectClass, pyError, typeName, type Kwargs, type PyValue } from '../../python';
import type { Options } from './options';

/** The arguments Field.__init__ accepts, in order (the first ones may be given positionally). */
const FIELD_PARAMS = [
  'verbose_name', 'name', 'primary_key', 'max_length', 'unique', 'blank', 'null', 'db_index', 'rel', 'default',
  'editable', 'serialize', 'unique_for_date', 'unique_for_month', 'unique_for_year', 'choices', 'help_text',
  'db_column', 'db_tablespace', 'auto_created', 'validators', 'error_messages', 'db_comment', 'db_default',
];

/** A field as written in models.py: its class and the options it was given. */
export interface FieldInfo {
  className: string;
  options: Map<string, PyValue>;
  /** Set when the model class is created. */
  name: string | null;
  model: Options | null;
  /** ForeignKey, OneToOneField and ManyToManyField: the model named (a class or a string). */
  to?: PyValue;
  onDelete?: PyValue;
  /** Field.creation_counter: a model's fields are in the order they were made, inherited ones too. */
  creation: number;
}

interface FieldSpec {
  /** The class's own parameters before Field's, in order, and which are required. */
  own: { name: string; required?: boolean; default?: PyValue }[];
  /** Whether positional arguments past `own` go on to Field's (CharField(*args, **kwargs) does). */
  passPositional: boolean;
  defaults?: Record<string, PyValue>;
}

const PLAIN: FieldSpec = { own: [], passPositional: true };

/** Django's field classes, with what their __init__ takes beyond Field's. */
export const FIELD_SPECS: Record<string, FieldSpec> = {
  Field: PLAIN,
  AutoField: PLAIN,
  BigAutoField: PLAIN,
  SmallAutoField: PLAIN,
  CharField: { own: [{ name: 'db_collation' }], passPositional: true },
  TextField: { own: [{ name: 'db_collation' }], passPositional: true },
  SlugField: { own: [{ name: 'allow_unicode' }], passPositional: true, defaults: { max_length: 50, db_index: true } },
  EmailField: { own: [], passPositional: true, defaults: { max_length: 254 } },
  URLField: { own: [], passPositional: true, defaults: { max_length: 200 } },
  IntegerField: PLAIN,
  BigIntegerField: PLAIN,
  SmallIntegerField: PLAIN,
  PositiveIntegerField: PLAIN,
  PositiveSmallIntegerField: PLAIN,
  PositiveBigIntegerField: PLAIN,
  FloatField: PLAIN,
  BooleanField: PLAIN,
  DecimalField: { own: [{ name: 'verbose_name' }, { name: 'name' }, { name: 'max_digits' }, { name: 'decimal_places' }], passPositional: false },
  DateField: { own: [{ name: 'verbose_name' }, { name: 'name' }, { name: 'auto_now' }, { name: 'auto_now_add' }], passPositional: false },
  DateTimeField: { own: [{ name: 'verbose_name' }, { name: 'name' }, { name: 'auto_now' }, { name: 'auto_now_add' }], passPositional: false },
  TimeField: { own: [{ name: 'verbose_name' }, { name: 'name' }, { name: 'auto_now' }, { name: 'auto_now_add' }], passPositional: false },
  ForeignKey: {
    own: [
      { name: 'to', required: true },
      { name: 'on_delete', required: true },
      { name: 'related_name' },
      { name: 'related_query_name' },
      { name: 'limit_choices_to' },
      { name: 'parent_link' },
      { name: 'to_field' },
      { name: 'db_constraint' },
    ],
    passPositional: false,
  },
  OneToOneField: { own: [{ name: 'to', required: true }, { name: 'on_delete', required: true }, { name: 'to_field' }], passPositional: false },
  ManyToManyField: {
    own: [
      { name: 'to', required: true },
      { name: 'related_name' },
      { name: 'related_query_name' },
      { name: 'limit_choices_to' },
      { name: 'symmetrical' },
      { name: 'through' },
      { name: 'through_fields' },
      { name: 'db_constraint' },
      { name: 'db_table' },
      { name: 'swappable' },
    ],
    passPositional: false,
  },
};

const infos = new WeakMap<PyInstance, FieldInfo>();
let created = 0;

export function fieldInfo(value: PyValue): FieldInfo | undefined {
  return value instanceof PyInstance ? infos.get(value) : undefined;
}

function bindArguments(className: string, spec: FieldSpec, args: PyValue[], kwargs: Kwargs): Map<string, PyValue> {
  const options = new Map<string, PyValue>(Object.entries(spec.defaults ?? {}));
  const own = spec.own;
  const positionalNames = spec.passPositional ? [...own.filter((p) => p.name !== 'db_collation' && p.name !== 'allow_unicode').map((p) => p.name), ...FIELD_PARAMS] : own.map((p) => p.name);
  if (args.length > positionalNames.length) {
    throw pyError('TypeError', `${className}.__init__() takes from 1 to ${positionalNames.length + 1} positional arguments but ${args.length + 1} were given`);
  }
  args.forEach((a, i) => options.set(positionalNames[i]!, a));
  const accepted = new Set([...own.map((p) => p.name), ...FIELD_PARAMS]);
  for (const [k, v] of kwargs) {
    if (options.has(k) && args.length > positionalNames.indexOf(k) && positionalNames.indexOf(k) >= 0) {
      throw pyError('TypeError', `${className}.__init__() got multiple values for argument '${k}'`);
    }
    if (!accepted.has(k)) {
      // Django's subclasses pass unknown keywords on, so Field.__init__ is the one that complains.
      const owner = own.some((p) => p.name === k) ? className : 'Field';
      throw pyError('TypeError', `${owner}.__init__() got an unexpected keyword argument '${k}'`);
    }
    options.set(k, v);
  }
  const missing = own.filter((p) => p.required && !options.has(p.name)).map((p) => `'${p.name}'`);
  if (missing.length) {
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
    throw pyError('TypeError', `${className}.__init__() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`);
  }
  return options;
}

/** The field classes of django.db.models. */
export function fieldClasses(): Record<string, PyValue> {
  const out: Record<string, PyValue> = {};
  const base = new PyClass('Field', [objectClass], 'django.db.models.fields');
  for (const [name, spec] of Object.entries(FIELD_SPECS)) {
    const related = name === 'ForeignKey' || name === 'OneToOneField' || name === 'ManyToManyField';
    const module = related ? 'django.db.models.fields.related' : 'django.db.models.fields';
    const cls =
      name === 'Field'
        ? base
        : new PyClass(name, [base], module, {
            construct: (actual, args, kwargs) => {
              const options = bindArguments(actual.name, spec, args, kwargs);
              const instance = new PyInstance(actual);
              const info: FieldInfo = { className: actual.name, options, name: null, model: null, creation: created++ };
              if (related) {
                info.to = options.get('to');
                options.delete('to');
                if (name !== 'ManyToManyField') {
                  info.onDelete = options.get('on_delete');
                  options.delete('on_delete');
                  if (!isCallable(info.onDelete ?? null)) throw pyError('TypeError', 'on_delete must be callable.');
                }
              }
              infos.set(instance, info);
              return instance;
            },
          });
    out[name] = cls;
  }
  return out;
}

/**
 * A copy of a field for a model inheriting it from an abstract model (Django deep-copies
 * them): each model's field knows its own model, and keeps the original's place in order.
 */
export function copyField(value: PyInstance): PyInstance {
  const info = infos.get(value)!;
  const copy = new PyInstance(value.cls);
  for (const [k, v] of value.dict) copy.dict.set(k, v);
  infos.set(copy, { ...info, options: new Map(info.options), name: null, model: null });
  return copy;
}

function isCallable(value: PyValue): boolean {
  return value instanceof PyNativeFunction || value instanceof PyClass || typeName(value) === 'function';
}
