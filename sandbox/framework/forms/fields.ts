import { PyClass, PyDict, PyException, PyInstance, PyList, PyTuple, dictSet, newDict, pyError, type Interpreter, type PyValue } from '../python';
import { ValidationError } from '../core/exceptions';
import { validationError } from '../core/validation-error';
import { bindArgs, callMethod, copyDict, defineClass, dictPairs, items } from '../utils/native-classes';
import { copyWidget } from './widgets';
import FORMATS from './input-formats.json';

/**
 * django.forms.fields: each field cleans what a widget read from the submitted data
 * (to_python, validate, run_validators) with Django's messages, and tells its widget the
 * HTML attributes it implies (maxlength, min, step...).
 */
const MODULE = 'django.forms.fields';

/** Each field class's own keyword arguments, beyond Field's. */
const OWN_PARAMS: Record<string, string[]> = {
  CharField: ['max_length', 'min_length', 'strip', 'empty_value'],
  IntegerField: ['max_value', 'min_value', 'step_size'],
  DecimalField: ['max_digits', 'decimal_places'],
  BaseTemporalField: ['input_formats'],
  ChoiceField: ['choices'],
  TypedChoiceField: ['coerce', 'empty_value'],
  URLField: ['assume_scheme'],
  SlugField: ['allow_unicode'],
  ModelChoiceField: ['queryset', 'empty_label', 'to_field_name', 'limit_choices_to', 'blank'],
};

const FIELD_PARAMS = ['required', 'widget', 'label', 'initial', 'help_text', 'error_messages', 'show_hidden_initial', 'validators', 'localize', 'disabled', 'label_suffix', 'template_name'];

const DEFAULTS: Record<string, PyValue> = {
  required: true, widget: null, label: null, initial: null, help_text: '', error_messages: null, show_hidden_initial: false,
  validators: null, localize: false, disabled: false, label_suffix: null, template_name: null,
  max_length: null, min_length: null, strip: true, empty_value: '', max_value: null, min_value: null, step_size: null,
  max_digits: null, decimal_places: null, input_formats: null, choices: null, coerce: null, assume_scheme: null, allow_unicode: false,
  empty_label: '---------', to_field_name: null, limit_choices_to: null, blank: false, queryset: null,
};

export function isEmptyValue(value: PyValue): boolean {
  if (value === null || value === '') return true;
  if (value instanceof PyList || value instanceof PyTuple) return value.items.length === 0;
  return value instanceof PyDict && value.entries.size === 0;
}

