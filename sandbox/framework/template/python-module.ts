import { PyClass, PyInstance, PyNativeFunction, objectClass, type PyValue } from '../python';
import type { Engine } from './engine';
import { TemplateDoesNotExist, TemplateSyntaxError, VariableDoesNotExist } from './errors';
import type { Template } from './template';

/**
 * The Python modules a learner may import from the template system. The loader functions
 * need the project's engine, which the framework builds from settings; without
 * `getEngine` only the exceptions are offered (django.utils.html and safestring are utils' modules).
 */
export function templateModules(getEngine?: () => Engine): Record<string, Record<string, PyValue>> {
  const exceptions = { TemplateDoesNotExist, TemplateSyntaxError };
  const modules: Record<string, Record<string, PyValue>> = {
    'django.template': { ...exceptions, VariableDoesNotExist },
    'django.template.exceptions': { ...exceptions },
    'django.template.base': { TemplateSyntaxError, VariableDoesNotExist },
  };
  if (getEngine) {
    const engine = getEngine;
    // The backend's Template: `render(context=None, request=None)`.
    const TemplateClass = new PyClass('Template', [objectClass], 'django.template.backends.django');
    const requestValues = (request: PyValue | undefined) => (request === undefined || request === null ? null : (engine().options.requestContext?.(request) ?? null));
    TemplateClass.dict.set('render', new PyNativeFunction('render', ([self, context, request], kwargs) => {
      const template = (self as PyInstance).native as Template;
      return template.render(context ?? kwargs.get('context') ?? null, requestValues(request ?? kwargs.get('request')));
    }));
    const wrap = (t: Template) => {
      const obj = new PyInstance(TemplateClass);
      obj.native = t;
      obj.dict.set('template', null);
      return obj;
    };
    const names = (v: PyValue) => (typeof v === 'string' ? v : engine().options.interp.iterate(v).map((n) => engine().options.interp.str(n)));
    modules['django.template.loader'] = {
      get_template: new PyNativeFunction('get_template', ([name]) => wrap(engine().getTemplate(engine().options.interp.str(name ?? null)))),
      select_template: new PyNativeFunction('select_template', ([name]) => {
        const n = names(name ?? null);
        return wrap(typeof n === 'string' ? engine().getTemplate(n) : engine().selectTemplate(n));
      }),
      render_to_string: new PyNativeFunction('render_to_string', ([name, context, request], kwargs) =>
        engine().renderToString(names(name ?? null), context ?? kwargs.get('context') ?? null, requestValues(request ?? kwargs.get('request'))),
      ),
    };
  }
  return modules;
}
