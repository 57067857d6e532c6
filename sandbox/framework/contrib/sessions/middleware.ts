import { PyInstance, type PyValue } from '../../python';
import type { Middleware, MiddlewareContext } from '../../core/handlers/middleware';
import { deleteCookie, httpDate, setCookie } from '../../http/cookies';
import { requestState } from '../../http/request-state';
import { statusOf } from '../../http/response';
import { varyOnCookie } from '../../middleware/csrf';
import { expireAtBrowserClose, isEmpty, makeSession, saveSession, sessionKey, type SessionOptions } from './backends/db';

/** The session backend's options from the project's settings. */
export function sessionOptions(ctx: Pick<MiddlewareContext, 'project' | 'value'>): SessionOptions {
  const { interp, connections } = ctx.project;
  return {
    interp,
    db: () => connections.default,
    secretKey: interp.str(ctx.value('SECRET_KEY', '')),
    cookieAge: Number(ctx.value('SESSION_COOKIE_AGE', 1209600)),
    expireAtBrowserClose: interp.truthy(ctx.value('SESSION_EXPIRE_AT_BROWSER_CLOSE', false)),
  };
}

/** SessionMiddleware: request.session from the sessionid cookie; saved, and the cookie set, when it changed. */
export const sessionMiddleware: Middleware = (next, ctx) => {
  const { request, project } = ctx;
  const interp = project.interp;
  const setting = (name: string, fallback: PyValue) => ctx.value(name, fallback);
  const name = interp.str(setting('SESSION_COOKIE_NAME', 'sessionid'));
  const cookies = requestState(request).cookies ?? new Map<string, string>();
  const session = makeSession(cookies.get(name) ?? null, sessionOptions(ctx));
  request.dict.set('session', session);
  const response = next();
  const current = request.dict.get('session');
  if (!(current instanceof PyInstance) || current.cls !== session.cls) return response;
  const accessed = current.dict.get('accessed') === true;
  const modified = interp.truthy(current.dict.get('modified') ?? false);
  const empty = isEmpty(current);
  const domainValue = setting('SESSION_COOKIE_DOMAIN', null);
  const domain = domainValue === null ? null : interp.str(domainValue);
  const path = interp.str(setting('SESSION_COOKIE_PATH', '/'));
  const samesiteValue = setting('SESSION_COOKIE_SAMESITE', 'Lax');
  const samesite = samesiteValue === null || samesiteValue === false ? null : interp.str(samesiteValue);
  if (cookies.has(name) && empty) {
    deleteCookie(response, name, { path, domain, samesite });
    varyOnCookie(response);
    return response;
  }
  // Django's error pages read the session (the debug page lists it): the response then varies on Cookie.
  if (accessed || statusOf(response) === 500) varyOnCookie(response);
  if ((modified || interp.truthy(setting('SESSION_SAVE_EVERY_REQUEST', false))) && !empty && statusOf(response) < 500) {
    const atClose = expireAtBrowserClose(current);
    const maxAge = atClose ? null : Number(interp.call(interp.getAttr(current, 'get_expiry_age'), []));
    saveSession(current);
    setCookie(response, name, sessionKey(current) ?? '', {
      maxAge,
      expires: maxAge === null ? null : httpDate(Date.now() / 1000 + maxAge),
      domain,
      path,
      secure: interp.truthy(setting('SESSION_COOKIE_SECURE', false)),
      httponly: interp.truthy(setting('SESSION_COOKIE_HTTPONLY', true)),
      samesite,
    });
  }
  return response;
};
