import { handle, type FinalResponse } from './base';
import { localGet } from '../../http/request';
import type { LoadedProject } from './project';

/** A GET request answered by a loaded project in this process, as runserver would answer it, without logging it. */
export function answerLocalGet(project: LoadedProject, path: string): FinalResponse {
  return handle(project, localGet(path), { log: () => undefined });
}

/**
 * A form POST of `body` (already urlencoded) to `url`, as a browser on this machine sends it
 * to runserver: with the site's cookies, and the Origin header browsers add to every POST,
 * which CsrfViewMiddleware checks before the token.
 */
export function answerLocalPost(project: LoadedProject, url: string, body: string, cookies: Record<string, string>, log: (text: string) => void = () => undefined): FinalResponse {
  const info = localGet(url);
  info.method = 'POST';
  info.body = body;
  info.headers['origin'] = 'http://127.0.0.1:8000';
  info.headers['content-type'] = 'application/x-www-form-urlencoded';
  info.headers['content-length'] = String(new TextEncoder().encode(body).length);
  const cookie = Object.entries(cookies).map(([k, v]) => `${k}=${v}`).join('; ');
  if (cookie) info.headers['cookie'] = cookie;
  return handle(project, info, { log });
}
