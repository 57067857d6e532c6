import { PyClass, PyDict, PyInstance, PyList, PyNativeFunction, PyTuple, dictGet, objectClass, pyError, type Interpreter, type PyValue } from '../python';
import { makeResponse, getHeader, setHeader, statusOf } from '../http/response';
import { setCookie } from '../http/cookies';
import { requestInfo } from '../http/request';
import { requestState } from '../http/request-state';
import { randomString } from '../utils/crypto';
import { logArg, logResponse } from '../utils/log';
import { csrfFailurePage } from '../views/csrf';
import type { Middleware, MiddlewareContext } from '../core/handlers/middleware';

/**
 * django.middleware.csrf: a 32-character secret in the csrftoken cookie, 64-character masked
 * tokens in forms (a random mask, then the secret shifted by it), and the checks
 * CsrfViewMiddleware makes of every unsafe request (Origin, then Referer on HTTPS, then the token).
 */
const CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const SECRET_LENGTH = 32;

export const REASON_NO_CSRF_COOKIE = 'CSRF cookie not set.';
export const REASON_CSRF_TOKEN_MISSING = 'CSRF token missing.';

export function maskSecret(secret: string, mask = randomString(SECRET_LENGTH, CHARS)): string {
  let cipher = '';
  for (let i = 0; i < SECRET_LENGTH; i++) cipher += CHARS[(CHARS.indexOf(secret[i]!) + CHARS.indexOf(mask[i]!)) % CHARS.length];
  return mask + cipher;
}

export function unmaskToken(token: string): string {
  const mask = token.slice(0, SECRET_LENGTH);
  let secret = '';
  for (let i = 0; i < SECRET_LENGTH; i++) secret += CHARS[(CHARS.indexOf(token[SECRET_LENGTH + i]!) - CHARS.indexOf(mask[i]!) + CHARS.length) % CHARS.length];
  return secret;
}

/** _check_token_format: null when fine, else why not. */
function tokenFormatProblem(token: string): string | null {
  if (token.length !== SECRET_LENGTH && token.length !== 2 * SECRET_LENGTH) return 'has incorrect length';
  if (/[^a-zA-Z0-9]/.test(token)) return 'has invalid characters';
  return null;
}

/** get_token(): the masked form of the request's secret (a new one if it has none); the cookie is then (re)sent. */
export function getToken(request: PyInstance): string {
  const state = requestState(request);
  state.csrfCookie ??= randomString(SECRET_LENGTH, CHARS);
  state.csrfCookieNeedsUpdate = true;
  return maskSecret(state.csrfCookie);
}

/** rotate_token(): a new secret, as login() makes, so that tokens from before the login no longer pass. */
export function rotateToken(request: PyInstance): void {
  const state = requestState(request);
  state.csrfCookie = randomString(SECRET_LENGTH, CHARS);
  state.csrfCookieNeedsUpdate = true;
}

const LazyToken = new PyClass('SimpleLazyObject', [objectClass], 'django.utils.functional');
LazyToken.dict.set('__str__', new PyNativeFunction('__str__', ([self]) => tokenOf(self as PyInstance)));
LazyToken.dict.set('__repr__', new PyNativeFunction('__repr__', ([self]) => tokenOf(self as PyInstance)));
function tokenOf(lazy: PyInstance): string {
  const state = lazy.native as { request: PyInstance; token?: string };
  state.token ??= getToken(state.request);
  return state.token;
}

/** The csrf context processor's `csrf_token`: get_token() runs only if a template prints it. */
export function lazyCsrfToken(request: PyInstance): PyInstance {
  const lazy = new PyInstance(LazyToken);
  lazy.native = { request };
  return lazy;
}

/** patch_vary_headers(response, ('Cookie',)). */
export function varyOnCookie(response: PyInstance): void {
  const vary = getHeader(response, 'Vary');
  if (!vary) setHeader(response, 'Vary', 'Cookie');
  else if (!vary.split(',').some((v) => v.trim().toLowerCase() === 'cookie')) setHeader(response, 'Vary', `${vary}, Cookie`);
}

class Reject {
  constructor(readonly reason: string) {}
}

/** The secret the csrftoken cookie holds (unmasked if it holds an old-style 64-character token). */
function cookieSecret(cookies: Map<string, string>, name: string): string | null {
  const value = cookies.get(name);
  if (value === undefined) return null;
  const problem = tokenFormatProblem(value);
  if (problem) throw new Reject(`CSRF cookie ${problem}.`);
  return value.length === 2 * SECRET_LENGTH ? unmaskToken(value) : value;
}

function strings(value: PyValue): string[] {
  return value instanceof PyList || value instanceof PyTuple ? value.items.map((v) => String(v)) : [];
}

