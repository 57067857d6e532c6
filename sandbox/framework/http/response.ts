import { PyClass, PyDict, PyFloat, PyInstance, PyList, PyNativeFunction, PyTuple, newDict, objectClass, pyError, type Interpreter, type Kwargs, type PyValue } from '../python';
import { dumps } from './json';
import reasonPhrases from './reason-phrases.json';
import { newBytes } from '../python/bytes';
import { deleteCookie, setCookie } from './cookies';

/** What the framework keeps for an HttpResponse: the body and the headers (case-insensitive, first spelling kept). */
export interface ResponseData {
  content: string;
  headers: Map<string, [string, string]>;
  reason: string | null;
  /** Set-Cookie lines by cookie name (http/cookies.ts). */
  cookies?: Map<string, string>;
}

/** http.HTTPStatus's phrases (CPython 3.12), which Django's reason_phrase uses. */
export const REASON_PHRASES: Record<number, string> = reasonPhrases;

export const HttpResponse = new PyClass('HttpResponse', [objectClass], 'django.http.response', { construct: (cls, args, kwargs) => construct(cls, args, kwargs) });
const sub = (name: string) => new PyClass(name, [HttpResponse], 'django.http.response');
export const HttpResponseRedirect = sub('HttpResponseRedirect');
export const HttpResponsePermanentRedirect = sub('HttpResponsePermanentRedirect');
export const HttpResponseNotFound = sub('HttpResponseNotFound');
export const HttpResponseBadRequest = sub('HttpResponseBadRequest');
export const HttpResponseForbidden = sub('HttpResponseForbidden');
export const HttpResponseNotAllowed = sub('HttpResponseNotAllowed');
export const HttpResponseServerError = sub('HttpResponseServerError');
export const JsonResponse = sub('JsonResponse');

const STATUS_OF = new Map<PyClass, number>([
  [HttpResponseRedirect, 302],
  [HttpResponsePermanentRedirect, 301],
  [HttpResponseNotFound, 404],
  [HttpResponseBadRequest, 400],
  [HttpResponseForbidden, 403],
  [HttpResponseNotAllowed, 405],
  [HttpResponseServerError, 500],
]);

// The interpreter each module instance was made for; the classes are shared, so the last one wins, which is the one running.
let currentInterp: Interpreter | null = null;
export function bindResponseInterpreter(interp: Interpreter) {
  currentInterp = interp;
}
/** The interpreter django.http was imported into: the template's responses render with it too. */
export const interpOf = (): Interpreter => {
  if (!currentInterp) throw new Error('django.http used before it was imported');
  return currentInterp;
};

export function responseData(value: PyValue): ResponseData | null {
  return value instanceof PyInstance && value.cls.isSubclassOf(HttpResponse) ? (value.native as ResponseData) : null;
}

export function statusOf(response: PyInstance): number {
  const status = response.dict.get('status_code');
  return typeof status === 'number' ? status : 200;
}

function contentText(content: PyValue, interp: Interpreter): string {
  if (content === null || content === undefined) return '';
  if (typeof content === 'string') return content;
  if (content instanceof PyList || content instanceof PyTuple) return content.items.map((c) => contentText(c, interp)).join('');
  return interp.str(content);
}

/** A new response the framework makes itself (error pages, redirects). */
export function makeResponse(content: string, options: { status?: number; contentType?: string; cls?: PyClass } = {}): PyInstance {
  const instance = new PyInstance(options.cls ?? HttpResponse);
  instance.native = { content, headers: new Map([['content-type', ['Content-Type', options.contentType ?? 'text/html; charset=utf-8']]]), reason: null } satisfies ResponseData;
  instance.dict.set('status_code', options.status ?? STATUS_OF.get(options.cls ?? HttpResponse) ?? 200);
  return instance;
}

export function setHeader(response: PyInstance, name: string, value: string) {
  (response.native as ResponseData).headers.set(name.toLowerCase(), [name, value]);
}

export function getHeader(response: PyInstance, name: string): string | undefined {
  return (response.native as ResponseData).headers.get(name.toLowerCase())?.[1];
}

/** A `status=` argument as HttpResponseBase.__init__ checks it. */
export function statusCode(value: PyValue): number {
  if (typeof value !== 'number' && !(value instanceof PyFloat)) throw pyError('TypeError', 'HTTP status code must be an integer.');
  const status = typeof value === 'number' ? value : Math.trunc(value.value);
  if (status < 100 || status > 599) throw pyError('ValueError', 'HTTP status code must be an integer from 100 to 599.');
  return status;
}

