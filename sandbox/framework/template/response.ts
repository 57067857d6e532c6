import { PyClass, PyDict, PyException, PyInstance, PyNativeFunction, exceptionClass, newException, pyError, type Interpreter, type PyValue } from '../python';
import { HttpResponse, bindResponseInterpreter, interpOf, makeResponse, setHeader, statusCode, type ResponseData } from '../http/response';

/**
 * django.template.response.TemplateResponse: what a class-based view's render_to_response()
 * returns. It holds the template names and the context until render() (the handler calls it
 * after the view; a test calling the view directly sees it unrendered, as in Django).
 */
export const TemplateResponse = new PyClass('TemplateResponse', [HttpResponse], 'django.template.response');
export const ContentNotRenderedError = new PyClass('ContentNotRenderedError', [exceptionClass('Exception')], 'django.template.response');

interface Pending {
  interp: Interpreter;
  rendered: boolean;
}
const pending = new WeakMap<PyInstance, Pending>();

export function makeTemplateResponse(interp: Interpreter, request: PyValue, templateNames: PyValue, context: PyValue, options: { status?: number; contentType?: string; cls?: PyClass }): PyInstance {
  const response = makeResponse('', { ...options, cls: options.cls ?? TemplateResponse });
  response.dict.set('template_name', templateNames);
  response.dict.set('context_data', context);
  response.dict.set('_request', request);
  pending.set(response, { interp, rendered: false });
  return response;
}

/** The template rendered with the context, as render() would (through the shortcut, so the test client sees it). */
function renderedContent(self: PyInstance, state: Pending): string {
  const render = state.interp.importModule('django.shortcuts').dict.get('render')!;
  const out = state.interp.call(render, [self.dict.get('_request') ?? null, self.dict.get('template_name') ?? null, self.dict.get('context_data') ?? null]) as PyInstance;
  return (out.native as ResponseData).content;
}

/** SimpleTemplateResponse.render(): renders once; later calls change nothing. */
export function renderTemplateResponse(response: PyInstance): PyInstance {
  const state = pending.get(response);
  if (state && !state.rendered) {
    (response.native as ResponseData).content = renderedContent(response, state);
    state.rendered = true;
  }
  return response;
}

TemplateResponse.dict.set('render', new PyNativeFunction('render', ([self]) => renderTemplateResponse(self as PyInstance)));

TemplateResponse.hooks.getAttr = (self, name) => {
  const state = pending.get(self);
  if (name === 'is_rendered') return state ? state.rendered : true;
  if (name === 'rendered_content' && state) return renderedContent(self, state);
  if (name === 'content' && state && !state.rendered) {
    throw new PyException(newException(ContentNotRenderedError, ['The response content must be rendered before it can be accessed.']));
  }
  return HttpResponse.hooks.getAttr?.(self, name);
};

const PARAMETERS = ['request', 'template', 'context', 'content_type', 'status', 'charset', 'using', 'headers'];

/** TemplateResponse(request, template, context=None, content_type=None, status=None, charset=None, using=None, headers=None), made in the learner's own view. */
TemplateResponse.hooks.construct = (cls, args, kwargs) => {
  const interp = interpOf();
  if (args.length > PARAMETERS.length) throw pyError('TypeError', `${cls.name}.__init__() takes from 3 to 9 positional arguments but ${args.length + 1} were given`);
  const given = new Map<string, PyValue>();
  PARAMETERS.forEach((name, i) => {
    if (i < args.length) given.set(name, args[i]!);
  });
  for (const [name, value] of kwargs) {
    if (!PARAMETERS.includes(name)) throw pyError('TypeError', `${cls.name}.__init__() got an unexpected keyword argument '${name}'`);
    if (given.has(name)) throw pyError('TypeError', `${cls.name}.__init__() got multiple values for argument '${name}'`);
    given.set(name, value);
  }
  const missing = ['request', 'template'].filter((name) => !given.has(name));
  if (missing.length) {
    const quoted = missing.map((name) => `'${name}'`).join(' and ');
    throw pyError('TypeError', `${cls.name}.__init__() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${quoted}`);
  }
  const status = given.get('status') ?? null;
  const contentType = given.get('content_type') ?? null;
  const response = makeTemplateResponse(interp, given.get('request')!, given.get('template')!, given.get('context') ?? null, {
    status: status === null ? undefined : statusCode(status),
    contentType: contentType === null ? undefined : interp.str(contentType),
    // A subclass the learner wrote is what they get back.
    cls,
  });
  const headers = given.get('headers');
  if (headers instanceof PyDict) for (const { key, value } of headers.entries.values()) setHeader(response, interp.str(key), interp.str(value));
  return response;
};

/** The module django.template.response, for a learner's view that builds its own TemplateResponse. */
export function templateResponseModule(interp: Interpreter): Record<string, PyValue> {
  // Its responses are django.http's: a view may import this module and never that one.
  bindResponseInterpreter(interp);
  return { TemplateResponse, ContentNotRenderedError };
}
