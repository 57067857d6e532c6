import type { PreviewResponse } from '../runtime';
import type { CookieJar } from './cookie-jar';
import { exchange, type DispatchSource, type NavigateRequest } from './exchange';
import { headerValue } from './headers';
import { resolveSitePath } from './site-url';

/** Browsers give up after about twenty; a learner's loop shows up sooner with ten. */
export const MAX_REDIRECTS = 10;

export class TooManyRedirectsError extends Error {
  constructor(readonly path: string) {
    super(`too many redirects (last: ${path})`);
  }
}

/** The server sent the browser to another site, which the preview does not open. */
export class OffSiteRedirectError extends Error {
  constructor(readonly location: string) {
    super(`redirect to another site: ${location}`);
  }
}

export interface FollowedResponse {
  /** Where the last request went: what the address bar shows. */
  path: string;
  response: PreviewResponse;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * The next request after a redirect, as the Fetch standard has it: 303 turns anything but
 * HEAD into GET, 301 and 302 turn a POST into GET, 307 and 308 keep method and body.
 */
function redirected(request: NavigateRequest, status: number, path: string): NavigateRequest {
  const toGet = (status === 303 && request.method !== 'HEAD') || ((status === 301 || status === 302) && request.method === 'POST');
  if (!toGet) return { ...request, path };
  const headers = Object.fromEntries(
    Object.entries(request.headers ?? {}).filter(([name]) => !/^content-/i.test(name)),
  );
  return { method: 'GET', path, headers };
}

/** Sends `request` and follows the server's redirects to the page it finally gives. */
export async function fetchFollowing(
  source: DispatchSource,
  request: NavigateRequest,
  jar: CookieJar,
  limit: number = MAX_REDIRECTS,
): Promise<FollowedResponse> {
  let current: NavigateRequest = { ...request, method: request.method.toUpperCase() };
  for (let hops = 0; ; hops++) {
    const response = await exchange(source, current, jar);
    const location = headerValue(response.headers, 'location');
    if (!REDIRECTS.has(response.status) || location === undefined) return { path: current.path, response };
    if (hops >= limit) throw new TooManyRedirectsError(current.path);
    const next = resolveSitePath(location, current.path, source.port);
    if (next === null) throw new OffSiteRedirectError(location);
    current = redirected(current, response.status, next);
  }
}
