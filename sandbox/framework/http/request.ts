import { PyClass, PyException, PyInstance, PyNativeFunction, exceptionClass, newDict, newException, objectClass, type Interpreter, type PyValue } from '../python';
import { escapeUriPath, iriToUri } from '../utils/encoding';
import { newBytes } from '../python/bytes';
import { bindQueryDictInterpreter, makeQueryDict, parseQuery } from './querydict';
import { parseCookieHeader } from './cookies';
import { makeHeaders } from './headers';
import { requestState } from './request-state';

export { MultiValueDictKeyError, QueryDict, makeQueryDict, parseQuery } from './querydict';

/** What the server knows of one request, before the framework makes the Python object. */
export interface RequestInfo {
  method: string;
  /** The path, percent-decoded, as PATH_INFO. */
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string;
  scheme: 'http' | 'https';
  /** SERVER_NAME/SERVER_PORT, for a request without a Host header. */
  serverName: string;
  serverPort: string;
}

/** A path as runserver hands it to Django: percent-decoded, or left as it is when it cannot be. */
export function pathInfo(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A GET of `url` (path and query) as a browser on this machine sends it to `runserver`. */
export function localGet(url: string): RequestInfo {
  const [path, query = ''] = url.split('?');
  return { method: 'GET', path: pathInfo(path!), query, headers: { host: '127.0.0.1:8000' }, body: '', scheme: 'http', serverName: '127.0.0.1', serverPort: '8000' };
}

export const HttpRequest = new PyClass('WSGIRequest', [objectClass], 'django.core.handlers.wsgi', {
  // Attributes worked out when first read (request.user, a multipart request's POST).
  getAttr: (self, name) => requestState(self).lazy?.get(name)?.(),
});

/** The path and query a request's repr and get_full_path() show. */
function fullPathOf(info: RequestInfo): string {
  return escapeUriPath(info.path) + (info.query ? `?${iriToUri(info.query)}` : '');
}

// On the class, so that str() and print() show it as well as repr().
HttpRequest.dict.set('__repr__', new PyNativeFunction('__repr__', ([self]) => {
  const info = (self as PyInstance).native as RequestInfo;
  return `<WSGIRequest: ${info.method} '${fullPathOf(info)}'>`;
}));

export const RawPostDataException = new PyClass('RawPostDataException', [exceptionClass('Exception')], 'django.http.request');

export function requestInfo(value: PyValue): RequestInfo {
  return (value as PyInstance).native as RequestInfo;
}

/** The raw host: the Host header, else SERVER_NAME:SERVER_PORT (HttpRequest._get_raw_host). */
export function rawHost(info: RequestInfo): string {
  const host = info.headers['host'];
  if (host) return host;
  const defaultPort = info.scheme === 'https' ? '443' : '80';
  return info.serverPort === defaultPort ? info.serverName : `${info.serverName}:${info.serverPort}`;
}

/** The WSGIRequest a view receives. `getHost` is the handler's ALLOWED_HOSTS-checking get_host(). */
export function makeRequest(info: RequestInfo, interp: Interpreter, getHost: () => string): PyInstance {
  bindQueryDictInterpreter(interp);
  const request = new PyInstance(HttpRequest);
  request.native = info;
  const meta = newDict([
    ['REQUEST_METHOD', info.method],
    ['PATH_INFO', info.path],
    ['QUERY_STRING', info.query],
    ['SERVER_NAME', info.serverName],
    ['SERVER_PORT', info.serverPort],
    ['wsgi.url_scheme', info.scheme],
    ...Object.entries(info.headers).map(([k, v]): [PyValue, PyValue] => [
      k === 'content-type' || k === 'content-length' ? k.toUpperCase().replace(/-/g, '_') : 'HTTP_' + k.toUpperCase().replace(/-/g, '_'),
      v,
    ]),
  ]);
  const contentType = info.headers['content-type'] ?? '';
  const form = info.method === 'POST' && contentType.startsWith('application/x-www-form-urlencoded');
  const multipart = info.method === 'POST' && contentType.startsWith('multipart/form-data');
  const fullPath = fullPathOf(info);
  const set = (name: string, value: PyValue) => request.dict.set(name, value);
  set('method', info.method);
  set('path', info.path);
  set('path_info', info.path);
  set('GET', makeQueryDict(parseQuery(info.query)));
  const body = newBytes(new TextEncoder().encode(info.body));
  if (multipart) {
    // As Django's: reading the form consumes the stream, and the raw body is gone after it.
    const lazy = (requestState(request).lazy ??= new Map());
    let read = false;
    lazy.set('POST', () => {
      read = true;
      const post = makeQueryDict(multipartFields(info.body, contentType));
      set('POST', post);
      return post;
    });
    // Uploaded files are not kept: the sandbox's forms send text fields.
    lazy.set('FILES', () => (read = true, makeQueryDict(new Map())));
    lazy.set('body', () => {
      if (read) throw new PyException(newException(RawPostDataException, ["You cannot access body after reading from request's data stream"]));
      return body;
    });
  } else {
    set('POST', makeQueryDict(form ? parseQuery(info.body) : new Map()));
    set('FILES', makeQueryDict(new Map()));
    set('body', body);
  }
  set('META', meta);
  const cookies = parseCookieHeader(info.headers['cookie'] ?? '');
  requestState(request).cookies = cookies;
  set('COOKIES', newDict([...cookies]));
  set('headers', makeHeaders(info.headers, interp));
  set('content_type', (info.headers['content-type'] ?? '').split(';')[0]!.trim());
  set('scheme', info.scheme);
  set('resolver_match', null);
  const fn = (name: string, body: (args: PyValue[]) => PyValue) => set(name, new PyNativeFunction(name, body));
  fn('get_host', () => getHost());
  fn('get_full_path', () => fullPath);
  fn('is_secure', () => info.scheme === 'https');
  fn('build_absolute_uri', ([location]) => {
    const base = `${info.scheme}://${getHost()}`;
    if (location === undefined || location === null) return base + fullPath;
    const loc = interp.str(location);
    return /^[a-z]+:\/\//i.test(loc) ? loc : new URL(loc, base + info.path).toString();
  });
  return request;
}

/** The text fields of a multipart/form-data body (file parts are left out). */
function multipartFields(body: string, contentType: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary) return values;
  for (const part of body.split(`--${boundary}`).slice(1)) {
    if (part.startsWith('--')) break;
    const at = part.indexOf('\r\n\r\n');
    if (at < 0) continue;
    const head = part.slice(0, at);
    const disposition = /content-disposition:[^\r\n]*/i.exec(head)?.[0] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined || /\bfilename=/i.test(disposition)) continue;
    const value = part.slice(at + 4).replace(/\r\n$/, '');
    values.set(name, [...(values.get(name) ?? []), value]);
  }
  return values;
}