export function fieldClasses(interp: Interpreter, widgets: Record<string, PyClass>, validators: Record<string, PyValue>): Record<string, PyClass> {
  const get = (self: PyValue, name: string) => interp.getAttr(self, name);
  const str = (v: PyValue) => interp.str(v);
  const error = (self: PyValue, code: string, params: PyValue = null): PyException => {
    const messages = get(self, 'error_messages');
    return validationError(interp, str(interp.getItem(messages, code)), code, params);
  };
  const isA = (self: PyInstance, name: string) => self.cls.mro.some((c) => c.name === name && c.module.startsWith('django.forms'));
  const paramsOf = (cls: PyClass) => [...FIELD_PARAMS, ...cls.mro.flatMap((c) => (c.module.startsWith('django.forms') ? (OWN_PARAMS[c.name] ?? []) : []))];
  const defaultMessages = (cls: PyClass) => {
    const out = newDict();
    for (const c of [...cls.mro].reverse()) {
      const own = c.dict.get('default_error_messages');
      if (own) for (const [k, v] of dictPairs(own, interp)) dictSet(out, k, v);
    }
    return out;
  };
  const validator = (name: string, arg: PyValue) => interp.instantiate(validators[name] as PyClass, [arg]);

  const Field = defineClass('Field', [], MODULE, {
    __init__(self, args, kwargs) {
      // Messages name the django.forms class whose __init__ complains: its own for positional arguments, Field's for an unknown keyword.
      const owner = self.cls.mro.find((c) => c.module === MODULE || c.module === 'django.forms.models')?.name ?? 'Field';
      const modelChoice = self.cls.mro.some((c) => c.name === 'ModelChoiceField' && c.module === 'django.forms.models');
      const positional = modelChoice ? 1 : 0;
      if (args.length > positional) throw pyError('TypeError', `${owner}.__init__() takes ${positional + 1} positional argument${positional ? 's' : ''} but ${args.length + 1} were given`);
      if (modelChoice && !args.length && !kwargs.has('queryset')) throw pyError('TypeError', `ModelChoiceField.__init__() missing 1 required positional argument: 'queryset'`);
      const a = bindArgs('Field.__init__', args, kwargs, paramsOf(self.cls), DEFAULTS);
      for (const name of paramsOf(self.cls)) if (!FIELD_PARAMS.includes(name)) self.dict.set(name, a.get(name));
      if (isA(self, 'EmailField') && !kwargs.has('max_length')) self.dict.set('max_length', 320);
      for (const name of ['required', 'label', 'initial', 'help_text', 'show_hidden_initial', 'localize', 'disabled', 'label_suffix']) self.dict.set(name, a.get(name));
      if (isA(self, 'ModelChoiceField')) {
        const required = a.get('required');
        const initial = a.get('initial');
        if (interp.truthy(required) && initial !== null) self.dict.set('empty_label', null);
      }
      let widget = a.get('widget') ?? get(self, 'widget');
      widget = widget instanceof PyClass ? interp.instantiate(widget, []) : copyWidget(widget as PyInstance, interp);
      if (interp.truthy(a.get('localize'))) interp.setAttr(widget, 'is_localized', true);
      interp.setAttr(widget, 'is_required', a.get('required'));
      const extra = callMethod(interp, self, 'widget_attrs', [widget]);
      const attrs = get(widget, 'attrs') as PyDict;
      for (const [k, v] of dictPairs(extra, interp)) dictSet(attrs, k, v);
      self.dict.set('widget', widget);
      const messages = defaultMessages(self.cls);
      for (const [k, v] of dictPairs(a.get('error_messages'), interp)) dictSet(messages, k, v);
      self.dict.set('error_messages', messages);
      self.dict.set('validators', new PyList([...items(get(self, 'default_validators'), interp), ...items(a.get('validators'), interp), ...ownValidators(self)]));
      if (self.cls.mro.some((c) => c.name === 'ChoiceField' && c.module === MODULE) || isA(self, 'ModelChoiceField')) {
        if (!isA(self, 'ModelChoiceField')) interp.setAttr(self, 'choices', normalizeChoices(a.get('choices') ?? new PyList([])));
      }
      return null;
    },
    __deepcopy__(self) {
      const copy = new PyInstance(self.cls);
      for (const [k, v] of self.dict) copy.dict.set(k, v);
      copy.dict.set('widget', copyWidget(self.dict.get('widget') as PyInstance, interp));
      copy.dict.set('error_messages', copyDict(self.dict.get('error_messages') ?? null, interp));
      copy.dict.set('validators', new PyList([...items(self.dict.get('validators') ?? null, interp)]));
      return copy;
    },
    prepare_value: (self, [value]) => value ?? null,
    to_python: (self, [value]) => value ?? null,
    validate(self, [value]) {
      if (isEmptyValue(value ?? null) && interp.truthy(get(self, 'required'))) throw error(self, 'required');
      return null;
    },
    run_validators(self, [value]) {
      if (isEmptyValue(value ?? null)) return null;
      const errors: PyValue[] = [];
      const messages = get(self, 'error_messages');
      for (const v of items(get(self, 'validators'), interp)) {
        try {
          interp.call(v, [value!]);
        } catch (err) {
          if (!(err instanceof PyException) || !err.exc.cls.isSubclassOf(ValidationError)) throw err;
          const code = err.exc.dict.get('code');
          if (code !== undefined && code !== null && interp.contains(messages, code)) err.exc.dict.set('message', interp.getItem(messages, code));
          errors.push(...(err.exc.dict.get('error_list') as PyList).items);
        }
      }
      if (errors.length) throw new PyException(interp.instantiate(ValidationError, [new PyList(errors)]) as PyInstance);
      return null;
    },
    clean(self, [value]) {
      const python = callMethod(interp, self, 'to_python', [value ?? null]);
      callMethod(interp, self, 'validate', [python]);
      callMethod(interp, self, 'run_validators', [python]);
      return python;
    },
    bound_data: (self, [data, initial]) => (interp.truthy(get(self, 'disabled')) ? initial! : data!),
    widget_attrs: () => newDict(),
    has_changed(self, [initial, data]) {
      if (interp.truthy(get(self, 'disabled'))) return false;
      let value: PyValue;
      try {
        value = callMethod(interp, self, 'to_python', [data ?? null]);
        if (interp.findAttr(self, '_coerce') !== undefined) {
          value = callMethod(interp, self, '_coerce', [value]);
          initial = callMethod(interp, self, '_coerce', [initial ?? null]);
        }
      } catch (err) {
        if (err instanceof PyException && err.exc.cls.isSubclassOf(ValidationError)) return true;
        throw err;
      }
      return !interp.equal(initial ?? '', value ?? '');
    },
    get_bound_field: (self, [form, name]) => interp.call(interp.importModule('django.forms.boundfield').dict.get('BoundField')!, [form!, self, name!]),
  }, {
    widget: widgets.TextInput!,
    hidden_widget: widgets.HiddenInput!,
    default_validators: new PyList([]),
    default_error_messages: newDict([['required', 'This field is required.']]),
    empty_values: new PyList([null, '', new PyList([]), new PyTuple([]), newDict()]),
  });

  /** The validators a field's own options imply (CharField's max_length...), after the given ones. */
  function ownValidators(self: PyInstance): PyValue[] {
    const out: PyValue[] = [];
    const opt = (name: string) => self.dict.get(name) ?? null;
    if (isA(self, 'CharField')) {
      if (opt('min_length') !== null) out.push(validator('MinLengthValidator', opt('min_length')));
      if (opt('max_length') !== null) out.push(validator('MaxLengthValidator', opt('max_length')));
    }
    if (isA(self, 'IntegerField')) {
      if (opt('max_value') !== null) out.push(validator('MaxValueValidator', opt('max_value')));
      if (opt('min_value') !== null) out.push(validator('MinValueValidator', opt('min_value')));
      if (opt('step_size') !== null) out.push(interp.instantiate(validators.StepValueValidator as PyClass, [opt('step_size')], new Map([['offset', opt('min_value')]])));
    }
    return out;
  }

  const charToPython = (self: PyInstance, value: PyValue) => {
    if (!isEmptyValue(value)) {
      const text = str(value);
      value = interp.truthy(get(self, 'strip')) ? text.trim() : text;
    }
    return isEmptyValue(value) ? get(self, 'empty_value') : value;
  };
  const CharField = defineClass('CharField', [Field], MODULE, {
    to_python: (self, [value]) => charToPython(self, value ?? null),
    widget_attrs(self, [widget]) {
      const attrs = newDict();
      const max = get(self, 'max_length');
      const min = get(self, 'min_length');
      const hidden = interp.truthy(get(widget!, 'is_hidden'));
      if (max !== null && !hidden) dictSet(attrs, 'maxlength', str(max));
      if (min !== null && !hidden) dictSet(attrs, 'minlength', str(min));
      return attrs;
    },
  });

  const numberAttrs = (self: PyInstance, widget: PyValue) => {
    const attrs = newDict();
    if (!(widget instanceof PyInstance) || !widget.cls.isSubclassOf(widgets.NumberInput!)) return attrs;
    const min = get(self, 'min_value');
    const max = get(self, 'max_value');
    const step = get(self, 'step_size');
    if (min !== null) dictSet(attrs, 'min', min);
    if (max !== null) dictSet(attrs, 'max', max);
    if (step !== null) dictSet(attrs, 'step', step);
    return attrs;
  };
  const convert = (self: PyInstance, value: PyValue, make: (text: string) => PyValue): PyValue => {
    if (isEmptyValue(value)) return null;
    try {
      return make(str(value));
    } catch (err) {
      if (err instanceof PyException && ['ValueError', 'TypeError', 'InvalidOperation', 'OverflowError'].some((n) => err.exc.cls.mro.some((c) => c.name === n))) throw error(self, 'invalid');
      throw err;
    }
  };
  const IntegerField = defineClass('IntegerField', [Field], MODULE, {
    to_python: (self, [value]) => convert(self, value ?? null, (text) => interp.call(interp.builtins.get('int')!, [text.replace(/\.0*\s*$/, '')])),
    widget_attrs: (self, [widget]) => numberAttrs(self, widget ?? null),
  }, {
    widget: widgets.NumberInput!,
    default_error_messages: newDict([['invalid', 'Enter a whole number.']]),
  });
  const finite = (self: PyInstance, value: PyValue) => {
    if (!interp.truthy(callMethod(interp, interp.importModule('math'), 'isfinite', [value]))) throw error(self, 'invalid');
    return value;
  };
  const FloatField = defineClass('FloatField', [IntegerField], MODULE, {
    to_python: (self, [value]) => {
      const result = convert(self, value ?? null, (text) => interp.call(interp.builtins.get('float')!, [text.trim()]));
      return result === null ? null : finite(self, result);
    },
    widget_attrs(self, [widget]) {
      const attrs = numberAttrs(self, widget ?? null);
      if (widget instanceof PyInstance && widget.cls.isSubclassOf(widgets.NumberInput!) && !interp.contains(get(widget, 'attrs'), 'step')) dictSet(attrs, 'step', 'any');
      return attrs;
    },
  }, { default_error_messages: newDict([['invalid', 'Enter a number.']]) });
  const DecimalField = defineClass('DecimalField', [IntegerField], MODULE, {
    to_python: (self, [value]) => {
      const Decimal = interp.importModule('decimal').dict.get('Decimal')!;
      const result = convert(self, value ?? null, (text) => interp.call(Decimal, [text.trim()]));
      return result === null ? null : finite(self, result);
    },
    widget_attrs(self, [widget]) {
      const attrs = numberAttrs(self, widget ?? null);
      if (widget instanceof PyInstance && widget.cls.isSubclassOf(widgets.NumberInput!) && !interp.contains(get(widget, 'attrs'), 'step')) {
        const places = get(self, 'decimal_places');
        dictSet(attrs, 'step', places === null ? 'any' : places === 0 ? '1' : `0.${'0'.repeat(Number(places) - 1)}1`);
      }
      return attrs;
    },
    validate(self, [value]) {
      interp.call(Field.dict.get('validate')!, [self, value ?? null]);
      if (value === null || value === undefined) return null;
      const digits = get(self, 'max_digits');
      const places = get(self, 'decimal_places');
      const [whole = '', frac = ''] = str(value).replace(/^-/, '').split('.');
      const wholeDigits = whole.replace(/^0+/, '').length;
      const total = wholeDigits + frac.length;
      const plural = (n: PyValue, one: string, many: string) => (n === 1 ? one : many);
      if (digits !== null && total > Number(digits)) throw validationError(interp, plural(digits, 'Ensure that there are no more than %(max)s digit in total.', 'Ensure that there are no more than %(max)s digits in total.'), 'max_digits', newDict([['max', digits], ['value', value]]));
      if (places !== null && frac.length > Number(places)) throw validationError(interp, plural(places, 'Ensure that there are no more than %(max)s decimal place.', 'Ensure that there are no more than %(max)s decimal places.'), 'max_decimal_places', newDict([['max', places], ['value', value]]));
      if (digits !== null && places !== null && wholeDigits > Number(digits) - Number(places)) {
        const max = Number(digits) - Number(places);
        throw validationError(interp, plural(max, 'Ensure that there are no more than %(max)s digit before the decimal point.', 'Ensure that there are no more than %(max)s digits before the decimal point.'), 'max_whole_digits', newDict([['max', max], ['value', value]]));
      }
      return null;
    },
  }, { default_error_messages: newDict([['invalid', 'Enter a number.']]) });

  const datetimeModule = () => interp.importModule('datetime');
  const isInstance = (value: PyValue, cls: string) => value instanceof PyInstance && value.cls.mro.some((c) => c.name === cls && c.module === 'datetime');
  const strptime = (self: PyInstance, text: string, kind: 'date' | 'datetime' | 'time', formats: PyValue[]): PyValue => {
    const datetime = datetimeModule().dict.get('datetime')!;
    for (const format of formats) {
      try {
        const parsed = callMethod(interp, datetime, 'strptime', [text, format]);
        return kind === 'datetime' ? parsed : callMethod(interp, parsed, kind);
      } catch (err) {
        if (!(err instanceof PyException) || !['ValueError', 'TypeError'].includes(err.exc.cls.name)) throw err;
      }
    }
    throw error(self, 'invalid');
  };
  const temporal = (kind: 'date' | 'datetime' | 'time') => (self: PyInstance, [value]: PyValue[]) => {
    value = value ?? null;
    if (isEmptyValue(value)) return null;
    if (kind === 'date' && isInstance(value, 'datetime')) return callMethod(interp, value, 'date');
    if (kind === 'date' && isInstance(value, 'date')) return value;
    if (kind === 'time' && isInstance(value, 'time')) return value;
    if (kind === 'datetime' && isInstance(value, 'datetime')) return awareIfUsingTz(value);
    if (kind === 'datetime' && isInstance(value, 'date')) {
      const [y, m, d] = ['year', 'month', 'day'].map((n) => get(value, n));
      return awareIfUsingTz(interp.call(datetimeModule().dict.get('datetime')!, [y!, m!, d!]));
    }
    const text = str(value).trim();
    const given = get(self, 'input_formats');
    const formats = given !== null ? items(given, interp) : (FORMATS as Record<string, string[]>)[kind]!;
    if (kind === 'datetime' && given === null) {
      try {
        return awareIfUsingTz(callMethod(interp, datetimeModule().dict.get('datetime')!, 'fromisoformat', [text.replace(/ ?Z$/, '+00:00')]));
      } catch (err) {
        if (!(err instanceof PyException) || err.exc.cls.name !== 'ValueError') throw err;
      }
    }
    const parsed = strptime(self, text, kind, formats);
    return kind === 'datetime' ? awareIfUsingTz(parsed) : parsed;
  };
  const awareIfUsingTz = (value: PyValue): PyValue => {
    const tz = interp.importModule('django.utils.timezone');
    const settingsUseTz = interp.truthy(interp.call(tz.dict.get('is_naive')!, [value])) && usesTz();
    return settingsUseTz ? interp.call(tz.dict.get('make_aware')!, [value]) : value;
  };
  const usesTz = () => {
    try {
      const conf = interp.importModule('django.conf');
      const settings = conf.dict.get('settings');
      return settings === undefined ? true : interp.truthy(interp.findAttr(settings, 'USE_TZ') ?? true);
    } catch {
      return true;
    }
  };
  const BaseTemporalField = defineClass('BaseTemporalField', [Field], MODULE);
  const DateField = defineClass('DateField', [BaseTemporalField], MODULE, { to_python: temporal('date') }, {
    widget: widgets.DateInput!,
    default_error_messages: newDict([['invalid', 'Enter a valid date.']]),
  });
  const DateTimeField = defineClass('DateTimeField', [BaseTemporalField], MODULE, {
    to_python: temporal('datetime'),
    // to_current_timezone: an aware datetime is shown in the current time zone, naive.
    prepare_value(self, [value]) {
      if (!isInstance(value ?? null, 'datetime') || !usesTz()) return value ?? null;
      const tz = interp.importModule('django.utils.timezone');
      if (interp.truthy(interp.call(tz.dict.get('is_naive')!, [value!]))) return value!;
      const local = interp.call(tz.dict.get('localtime')!, [value!]);
      return interp.call(get(local, 'replace'), [], new Map([['tzinfo', null]]));
    },
  }, {
    widget: widgets.DateTimeInput!,
    default_error_messages: newDict([['invalid', 'Enter a valid date/time.']]),
  });
  const TimeField = defineClass('TimeField', [BaseTemporalField], MODULE, { to_python: temporal('time') }, {
    widget: widgets.TimeInput!,
    default_error_messages: newDict([['invalid', 'Enter a valid time.']]),
  });

  const EmailField = defineClass('EmailField', [CharField], MODULE, {}, {
    widget: widgets.EmailInput!,
    default_validators: new PyList([validators.validate_email!]),
  });
  const URLField = defineClass('URLField', [CharField], MODULE, {
    to_python(self, [value]) {
      let text = charToPython(self, value ?? null);
      if (typeof text === 'string' && text) {
        const scheme = get(self, 'assume_scheme');
        if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = `${scheme === null ? 'http' : str(scheme)}://${text}`;
      }
      return text;
    },
  }, {
    widget: widgets.URLInput!,
    default_error_messages: newDict([['invalid', 'Enter a valid URL.']]),
    default_validators: new PyList([interp.instantiate(validators.URLValidator as PyClass, [])]),
  });
  const SlugField = defineClass('SlugField', [CharField], MODULE, {
    __init__(self, args, kwargs) {
      interp.call(Field.dict.get('__init__')!, [self, ...args], kwargs);
      const slug = interp.truthy(get(self, 'allow_unicode')) ? validators.validate_unicode_slug! : validators.validate_slug!;
      (self.dict.get('validators') as PyList).items.unshift(slug);
      return null;
    },
  });

  const BooleanField = defineClass('BooleanField', [Field], MODULE, {
    to_python(self, [value]) {
      if (typeof value === 'string' && ['false', '0'].includes(value.toLowerCase())) return false;
      return interp.truthy(value ?? null);
    },
    validate(self, [value]) {
      if (!interp.truthy(value ?? null) && interp.truthy(get(self, 'required'))) throw error(self, 'required');
      return null;
    },
    has_changed(self, [initial, data]) {
      if (interp.truthy(get(self, 'disabled'))) return false;
      return callMethod(interp, self, 'to_python', [initial ?? null]) !== callMethod(interp, self, 'to_python', [data ?? null]);
    },
  }, { widget: widgets.CheckboxInput! });

  const normalizeChoices = (choices: PyValue): PyList => {
    if (choices instanceof PyClass) choices = get(choices, 'choices');
    else if (interp.truthy(interp.call(interp.builtins.get('callable')!, [choices]))) choices = interp.call(choices, []);
    return new PyList(items(choices, interp).map((c) => {
      const [value = null, label = null] = items(c, interp);
      return new PyTuple([value, label instanceof PyList || label instanceof PyTuple ? new PyList(items(label, interp).map((s) => new PyTuple(items(s, interp)))) : label]);
    }));
  };
  const validValue = (self: PyInstance, value: PyValue) => {
    const text = str(value);
    for (const choice of items(get(self, 'choices'), interp)) {
      const [k = null, v = null] = items(choice, interp);
      if (v instanceof PyList || v instanceof PyTuple) {
        for (const sub of v.items) {
          const [k2 = null] = items(sub, interp);
          if (interp.equal(value, k2) || text === str(k2)) return true;
        }
      } else if (interp.equal(value, k) || text === str(k)) return true;
    }
    return false;
  };
  const ChoiceField = defineClass('ChoiceField', [Field], MODULE, {
    __deepcopy__(self) {
      const copy = interp.call(Field.dict.get('__deepcopy__')!, [self]) as PyInstance;
      copy.dict.set('choices', new PyList([...items(self.dict.get('choices') ?? null, interp)]));
      return copy;
    },
    __setattr__(self, [name, value]) {
      if (name === 'choices') {
        const normalized = normalizeChoices(value ?? null);
        self.dict.set('choices', normalized);
        const widget = self.dict.get('widget');
        if (widget) interp.setAttr(widget, 'choices', normalized);
      } else self.dict.set(str(name ?? null), value ?? null);
      return null;
    },
    to_python: (self, [value]) => (isEmptyValue(value ?? null) ? '' : str(value ?? null)),
    validate(self, [value]) {
      interp.call(Field.dict.get('validate')!, [self, value ?? null]);
      if (interp.truthy(value ?? null) && !interp.truthy(callMethod(interp, self, 'valid_value', [value!]))) throw error(self, 'invalid_choice', newDict([['value', value!]]));
      return null;
    },
    valid_value: (self, [value]) => validValue(self, value ?? null),
  }, {
    widget: widgets.Select!,
    default_error_messages: newDict([['invalid_choice', 'Select a valid choice. %(value)s is not one of the available choices.']]),
  });
  const TypedChoiceField = defineClass('TypedChoiceField', [ChoiceField], MODULE, {
    _coerce(self, [value]) {
      const empty = get(self, 'empty_value');
      if (interp.equal(value ?? null, empty) || isEmptyValue(value ?? null)) return empty;
      const coerce = get(self, 'coerce');
      if (coerce === null) return value!;
      try {
        return interp.call(coerce, [value!]);
      } catch (err) {
        if (err instanceof PyException && ['ValueError', 'TypeError', 'ValidationError'].some((n) => err.exc.cls.mro.some((c) => c.name === n))) throw error(self, 'invalid_choice', newDict([['value', value!]]));
        throw err;
      }
    },
    clean(self, [value]) {
      const cleaned = interp.call(Field.dict.get('clean')!, [self, value ?? null]);
      return callMethod(interp, self, '_coerce', [cleaned]);
    },
  });
  const MultipleChoiceField = defineClass('MultipleChoiceField', [ChoiceField], MODULE, {
    to_python(self, [value]) {
      if (!interp.truthy(value ?? null)) return new PyList([]);
      if (!(value instanceof PyList || value instanceof PyTuple)) throw error(self, 'invalid_list');
      return new PyList(value.items.map(str));
    },
    validate(self, [value]) {
      if (interp.truthy(get(self, 'required')) && !interp.truthy(value ?? null)) throw error(self, 'required');
      for (const v of items(value ?? null, interp)) if (!interp.truthy(callMethod(interp, self, 'valid_value', [v]))) throw error(self, 'invalid_choice', newDict([['value', v]]));
      return null;
    },
    has_changed(self, [initial, data]) {
      if (interp.truthy(get(self, 'disabled'))) return false;
      const a = new Set(items(initial ?? null, interp).map(str));
      const b = new Set(items(data ?? null, interp).map(str));
      return a.size !== b.size || [...a].some((x) => !b.has(x));
    },
  }, {
    widget: widgets.SelectMultiple!,
    hidden_widget: widgets.HiddenInput!,
    default_error_messages: newDict([
      ['invalid_choice', 'Select a valid choice. %(value)s is not one of the available choices.'],
      ['invalid_list', 'Enter a list of values.'],
    ]),
  });
  const NullBooleanField = defineClass('NullBooleanField', [BooleanField], MODULE, {
    to_python(self, [value]) {
      if ([true, 'True', 'true', '1'].includes(value as never)) return true;
      if ([false, 'False', 'false', '0'].includes(value as never)) return false;
      return null;
    },
    validate: () => null,
  }, { widget: widgets.NullBooleanSelect! });

  return { Field, CharField, IntegerField, FloatField, DecimalField, BaseTemporalField, DateField, DateTimeField, TimeField, EmailField, URLField, SlugField, BooleanField, NullBooleanField, ChoiceField, TypedChoiceField, MultipleChoiceField };
}
