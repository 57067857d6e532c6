import { PyClass, PyDict, PyInstance, PyList, PyTuple, dictGet, dictSet, hashKey, newDict, type Interpreter, type PyValue } from '../python';
import { conditionalEscape, markSafe, toText } from '../template/safe';
import { bindArgs, callMethod, copyDict, defineClass, dictPairs, items, setMethod, setProperty } from '../utils/native-classes';

/**
 * django.forms.widgets: each widget renders the HTML Django's default templates
 * (django/forms/widgets/*.html) give, attribute by attribute, escaped the same way.
 */
const MODULE = 'django.forms.widgets';

/** Text for an HTML attribute or content: escaped unless already safe. */
export function esc(value: PyValue, interp: Interpreter): string {
  return toText(conditionalEscape(value, interp), interp);
}

/** attrs.html: ` name="value"` for each attribute, ` name` for True, nothing for False. */
export function flatAttrs(attrs: [PyValue, PyValue][], interp: Interpreter): string {
  let out = '';
  for (const [name, value] of attrs) {
    if (value === false) continue;
    out += ` ${esc(name, interp)}`;
    if (value !== true) out += `="${esc(value === null ? 'None' : interp.str(value), interp)}"`;
  }
  return out;
}

/** A widget's own attrs updated with those given to render(), as build_attrs merges them. */
export function buildAttrs(base: PyValue, extra: PyValue, interp: Interpreter): PyDict {
  const merged = copyDict(base, interp);
  for (const [k, v] of dictPairs(extra, interp)) dictSet(merged, k, v);
  return merged;
}

export function isHidden(widget: PyValue, interp: Interpreter): boolean {
  return interp.truthy(interp.getAttr(widget, 'is_hidden'));
}

