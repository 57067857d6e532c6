import type { PyInstance, PyValue } from '../python';
import type { MiddlewareContext } from '../core/handlers/middleware';

/** What the middleware keep for one request beside its Python attributes (Django keeps the CSRF ones in META). */
export interface RequestState {
  /** META['CSRF_COOKIE']: the secret of the csrftoken cookie, or a new one. */
  csrfCookie?: string;
  /** META['CSRF_COOKIE_NEEDS_UPDATE']: get_token() or rotate_token() was called. */
  csrfCookieNeedsUpdate?: boolean;
  /** The request's cookies, by name. */
  cookies?: Map<string, string>;
  /** Attributes of the request worked out when first read (AuthenticationMiddleware's request.user). */
  lazy?: Map<string, () => PyValue>;
  /** The handler's context for this request, for what decorators do as middleware would. */
  ctx?: MiddlewareContext;
  /** csrf_protect read the cookie already (when CsrfViewMiddleware did not). */
  csrfRequestRead?: boolean;
}

const states = new WeakMap<PyInstance, RequestState>();

export function requestState(request: PyInstance): RequestState {
  let state = states.get(request);
  if (!state) states.set(request, (state = {}));
  return state;
}
