import type { PyInstance, PyValue } from '../../python';
import type { LoadedProject } from './project';
import { sessionMiddleware } from '../../contrib/sessions/middleware';
import { csrfMiddleware } from '../../middleware/csrf';
import { authenticationMiddleware } from '../../contrib/auth/middleware';
import { messageMiddleware } from '../../contrib/messages/middleware';
import { getHeader, makeResponse, setHeader, statusOf, HttpResponsePermanentRedirect, responseData } from '../../http/response';

/** What one middleware sees: the request, the rest of the chain, and the project's answers to its questions. */
export interface MiddlewareContext {
  /** request.get_host(): raises DisallowedHost for a host ALLOWED_HOSTS does not allow. */
  checkHost(): void;
  /** The URL with a slash appended, when APPEND_SLASH applies (only the slashed path resolves). */
  slashRedirect(): string | null;
  setting(name: string, fallback: string | boolean): string | boolean;
  /** The request the view will get, and the project answering it. */
  request: PyInstance;
  project: LoadedProject;
  /** A setting's value as Python holds it, or the fallback when the settings do not name it. */
  value(name: string, fallback: PyValue): PyValue;
  /** Registers a process_view step: run with the view before it is called; a response returned ends the request there. */
  onView(hook: (view: PyValue) => PyInstance | null): void;
}

export type Middleware = (next: () => PyInstance, ctx: MiddlewareContext) => PyInstance;

/**
 * The default MIDDLEWARE's effects on a request and its response, by dotted path. Unknown
 * middleware (the learner's own) pass requests through.
 */
export const MIDDLEWARE: Record<string, Middleware> = {
  'django.middleware.security.SecurityMiddleware': (next, ctx) => {
    const response = next();
    const nosniff = ctx.setting('SECURE_CONTENT_TYPE_NOSNIFF', true);
    if (nosniff && !getHeader(response, 'X-Content-Type-Options')) setHeader(response, 'X-Content-Type-Options', 'nosniff');
    const referrer = ctx.setting('SECURE_REFERRER_POLICY', 'same-origin');
    if (referrer && !getHeader(response, 'Referrer-Policy')) setHeader(response, 'Referrer-Policy', String(referrer));
    const opener = ctx.setting('SECURE_CROSS_ORIGIN_OPENER_POLICY', 'same-origin');
    if (opener && !getHeader(response, 'Cross-Origin-Opener-Policy')) setHeader(response, 'Cross-Origin-Opener-Policy', String(opener));
    return response;
  },
  'django.contrib.sessions.middleware.SessionMiddleware': sessionMiddleware,
  'django.middleware.common.CommonMiddleware': (next, ctx) => {
    ctx.checkHost();
    const early = ctx.slashRedirect();
    let response = early === null ? next() : permanentRedirect(early);
    if (statusOf(response) === 404 && early === null) {
      const late = ctx.slashRedirect();
      if (late !== null) response = permanentRedirect(late);
    }
    if (!getHeader(response, 'Content-Length')) setHeader(response, 'Content-Length', String(Buffer.byteLength(responseData(response)!.content)));
    return response;
  },
  'django.middleware.csrf.CsrfViewMiddleware': csrfMiddleware,
  'django.contrib.auth.middleware.AuthenticationMiddleware': authenticationMiddleware,
  'django.contrib.messages.middleware.MessageMiddleware': messageMiddleware,
  'django.middleware.clickjacking.XFrameOptionsMiddleware': (next, ctx) => {
    const response = next();
    if (!getHeader(response, 'X-Frame-Options')) setHeader(response, 'X-Frame-Options', String(ctx.setting('X_FRAME_OPTIONS', 'DENY')).toUpperCase());
    return response;
  },
};

function permanentRedirect(url: string): PyInstance {
  const response = makeResponse('', { cls: HttpResponsePermanentRedirect });
  setHeader(response, 'Location', url);
  return response;
}
