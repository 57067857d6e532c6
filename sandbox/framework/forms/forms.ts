import { PyClass, PyDict, PyException, PyInstance, PyList, PyTuple, dictGet, dictSet, exceptionClass, newDict, newException, pyError, type Interpreter, type PyValue } from '../python';
import { ValidationError } from '../core/exceptions';
import { asValidationError } from '../core/validation-error';
import { markSafe, toText } from '../template/safe';
import { bindArgs, callMethod, defineClass, dictPairs, items, setProperty } from '../utils/native-classes';
import { errorListData, errorListHtml, errorMessages } from './utils';
import { isHidden } from './widgets';
import { renderDiv, renderP, renderTable, renderUl, type FieldParts, type FormParts } from './renderers';

/**
 * django.forms.forms: BaseForm's data, validation and rendering, and Form, whose subclasses
 * collect their declared fields (in declaration order, a parent's first) the way
 * DeclarativeFieldsMetaclass does.
 */
const MODULE = 'django.forms.forms';
const NON_FIELD_ERRORS = '__all__';

const LAYOUTS: Record<string, (parts: FormParts) => string> = {
  'django/forms/div.html': renderDiv,
  'django/forms/p.html': renderP,
  'django/forms/ul.html': renderUl,
  'django/forms/table.html': renderTable,
  'django/forms/default.html': renderDiv,
};

export function isField(value: PyValue, Field: PyClass): value is PyInstance {
  return value instanceof PyInstance && value.cls.isSubclassOf(Field);
}

/** DeclarativeFieldsMetaclass: a class's Field attributes become its declared_fields and base_fields. */
export function collectDeclaredFields(cls: PyClass, Field: PyClass): PyDict {
  const current: [string, PyValue][] = [];
  for (const [key, value] of cls.dict) if (isField(value, Field)) current.push([key, value]);
  for (const [key] of current) cls.dict.delete(key);
  const declared = newDict();
  for (const base of [...cls.mro].reverse()) {
    const own = base === cls ? newDict(current) : base.dict.get('declared_fields');
    if (own instanceof PyDict) for (const { key, value } of own.entries.values()) dictSet(declared, key, value);
    // A subclass hides a parent's field by setting its name to None.
    for (const [attr, value] of base.dict) if (value === null && dictGet(declared, attr) !== undefined) declared.entries.delete([...declared.entries].find(([, e]) => e.key === attr)![0]);
  }
  cls.dict.set('declared_fields', declared);
  cls.dict.set('base_fields', declared);
  return declared;
}

