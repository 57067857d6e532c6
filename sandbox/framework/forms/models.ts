import { PyClass, PyDict, PyException, PyInstance, PyList, PyNativeFunction, PyTuple, dictGet, dictSet, newDict, newException, pyError, type Interpreter, type PyValue } from '../python';
import { FieldError, ImproperlyConfigured, ValidationError } from '../core/exceptions';
import { validationError } from '../core/validation-error';
import { metaOf } from '../db/models/meta';
import { getField, relatedOpts, type Options } from '../db/models/options';
import type { FieldInfo } from '../db/models/fields';
import { modelState } from '../db/models/instance';
import { bindArgs, callMethod, capfirst, defineClass, dictPairs, items, setProperty } from '../utils/native-classes';
import { collectDeclaredFields } from './forms';
import { isEmptyValue } from './fields';

/**
 * django.forms.models: ModelForm (its fields made from a model's, Meta.fields/exclude/labels/
 * widgets/help_texts, instance, unique checks, save) and ModelChoiceField for ForeignKeys.
 */
const MODULE = 'django.forms.models';
const ALL_FIELDS = '__all__';
const NON_EDITABLE = new Set(['AutoField', 'BigAutoField', 'SmallAutoField']);
const INTEGER_TYPES = new Set(['IntegerField', 'BigIntegerField', 'SmallIntegerField', 'PositiveIntegerField', 'PositiveSmallIntegerField', 'PositiveBigIntegerField']);
const MAX_BIGINT = 9223372036854775807n;

interface Deps {
  fields: Record<string, PyClass>;
  widgets: Record<string, PyClass>;
  forms: Record<string, PyClass>;
}

function editable(info: FieldInfo): boolean {
  if (NON_EDITABLE.has(info.className)) return false;
  if (info.options.get('editable') === false) return false;
  return info.options.get('auto_now') !== true && info.options.get('auto_now_add') !== true;
}

function verboseName(info: FieldInfo): string {
  const given = info.options.get('verbose_name');
  return typeof given === 'string' ? given : (info.name ?? '').replace(/_/g, ' ');
}

/** Options.verbose_name: Meta's, else the class name in words ("BlogPost" is "blog post"). */
function modelVerboseName(opts: Options): string {
  const given = opts.meta.get('verbose_name');
  if (typeof given === 'string') return given;
  return opts.objectName.replace(/((?<=[a-z])[A-Z])|([A-Z](?![A-Z]|$))/g, ' $&').toLowerCase().trim();
}

