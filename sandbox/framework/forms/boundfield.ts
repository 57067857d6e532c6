import { PyClass, PyInstance, dictGet, dictSet, newDict, type Interpreter, type Kwargs, type PyValue } from '../python';
import { conditionalEscape, escapeHtml, markSafe, toText } from '../template/safe';
import { bindArgs, callMethod, copyDict, defineClass, dictPairs, prettyName, setProperty } from '../utils/native-classes';
import { errorListHtml } from './utils';
import { esc, flatAttrs, isHidden } from './widgets';
import { renderFieldGroup } from './renderers';

/**
 * django.forms.boundfield.BoundField: a form's field together with the form's data, what
 * `form['name']` gives and templates render (`{{ form.name }}`, `.label_tag`, `.errors`).
 */
const MODULE = 'django.forms.boundfield';

export function boundFieldClass(interp: Interpreter): PyClass {
  const get = (obj: PyValue, name: string) => interp.getAttr(obj, name);
  const str = (v: PyValue) => interp.str(v);
  const form = (self: PyValue) => get(self, 'form');
  const field = (self: PyValue) => get(self, 'field');
  const widget = (self: PyValue) => get(field(self), 'widget');
  const name = (self: PyValue) => str(get(self, 'name'));

  const BoundField = defineClass('BoundField', [], MODULE, {
    __init__(self, args, kwargs) {
      const a = bindArgs('BoundField.__init__', args, kwargs, ['form', 'field', 'name'], {});
      self.dict.set('form', a.get('form'));
      self.dict.set('field', a.get('field'));
      self.dict.set('name', a.get('name'));
      const fieldName = str(a.get('name'));
      self.dict.set('html_name', callMethod(interp, a.get('form'), 'add_prefix', [fieldName]));
      self.dict.set('html_initial_name', callMethod(interp, a.get('form'), 'add_initial_prefix', [fieldName]));
      const label = get(a.get('field'), 'label');
      self.dict.set('label', label === null ? prettyName(fieldName) : label);
      const help = get(a.get('field'), 'help_text');
      self.dict.set('help_text', help === null ? '' : help);
      return null;
    },
    __str__: (self) => toText(renderField(self), interp),
    __html__: (self) => renderField(self),
    __len__: () => 1,
    value(self) {
      let data = get(self, 'initial');
      if (interp.truthy(get(form(self), 'is_bound'))) data = callMethod(interp, field(self), 'bound_data', [get(self, 'data'), data]);
      return callMethod(interp, field(self), 'prepare_value', [data]);
    },
    as_widget(self, args, kwargs) {
      const a = bindArgs('as_widget', args, kwargs, ['widget', 'attrs', 'only_initial'], { widget: null, attrs: null, only_initial: false });
      return asWidget(self, a.get('widget'), a.get('attrs'), interp.truthy(a.get('only_initial')));
    },
    as_hidden(self, args, kwargs) {
      const a = bindArgs('as_hidden', args, kwargs, ['attrs'], { attrs: null }, true);
      return asWidget(self, interp.instantiate(get(field(self), 'hidden_widget') as PyClass, []), a.get('attrs'), interp.truthy(a.extra.get('only_initial') ?? false));
    },
    as_text: (self, args, kwargs) => asWidget(self, interp.instantiate(interp.importModule('django.forms.widgets').dict.get('TextInput') as PyClass, []), bindArgs('as_text', args, kwargs, ['attrs'], { attrs: null }, true).get('attrs'), false),
    as_textarea: (self, args, kwargs) => asWidget(self, interp.instantiate(interp.importModule('django.forms.widgets').dict.get('Textarea') as PyClass, []), bindArgs('as_textarea', args, kwargs, ['attrs'], { attrs: null }, true).get('attrs'), false),
    label_tag: (self, args, kwargs) => labelTag(self, args, kwargs, 'label'),
    legend_tag: (self, args, kwargs) => labelTag(self, args, kwargs, 'legend'),
    css_classes(self, args, kwargs) {
      const a = bindArgs('css_classes', args, kwargs, ['extra_classes'], { extra_classes: null });
      const extra = a.get('extra_classes');
      const classes = new Set<string>(typeof extra === 'string' ? extra.split(/\s+/).filter(Boolean) : extra === null ? [] : interp.iterate(extra).map(str));
      const f = form(self);
      const errorClass = interp.findAttr(f, 'error_css_class');
      const requiredClass = interp.findAttr(f, 'required_css_class');
      if (interp.truthy(get(self, 'errors')) && errorClass !== undefined) classes.add(str(errorClass));
      if (interp.truthy(get(field(self), 'required')) && requiredClass !== undefined) classes.add(str(requiredClass));
      return [...classes].join(' ');
    },
    as_field_group: (self) => markSafe(fieldGroup(self)),
    _has_changed(self) {
      return callMethod(interp, field(self), 'has_changed', [get(self, 'initial'), get(self, 'data')]);
    },
  });
  const prop = (key: string, getter: (self: PyInstance) => PyValue) => setProperty(BoundField, key, getter);
  prop('errors', (self) => {
    const errors = get(form(self), 'errors');
    return callMethod(interp, errors, 'get', [name(self), interp.call(get(form(self), 'error_class'), [])]);
  });
  prop('data', (self) => callMethod(interp, widget(self), 'value_from_datadict', [get(form(self), 'data'), get(form(self), 'files'), get(self, 'html_name')]));
  prop('initial', (self) => {
    const cached = self.dict.get('_initial');
    if (cached !== undefined) return cached;
    const value = callMethod(interp, form(self), 'get_initial_for_field', [field(self), name(self)]);
    self.dict.set('_initial', value);
    return value;
  });
  prop('auto_id', (self) => autoId(self));
  prop('id_for_label', (self) => {
    const w = widget(self);
    const id = dictGet(copyDict(get(w, 'attrs'), interp), 'id');
    return callMethod(interp, w, 'id_for_label', [id !== undefined && interp.truthy(id) ? id : autoId(self)]);
  });
  prop('is_hidden', (self) => isHidden(widget(self), interp));
  prop('html_initial_id', (self) => callMethod(interp, form(self), 'add_initial_prefix', [autoId(self)]));
  prop('widget_type', (self) => (widget(self) as PyInstance).cls.name.toLowerCase().replace(/widget$|input$/, ''));
  prop('use_fieldset', (self) => get(widget(self), 'use_fieldset'));
  prop('aria_describedby', (self) => ariaDescribedby(self));
  prop('template_name', () => 'django/forms/field.html');

  function autoId(self: PyValue): string {
    const id = get(form(self), 'auto_id');
    const html = str(get(self, 'html_name'));
    if (typeof id === 'string' && id.includes('%s')) return id.replace('%s', html);
    return interp.truthy(id) ? html : '';
  }

  function ariaDescribedby(self: PyValue): PyValue {
    if (interp.truthy(dictGet(copyDict(get(widget(self), 'attrs'), interp), 'aria-describedby') ?? null)) return null;
    const out: string[] = [];
    const id = autoId(self);
    if (id && !isHidden(widget(self), interp)) {
      if (interp.truthy(get(self, 'help_text'))) out.push(`${id}_helptext`);
      if (interp.truthy(get(self, 'errors'))) out.push(`${id}_error`);
    }
    return out.join(' ');
  }

  function asWidget(self: PyValue, given: PyValue, attrsArg: PyValue, onlyInitial: boolean): PyValue {
    const w = given ?? widget(self);
    const f = field(self);
    const attrs = attrsArg === null ? newDict() : copyDict(attrsArg, interp);
    if (interp.truthy(callMethod(interp, w, 'use_required_attribute', [get(self, 'initial')])) && interp.truthy(get(f, 'required')) && interp.truthy(get(form(self), 'use_required_attribute'))) dictSet(attrs, 'required', true);
    if (interp.truthy(get(f, 'disabled'))) dictSet(attrs, 'disabled', true);
    if (!isHidden(w, interp) && interp.truthy(get(self, 'errors'))) dictSet(attrs, 'aria-invalid', 'true');
    if (!interp.truthy(dictGet(attrs, 'aria-describedby') ?? null) && !interp.truthy(get(w, 'use_fieldset'))) {
      const described = ariaDescribedby(self);
      if (described !== null && interp.truthy(described)) dictSet(attrs, 'aria-describedby', described);
    }
    const id = autoId(self);
    if (id && !interp.contains(get(w, 'attrs'), 'id') && dictGet(attrs, 'id') === undefined) dictSet(attrs, 'id', onlyInitial ? str(get(self, 'html_initial_id')) : id);
    const value = callMethod(interp, self, 'value');
    const kwargs: Kwargs = new Map([['name', get(self, onlyInitial ? 'html_initial_name' : 'html_name')], ['value', value], ['attrs', attrs]]);
    return interp.call(get(w, 'render'), [], kwargs);
  }

  function renderField(self: PyValue): PyInstance {
    let html = toText(asWidget(self, null, null, false), interp);
    if (interp.truthy(get(field(self), 'show_hidden_initial'))) {
      html += toText(asWidget(self, interp.instantiate(get(field(self), 'hidden_widget') as PyClass, []), null, true), interp);
    }
    return markSafe(html);
  }

  function labelTag(self: PyValue, args: PyValue[], kwargs: Kwargs, tag: string): PyValue {
    const a = bindArgs(`${tag}_tag`, args, kwargs, ['contents', 'attrs', 'label_suffix', 'tag'], { contents: null, attrs: null, label_suffix: null, tag: null });
    const contents = a.get('contents');
    const label = contents !== null && interp.truthy(contents) ? contents : get(self, 'label');
    let suffix = a.get('label_suffix');
    if (suffix === null) {
      const own = get(field(self), 'label_suffix');
      suffix = own !== null ? own : get(form(self), 'label_suffix');
    }
    let text = toText(conditionalEscape(label, interp), interp);
    const plain = str(label);
    if (interp.truthy(suffix) && plain && !':?.!'.includes(plain[plain.length - 1]!)) text += toText(conditionalEscape(suffix, interp), interp);
    const w = widget(self);
    const ownId = dictGet(copyDict(get(w, 'attrs'), interp), 'id');
    const id = ownId !== undefined && interp.truthy(ownId) ? ownId : autoId(self);
    let attrs: [PyValue, PyValue][] = dictPairs(a.get('attrs'), interp);
    if (interp.truthy(id)) {
      const forId = callMethod(interp, w, 'id_for_label', [id]);
      if (interp.truthy(forId)) attrs = [...attrs.filter(([k]) => k !== 'for'), ['for', forId]];
      const requiredClass = interp.findAttr(form(self), 'required_css_class');
      if (interp.truthy(get(field(self), 'required')) && requiredClass !== undefined) {
        const at = attrs.findIndex(([k]) => k === 'class');
        if (at >= 0) attrs[at] = ['class', `${str(attrs[at]![1])} ${str(requiredClass)}`];
        else attrs.push(['class', requiredClass]);
      }
      const name = a.get('tag') === null ? tag : str(a.get('tag'));
      return markSafe(`<${name}${flatAttrs(attrs, interp)}>${text}</${name}>`);
    }
    return markSafe(text);
  }

  function fieldGroup(self: PyValue): string {
    const hasLabel = interp.truthy(get(self, 'label'));
    const help = get(self, 'help_text');
    return renderFieldGroup({
      useFieldset: interp.truthy(get(widget(self), 'use_fieldset')),
      ariaDescribedby: esc(ariaDescribedby(self) ?? '', interp),
      legendTag: hasLabel ? toText(callMethod(interp, self, 'legend_tag'), interp) : '',
      labelTag: hasLabel ? toText(callMethod(interp, self, 'label_tag'), interp) : '',
      helpText: interp.truthy(help) ? str(help) : '',
      autoId: escapeHtml(autoId(self)),
      errors: errorListHtml(get(self, 'errors'), interp),
      widget: toText(renderField(self), interp),
    });
  }

  return BoundField;
}
