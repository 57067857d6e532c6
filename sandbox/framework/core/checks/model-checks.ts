import type { AppRegistry } from '../../apps/registry';
import type { FieldInfo } from '../../db/models/fields';
import { ERROR, WARNING, type CheckMessage } from './messages';

function positiveInt(value: unknown): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

const CHAR_FIELDS = new Set(['CharField', 'SlugField', 'EmailField', 'URLField']);

/** The field checks the lessons meet (Django's Field.check() and its subclasses'). */
function checkField(field: FieldInfo): CheckMessage[] {
  const obj = `${field.model!.appLabel}.${field.model!.objectName}.${field.name}`;
  const error = (id: string, msg: string): CheckMessage => ({ level: ERROR, msg, obj, id });
  const out: CheckMessage[] = [];
  if (field.name?.endsWith('_')) out.push(error('fields.E001', "Field names must not end with an underscore."));
  if (field.name?.includes('__')) out.push(error('fields.E002', `Field names must not contain "__".`));
  if (field.name === 'pk') out.push(error('fields.E003', "'pk' is a reserved word that cannot be used as a field name."));
  if (CHAR_FIELDS.has(field.className)) {
    const maxLength = field.options.get('max_length');
    if (maxLength === undefined || maxLength === null) out.push(error('fields.E120', "CharFields must define a 'max_length' attribute."));
    else if (!positiveInt(maxLength)) out.push(error('fields.E121', "'max_length' must be a positive integer."));
  }
  if (field.className === 'DecimalField') {
    const digits = field.options.get('max_digits');
    const places = field.options.get('decimal_places');
    if (places === undefined || places === null) out.push(error('fields.E130', "DecimalFields must define a 'decimal_places' attribute."));
    else if (typeof places !== 'number' || places < 0) out.push(error('fields.E131', "'decimal_places' must be a non-negative integer."));
    if (digits === undefined || digits === null) out.push(error('fields.E132', "DecimalFields must define a 'max_digits' attribute."));
    else if (!positiveInt(digits)) out.push(error('fields.E133', "'max_digits' must be a positive integer."));
    else if (typeof places === 'number' && places > (digits as number)) {
      out.push(error('fields.E134', "'max_digits' must be greater or equal to 'decimal_places'."));
    }
  }
  if (field.className === 'ManyToManyField' && field.options.has('null')) {
    out.push({ level: WARNING, msg: 'null has no effect on ManyToManyField.', obj, id: 'fields.W340' });
  }
  if (field.options.get('null') === true && field.className === 'BooleanField') {
    // Allowed since Django 2.1: nothing to report.
  }
  return out;
}

/**
 * A ForeignKey, OneToOneField or ManyToManyField naming a model that is not there: fields.E300
 * from the field, and fields.E307 from the check of lazy references ('auth.Users', a typo, or
 * an app not installed); for a ManyToManyField, its table of links' ForeignKey once more.
 */
function relationErrors(apps: AppRegistry, field: FieldInfo): CheckMessage[] {
  const related = ['ForeignKey', 'OneToOneField', 'ManyToManyField'].includes(field.className);
  if (!related || typeof field.to !== 'string' || field.to === 'self') return [];
  const model = field.model!;
  const [appLabel, modelName] = field.to.includes('.') ? field.to.split('.', 2) : [model.appLabel, field.to];
  const app = apps.byLabel(appLabel!);
  if (app?.models.has(modelName!.toLowerCase())) return [];
  const obj = `${model.appLabel}.${model.objectName}.${field.name}`;
  const reference = `${appLabel}.${modelName!.toLowerCase()}`;
  const missing = app ? `app '${appLabel}' doesn't provide model '${modelName!.toLowerCase()}'` : `app '${appLabel}' isn't installed`;
  const lazy = (on: string): CheckMessage => ({ level: ERROR, obj: on, id: 'fields.E307', msg: `The field ${on} was declared with a lazy reference to '${reference}', but ${missing}.` });
  const out = [{ level: ERROR, obj, id: 'fields.E300', msg: `Field defines a relation with model '${field.to}', which is either not installed, or is abstract.` }, lazy(obj)];
  if (field.className === 'ManyToManyField') out.push(lazy(`${model.appLabel}.${model.objectName}_${field.name}.${modelName!.toLowerCase()}`));
  return out;
}

/**
 * A ManyToManyField through a model that is not there: fields.E331, and models.E022 from the
 * lazy reference (Django names the function waiting for the model, with its address).
 */
function throughErrors(apps: AppRegistry, field: FieldInfo): CheckMessage[] {
  const through = field.className === 'ManyToManyField' ? field.options.get('through') : undefined;
  if (typeof through !== 'string') return [];
  const model = field.model!;
  const [appLabel, modelName] = through.includes('.') ? through.split('.', 2) : [model.appLabel, through];
  const app = apps.byLabel(appLabel!);
  if (app?.models.has(modelName!.toLowerCase())) return [];
  const waiting = '<function ManyToManyField.contribute_to_class.<locals>.resolve_through_model at 0x7f3a7e2ef1d0>';
  const missing = app ? `app '${appLabel}' doesn't provide model '${modelName!.toLowerCase()}'` : `app '${appLabel}' isn't installed`;
  return [
    { level: ERROR, obj: waiting, id: 'models.E022', msg: `${waiting} contains a lazy reference to ${appLabel}.${modelName!.toLowerCase()}, but ${missing}.` },
    { level: ERROR, obj: `${model.appLabel}.${model.objectName}.${field.name}`, id: 'fields.E331', msg: `Field specifies a many-to-many relation through model '${through}', which has not been installed.` },
  ];
}

export function checkModels(apps: AppRegistry): CheckMessage[] {
  const fields = apps.allModels().flatMap((m) => m.localFields);
  return [...fields.flatMap(checkField), ...fields.flatMap((f) => relationErrors(apps, f)), ...fields.flatMap((f) => throughErrors(apps, f))];
}