export function widgetClasses(interp: Interpreter): Record<string, PyClass> {
  const get = (self: PyValue, name: string) => interp.getAttr(self, name);
  const str = (v: PyValue) => interp.str(v);

  const Widget = defineClass(
    'Widget',
    [],
    MODULE,
    {
      __init__(self, args, kwargs) {
        const a = bindArgs('Widget.__init__', args, kwargs, ['attrs'], { attrs: null });
        self.dict.set('attrs', a.get('attrs') === null ? newDict() : copyDict(a.get('attrs'), interp));
        return null;
      },
      __deepcopy__: (self) => copyWidget(self, interp),
      format_value(self, [value]) {
        if (value === '' || value === null || value === undefined) return null;
        return str(value);
      },
      value_from_datadict: (self, [data, , name]) => callMethod(interp, data!, 'get', [name!]),
      value_omitted_from_data: (self, [data, , name]) => !interp.contains(data!, name!),
      id_for_label: (self, [id]) => id ?? null,
      use_required_attribute: (self) => !isHidden(self, interp),
      build_attrs: (self, [base, extra]) => buildAttrs(base!, extra ?? null, interp),
      render(self, args, kwargs) {
        const a = bindArgs('render', args, kwargs, ['name', 'value', 'attrs', 'renderer'], { attrs: null, renderer: null });
        return markSafe(renderWidget(self, str(a.get('name')), a.get('value'), a.get('attrs')));
      },
    },
    { needs_multipart_form: false, is_localized: false, is_required: false, supports_microseconds: true, use_fieldset: false },
  );
  setProperty(Widget, 'is_hidden', (self) => {
    const type = interp.findAttr(self, 'input_type');
    return type === 'hidden';
  });

  const Input = defineClass('Input', [Widget], MODULE, {
    __init__(self, args, kwargs) {
      const a = bindArgs('Input.__init__', args, kwargs, ['attrs'], { attrs: null });
      const attrs = a.get('attrs') === null ? newDict() : copyDict(a.get('attrs'), interp);
      const type = dictGet(attrs, 'type');
      if (type !== undefined) {
        attrs.entries.delete(hashKey('type'));
        self.dict.set('input_type', type);
      }
      self.dict.set('attrs', attrs);
      return null;
    },
  });
  const input = (name: string, type: string, base: PyClass = Input, extra: Record<string, PyValue> = {}) => {
    const cls = defineClass(name, [base], MODULE, {}, { input_type: type, ...extra });
    return cls;
  };
  const TextInput = input('TextInput', 'text');
  const NumberInput = input('NumberInput', 'number');
  const EmailInput = input('EmailInput', 'email');
  const URLInput = input('URLInput', 'url');
  const HiddenInput = input('HiddenInput', 'hidden');
  const PasswordInput = input('PasswordInput', 'password');
  setMethod(PasswordInput, '__init__', (self, args, kwargs) => {
    const a = bindArgs('PasswordInput.__init__', args, kwargs, ['attrs', 'render_value'], { attrs: null, render_value: false });
    interp.call(Input.dict.get('__init__')!, [self, a.get('attrs')]);
    self.dict.set('render_value', a.get('render_value'));
    return null;
  });
  const DateTimeBaseInput = defineClass('DateTimeBaseInput', [TextInput], MODULE, {
    __init__(self, args, kwargs) {
      const a = bindArgs('DateTimeBaseInput.__init__', args, kwargs, ['attrs', 'format'], { attrs: null, format: null });
      interp.call(Input.dict.get('__init__')!, [self, a.get('attrs')]);
      self.dict.set('format', a.get('format'));
      return null;
    },
    format_value(self, [value]) {
      if (value === '' || value === null || value === undefined) return null;
      if (typeof value === 'string') return value;
      const format = get(self, 'format');
      return str(callMethod(interp, value, 'strftime', [format === null ? get(self, 'default_format') : format]));
    },
  }, { supports_microseconds: false });
  const DateInput = defineClass('DateInput', [DateTimeBaseInput], MODULE, {}, { default_format: '%Y-%m-%d' });
  const DateTimeInput = defineClass('DateTimeInput', [DateTimeBaseInput], MODULE, {}, { default_format: '%Y-%m-%d %H:%M:%S' });
  const TimeInput = defineClass('TimeInput', [DateTimeBaseInput], MODULE, {}, { default_format: '%H:%M:%S' });

  const Textarea = defineClass('Textarea', [Widget], MODULE, {
    __init__(self, args, kwargs) {
      const a = bindArgs('Textarea.__init__', args, kwargs, ['attrs'], { attrs: null });
      self.dict.set('attrs', buildAttrs(newDict([['cols', '40'], ['rows', '10']]), a.get('attrs'), interp));
      return null;
    },
  });

  const CheckboxInput = defineClass('CheckboxInput', [Input], MODULE, {
    __init__(self, args, kwargs) {
      const a = bindArgs('CheckboxInput.__init__', args, kwargs, ['attrs', 'check_test'], { attrs: null, check_test: null });
      interp.call(Input.dict.get('__init__')!, [self, a.get('attrs')]);
      self.dict.set('check_test', a.get('check_test'));
      return null;
    },
    format_value: (self, [value]) => (value === true || value === false || value === null || value === '' || value === undefined ? null : str(value)),
    value_from_datadict(self, [data, , name]) {
      if (!interp.contains(data!, name!)) return false;
      let value = callMethod(interp, data!, 'get', [name!]);
      if (typeof value === 'string') {
        const lower = value.toLowerCase();
        if (lower === 'true') value = true;
        else if (lower === 'false') value = false;
      }
      return interp.truthy(value);
    },
    value_omitted_from_data: () => false,
  }, { input_type: 'checkbox' });

  const ChoiceWidget = defineClass('ChoiceWidget', [Widget], MODULE, {
    __init__(self, args, kwargs) {
      const a = bindArgs('ChoiceWidget.__init__', args, kwargs, ['attrs', 'choices'], { attrs: null, choices: new PyTuple([]) });
      self.dict.set('attrs', a.get('attrs') === null ? newDict() : copyDict(a.get('attrs'), interp));
      self.dict.set('choices', new PyList(items(a.get('choices'), interp)));
      return null;
    },
    format_value(self, [value]) {
      if ((value === null || value === undefined) && interp.truthy(get(self, 'allow_multiple_selected'))) return new PyList([]);
      const values = value instanceof PyList || value instanceof PyTuple ? value.items : [value ?? null];
      return new PyList(values.map((v) => (v === null ? '' : str(v))));
    },
  }, { allow_multiple_selected: false });
  const Select = defineClass('Select', [ChoiceWidget], MODULE, {
    use_required_attribute(self, [initial]) {
      if (isHidden(self, interp)) return false;
      if (interp.truthy(get(self, 'allow_multiple_selected'))) return true;
      const first = items(get(self, 'choices'), interp)[0];
      if (first === undefined) return false;
      const value = items(first, interp)[0] ?? null;
      void initial;
      return value === null || value === '' || (value instanceof PyList && value.items.length === 0);
    },
  }, { input_type: 'select' });
  const SelectMultiple = defineClass('SelectMultiple', [Select], MODULE, {
    value_from_datadict(self, [data, , name]) {
      const getlist = interp.findAttr(data!, 'getlist');
      return getlist !== undefined ? interp.call(getlist, [name!]) : callMethod(interp, data!, 'get', [name!]);
    },
    value_omitted_from_data: () => false,
  }, { allow_multiple_selected: true });
  const NullBooleanSelect = defineClass('NullBooleanSelect', [Select], MODULE, {
    __init__(self, args, kwargs) {
      const a = bindArgs('NullBooleanSelect.__init__', args, kwargs, ['attrs'], { attrs: null });
      const choices = new PyList([new PyTuple(['unknown', 'Unknown']), new PyTuple(['true', 'Yes']), new PyTuple(['false', 'No'])]);
      interp.call(ChoiceWidget.dict.get('__init__')!, [self, a.get('attrs'), choices]);
      return null;
    },
    format_value: (self, [value]) => new PyList([value === true || value === 'true' || value === '2' ? 'true' : value === false || value === 'false' || value === '3' ? 'false' : 'unknown']),
    value_from_datadict(self, [data, , name]) {
      const value = callMethod(interp, data!, 'get', [name!]);
      if (value === true || value === 'True' || value === 'true' || value === '2') return true;
      if (value === false || value === 'False' || value === 'false' || value === '3') return false;
      return null;
    },
  });
  const RadioSelect = defineClass('RadioSelect', [ChoiceWidget], MODULE, {
    // The label of the whole group names no single input; each option's label has its own `for`.
    id_for_label: (self, [id, index]) => (index === undefined || index === null ? '' : id ? `${str(id)}_${str(index)}` : id ?? null),
  }, { input_type: 'radio', use_fieldset: true });
  const CheckboxSelectMultiple = defineClass('CheckboxSelectMultiple', [RadioSelect], MODULE, {
    use_required_attribute: () => false,
    value_from_datadict: (self, args) => interp.call(SelectMultiple.dict.get('value_from_datadict')!, [self, ...args]),
    value_omitted_from_data: () => false,
  }, { input_type: 'checkbox', allow_multiple_selected: true });

  return { Widget, Input, TextInput, NumberInput, EmailInput, URLInput, HiddenInput, PasswordInput, DateInput, DateTimeInput, TimeInput, Textarea, CheckboxInput, ChoiceWidget, Select, SelectMultiple, NullBooleanSelect, RadioSelect, CheckboxSelectMultiple };

  /** RadioSelect and CheckboxSelectMultiple: an input per choice, its attributes the widget's own. */
  function renderMultipleInput(self: PyInstance, name: string, value: PyValue, attrs: PyDict): string {
    const multiple = interp.truthy(get(self, 'allow_multiple_selected'));
    const selected = items(callMethod(interp, self, 'format_value', [value]), interp).map(str);
    const type = str(get(self, 'input_type'));
    const id = dictGet(attrs, 'id');
    let hasSelected = false;
    const option = (optValue: PyValue, label: PyValue, index: string) => {
      const isSelected = (!hasSelected || multiple) && selected.includes(str(optValue));
      hasSelected ||= isSelected;
      const optionAttrs = buildAttrs(attrs, null, interp);
      if (id !== undefined && id !== null && interp.truthy(id)) dictSet(optionAttrs, 'id', callMethod(interp, self, 'id_for_label', [id, index]));
      if (isSelected) dictSet(optionAttrs, 'checked', true);
      const optionId = dictGet(optionAttrs, 'id');
      const forAttr = optionId !== undefined && optionId !== null && interp.truthy(optionId) ? ` for="${esc(optionId, interp)}"` : '';
      const input = `<input type="${esc(type, interp)}" name="${esc(name, interp)}" value="${esc(str(optValue), interp)}"${flatAttrs(dictPairs(optionAttrs, interp), interp)}>`;
      return `<label${forAttr}>${input}\n ${esc(label, interp)}</label>\n\n`;
    };
    const groups: { name: PyValue; options: string[] }[] = [];
    items(get(self, 'choices'), interp).forEach((choice, index) => {
      const [optValue = null, label = null] = items(choice, interp);
      if (label instanceof PyList || label instanceof PyTuple) {
        groups.push({ name: optValue, options: label.items.map((sub, subindex) => {
          const [v = null, l = null] = items(sub, interp);
          return option(v ?? '', l, `${index}_${subindex}`);
        }) });
      } else groups.push({ name: null, options: [option(optValue ?? '', label, String(index))] });
    });
    return multipleInputHtml(interp, id ?? null, dictGet(attrs, 'class') ?? null, groups);
  }

  /** The widget's template, rendered: input.html, textarea.html, select.html. */
  function renderWidget(self: PyInstance, name: string, value: PyValue, extraAttrs: PyValue): string {
    const cls = self.cls;
    let attrs = callMethod(interp, self, 'build_attrs', [get(self, 'attrs'), extraAttrs]) as PyDict;
    if (cls.isSubclassOf(Textarea)) {
      const formatted = callMethod(interp, self, 'format_value', [value]);
      const content = formatted !== null && interp.truthy(formatted) ? esc(formatted, interp) : '';
      return `<textarea name="${esc(name, interp)}"${flatAttrs(dictPairs(attrs, interp), interp)}>\n${content}</textarea>`;
    }
    if (cls.isSubclassOf(RadioSelect)) return renderMultipleInput(self, name, value, attrs);
    if (cls.isSubclassOf(Select)) {
      const multiple = interp.truthy(get(self, 'allow_multiple_selected'));
      if (multiple) dictSet(attrs, 'multiple', true);
      const selected = items(callMethod(interp, self, 'format_value', [value]), interp).map(str);
      let html = `<select name="${esc(name, interp)}"${flatAttrs(dictPairs(attrs, interp), interp)}>`;
      let hasSelected = false;
      const option = (optValue: PyValue, label: PyValue) => {
        const isSelected = (!hasSelected || multiple) && selected.includes(str(optValue));
        hasSelected ||= isSelected;
        return `\n  <option value="${esc(str(optValue), interp)}"${isSelected ? ' selected' : ''}>${esc(label, interp)}</option>\n`;
      };
      for (const choice of items(get(self, 'choices'), interp)) {
        const [optValue = null, label = null] = items(choice, interp);
        if (label instanceof PyList || label instanceof PyTuple) {
          html += `\n  <optgroup label="${esc(optValue ?? '', interp)}">`;
          for (const sub of label.items) {
            const [v = null, l = null] = items(sub, interp);
            html += option(v ?? '', l);
          }
          html += '\n  </optgroup>';
        } else html += option(optValue ?? '', label);
      }
      return `${html}\n</select>`;
    }
    let shown = value;
    if (cls.isSubclassOf(PasswordInput) && !interp.truthy(get(self, 'render_value'))) shown = null;
    const formatted = callMethod(interp, self, 'format_value', [shown]);
    if (cls.isSubclassOf(CheckboxInput)) {
      const test = get(self, 'check_test');
      const checked = test !== null ? interp.truthy(interp.call(test, [value])) : !(value === false || value === null || value === '');
      if (checked) attrs = buildAttrs(attrs, newDict([['checked', true]]), interp);
    }
    const valueAttr = formatted !== null ? ` value="${esc(str(formatted), interp)}"` : '';
    return `<input type="${esc(get(self, 'input_type'), interp)}" name="${esc(name, interp)}"${valueAttr}${flatAttrs(dictPairs(attrs, interp), interp)}>`;
  }
}

