import { PyClass, PyList, PyNativeFunction, PyTuple, newDict, pyError, type Interpreter, type PyValue } from '../../python';
import { metaOf } from '../../db/models/meta';
import { relatedOpts, reverseRelations, type Options } from '../../db/models/options';
import { verboseName } from '../contenttypes/models';

/** Meta.verbose_name_plural, else the verbose name with an "s". */
function verboseNamePlural(opts: Options): string {
  const explicit = opts.meta.get('verbose_name_plural');
  return typeof explicit === 'string' ? explicit : `${verboseName(opts)}s`;
}

function optionsOf(model: PyValue): Options {
  const opts = metaOf(model);
  if (!opts) throw pyError('TypeError', `'${model instanceof PyClass ? model.name : 'object'}' is not a model class`);
  return opts;
}

/**
 * What the admin reads of a model's `_meta`, as a dict: the sandbox's models keep their
 * options on the TypeScript side, so the admin's Python asks for them here.
 */
function modelInfo(interp: Interpreter, model: PyValue): PyValue {
  const opts = optionsOf(model);
  const declared = new Map(opts.localFields.map((f) => [f.name, f]));
  const fields = opts.fields.map((field) => {
    const options = declared.get(field.name)?.options ?? field.def.kwargs;
    const given = options.get('verbose_name');
    const choices = options.get('choices');
    return newDict([
      ['name', field.name],
      ['attname', field.attname],
      ['verbose_name', typeof given === 'string' ? given : field.name.replace(/_/g, ' ')],
      ['type', field.type],
      ['choices', choices === undefined || choices instanceof PyClass ? (choices instanceof PyClass ? interp.getAttr(choices, 'choices') : null) : choices],
      ['blank', options.get('blank') === true],
      ['null', field.null],
      ['primary_key', field.primaryKey],
      ['editable', !field.primaryKey && options.get('editable') !== false && options.get('auto_now') !== true && options.get('auto_now_add') !== true],
      ['related', field.relation ? relatedOpts(field).cls : null],
    ]);
  });
  return newDict([
    ['app_label', opts.appLabel],
    ['model_name', opts.modelName],
    ['object_name', opts.objectName],
    ['verbose_name', verboseName(opts)],
    ['verbose_name_plural', verboseNamePlural(opts)],
    ['pk_name', opts.pk.name],
    ['pk_attname', opts.pk.attname],
    ['ordering', new PyList([...opts.ordering])],
    ['fields', new PyList(fields)],
    ['related', new PyList(reverseRelations(opts, true).map((r) => new PyTuple([r.model.cls, r.field.name])))],
  ]);
}

/** `_model_info(model)` for the admin's Python. */
export function modelInfoNative(interp: Interpreter): PyNativeFunction {
  return new PyNativeFunction('_model_info', ([model]) => modelInfo(interp, model ?? null));
}
