import { PyClass, PyDict, PyException, PyInstance, PyList, PyNativeFunction, PyTuple, dictSet, newDict, newException, objectClass, percentFormat, pyError, type Interpreter, type Kwargs, type PyValue } from '../../python';
import { makeTemplateResponse } from '../../template/response';
import { ImproperlyConfigured } from '../../core/exceptions';
import { addressOf } from '../../python/native-class';
import { HttpResponse, HttpResponseNotAllowed, HttpResponsePermanentRedirect, HttpResponseRedirect, makeResponse, setHeader } from '../../http/response';
import { callMethod, defineClass, dictPairs, items } from '../../utils/native-classes';
import { logArg, logResponse } from '../../utils/log';

/**
 * django.views.generic.base: View (as_view, setup, dispatch, the 405 answer and OPTIONS),
 * ContextMixin, TemplateResponseMixin, TemplateView and RedirectView, as classes the learner's
 * views subclass and call with super().
 */
const MODULE = 'django.views.generic.base';
const HTTP_METHOD_NAMES = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace'];

/** `super().name(...)` from a method written in TypeScript that `owner` defines. */
export function superCall(interp: Interpreter, self: PyInstance, owner: PyClass, name: string, args: PyValue[], kwargs: Kwargs = new Map()): PyValue {
  const mro = self.cls.mro;
  for (const cls of mro.slice(mro.indexOf(owner) + 1)) {
    const fn = cls.dict.get(name);
    if (fn !== undefined) return interp.call(fn, [self, ...args], kwargs);
  }
  throw pyError('AttributeError', `'super' object has no attribute '${name}'`);
}

/** What as_view() returns: a function holding view_class and view_initkwargs, as Django's does. */
const ViewFunction = new PyClass('function', [objectClass], 'builtins');

/** A method only the class may call (Django's classonlymethod). */
const ClassOnlyMethod = new PyClass('classonlymethod', [objectClass], 'django.utils.decorators');
ClassOnlyMethod.dict.set(
  '__get__',
  new PyNativeFunction('__get__', ([desc, obj, type]) => {
    if (obj !== null && obj !== undefined) throw pyError('AttributeError', 'This method is available only on the class, not on instances.');
    const fn = (desc as PyInstance).native as (cls: PyClass, args: PyValue[], kwargs: Kwargs) => PyValue;
    return new PyNativeFunction('as_view', (args, kwargs) => fn(type as PyClass, args, kwargs));
  }),
);