/** multiple_input.html: each option an input inside its label, in a div per option (and per group). */
function multipleInputHtml(interp: Interpreter, id: PyValue, cssClass: PyValue, groups: { name: PyValue; options: string[] }[]): string {
  let html = `<div${id !== undefined && id !== null && interp.truthy(id) ? ` id="${esc(id, interp)}"` : ''}${cssClass !== undefined && cssClass !== null && interp.truthy(cssClass) ? ` class="${esc(cssClass, interp)}"` : ''}>`;
  for (const group of groups) {
    if (group.name !== null) html += `\n  <div><label>${esc(group.name, interp)}</label>`;
    for (const option of group.options) html += `<div>\n    ${option}</div>`;
    if (group.name !== null) html += '\n  </div>';
  }
  return `${html}\n</div>`;
}

/** copy.deepcopy of a widget: its own attrs and choices are copied, as Widget.__deepcopy__ does. */
export function copyWidget(widget: PyInstance, interp: Interpreter): PyInstance {
  const copy = new PyInstance(widget.cls);
  for (const [k, v] of widget.dict) copy.dict.set(k, v);
  copy.dict.set('attrs', copyDict(widget.dict.get('attrs') ?? null, interp));
  const choices = widget.dict.get('choices');
  if (choices instanceof PyList) copy.dict.set('choices', new PyList([...choices.items]));
  return copy;
}
