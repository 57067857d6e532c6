import { PyClass, PyException, PyInstance, PyNativeFunction, exceptionClass, newException, type Interpreter, type PyValue } from '../python';
import { HttpResponse, makeResponse, type ResponseData } from '../http/response';

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

export function makeTemplateResponse(interp: Interpreter, request: PyValue, templateNames: PyValue, context: PyValue, options: { status?: number; contentType?: string }): PyInstance {
  const response = makeResponse('', { ...options, cls: TemplateResponse });
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