export function modelFormClasses(interp: Interpreter, deps: Deps): Record<string, PyValue> {
  const get = (obj: PyValue, name: string) => interp.getAttr(obj, name);
  const str = (v: PyValue) => interp.str(v);
  const { fields: F, widgets: W, forms } = deps;
  const managerOf = (cls: PyValue) => interp.findAttr(cls, '_default_manager') ?? get(cls, 'objects');

  const ModelChoiceIterator = defineClass('ModelChoiceIterator', [], MODULE, {
    __init__(self, [field]) {
      self.dict.set('field', field ?? null);
      return null;
    },
    __iter__(self) {
      const field = get(self, 'field');
      const out: PyValue[] = [];
      const empty = get(field, 'empty_label');
      if (empty !== null) out.push(new PyTuple(['', empty]));
      for (const obj of interp.iterate(callMethod(interp, get(field, 'queryset'), 'all'))) {
        out.push(new PyTuple([callMethod(interp, field, 'prepare_value', [obj]), callMethod(interp, field, 'label_from_instance', [obj])]));
      }
      return interp.call(interp.builtins.get('iter')!, [new PyList(out)]);
    },
    __len__(self) {
      const field = get(self, 'field');
      const count = Number(callMethod(interp, get(field, 'queryset'), 'count'));
      return count + (get(field, 'empty_label') !== null ? 1 : 0);
    },
    __bool__: (self) => get(get(self, 'field'), 'empty_label') !== null || interp.truthy(callMethod(interp, get(get(self, 'field'), 'queryset'), 'exists')),
  });

  const ModelChoiceField = defineClass('ModelChoiceField', [F.ChoiceField!], MODULE, {
    __init__(self, args, kwargs) {
      interp.call(F.Field!.dict.get('__init__')!, [self, ...args], kwargs);
      const iterator = interp.instantiate(ModelChoiceIterator, [self]);
      self.dict.set('choices', iterator);
      interp.setAttr(get(self, 'widget'), 'choices', iterator);
      return null;
    },
    __deepcopy__(self) {
      const copy = interp.call(F.Field!.dict.get('__deepcopy__')!, [self]) as PyInstance;
      const iterator = interp.instantiate(ModelChoiceIterator, [copy]);
      copy.dict.set('choices', iterator);
      interp.setAttr(get(copy, 'widget'), 'choices', iterator);
      return copy;
    },
    label_from_instance: (self, [obj]) => str(obj ?? null),
    prepare_value(self, [value]) {
      if (value instanceof PyInstance && metaOf(value.cls)) {
        const key = get(self, 'to_field_name');
        return key !== null ? get(value, str(key)) : get(value, 'pk');
      }
      return value ?? null;
    },
    to_python(self, [value]) {
      value = value ?? null;
      if (isEmptyValue(value)) return null;
      const key = get(self, 'to_field_name');
      const lookup = key === null ? 'pk' : str(key);
      const queryset = get(self, 'queryset');
      if (value instanceof PyInstance && metaOf(value.cls)) value = get(value, lookup);
      try {
        return interp.call(get(queryset, 'get'), [], new Map([[lookup, value]]));
      } catch (err) {
        if (err instanceof PyException && ['ValueError', 'TypeError', 'DoesNotExist', 'ValidationError'].some((n) => err.exc.cls.mro.some((c) => c.name === n))) {
          throw validationError(interp, str(interp.getItem(get(self, 'error_messages'), 'invalid_choice')), 'invalid_choice', newDict([['value', value]]));
        }
        throw err;
      }
    },
    validate: (self, [value]) => interp.call(F.Field!.dict.get('validate')!, [self, value ?? null]),
    has_changed(self, [initial, data]) {
      if (interp.truthy(get(self, 'disabled'))) return false;
      const before = callMethod(interp, self, 'prepare_value', [initial ?? '']);
      return str(before ?? '') !== str(data ?? '');
    },
    __setattr__(self, [name, value]) {
      self.dict.set(str(name ?? null), value ?? null);
      return null;
    },
  }, {
    default_error_messages: newDict([['invalid_choice', 'Select a valid choice. That choice is not one of the available choices.']]),
  });

  /** ModelMultipleChoiceField: a ManyToManyField's form field, a QuerySet of the rows chosen. */
  const ModelMultipleChoiceField = defineClass('ModelMultipleChoiceField', [ModelChoiceField], MODULE, {
    __init__(self, args, kwargs) {
      interp.call(ModelChoiceField.dict.get('__init__')!, [self, ...args], new Map(kwargs).set('empty_label', null));
      return null;
    },
    to_python(self, [value]) {
      if (!interp.truthy(value ?? null)) return new PyList([]);
      return new PyList(interp.iterate(checkValues(self, value!)));
    },
    clean(self, [value]) {
      const prepared = callMethod(interp, self, 'prepare_value', [value ?? null]);
      const messages = get(self, 'error_messages');
      const required = interp.truthy(get(self, 'required'));
      if (!interp.truthy(prepared)) {
        if (required) throw validationError(interp, str(interp.getItem(messages, 'required')), 'required');
        return callMethod(interp, get(self, 'queryset'), 'none');
      }
      if (!(prepared instanceof PyList || prepared instanceof PyTuple)) throw validationError(interp, str(interp.getItem(messages, 'invalid_list')), 'invalid_list');
      const qs = checkValues(self, prepared);
      callMethod(interp, self, 'run_validators', [prepared]);
      return qs;
    },
    prepare_value(self, [value]) {
      value = value ?? null;
      const iterable = value instanceof PyList || value instanceof PyTuple || (value instanceof PyInstance && !metaOf(value.cls) && interp.findAttr(value, '__iter__') !== undefined);
      const one = (v: PyValue) => interp.call(ModelChoiceField.dict.get('prepare_value')!, [self, v]);
      return iterable ? new PyList(interp.iterate(value).map(one)) : one(value);
    },
    has_changed(self, [initial, data]) {
      if (interp.truthy(get(self, 'disabled'))) return false;
      const before = interp.iterate(callMethod(interp, self, 'prepare_value', [initial ?? new PyList([])]) ?? new PyList([])).map(str);
      const after = interp.iterate(data ?? new PyList([])).map(str);
      return before.length !== after.length || new Set(before).size !== new Set([...before, ...after]).size;
    },
  }, {
    widget: W.SelectMultiple!,
    default_error_messages: newDict([
      ['invalid_list', 'Enter a list of values.'],
      ['invalid_choice', 'Select a valid choice. %(value)s is not one of the available choices.'],
      ['invalid_pk_value', '“%(pk)s” is not a valid value.'],
    ]),
  });

  /** ModelMultipleChoiceField._check_values: each key must be a valid one, and a row's. */
  function checkValues(self: PyValue, value: PyValue): PyValue {
    const key = get(self, 'to_field_name');
    const lookup = key === null ? 'pk' : str(key);
    const queryset = get(self, 'queryset');
    const messages = get(self, 'error_messages');
    let values: PyValue[];
    try {
      // Django makes a frozenset of them; the sandbox keeps the order given.
      values = interp.iterate(value);
    } catch (err) {
      if (err instanceof PyException && err.exc.cls.name === 'TypeError') throw validationError(interp, str(interp.getItem(messages, 'invalid_list')), 'invalid_list');
      throw err;
    }
    for (const pk of values) {
      try {
        interp.call(get(queryset, 'filter'), [], new Map([[lookup, pk]]));
      } catch (err) {
        if (err instanceof PyException && ['ValueError', 'TypeError'].includes(err.exc.cls.name)) {
          throw validationError(interp, str(interp.getItem(messages, 'invalid_pk_value')), 'invalid_pk_value', newDict([['pk', pk]]));
        }
        throw err;
      }
    }
    const qs = interp.call(get(queryset, 'filter'), [], new Map([[`${lookup}__in`, new PyList(values)]]));
    const found = new Set(interp.iterate(qs).map((o) => str(get(o, lookup))));
    for (const v of values) {
      if (!found.has(str(v))) throw validationError(interp, str(interp.getItem(messages, 'invalid_choice')), 'invalid_choice', newDict([['value', v]]));
    }
    return qs;
  }

  /** The model a ManyToManyField points to. */
  function manyToManyModel(opts: Options, name: string): Options {
    const field = opts.manyToMany.find((f) => f.name === name)!;
    const [app, model] = field.to.split('.');
    const related = opts.orm.apps.byLabel(app ?? '')?.models.get(model ?? '');
    if (!related) throw pyError('ValueError', `Related model '${field.to}' cannot be resolved`);
    return related;
  }

  const isManyToMany = (info: FieldInfo) => info.className === 'ManyToManyField';

  /** Model field → form field, as each model field's formfield() chooses. */
  function formField(info: FieldInfo, opts: Options, overrides: Map<string, PyValue>, formClass: PyValue): PyValue {
    const o = info.options;
    const kwargs = new Map<string, PyValue>();
    kwargs.set('required', o.get('blank') !== true);
    kwargs.set('label', capfirst(verboseName(info)));
    kwargs.set('help_text', o.get('help_text') ?? '');
    const hasDefault = o.has('default');
    if (hasDefault) {
      const value = o.get('default')!;
      if (interp.truthy(interp.call(interp.builtins.get('callable')!, [value]))) {
        kwargs.set('initial', value);
        kwargs.set('show_hidden_initial', true);
      } else kwargs.set('initial', value);
    }
    let cls: PyValue = F.CharField!;
    const type = info.className;
    const choices = o.get('choices');
    if (choices !== undefined && choices !== null && type !== 'ForeignKey' && type !== 'OneToOneField') {
      const includeBlank = o.get('blank') === true || !(hasDefault || overrides.has('initial'));
      const list: PyValue[] = includeBlank ? [new PyTuple(['', '---------'])] : [];
      const source = choices instanceof PyClass ? get(choices, 'choices') : choices;
      list.push(...items(source, interp));
      const keep = new Set(['coerce', 'empty_value', 'choices', 'required', 'widget', 'label', 'initial', 'help_text', 'error_messages', 'show_hidden_initial', 'disabled']);
      const result = new Map([...kwargs].filter(([k]) => keep.has(k)));
      result.set('choices', new PyList(list));
      result.set('coerce', INTEGER_TYPES.has(type) ? interp.builtins.get('int')! : new PyNativeFunction('to_python', ([v]) => (v === null || v === undefined ? null : typeof v === 'string' ? v : str(v))));
      if (o.get('null') === true) result.set('empty_value', null);
      for (const [k, v] of overrides) result.set(k, v);
      return interp.call(formClass ?? F.TypedChoiceField!, [], result);
    }
    switch (type) {
      case 'CharField':
        kwargs.set('max_length', o.get('max_length') ?? null);
        if (o.get('null') === true) kwargs.set('empty_value', null);
        break;
      case 'TextField':
        kwargs.set('max_length', o.get('max_length') ?? null);
        kwargs.set('widget', W.Textarea!);
        break;
      case 'EmailField':
        cls = F.EmailField!;
        kwargs.set('max_length', o.get('max_length') ?? 254);
        break;
      case 'URLField':
        cls = F.URLField!;
        kwargs.set('max_length', o.get('max_length') ?? 200);
        break;
      case 'SlugField':
        cls = F.SlugField!;
        kwargs.set('max_length', o.get('max_length') ?? 50);
        if (o.get('allow_unicode') === true) kwargs.set('allow_unicode', true);
        break;
      case 'IntegerField':
      case 'SmallIntegerField':
        cls = F.IntegerField!;
        break;
      case 'BigIntegerField':
        cls = F.IntegerField!;
        kwargs.set('min_value', interp.evalExpression(`${-MAX_BIGINT - 1n}`));
        kwargs.set('max_value', interp.evalExpression(`${MAX_BIGINT}`));
        break;
      case 'PositiveIntegerField':
      case 'PositiveSmallIntegerField':
      case 'PositiveBigIntegerField':
        cls = F.IntegerField!;
        kwargs.set('min_value', 0);
        break;
      case 'FloatField':
        cls = F.FloatField!;
        break;
      case 'DecimalField':
        cls = F.DecimalField!;
        kwargs.set('max_digits', o.get('max_digits') ?? null);
        kwargs.set('decimal_places', o.get('decimal_places') ?? null);
        break;
      case 'BooleanField':
        cls = o.get('null') === true ? F.NullBooleanField! : F.BooleanField!;
        kwargs.set('required', false);
        break;
      case 'DateField':
        cls = F.DateField!;
        break;
      case 'DateTimeField':
        cls = F.DateTimeField!;
        break;
      case 'TimeField':
        cls = F.TimeField!;
        break;
      case 'ForeignKey':
      case 'OneToOneField': {
        cls = ModelChoiceField;
        const related = relatedOpts(getField(opts, info.name!)!);
        kwargs.set('queryset', callMethod(interp, managerOf(related.cls), 'all'));
        const toField = o.get('to_field');
        kwargs.set('to_field_name', toField ?? null);
        kwargs.set('blank', o.get('blank') === true);
        const limit = o.get('limit_choices_to');
        if (limit instanceof PyDict) kwargs.set('queryset', interp.call(get(kwargs.get('queryset')!, 'filter'), [], new Map(dictPairs(limit, interp).map(([k, v]) => [str(k), v]))));
        break;
      }
      case 'ManyToManyField': {
        cls = ModelMultipleChoiceField;
        kwargs.set('queryset', callMethod(interp, managerOf(manyToManyModel(opts, info.name!).cls), 'all'));
        const limit = o.get('limit_choices_to');
        if (limit instanceof PyDict) kwargs.set('queryset', interp.call(get(kwargs.get('queryset')!, 'filter'), [], new Map(dictPairs(limit, interp).map(([k, v]) => [str(k), v]))));
        break;
      }
      default:
        break;
    }
    for (const [k, v] of overrides) kwargs.set(k, v);
    return interp.call(formClass ?? cls, [], kwargs);
  }

  /** fields_for_model: the form fields of a model's editable fields, in Meta.fields' order when given. */
  function fieldsForModel(opts: Options, meta: Map<string, PyValue>, formName: string): PyDict {
    const wanted = meta.get('fields') ?? null;
    const fieldNames = wanted === null ? null : items(wanted, interp).map(str);
    const exclude = items(meta.get('exclude') ?? null, interp).map(str);
    const byKey = (key: string, name: string) => {
      const dict = meta.get(key);
      return dict instanceof PyDict ? dictGet(dict, name) : undefined;
    };
    const out = newDict();
    for (const info of opts.localFields) {
      const name = info.name!;
      if (!editable(info)) {
        if (fieldNames?.includes(name) && !exclude.includes(name)) {
          throw new PyException(newException(FieldError, [`'${name}' cannot be specified for ${opts.objectName} model form as it is a non-editable field`]));
        }
        continue;
      }
      if (fieldNames && !fieldNames.includes(name)) continue;
      if (exclude.includes(name)) continue;
      const overrides = new Map<string, PyValue>();
      for (const [metaKey, kwarg] of [['widgets', 'widget'], ['labels', 'label'], ['help_texts', 'help_text'], ['error_messages', 'error_messages']] as const) {
        const value = byKey(metaKey, name);
        if (value !== undefined) overrides.set(kwarg, value);
      }
      dictSet(out, name, formField(info, opts, overrides, byKey('field_classes', name) ?? null));
    }
    if (!fieldNames) return out;
    const ordered = newDict();
    for (const name of fieldNames) if (!exclude.includes(name)) dictSet(ordered, name, dictGet(out, name) ?? null);
    void formName;
    return ordered;
  }

  function metaOptions(cls: PyClass): Map<string, PyValue> {
    const meta = new Map<string, PyValue>();
    const Meta = cls.lookup('Meta');
    if (Meta instanceof PyClass) for (const c of [...Meta.mro].reverse()) for (const [k, v] of c.dict) if (!k.startsWith('__')) meta.set(k, v);
    return meta;
  }

  function onSubclass(cls: PyClass) {
    const declared = collectDeclaredFields(cls, F.Field!);
    const meta = metaOptions(cls);
    cls.dict.set('_meta_options', newDict([...meta].map(([k, v]) => [k, v] as [PyValue, PyValue])));
    for (const opt of ['fields', 'exclude', 'localized_fields']) {
      const value = meta.get(opt);
      if (typeof value === 'string' && value !== ALL_FIELDS) throw pyError('TypeError', `${cls.name}.Meta.${opt} cannot be a string. Did you mean to type: ('${value}',)?`);
    }
    const model = meta.get('model');
    if (model === undefined || model === null) return;
    const opts = metaOf(model);
    if (!opts) throw pyError('AttributeError', `type object '${interp.str(model)}' has no attribute '_meta'`);
    if (!meta.has('fields') && !meta.has('exclude')) {
      throw new PyException(newException(ImproperlyConfigured, [`Creating a ModelForm without either the 'fields' attribute or the 'exclude' attribute is prohibited; form ${cls.name} needs updating.`]));
    }
    if (meta.get('fields') === ALL_FIELDS) meta.set('fields', null);
    const fields = fieldsForModel(opts, meta, cls.name);
    const missing = dictPairs(fields, interp).filter(([k, v]) => v === null && dictGet(declared, k) === undefined).map(([k]) => str(k));
    if (missing.length) throw new PyException(newException(FieldError, [`Unknown field(s) (${missing.join(', ')}) specified for ${opts.objectName}`]));
    for (const { key, value } of declared.entries.values()) dictSet(fields, key, value);
    cls.dict.set('base_fields', fields);
  }

  const metaOf_ = (self: PyValue) => {
    const cls = (self as PyInstance).cls;
    const meta = metaOptions(cls);
    if (meta.get('fields') === ALL_FIELDS) meta.set('fields', null);
    return meta;
  };
  const modelOpts = (self: PyValue): Options => {
    const model = metaOf_(self).get('model');
    const opts = metaOf(model ?? null);
    if (!opts) throw pyError('ValueError', 'ModelForm has no model class specified.');
    return opts;
  };
  const inForm = (meta: Map<string, PyValue>, name: string) => {
    const fields = meta.get('fields');
    if (fields !== undefined && fields !== null && !items(fields, interp).map(str).includes(name)) return false;
    return !items(meta.get('exclude') ?? null, interp).map(str).includes(name);
  };

  const BaseModelForm = defineClass('BaseModelForm', [forms.BaseForm!], MODULE, {
    __init__(self, args, kwargs) {
      const a = bindArgs(
        `${self.cls.name}.__init__`, args, kwargs,
        ['data', 'files', 'auto_id', 'prefix', 'initial', 'error_class', 'label_suffix', 'empty_permitted', 'instance', 'use_required_attribute', 'renderer'],
        { data: null, files: null, auto_id: 'id_%s', prefix: null, initial: null, error_class: null, label_suffix: null, empty_permitted: false, instance: null, use_required_attribute: null, renderer: null },
      );
      const opts = modelOpts(self);
      const meta = metaOf_(self);
      let instance = a.get('instance');
      const objectData = newDict();
      if (instance === null) instance = interp.instantiate(opts.cls, []);
      else {
        for (const info of opts.localFields) {
          if (!editable(info) || !inForm(meta, info.name!)) continue;
          // model_to_dict: a ManyToManyField's value is the list of the rows it links to.
          if (isManyToMany(info)) {
            const linked = get(instance, 'pk') === null ? [] : interp.iterate(callMethod(interp, get(instance, info.name!), 'all'));
            dictSet(objectData, info.name!, new PyList(linked));
            continue;
          }
          const field = getField(opts, info.name!)!;
          dictSet(objectData, info.name!, get(instance, field.attname));
        }
      }
      self.dict.set('instance', instance);
      for (const [k, v] of dictPairs(a.get('initial'), interp)) dictSet(objectData, k, v);
      self.dict.set('_validate_unique', false);
      const forward = new Map<string, PyValue>([
        ['data', a.get('data')], ['files', a.get('files')], ['auto_id', a.get('auto_id')], ['prefix', a.get('prefix')], ['initial', objectData],
        ['label_suffix', a.get('label_suffix')], ['empty_permitted', a.get('empty_permitted')], ['use_required_attribute', a.get('use_required_attribute')], ['renderer', a.get('renderer')],
      ]);
      if (a.get('error_class') !== null) forward.set('error_class', a.get('error_class'));
      interp.call(forms.BaseForm!.dict.get('__init__')!, [self], forward);
      return null;
    },
    clean(self) {
      self.dict.set('_validate_unique', true);
      return get(self, 'cleaned_data');
    },
    _post_clean(self) {
      const opts = modelOpts(self);
      const meta = metaOf_(self);
      const cleaned = get(self, 'cleaned_data');
      const instance = get(self, 'instance');
      for (const info of opts.localFields) {
        const name = info.name!;
        // construct_instance leaves ManyToManyFields to save_m2m().
        if (!editable(info) || isManyToMany(info) || !inForm(meta, name) || !interp.contains(cleaned, name)) continue;
        if (info.options.has('default')) {
          const field = get(interp.getItem(self, name), 'field');
          const omitted = interp.truthy(callMethod(interp, get(field, 'widget'), 'value_omitted_from_data', [get(self, 'data'), get(self, 'files'), callMethod(interp, self, 'add_prefix', [name])]));
          if (omitted && isEmptyValue(interp.getItem(cleaned, name))) continue;
        }
        interp.setAttr(instance, name, interp.getItem(cleaned, name));
      }
      // Model.full_clean's field validators (those a model field was given), for the fields the form shows.
      const errors = get(self, 'errors');
      for (const info of opts.localFields) {
        const name = info.name!;
        const validators = info.options.get('validators');
        if (!validators || isManyToMany(info) || !inForm(meta, name) || !interp.contains(cleaned, name) || interp.contains(errors, name)) continue;
        const value = get(instance, getField(opts, name)!.attname);
        if (isEmptyValue(value)) continue;
        const found: PyValue[] = [];
        for (const v of items(validators, interp)) {
          try {
            interp.call(v, [value]);
          } catch (err) {
            if (!(err instanceof PyException) || !err.exc.cls.isSubclassOf(ValidationError)) throw err;
            found.push(...items(err.exc.dict.get('error_list') ?? null, interp));
          }
        }
        if (found.length) callMethod(interp, self, 'add_error', [name, interp.instantiate(ValidationError, [new PyList(found)])]);
      }
      const modelClean = interp.findAttr(instance, 'clean');
      if (modelClean !== undefined) {
        try {
          interp.call(modelClean, []);
        } catch (err) {
          if (!(err instanceof PyException) || !err.exc.cls.isSubclassOf(ValidationError)) throw err;
          callMethod(interp, self, 'add_error', [null, err.exc]);
        }
      }
      if (interp.truthy(get(self, '_validate_unique'))) callMethod(interp, self, 'validate_unique');
      return null;
    },
    validate_unique(self) {
      const opts = modelOpts(self);
      const instance = get(self, 'instance') as PyInstance;
      const cleaned = get(self, 'cleaned_data');
      const errors = get(self, 'errors');
      for (const info of opts.localFields) {
        const name = info.name!;
        if (isManyToMany(info)) continue;
        const field = getField(opts, name)!;
        if (info.options.get('unique') !== true && !field.primaryKey) continue;
        if (!interp.contains(get(self, 'fields'), name) || interp.contains(errors, name) || !interp.contains(cleaned, name)) continue;
        const value = get(instance, field.attname);
        if (value === null) continue;
        let qs = interp.call(get(managerOf(opts.cls), 'filter'), [], new Map([[field.attname, value]]));
        const pk = get(instance, 'pk');
        if (!modelState(instance).adding && pk !== null) qs = interp.call(get(qs, 'exclude'), [], new Map([['pk', pk]]));
        if (interp.truthy(callMethod(interp, qs, 'exists'))) {
          const params = newDict([['model', opts.cls], ['model_class', opts.cls], ['model_name', capfirst(modelVerboseName(opts))], ['field_label', capfirst(verboseName(info))], ['field_name', name], ['lookup_type', 'exact']]);
          const error = interp.instantiate(ValidationError, ['%(model_name)s with this %(field_label)s already exists.'], new Map<string, PyValue>([['code', 'unique'], ['params', params]]));
          callMethod(interp, self, 'add_error', [name, error]);
        }
      }
      return null;
    },
    save(self, args, kwargs) {
      const a = bindArgs('save', args, kwargs, ['commit'], { commit: true });
      const instance = get(self, 'instance') as PyInstance;
      if (interp.truthy(get(self, 'errors'))) {
        const verb = modelState(instance).adding ? 'created' : 'changed';
        throw pyError('ValueError', `The ${instance.cls.name} could not be ${verb} because the data didn't validate.`);
      }
      if (interp.truthy(a.get('commit'))) {
        callMethod(interp, instance, 'save');
        callMethod(interp, self, '_save_m2m');
      } else self.dict.set('save_m2m', get(self, '_save_m2m'));
      return instance;
    },
    /** The form's ManyToManyFields: each one's rows set to those chosen (save_form_data). */
    _save_m2m(self) {
      const opts = modelOpts(self);
      const meta = metaOf_(self);
      const cleaned = get(self, 'cleaned_data');
      const instance = get(self, 'instance');
      for (const info of opts.localFields) {
        const name = info.name!;
        if (!isManyToMany(info) || !editable(info) || !inForm(meta, name) || !interp.contains(cleaned, name)) continue;
        callMethod(interp, get(instance, name), 'set', [interp.getItem(cleaned, name)]);
      }
      return null;
    },
  });
  setProperty(BaseModelForm, '_meta', (self) => {
    const meta = metaOf_(self);
    const ns = defineClass('ModelFormOptions', [], MODULE);
    const inst = new PyInstance(ns);
    for (const key of ['model', 'fields', 'exclude', 'widgets', 'labels', 'help_texts', 'error_messages', 'field_classes', 'localized_fields']) inst.dict.set(key, meta.get(key) ?? null);
    return inst;
  });
  const ModelForm = defineClass('ModelForm', [BaseModelForm], MODULE, {}, {}, { onSubclass });
  return { ModelForm, BaseModelForm, ModelChoiceField, ModelMultipleChoiceField, ModelChoiceIterator, ALL_FIELDS };
}