/** HttpResponse.__init__ and its subclasses', with Django's argument checks. */
function construct(cls: PyClass, args: PyValue[], kwargs: Kwargs): PyValue {
  const interp = interpOf();
  const arg = (i: number, name: string): PyValue | undefined => (kwargs.has(name) ? kwargs.get(name) : args[i]);
  let content: PyValue | undefined;
  let rest = 0;
  let contentType: PyValue | undefined = kwargs.get('content_type');
  if (cls.isSubclassOf(JsonResponse)) {
    const data = arg(0, 'data') ?? null;
    const safe = kwargs.has('safe') ? interp.truthy(kwargs.get('safe')!) : true;
    if (safe && !(data instanceof PyDict)) throw pyError('TypeError', 'In order to allow non-dict objects to be serialized set the safe parameter to False.');
    const params = kwargs.get('json_dumps_params');
    const param = (name: string) => (params instanceof PyDict ? [...params.entries.values()].find((e) => e.key === name)?.value : undefined);
    const indent = param('indent');
    content = dumps(data, interp, {
      indent: typeof indent === 'number' ? indent : null,
      ensureAscii: param('ensure_ascii') === undefined ? true : interp.truthy(param('ensure_ascii')!),
      sortKeys: param('sort_keys') === undefined ? false : interp.truthy(param('sort_keys')!),
    });
    contentType ??= 'application/json';
  } else if (cls.isSubclassOf(HttpResponseRedirect) || cls.isSubclassOf(HttpResponsePermanentRedirect)) {
    const to = arg(0, 'redirect_to');
    if (to === undefined) throw pyError('TypeError', `__init__() missing 1 required positional argument: 'redirect_to'`);
    rest = 1;
    content = args[1] ?? '';
  } else if (cls.isSubclassOf(HttpResponseNotAllowed)) {
    rest = 1;
    content = args[1] ?? kwargs.get('content') ?? '';
  } else {
    content = arg(0, 'content') ?? '';
    rest = 1;
  }
  const statusArg = kwargs.get('status') ?? (cls === HttpResponse || rest === 0 ? args[rest + 1] : undefined);
  let status = STATUS_OF.get([...cls.mro].find((c) => STATUS_OF.has(c)) ?? HttpResponse) ?? 200;
  if (statusArg !== undefined && statusArg !== null) status = statusCode(statusArg);
  if (cls === HttpResponse && args[1] !== undefined && !kwargs.has('content_type')) contentType = args[1];
  const response = makeResponse(contentText(content ?? '', interp), {
    status,
    contentType: contentType === undefined || contentType === null ? undefined : interp.str(contentType),
    cls,
  });
  const reason = kwargs.get('reason');
  if (typeof reason === 'string') (response.native as ResponseData).reason = reason;
  const headers = kwargs.get('headers');
  if (headers instanceof PyDict) for (const { key, value } of headers.entries.values()) setHeader(response, interp.str(key), interp.str(value));
  if (cls.isSubclassOf(HttpResponseRedirect) || cls.isSubclassOf(HttpResponsePermanentRedirect)) {
    setHeader(response, 'Location', encodeURI(interp.str(arg(0, 'redirect_to')!)).replace(/%25([0-9A-Fa-f]{2})/g, '%$1'));
    response.dict.set('url', getHeader(response, 'Location')!);
  }
  if (cls.isSubclassOf(HttpResponseNotAllowed)) {
    const methods = args[0] ?? kwargs.get('permitted_methods') ?? new PyList([]);
    setHeader(response, 'Allow', interp.iterate(methods).map((m) => interp.str(m).toUpperCase()).join(', '));
  }
  return response;
}

const method = (name: string, fn: (self: PyInstance, data: ResponseData, args: PyValue[], interp: Interpreter) => PyValue) =>
  HttpResponse.dict.set(name, new PyNativeFunction(name, ([self, ...args]) => fn(self as PyInstance, (self as PyInstance).native as ResponseData, args, interpOf())));