export function formClasses(interp: Interpreter, Field: PyClass, ErrorList: PyClass, ErrorDict: PyClass): { BaseForm: PyClass; Form: PyClass } {
  const get = (obj: PyValue, name: string) => interp.getAttr(obj, name);
  const str = (v: PyValue) => interp.str(v);
  const fieldsOf = (self: PyValue) => dictPairs(get(self, 'fields'), interp) as [string, PyInstance][];
  const boundItems = (self: PyValue) => fieldsOf(self).map(([name]) => [name, interp.getItem(self, name)] as [string, PyValue]);
  const errorsOf = (self: PyInstance) => {
    if (self.dict.get('_errors') === null || self.dict.get('_errors') === undefined) callMethod(interp, self, 'full_clean');
    return self.dict.get('_errors')!;
  };
  const newErrorList = (self: PyValue, kwargs: [string, PyValue][] = [], args: PyValue[] = []) => interp.call(get(self, 'error_class'), args, new Map(kwargs));

  const BaseForm = defineClass('BaseForm', [], MODULE, {
    __init__(self, args, kwargs) {
      const a = bindArgs(
        `${self.cls.name}.__init__`, args, kwargs,
        ['data', 'files', 'auto_id', 'prefix', 'initial', 'error_class', 'label_suffix', 'empty_permitted', 'field_order', 'use_required_attribute', 'renderer'],
        { data: null, files: null, auto_id: 'id_%s', prefix: null, initial: null, error_class: ErrorList, label_suffix: null, empty_permitted: false, field_order: null, use_required_attribute: null, renderer: null },
      );
      const set = (k: string, v: PyValue) => self.dict.set(k, v);
      set('is_bound', a.get('data') !== null || a.get('files') !== null);
      set('data', a.get('data') ?? newDict());
      set('files', a.get('files') ?? newDict());
      set('auto_id', a.get('auto_id'));
      if (a.get('prefix') !== null) set('prefix', a.get('prefix'));
      set('initial', interp.truthy(a.get('initial')) ? a.get('initial') : newDict());
      set('error_class', a.get('error_class'));
      set('label_suffix', a.get('label_suffix') ?? ':');
      set('empty_permitted', a.get('empty_permitted'));
      set('_errors', null);
      const base = get(self, 'base_fields');
      set('fields', newDict(dictPairs(base, interp).map(([k, f]) => [k, callMethod(interp, f, '__deepcopy__', [])])));
      set('_bound_fields_cache', newDict());
      callMethod(interp, self, 'order_fields', [a.get('field_order') ?? get(self, 'field_order')]);
      if (a.get('use_required_attribute') !== null) set('use_required_attribute', a.get('use_required_attribute'));
      if (a.get('renderer') !== null) set('renderer', a.get('renderer'));
      return null;
    },
    order_fields(self, [order]) {
      if (order === null || order === undefined) return null;
      const fields = get(self, 'fields') as PyDict;
      const ordered = newDict();
      for (const key of items(order, interp)) {
        const value = dictGet(fields, key);
        if (value !== undefined) dictSet(ordered, key, value);
      }
      for (const { key, value } of fields.entries.values()) if (dictGet(ordered, key) === undefined) dictSet(ordered, key, value);
      self.dict.set('fields', ordered);
      return null;
    },
    __repr__(self) {
      const errors = self.dict.get('_errors');
      const valid = errors === null || errors === undefined ? 'Unknown' : interp.repr(interp.truthy(get(self, 'is_bound')) && !interp.truthy(errors));
      return `<${self.cls.name} bound=${interp.repr(get(self, 'is_bound'))}, valid=${valid}, fields=(${fieldsOf(self).map(([k]) => k).join(';')})>`;
    },
    __iter__: (self) => interp.call(interp.builtins.get('iter')!, [new PyList(boundItems(self).map(([, bf]) => bf))]),
    __getitem__(self, [key]) {
      const name = key ?? null;
      const field = dictGet(get(self, 'fields') as PyDict, name);
      if (field === undefined) {
        const choices = fieldsOf(self).map(([k]) => k).sort().join(', ');
        throw new PyException(newException(exceptionClass('KeyError'), [`Key '${str(name)}' not found in '${self.cls.name}'. Choices are: ${choices}.`]));
      }
      const cache = get(self, '_bound_fields_cache') as PyDict;
      const cached = dictGet(cache, name);
      if (cached !== undefined) return cached;
      const bound = callMethod(interp, field, 'get_bound_field', [self, name]);
      dictSet(cache, name, bound);
      return bound;
    },
    is_valid: (self) => interp.truthy(get(self, 'is_bound')) && !interp.truthy(get(self, 'errors')),
    add_prefix(self, [name]) {
      const prefix = get(self, 'prefix');
      return interp.truthy(prefix) ? `${str(prefix)}-${str(name ?? null)}` : name ?? null;
    },
    add_initial_prefix: (self, [name]) => `initial-${str(callMethod(interp, self, 'add_prefix', [name ?? null]))}`,
    non_field_errors(self) {
      return callMethod(interp, get(self, 'errors'), 'get', [NON_FIELD_ERRORS, newErrorList(self, [['error_class', 'nonfield']])]);
    },
    add_error(self, [fieldArg, errorArg]) {
      let field = fieldArg ?? null;
      const error = asValidationError(errorArg ?? null, interp);
      let pairs: [PyValue, PyValue[]][];
      if (error.dict.has('error_dict')) {
        if (field !== null) throw pyError('TypeError', 'The argument `field` must be `None` when the `error` argument contains errors for multiple fields.');
        pairs = dictPairs(error.dict.get('error_dict')!, interp).map(([k, v]) => [k, items(v, interp)]);
      } else {
        if (!interp.truthy(field)) field = NON_FIELD_ERRORS;
        pairs = [[field, items(error.dict.get('error_list')!, interp)]];
      }
      const errors = errorsOf(self);
      for (const [name, list] of pairs) {
        if (!interp.contains(errors, name)) {
          if (name !== NON_FIELD_ERRORS && !interp.contains(get(self, 'fields'), name)) throw pyError('ValueError', `'${self.cls.name}' has no field named '${str(name)}'.`);
          const fresh = name === NON_FIELD_ERRORS ? newErrorList(self, [['error_class', 'nonfield']]) : newErrorList(self, [['field_id', get(interp.getItem(self, name), 'auto_id')]]);
          interp.setItem(errors, name, fresh);
        }
        callMethod(interp, interp.getItem(errors, name), 'extend', [new PyList(list)]);
        const cleaned = self.dict.get('cleaned_data');
        if (cleaned instanceof PyDict && dictGet(cleaned, name) !== undefined) interp.call(interp.getAttr(cleaned, 'pop'), [name]);
      }
      return null;
    },
    has_error(self, [field, code]) {
      const errors = get(self, 'errors');
      if (!interp.contains(errors, field ?? null)) return false;
      if (code === undefined || code === null) return true;
      return items(callMethod(interp, interp.getItem(errors, field ?? null), 'as_data'), interp).some((e) => interp.equal(get(e, 'code'), code));
    },
    full_clean(self) {
      self.dict.set('_errors', interp.instantiate(ErrorDict, []));
      if (!interp.truthy(get(self, 'is_bound'))) return null;
      self.dict.set('cleaned_data', newDict());
      if (interp.truthy(get(self, 'empty_permitted')) && !interp.truthy(callMethod(interp, self, 'has_changed'))) return null;
      callMethod(interp, self, '_clean_fields');
      callMethod(interp, self, '_clean_form');
      callMethod(interp, self, '_post_clean');
      return null;
    },
    _clean_fields(self) {
      for (const [name, bf] of boundItems(self)) {
        const field = get(bf, 'field');
        const value = interp.truthy(get(field, 'disabled')) ? get(bf, 'initial') : get(bf, 'data');
        try {
          const cleaned = callMethod(interp, field, 'clean', [value]);
          interp.setItem(get(self, 'cleaned_data'), name, cleaned);
          const custom = interp.findAttr(self, `clean_${name}`);
          if (custom !== undefined) interp.setItem(get(self, 'cleaned_data'), name, interp.call(custom, []));
        } catch (err) {
          if (!(err instanceof PyException) || !err.exc.cls.isSubclassOf(ValidationError)) throw err;
          callMethod(interp, self, 'add_error', [name, err.exc]);
        }
      }
      return null;
    },
    _clean_form(self) {
      let cleaned: PyValue;
      try {
        cleaned = callMethod(interp, self, 'clean');
      } catch (err) {
        if (!(err instanceof PyException) || !err.exc.cls.isSubclassOf(ValidationError)) throw err;
        callMethod(interp, self, 'add_error', [null, err.exc]);
        return null;
      }
      if (cleaned !== null) self.dict.set('cleaned_data', cleaned);
      return null;
    },
    _post_clean: () => null,
    clean: (self) => get(self, 'cleaned_data'),
    has_changed: (self) => items(get(self, 'changed_data'), interp).length > 0,
    get_initial_for_field(self, [field, name]) {
      let value = callMethod(interp, get(self, 'initial'), 'get', [name ?? null, get(field ?? null, 'initial')]);
      if (interp.truthy(interp.call(interp.builtins.get('callable')!, [value]))) value = interp.call(value, []);
      const isTemporal = value instanceof PyInstance && value.cls.mro.some((c) => (c.name === 'datetime' || c.name === 'time') && c.module === 'datetime');
      if (isTemporal && !interp.truthy(get(get(field ?? null, 'widget'), 'supports_microseconds'))) value = interp.call(get(value, 'replace'), [], new Map([['microsecond', 0]]));
      return value;
    },
    visible_fields: (self) => new PyList(boundItems(self).map(([, bf]) => bf).filter((bf) => !interp.truthy(get(bf, 'is_hidden')))),
    hidden_fields: (self) => new PyList(boundItems(self).map(([, bf]) => bf).filter((bf) => interp.truthy(get(bf, 'is_hidden')))),
    is_multipart: (self) => fieldsOf(self).some(([, f]) => interp.truthy(get(get(f, 'widget'), 'needs_multipart_form'))),
    render(self, args, kwargs) {
      const a = bindArgs('render', args, kwargs, ['template_name', 'context', 'renderer'], { template_name: null, context: null, renderer: null });
      return markSafe(renderForm(self, a.get('template_name') === null ? str(get(self, 'template_name')) : str(a.get('template_name'))));
    },
    as_div: (self) => markSafe(renderForm(self, 'django/forms/div.html')),
    as_p: (self) => markSafe(renderForm(self, 'django/forms/p.html')),
    as_ul: (self) => markSafe(renderForm(self, 'django/forms/ul.html')),
    as_table: (self) => markSafe(renderForm(self, 'django/forms/table.html')),
    __str__: (self) => renderForm(self, str(get(self, 'template_name'))),
    __html__: (self) => markSafe(renderForm(self, str(get(self, 'template_name')))),
  }, {
    default_renderer: null,
    field_order: null,
    prefix: null,
    use_required_attribute: true,
    template_name: 'django/forms/div.html',
    template_name_div: 'django/forms/div.html',
    template_name_p: 'django/forms/p.html',
    template_name_table: 'django/forms/table.html',
    template_name_ul: 'django/forms/ul.html',
    template_name_label: 'django/forms/label.html',
    base_fields: newDict(),
    declared_fields: newDict(),
  });
  setProperty(BaseForm, 'errors', (self) => errorsOf(self));
  setProperty(BaseForm, 'changed_data', (self) => new PyList(boundItems(self).filter(([, bf]) => interp.truthy(callMethod(interp, bf, '_has_changed'))).map(([name]) => name)));
  setProperty(BaseForm, 'media', () => markSafe(''));

  function renderForm(self: PyInstance, template: string): string {
    const layout = LAYOUTS[template];
    if (!layout) return renderWithTemplate(self, template);
    const nonField = callMethod(interp, self, 'non_field_errors');
    const top = [...errorListData(nonField).data];
    const topClass = errorListData(nonField).errorClass;
    const fields: FieldParts[] = [];
    let hidden = '';
    for (const [name, bf] of boundItems(self)) {
      const bfErrors = get(bf, 'errors');
      if (isHidden(get(get(bf, 'field'), 'widget'), interp)) {
        for (const e of errorMessages(bfErrors, interp)) top.push(`(Hidden field ${name}) ${e}`);
        hidden += toText(interp.call(interp.getAttr(bf, '__html__'), []), interp);
        continue;
      }
      const help = get(bf, 'help_text');
      fields.push({
        widget: toText(interp.call(interp.getAttr(bf, '__html__'), []), interp),
        labelTag: interp.truthy(get(bf, 'label')) ? toText(callMethod(interp, bf, 'label_tag'), interp) : '',
        errors: errorListHtml(bfErrors, interp),
        group: () => toText(callMethod(interp, bf, 'as_field_group'), interp),
        helpText: interp.truthy(help) ? str(help) : '',
        autoId: str(get(bf, 'auto_id')),
        cssClasses: str(callMethod(interp, bf, 'css_classes')),
      });
    }
    const topList = newErrorList(self, [], [new PyList(top)]);
    errorListData(topList).errorClass = topClass;
    return layout({ errors: errorListHtml(topList, interp), fields, hidden });
  }

  /** A form whose template_name is one of the project's templates: rendered by the project's engine with get_context()'s names. */
  function renderWithTemplate(self: PyInstance, template: string): string {
    const nonField = callMethod(interp, self, 'non_field_errors');
    const top = newErrorList(self, [], [new PyList([...errorListData(nonField).data])]);
    errorListData(top).errorClass = errorListData(nonField).errorClass;
    const fields: PyValue[] = [];
    const hidden: PyValue[] = [];
    for (const [name, bf] of boundItems(self)) {
      if (isHidden(get(get(bf, 'field'), 'widget'), interp)) {
        for (const e of errorMessages(get(bf, 'errors'), interp)) errorListData(top).data.push(`(Hidden field ${name}) ${e}`);
        hidden.push(bf);
      } else fields.push(new PyTuple([bf, get(bf, 'errors')]));
    }
    const context = newDict([['form', self], ['fields', new PyList(fields)], ['hidden_fields', new PyList(hidden)], ['errors', top]]);
    const renderToString = interp.importModule('django.template.loader').dict.get('render_to_string')!;
    return toText(interp.call(renderToString, [template, context]), interp).trim();
  }

  const Form = defineClass('Form', [BaseForm], MODULE, {}, {}, {
    onSubclass: (cls) => void collectDeclaredFields(cls, Field),
  });
  return { BaseForm, Form };
}

