import { viewName } from './view-name';
import { renderTemplateResponse } from '../../template/response';
import { PyException, PyInstance, PyList, PyTuple, pyError, newException, typeName, type PyValue } from '../../python';
import { logArg, setRequestLog } from '../../utils/log';
import { requestState } from '../../http/request-state';
import { makeRequest, rawHost, type RequestInfo } from '../../http/request';
import { responseData, statusOf, REASON_PHRASES } from '../../http/response';
import { DisallowedHost, Http404, SuspiciousOperation } from '../../http/exceptions';
import { PermissionDenied } from '../exceptions';
import { setCookieLines } from '../../http/cookies';
import { ResolverError, resolve, resolver404, rootResolver, type ResolverMatch } from '../../urls/resolvers';
import { MIDDLEWARE, type MiddlewareContext } from './middleware';
import { responseForException } from './exception';
import type { LoadedProject } from './project';

/** A response as the server sends it. */
export interface FinalResponse {
  status: number;
  reason: string;
  headers: [string, string][];
  body: string;
  /** A file's bytes (static files), sent instead of body. */
  bytes?: Uint8Array;
}

export interface HandleOptions {
  /** Where Django's loggers write (django.request, django.security): the server's stderr. */
  log(text: string): void;
  /** The test client's: sees the request before the middleware do (it marks it exempt from CSRF checks). */
  onRequest?(request: PyInstance): void;
  /** The test client's: the response object itself, for its templates and context. */
  onResponse?(response: PyInstance): void;
  /** The test client's: a view's uncaught exception reaches the caller instead of becoming a 500 page. */
  raiseUncaught?: boolean;
}

/** Exceptions that become their own response without Django's got_request_exception signal. */
const HANDLED = [Http404, PermissionDenied, SuspiciousOperation];

/** validate_host: '*', '.example.com' (the domain and its subdomains) or an exact name. */
function hostAllowed(host: string, allowed: string[]): boolean {
  const domain = host.replace(/:\d+$/, '').replace(/\.$/, '').toLowerCase();
  return allowed.some((pattern) => {
    const p = pattern.toLowerCase();
    return p === '*' || (p.startsWith('.') && (domain.endsWith(p) || domain === p.slice(1))) || domain === p;
  });
}

/** request.get_host(): the raw host if ALLOWED_HOSTS allows it, else DisallowedHost in Django's words. */
export function hostGetter(info: RequestInfo, allowedHosts: string[]): () => string {
  return () => {
    const host = rawHost(info);
    if (hostAllowed(host, allowedHosts)) return host;
    const domainValid = /^([a-z0-9.-]+|\[[a-f0-9]*:[a-f0-9.:]+\])(:\d+)?$/i.test(host);
    const message = domainValid
      ? `Invalid HTTP_HOST header: '${host}'. You may need to add '${host.replace(/:\d+$/, '')}' to ALLOWED_HOSTS.`
      : `Invalid HTTP_HOST header: '${host}'. The domain name provided is not valid according to RFC 1034/1035.`;
    throw new PyException(newException(DisallowedHost, [message]));
  };
}

/** The hosts get_host() accepts: ALLOWED_HOSTS, or the local ones while DEBUG is on and it is empty. */
export function effectiveAllowedHosts(project: LoadedProject): string[] {
  const { interp, settings } = project;
  const allowedValue = settings.get('ALLOWED_HOSTS');
  const allowed = allowedValue instanceof PyList || allowedValue instanceof PyTuple ? allowedValue.items.map((h) => interp.str(h)) : [];
  return settings.bool('DEBUG', false) && !allowed.length ? ['.localhost', '127.0.0.1', '[::1]'] : allowed;
}

/**
 * django.core.handlers.base.BaseHandler.get_response, independent of any server: runs the
 * request through the settings' MIDDLEWARE, the URL resolver and the view, and turns every
 * exception into a page as Django does (debug pages with DEBUG = True, plain ones without).
 */