method('__getitem__', (_self, data, [key], interp) => {
  const found = data.headers.get(interp.str(key ?? null).toLowerCase());
  if (!found) throw pyError('KeyError', interp.str(key ?? null));
  return found[1];
});
method('__setitem__', (self, _data, [key, value], interp) => (setHeader(self, interp.str(key ?? null), interp.str(value ?? null)), null));
method('__delitem__', (_self, data, [key], interp) => (data.headers.delete(interp.str(key ?? null).toLowerCase()), null));
method('__contains__', (_self, data, [key], interp) => data.headers.has(interp.str(key ?? null).toLowerCase()));
method('has_header', (_self, data, [key], interp) => data.headers.has(interp.str(key ?? null).toLowerCase()));
method('get', (_self, data, [key, fallback], interp) => data.headers.get(interp.str(key ?? null).toLowerCase())?.[1] ?? fallback ?? null);
method('items', (_self, data) => new PyList([...data.headers.values()].map(([k, v]) => new PyTuple([k, v]))));
method('write', (_self, data, [text], interp) => ((data.content += interp.str(text ?? null)), null));
/** Positional and keyword arguments of a method, by its parameter names (after self). */
function named(params: string[], args: PyValue[], kwargs: Kwargs): Map<string, PyValue> {
  const out = new Map<string, PyValue>();
  params.forEach((p, i) => {
    const v = kwargs.has(p) ? kwargs.get(p) : args[i];
    if (v !== undefined) out.set(p, v);
  });
  return out;
}

HttpResponse.dict.set(
  'set_cookie',
  new PyNativeFunction('set_cookie', ([self, ...args], kwargs) => {
    const interp = interpOf();
    const a = named(['key', 'value', 'max_age', 'expires', 'path', 'domain', 'secure', 'httponly', 'samesite'], args, kwargs);
    const opt = (name: string) => (a.get(name) === undefined || a.get(name) === null ? null : interp.str(a.get(name)!));
    const maxAge = a.get('max_age');
    setCookie(self as PyInstance, interp.str(a.get('key') ?? null), a.has('value') ? interp.str(a.get('value')!) : '', {
      maxAge: typeof maxAge === 'number' ? maxAge : maxAge instanceof PyFloat ? Math.trunc(maxAge.value) : null,
      expires: opt('expires'),
      path: opt('path') ?? '/',
      domain: opt('domain'),
      secure: a.has('secure') && interp.truthy(a.get('secure')!),
      httponly: a.has('httponly') && interp.truthy(a.get('httponly')!),
      samesite: opt('samesite'),
    });
    return null;
  }),
);
HttpResponse.dict.set(
  'delete_cookie',
  new PyNativeFunction('delete_cookie', ([self, ...args], kwargs) => {
    const interp = interpOf();
    const a = named(['key', 'path', 'domain', 'samesite'], args, kwargs);
    const opt = (name: string) => (a.get(name) === undefined || a.get(name) === null ? null : interp.str(a.get(name)!));
    deleteCookie(self as PyInstance, interp.str(a.get('key') ?? null), { path: opt('path') ?? '/', domain: opt('domain'), samesite: opt('samesite') });
    return null;
  }),
);
method('__str__', (self, data) => `<${self.cls.name} status_code=${statusOf(self)}, "${data.headers.get('content-type')?.[1] ?? ''}">`);
method('__repr__', (self, data) => `<${self.cls.name} status_code=${statusOf(self)}, "${data.headers.get('content-type')?.[1] ?? ''}">`);

HttpResponse.hooks.getAttr = (self, name) => {
  const data = self.native as ResponseData;
  // bytes, as Django's: the text encoded with the response's charset (always UTF-8 here).
  if (name === 'content') return newBytes(new TextEncoder().encode(data.content));
  if (name === 'charset') return 'utf-8';
  if (name === 'reason_phrase') return data.reason ?? REASON_PHRASES[statusOf(self)] ?? 'Unknown Status Code';
  // A snapshot: learners read headers; they set them with response['X'] = ...
  if (name === 'headers') return newDict([...data.headers.values()].map(([k, v]) => [k, v]));
  return undefined;
};

/** The classes `django.http` exports. */
export function responseClasses(): Record<string, PyValue> {
  return {
    HttpResponse,
    HttpResponseRedirect,
    HttpResponsePermanentRedirect,
    HttpResponseNotFound,
    HttpResponseBadRequest,
    HttpResponseForbidden,
    HttpResponseNotAllowed,
    HttpResponseServerError,
    JsonResponse,
  };
}
