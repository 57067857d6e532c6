import type { PreviewRequest, PreviewResponse, PreviewSource } from '../runtime';
import type { CookieJar } from './cookie-jar';
import { siteOrigin } from './site-url';

export type DispatchSource = Extract<PreviewSource, { kind: 'dispatch' }>;

/** A request as the preview makes it: a body may be text (a form), headers are optional. */
export interface NavigateRequest {
  method: string;
  /** Path and query on the server, starting with '/'. */
  path: string;
  body?: Uint8Array | string;
  headers?: Record<string, string>;
}

const ACCEPT_HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/**
 * The headers a browser at http://127.0.0.1:<port> would send. Origin goes with unsafe
 * methods because Django's CSRF check compares it with Host.
 */
function browserHeaders(source: DispatchSource, request: NavigateRequest, cookie: string): Record<string, string> {
  const headers: Record<string, string> = {
    host: `127.0.0.1:${source.port}`,
    accept: ACCEPT_HTML,
  };
  if (cookie !== '') headers.cookie = cookie;
  if (request.method !== 'GET' && request.method !== 'HEAD') headers.origin = siteOrigin(source.port);
  for (const [name, value] of Object.entries(request.headers ?? {})) headers[name.toLowerCase()] = value;
  return headers;
}

/** One request and its answer, with the jar's cookies going out and the response's coming in. */
export async function exchange(source: DispatchSource, request: NavigateRequest, jar: CookieJar): Promise<PreviewResponse> {
  const method = request.method.toUpperCase();
  const outgoing: PreviewRequest = {
    method,
    path: request.path,
    headers: browserHeaders(source, { ...request, method }, jar.header(request.path)),
  };
  if (request.body !== undefined) {
    outgoing.body = typeof request.body === 'string' ? new TextEncoder().encode(request.body) : request.body;
  }
  const response = await source.fetch(outgoing);
  jar.store(response.headers, request.path);
  return response;
}
