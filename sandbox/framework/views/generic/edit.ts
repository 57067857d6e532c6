import { PyClass, PyException, PyInstance, newDict, newException, pyError, type Interpreter, type PyValue } from '../../python';
import { ImproperlyConfigured } from '../../core/exceptions';
import { HttpResponseRedirect } from '../../http/response';
import { callMethod, copyDict, defineClass, dictPairs } from '../../utils/native-classes';
import { superCall } from './base';

/** django.views.generic.edit's FormView: GET shows the form, POST validates it, then form_valid or form_invalid. */
const MODULE = 'django.views.generic.edit';

export function editViewClasses(interp: Interpreter, base: Record<string, PyClass>): Record<string, PyClass> {
  const get = (obj: PyValue, name: string) => interp.getAttr(obj, name);
  const FormMixin: PyClass = defineClass('FormMixin', [base.ContextMixin!], MODULE, {
    get_initial: (self) => copyDict(get(self, 'initial'), interp),
    get_prefix: (self) => get(self, 'prefix'),
    get_form_class: (self) => get(self, 'form_class'),
    get_form(self, [formClass]) {
      const cls = formClass ?? callMethod(interp, self, 'get_form_class');
      const kwargs = callMethod(interp, self, 'get_form_kwargs');
      return interp.call(cls, [], new Map(dictPairs(kwargs, interp).map(([k, v]) => [interp.str(k), v])));
    },
    get_form_kwargs(self) {
      const kwargs = newDict([['initial', callMethod(interp, self, 'get_initial')], ['prefix', callMethod(interp, self, 'get_prefix')]]);
      const request = get(self, 'request');
      const method = interp.str(get(request, 'method'));
      if (method === 'POST' || method === 'PUT') {
        interp.setItem(kwargs, 'data', get(request, 'POST'));
        interp.setItem(kwargs, 'files', interp.findAttr(request, 'FILES') ?? newDict());
      }
      return kwargs;
    },
    get_success_url(self) {
      const url = get(self, 'success_url');
      if (url === null || !interp.truthy(url)) throw new PyException(newException(ImproperlyConfigured, ['No URL to redirect to. Provide a success_url.']));
      return interp.str(url);
    },
    form_valid: (self) => interp.instantiate(HttpResponseRedirect, [callMethod(interp, self, 'get_success_url')]),
    form_invalid: (self, [form]) => callMethod(interp, self, 'render_to_response', [interp.call(get(self, 'get_context_data'), [], new Map([['form', form ?? null]]))]),
    get_context_data(self, args, kwargs) {
      if (args.length) throw pyError('TypeError', `FormMixin.get_context_data() takes 1 positional argument but ${args.length + 1} were given`);
      const all = new Map(kwargs);
      if (!all.has('form')) all.set('form', callMethod(interp, self, 'get_form'));
      return superCall(interp, self, FormMixin, 'get_context_data', [], all);
    },
  }, { initial: newDict(), form_class: null, success_url: null, prefix: null });
  const post = (self: PyInstance) => {
    const form = callMethod(interp, self, 'get_form');
    return interp.truthy(callMethod(interp, form, 'is_valid')) ? callMethod(interp, self, 'form_valid', [form]) : callMethod(interp, self, 'form_invalid', [form]);
  };
  const ProcessFormView = defineClass('ProcessFormView', [base.View!], MODULE, {
    get: (self) => callMethod(interp, self, 'render_to_response', [callMethod(interp, self, 'get_context_data')]),
    post: (self) => post(self),
    put: (self) => post(self),
  });
  const BaseFormView = defineClass('BaseFormView', [FormMixin, ProcessFormView], MODULE);
  const FormView = defineClass('FormView', [base.TemplateResponseMixin!, BaseFormView], MODULE);
  return { FormMixin, ProcessFormView, BaseFormView, FormView };
}