/** is_same_domain: '.example.com' matches the domain and its subdomains. */
function sameDomain(host: string, pattern: string): boolean {
  const h = host.toLowerCase();
  const p = pattern.toLowerCase();
  return p.startsWith('.') ? h.endsWith(p) || h === p.slice(1) : h === p;
}

function originVerified(ctx: MiddlewareContext, origin: string, interp: Interpreter): boolean {
  const info = requestInfo(ctx.request);
  try {
    const host = interp.str(interp.call(ctx.request.dict.get('get_host')!, []));
    if (origin === `${info.scheme}://${host}`) return true;
  } catch {
    // DisallowedHost: only the trusted origins can vouch for it then.
  }
  const trusted = strings(ctx.value('CSRF_TRUSTED_ORIGINS', new PyList([])));
  if (trusted.filter((o) => !o.includes('*')).includes(origin)) return true;
  const at = origin.indexOf('://');
  if (at < 0) return false;
  const scheme = origin.slice(0, at);
  const netloc = origin.slice(at + 3);
  return trusted.filter((o) => o.includes('*') && o.startsWith(`${scheme}://`)).some((o) => sameDomain(netloc, o.slice(o.indexOf('*') + 1)));
}

function checkReferer(ctx: MiddlewareContext, interp: Interpreter): void {
  const referer = requestInfo(ctx.request).headers['referer'];
  if (!referer) throw new Reject('Referer checking failed - no Referer.');
  let url: URL;
  try {
    url = new URL(referer);
  } catch {
    throw new Reject('Referer checking failed - Referer is malformed.');
  }
  if (url.protocol !== 'https:') throw new Reject('Referer checking failed - Referer is insecure while host is secure.');
  const trusted = strings(ctx.value('CSRF_TRUSTED_ORIGINS', new PyList([]))).map((o) => o.replace(/^[a-z]+:\/\//, '').replace('*', ''));
  const host = interp.str(interp.call(ctx.request.dict.get('get_host')!, []));
  if (![host, ...trusted].some((p) => sameDomain(url.host, p))) throw new Reject(`Referer checking failed - ${referer} does not match any trusted origins.`);
}

function checkToken(ctx: MiddlewareContext, cookies: Map<string, string>, interp: Interpreter): void {
  const secret = cookieSecret(cookies, String(ctx.value('CSRF_COOKIE_NAME', 'csrftoken')));
  if (secret === null) throw new Reject(REASON_NO_CSRF_COOKIE);
  const request = ctx.request;
  let token = '';
  let source = 'POST';
  if (requestInfo(request).method === 'POST') {
    const post = interp.getAttr(request, 'POST');
    token = interp.str(interp.call(interp.getAttr(post, 'get'), ['csrfmiddlewaretoken', '']));
  }
  if (token === '') {
    const headerName = String(ctx.value('CSRF_HEADER_NAME', 'HTTP_X_CSRFTOKEN'));
    const meta = request.dict.get('META');
    const value = meta instanceof PyDict ? dictGet(meta, headerName) : undefined;
    if (value === undefined) throw new Reject(REASON_CSRF_TOKEN_MISSING);
    token = interp.str(value);
    // HttpHeaders.parse_header_name: HTTP_X_CSRFTOKEN → 'X-Csrftoken'.
    source = `the '${headerName.replace(/^HTTP_/, '').split('_').map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join('-')}' HTTP header`;
  }
  const problem = tokenFormatProblem(token);
  if (problem) throw new Reject(`CSRF token from ${source} ${problem}.`);
  const given = token.length === 2 * SECRET_LENGTH ? unmaskToken(token) : token;
  if (given !== secret) throw new Reject(`CSRF token from ${source} incorrect.`);
}

/** _reject: the CSRF_FAILURE_VIEW's answer (403), logged as django.security.csrf logs it. */
function reject(ctx: MiddlewareContext, reason: string, interp: Interpreter): PyInstance {
  const custom = ctx.value('CSRF_FAILURE_VIEW', 'django.views.csrf.csrf_failure');
  let response: PyInstance;
  if (typeof custom === 'string' && custom !== 'django.views.csrf.csrf_failure') {
    const at = custom.lastIndexOf('.');
    const view = interp.getAttr(interp.importModule(custom.slice(0, at)), custom.slice(at + 1));
    response = interp.call(view, [ctx.request], new Map([['reason', reason]])) as PyInstance;
  } else {
    response = makeResponse(csrfFailurePage(reason, interp.truthy(ctx.value('DEBUG', false))), { status: 403 });
  }
  logResponse(response, `${statusOf(response) >= 500 ? 'Internal Server Error' : 'Forbidden'} (${logArg(reason)}): ${logArg(requestInfo(ctx.request).path)}`);
  return response;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE']);

/** process_request: the cookie's secret (a bad cookie is replaced by a new one). */
function processRequest(ctx: MiddlewareContext): void {
  const state = requestState(ctx.request);
  state.csrfRequestRead = true;
  try {
    const secret = cookieSecret(state.cookies ?? new Map(), String(ctx.value('CSRF_COOKIE_NAME', 'csrftoken')));
    if (secret !== null) state.csrfCookie = secret;
  } catch (err) {
    if (!(err instanceof Reject)) throw err;
    rotateToken(ctx.request);
  }
}

/** process_view: unsafe methods need a trusted Origin (Referer on HTTPS) and a token matching the cookie's secret. */
export function processView(ctx: MiddlewareContext, view: PyValue): PyInstance | null {
  const { request } = ctx;
  const interp = ctx.project.interp;
  if (request.dict.get('csrf_processing_done') === true) return null;
  const exempt = interp.findAttr(view, 'csrf_exempt');
  if (exempt !== undefined && interp.truthy(exempt)) return null;
  const info = requestInfo(request);
  // The test client's requests (Client(enforce_csrf_checks=False)) are accepted unchecked.
  if (!SAFE_METHODS.has(info.method) && request.dict.get('_dont_enforce_csrf_checks') !== true) {
    try {
      const origin = info.headers['origin'];
      if (origin !== undefined) {
        if (!originVerified(ctx, origin, interp)) throw new Reject(`Origin checking failed - ${origin} does not match any trusted origins.`);
      } else if (info.scheme === 'https') checkReferer(ctx, interp);
      checkToken(ctx, requestState(request).cookies ?? new Map(), interp);
    } catch (err) {
      if (err instanceof Reject) return reject(ctx, err.reason, interp);
      throw err;
    }
  }
  request.dict.set('csrf_processing_done', true);
  return null;
}

/** process_response: the csrftoken cookie (re)sent when get_token() or rotate_token() asked for it. */
export function processResponse(ctx: MiddlewareContext, response: PyInstance): void {
  const state = requestState(ctx.request);
  const interp = ctx.project.interp;
  if (!state.csrfCookieNeedsUpdate || !state.csrfCookie) return;
  const samesite = ctx.value('CSRF_COOKIE_SAMESITE', 'Lax');
  const domain = ctx.value('CSRF_COOKIE_DOMAIN', null);
  setCookie(response, String(ctx.value('CSRF_COOKIE_NAME', 'csrftoken')), state.csrfCookie, {
    maxAge: Number(ctx.value('CSRF_COOKIE_AGE', 31449600)),
    domain: domain === null ? null : interp.str(domain),
    path: interp.str(ctx.value('CSRF_COOKIE_PATH', '/')),
    secure: interp.truthy(ctx.value('CSRF_COOKIE_SECURE', false)),
    httponly: interp.truthy(ctx.value('CSRF_COOKIE_HTTPONLY', false)),
    samesite: samesite === null || samesite === false ? null : interp.str(samesite),
  });
  varyOnCookie(response);
  state.csrfCookieNeedsUpdate = false;
}

/** CsrfViewMiddleware. */
export const csrfMiddleware: Middleware = (next, ctx) => {
  processRequest(ctx);
  ctx.onView((view) => processView(ctx, view));
  const response = next();
  processResponse(ctx, response);
  return response;
};

/** The middleware's steps for the decorators (csrf_protect, ensure_csrf_cookie), from the request's context. */
export function csrfDecoratorNatives(): Record<string, PyValue> {
  const ctxOf = (request: PyValue) => {
    const ctx = requestState(request as PyInstance).ctx;
    if (!ctx) throw pyError('RuntimeError', 'csrf_protect needs a request the server is answering');
    return ctx;
  };
  return {
    _process_view: new PyNativeFunction('_process_view', ([request, view]) => {
      const ctx = ctxOf(request ?? null);
      if (!requestState(ctx.request).csrfRequestRead) processRequest(ctx);
      return processView(ctx, view ?? null);
    }),
    _process_response: new PyNativeFunction('_process_response', ([request, response]) => (processResponse(ctxOf(request ?? null), response as PyInstance), null)),
    _get_token: new PyNativeFunction('_get_token', ([request]) => getToken(request as PyInstance)),
  };
}

/** `django.middleware.csrf`: get_token and rotate_token for views. */
export function csrfModule(): Record<string, PyValue> {
  return {
    get_token: new PyNativeFunction('get_token', ([request]) => getToken(request as PyInstance)),
    rotate_token: new PyNativeFunction('rotate_token', ([request]) => (rotateToken(request as PyInstance), null)),
  };
}
