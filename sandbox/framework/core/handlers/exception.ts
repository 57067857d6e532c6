import fs from 'node:fs';
import { PyException, PyInstance, formatException, exceptionLine, type Interpreter } from '../../python';
import { makeResponse, HttpResponseNotFound, HttpResponseBadRequest, HttpResponseServerError, HttpResponseForbidden } from '../../http/response';
import { PermissionDenied } from '../exceptions';
import { Http404, SuspiciousOperation } from '../../http/exceptions';
import { notResolvedOf, type ResolverMatch } from '../../urls/resolvers';
import type { RequestInfo } from '../../http/request';
import { technical404 } from '../../views/debug/technical-404';
import { technical500 } from '../../views/debug/technical-500';
import { defaultUrlconfPage } from '../../views/default-urlconf';
import { BAD_REQUEST, PAGE_NOT_FOUND, PERMISSION_DENIED, SERVER_ERROR } from '../../views/defaults';
import { DJANGO_VERSION } from '../../version';
import { viewName } from './view-name';
import type { LoadedProject } from './project';

export interface ExceptionContext {
  project: LoadedProject;
  request: PyInstance;
  info: RequestInfo;
  debug: boolean;
  urlconf: string;
  log(text: string): void;
  host(): string;
}

function absoluteUrl(c: ExceptionContext): string {
  return `${c.info.scheme}://${c.host()}${c.info.path}${c.info.query ? `?${c.info.query}` : ''}`;
}

/**
 * django.core.handlers.exception.response_for_exception. Only uncaught errors are logged here
 * (with their traceback); the handler logs every other status >= 400 as get_response does.
 */
export function responseForException(err: PyException, c: ExceptionContext): PyInstance {
  const cls = err.exc.cls;
  if (cls.isSubclassOf(Http404)) {
    return c.debug ? technical404Response(err, c) : makeResponse(PAGE_NOT_FOUND, { cls: HttpResponseNotFound, contentType: 'text/html' });
  }
  if (cls.isSubclassOf(PermissionDenied)) {
    // django.views.defaults.permission_denied, with or without DEBUG; logged with its traceback.
    const response = makeResponse(PERMISSION_DENIED, { cls: HttpResponseForbidden });
    response.dict.set('_has_been_logged', true);
    if (c.debug) c.log(`Forbidden (Permission denied): ${c.info.path}\n${formatException(err, c.project.interp)}`);
    return response;
  }
  if (cls.isSubclassOf(SuspiciousOperation)) {
    // django.security.<Class> logs the message, django.request the status line (both only with DEBUG, as Django's default LOGGING).
    if (c.debug) c.log(`${c.project.interp.str(err.exc)}\n`);
    return c.debug ? technical500Response(err, c, 400) : makeResponse(BAD_REQUEST, { cls: HttpResponseBadRequest, contentType: 'text/html' });
  }
  if (c.debug) c.log(`Internal Server Error: ${c.info.path}\n${formatException(err, c.project.interp)}`);
  const response = c.debug ? technical500Response(err, c, 500) : makeResponse(SERVER_ERROR, { cls: HttpResponseServerError, contentType: 'text/html' });
  // Logged above with its traceback, as log_response does (the handler then stays quiet).
  response.dict.set('_has_been_logged', true);
  return response;
}

/** django.views.debug.technical_404_response, with its switch to the "install worked" page. */
function technical404Response(err: PyException, c: ExceptionContext): PyInstance {
  const notResolved = notResolvedOf(err.exc);
  const match = (c.info as RequestInfo & { match?: ResolverMatch }).match;
  const tried = notResolved ? (notResolved.tried ?? []) : (match?.tried ?? []);
  if (notResolved) {
    const onlyAdmin = c.info.path === '/' && tried.length === 1 && tried[0]!.length === 1 && tried[0]![0]!.kind === 'resolver' && tried[0]![0]!.appName === 'admin' && tried[0]![0]!.namespace === 'admin';
    if (!tried.length || onlyAdmin) return makeResponse(defaultUrlconfPage(), { contentType: 'text/html' });
  }
  const html = technical404({
    method: c.info.method,
    url: absoluteUrl(c),
    urlconf: c.urlconf,
    requestPath: c.info.path,
    path: notResolved ? notResolved.path : c.info.path.slice(1),
    tried,
    raised: notResolved ? null : { reason: c.project.interp.str(err.exc), by: match ? viewName(match.func) : '' },
  });
  // technical_404_response's HttpResponseNotFound keeps the default content type, with its charset.
  return makeResponse(html, { cls: HttpResponseNotFound, contentType: 'text/html; charset=utf-8' });
}

function sourceContext(file: string, line: number): { line: number; text: string }[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const lines = text.split('\n');
  const from = Math.max(1, line - 5);
  const to = Math.min(lines.length, line + 5);
  const out: { line: number; text: string }[] = [];
  for (let n = from; n <= to; n++) out.push({ line: n, text: lines[n - 1] ?? '' });
  return out;
}

/** django.views.debug.technical_500_response: the exception and the traceback into the learner's files. */
function technical500Response(err: PyException, c: ExceptionContext, status: number): PyInstance {
  const interp: Interpreter = c.project.interp;
  const line = exceptionLine(err, interp);
  const html = technical500({
    type: err.exc.cls.name,
    value: interp.str(err.exc),
    method: c.info.method,
    url: absoluteUrl(c),
    pathInfo: c.info.path,
    djangoVersion: DJANGO_VERSION,
    serverTime: new Date().toUTCString().replace('GMT', '+0000'),
    frames: err.traceback.map((t) => ({ file: t.file, line: t.line, name: t.name, context: sourceContext(t.file, t.line) })),
    tracebackText: err.traceback.length ? formatException(err, interp) : line + '\n',
    extra: '',
    status,
  });
  return makeResponse(html, { status, contentType: 'text/html; charset=utf-8' });
}