export function viewClasses(interp: Interpreter): Record<string, PyClass> {
  const get = (obj: PyValue, name: string) => interp.getAttr(obj, name);
  const str = (v: PyValue) => interp.str(v);
  const has = (obj: PyValue, name: string) => interp.findAttr(obj, name) !== undefined;

  ViewFunction.dict.set('__call__', new PyNativeFunction('__call__', ([fn, ...args], kwargs) => ((fn as PyInstance).native as (a: PyValue[], k: Kwargs) => PyValue)(args, kwargs)));
  ViewFunction.dict.set('__repr__', new PyNativeFunction('__repr__', ([fn]) => `<function View.as_view.<locals>.view at 0x${addressOf(fn as PyInstance)}>`));

  const allowedMethods = (self: PyValue) => items(get(self, 'http_method_names'), interp).map(str).filter((m) => has(self, m)).map((m) => m.toUpperCase());

  const View = defineClass('View', [], MODULE, {
    __init__(self, args, kwargs) {
      for (const [k, v] of kwargs) interp.setAttr(self, k, v);
      return null;
    },
    setup(self, [request, ...args], kwargs) {
      if (has(self, 'get') && !has(self, 'head')) interp.setAttr(self, 'head', get(self, 'get'));
      interp.setAttr(self, 'request', request ?? null);
      interp.setAttr(self, 'args', new PyTuple(args));
      interp.setAttr(self, 'kwargs', newDict([...kwargs]));
      return null;
    },
    dispatch(self, [request, ...args], kwargs) {
      const method = str(get(request ?? null, 'method')).toLowerCase();
      const allowed = items(get(self, 'http_method_names'), interp).map(str);
      const handler = allowed.includes(method) ? (interp.findAttr(self, method) ?? get(self, 'http_method_not_allowed')) : get(self, 'http_method_not_allowed');
      return interp.call(handler, [request ?? null, ...args], kwargs);
    },
    http_method_not_allowed(self, [request]) {
      const response = interp.instantiate(HttpResponseNotAllowed, [new PyList(allowedMethods(self))]) as PyInstance;
      logResponse(response, `Method Not Allowed (${logArg(str(get(request ?? null, 'method')))}): ${logArg(str(get(request ?? null, 'path')))}`);
      return response;
    },
    _allowed_methods: (self) => new PyList(allowedMethods(self)),
  }, { http_method_names: new PyList(HTTP_METHOD_NAMES) });
  // OPTIONS answers with what the view allows, and no body.
  View.dict.set('options', new PyNativeFunction('options', ([self]) => {
    const response = interp.instantiate(HttpResponse, []) as PyInstance;
    setHeader(response, 'Allow', allowedMethods(self!).join(', '));
    setHeader(response, 'Content-Length', '0');
    return response;
  }));
  const asView = new PyInstance(ClassOnlyMethod);
  asView.native = (cls: PyClass, args: PyValue[], initkwargs: Kwargs): PyValue => {
    if (args.length) throw pyError('TypeError', `View.as_view() takes 1 positional argument but ${args.length + 1} were given`);
    for (const key of initkwargs.keys()) {
      if (HTTP_METHOD_NAMES.includes(key) || items(get(cls, 'http_method_names'), interp).map(str).includes(key)) {
        throw pyError('TypeError', `The method name ${key} is not accepted as a keyword argument to ${cls.name}().`);
      }
      if (!has(cls, key)) throw pyError('TypeError', `${cls.name}() received an invalid keyword ${interp.repr(key)}. as_view only accepts arguments that are already attributes of the class.`);
    }
    const view = new PyInstance(ViewFunction);
    view.native = (callArgs: PyValue[], callKwargs: Kwargs) => {
      const self = interp.instantiate(cls, [], new Map(initkwargs)) as PyInstance;
      interp.call(get(self, 'setup'), callArgs, callKwargs);
      if (!has(self, 'request')) throw pyError('AttributeError', `${cls.name} instance has no 'request' attribute. Did you override setup() and forget to call super()?`);
      return interp.call(get(self, 'dispatch'), callArgs, callKwargs);
    };
    view.dict.set('view_class', cls);
    view.dict.set('view_initkwargs', newDict([...initkwargs]));
    view.dict.set('__name__', 'view');
    view.dict.set('__qualname__', 'View.as_view.<locals>.view');
    view.dict.set('__module__', cls.module);
    view.dict.set('__doc__', cls.doc);
    return view;
  };
  View.dict.set('as_view', asView);

  const ContextMixin = defineClass('ContextMixin', [], MODULE, {
    get_context_data(self, args, kwargs) {
      if (args.length) throw pyError('TypeError', `ContextMixin.get_context_data() takes 1 positional argument but ${args.length + 1} were given`);
      const context = newDict([...kwargs]);
      if (!kwargs.has('view')) dictSet(context, 'view', self);
      const extra = get(self, 'extra_context');
      if (extra !== null) for (const [k, v] of dictPairs(extra, interp)) dictSet(context, k, v);
      return context;
    },
  }, { extra_context: null });

  const TemplateResponseMixin = defineClass('TemplateResponseMixin', [], MODULE, {
    get_template_names(self) {
      const name = get(self, 'template_name');
      if (name === null) {
        throw new PyException(newException(ImproperlyConfigured, ["TemplateResponseMixin requires either a definition of 'template_name' or an implementation of 'get_template_names()'"]));
      }
      return new PyList([name]);
    },
    render_to_response(self, [context], kwargs) {
      const names = callMethod(interp, self, 'get_template_names');
      const contentType = kwargs.get('content_type') ?? get(self, 'content_type');
      const status = kwargs.get('status');
      return makeTemplateResponse(interp, get(self, 'request'), new PyList(items(names, interp)), context ?? newDict(), {
        ...(contentType !== null && contentType !== undefined ? { contentType: interp.str(contentType) } : {}),
        ...(typeof status === 'number' ? { status } : {}),
      });
    },
  }, { template_name: null, template_engine: null, content_type: null });

  const TemplateView = defineClass('TemplateView', [TemplateResponseMixin, ContextMixin, View], MODULE, {
    get(self, [, ...args], kwargs) {
      void args;
      const context = interp.call(get(self, 'get_context_data'), [], kwargs);
      return interp.call(get(self, 'render_to_response'), [context]);
    },
  });

  const redirectGet = (self: PyInstance, args: PyValue[], kwargs: Kwargs) => {
    const [request, ...rest] = args;
    const url = interp.call(get(self, 'get_redirect_url'), rest, kwargs);
    if (url !== null && interp.truthy(url)) {
      const cls = interp.truthy(get(self, 'permanent')) ? HttpResponsePermanentRedirect : HttpResponseRedirect;
      return interp.instantiate(cls, [url]);
    }
    const gone = makeResponse('', { status: 410 });
    logResponse(gone, `Gone: ${logArg(str(get(request ?? null, 'path')))}`);
    return gone;
  };
  const RedirectView = defineClass('RedirectView', [View], MODULE, {
    get_redirect_url(self, args, kwargs) {
      let url: string;
      const given = get(self, 'url');
      const pattern = get(self, 'pattern_name');
      if (given !== null && interp.truthy(given)) url = percentFormat(str(given), newDict([...kwargs]), interp);
      else if (pattern !== null && interp.truthy(pattern)) {
        const reverse = interp.importModule('django.urls').dict.get('reverse')!;
        url = str(interp.call(reverse, [pattern], new Map<string, PyValue>([['args', new PyTuple(args)], ['kwargs', newDict([...kwargs])]])));
      } else return null;
      const meta = get(get(self, 'request'), 'META') as PyDict;
      const query = str(callMethod(interp, meta, 'get', ['QUERY_STRING', '']));
      if (query && interp.truthy(get(self, 'query_string'))) url = `${url}?${query}`;
      return url;
    },
    get: (self, args, kwargs) => redirectGet(self, args, kwargs),
    head: (self, args, kwargs) => redirectGet(self, args, kwargs),
    post: (self, args, kwargs) => redirectGet(self, args, kwargs),
    options: (self, args, kwargs) => redirectGet(self, args, kwargs),
    delete: (self, args, kwargs) => redirectGet(self, args, kwargs),
    put: (self, args, kwargs) => redirectGet(self, args, kwargs),
    patch: (self, args, kwargs) => redirectGet(self, args, kwargs),
  }, { permanent: false, url: null, pattern_name: null, query_string: false });

  return { View, ContextMixin, TemplateResponseMixin, TemplateView, RedirectView };
}