export function handle(project: LoadedProject, info: RequestInfo, options: HandleOptions): FinalResponse {
  const { interp, settings } = project;
  const debug = settings.bool('DEBUG', false);
  const effectiveHosts = effectiveAllowedHosts(project);
  const getHost = hostGetter(info, effectiveHosts);
  const request = makeRequest(info, interp, getHost);
  options.onRequest?.(request);
  const urlconf = interp.str(settings.get('ROOT_URLCONF') ?? null);
  const root = rootResolver(urlconf);
  const resolves = (p: string) => {
    try {
      resolve(root, p, interp);
      return true;
    } catch (err) {
      if (err instanceof ResolverError) return false;
      throw err;
    }
  };
  const viewHooks: ((view: PyValue) => PyInstance | null)[] = [];
  setRequestLog(options.log, debug);
  const ctx: MiddlewareContext = {
    request,
    project,
    value: (name, fallback) => settings.get(name) ?? fallback,
    onView: (hook) => void viewHooks.push(hook),
    checkHost: () => void getHost(),
    slashRedirect: () => {
      if (!settings.bool('APPEND_SLASH', true) || info.path.endsWith('/')) return null;
      if (resolves(info.path) || !resolves(info.path + '/')) return null;
      return info.path + '/' + (info.query ? `?${info.query}` : '');
    },
    setting: (name, fallback) => {
      const v = settings.get(name);
      return v === undefined ? fallback : typeof v === 'string' || typeof v === 'boolean' ? v : interp.truthy(v);
    },
  };
  requestState(request).ctx = ctx;
  const convert = (body: () => PyInstance): PyInstance => {
    try {
      return body();
    } catch (err) {
      if (!(err instanceof PyException)) throw err;
      if (options.raiseUncaught && !HANDLED.some((cls) => err.exc.cls.isSubclassOf(cls))) throw err;
      return responseForException(err, { project, request, info, debug, urlconf, log: options.log, host: getHostSafe });
    }
  };
  const getHostSafe = () => {
    try {
      return getHost();
    } catch {
      return rawHost(info);
    }
  };
  const view = (): PyInstance => {
    let match: ResolverMatch;
    try {
      match = resolve(root, info.path, interp);
    } catch (err) {
      if (err instanceof ResolverError) throw resolver404(err.detail);
      throw err;
    }
    request.dict.set('resolver_match', null);
    (request.native as RequestInfo & { match?: ResolverMatch }).match = match;
    for (const hook of viewHooks) {
      const early = hook(match.func);
      if (early) return early;
    }
    const response = interp.call(match.func, [request, ...match.args], new Map(match.kwargs));
    if (response === null) throw pyError('ValueError', `The view ${viewName(match.func)} didn't return an HttpResponse object. It returned None instead.`);
    // Django fails later, in the first middleware that reads the response's headers.
    if (!responseData(response)) throw pyError('AttributeError', `'${typeName(response)}' object has no attribute 'get'`);
    // A TemplateResponse is rendered after the view, before the middleware see it; an error
    // while rendering comes from Django's frame, not the view's (which has returned).
    const renderFrame = { file: '<frozen django.core.handlers.base>', name: '_get_response', line: 1, source: '' };
    return interp.stack.withFrame(renderFrame, () => renderTemplateResponse(response as PyInstance));
  };
  const names = settings.get('MIDDLEWARE');
  const layers = (names instanceof PyList || names instanceof PyTuple ? names.items : []).map((n) => MIDDLEWARE[interp.str(n)]).filter((m) => m !== undefined);
  const run = (i: number): PyInstance => convert(() => (i === layers.length ? view() : layers[i]!(() => run(i + 1), ctx)));
  const response = run(0);
  options.onResponse?.(response);
  const status = statusOf(response);
  // django.request's console handler only speaks with DEBUG (Django's default LOGGING).
  const data = responseData(response)!;
  if (status >= 400 && !response.dict.has('_has_been_logged') && debug) options.log(`${REASON_PHRASES[status] ?? 'Unknown Status Code'}: ${logArg(info.path)}\n`);
  return { status, reason: data.reason ?? REASON_PHRASES[status] ?? 'Unknown Status Code', headers: [...data.headers.values(), ...setCookieLines(response).map((line): [string, string] => ['Set-Cookie', line])], body: data.content };
}
