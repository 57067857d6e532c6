import fs from 'node:fs';
import path from 'node:path';
import type { LoadedProject } from '../../core/handlers/project';
import type { FinalResponse } from '../../core/handlers/base';
import { rawHost, type RequestInfo } from '../../http/request';
import { technical404 } from '../../views/debug/technical-404';
import { PAGE_NOT_FOUND } from '../../views/defaults';
import { findStatic } from './finders';
import MIME from './mimetypes.json';

/** settings.STATIC_URL as StaticFilesHandler reads it: its path, or null when it names another host. */
function staticPath(project: LoadedProject): string | null {
  const value = project.settings.get('STATIC_URL');
  if (typeof value !== 'string' || !value) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.startsWith('//')) return null;
  return value.startsWith('/') ? value : `/${value}`;
}

/** posixpath.normpath(path).lstrip('/'). */
function normalized(rel: string): string {
  let n = path.posix.normalize(rel || '.');
  if (n.length > 1 && n.endsWith('/')) n = n.slice(0, -1);
  return n.replace(/^\/+/, '');
}

/** mimetypes.guess_type: the type and the encoding a compressed file's last suffix gives. */
function guessType(name: string): { type: string; encoding: string | null } {
  let ext = path.posix.extname(name).toLowerCase();
  const encodings = MIME.encodings as Record<string, string>;
  const encoding = encodings[ext] ?? null;
  if (encoding) ext = path.posix.extname(name.slice(0, -ext.length)).toLowerCase();
  return { type: (MIME.types as Record<string, string>)[ext] ?? 'application/octet-stream', encoding };
}

/** FileResponse's Content-Disposition for a file shown in the browser. */
function disposition(name: string): string {
  if (/^[\x20-\x7e]*$/.test(name)) return `inline; filename="${name.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  return `inline; filename*=utf-8''${encodeURIComponent(name)}`;
}

function notFound(project: LoadedProject, info: RequestInfo, reason: string): FinalResponse {
  const debug = project.settings.bool('DEBUG', false);
  const body = debug
    ? technical404({
        method: info.method,
        url: `${info.scheme}://${rawHost(info)}${info.path}${info.query ? `?${info.query}` : ''}`,
        urlconf: '',
        requestPath: info.path,
        path: info.path.slice(1),
        tried: [],
        raised: { reason, by: '' },
      })
    : PAGE_NOT_FOUND;
  return { status: 404, reason: 'Not Found', headers: [['Content-Type', 'text/html; charset=utf-8']], body };
}

/**
 * django.contrib.staticfiles.handlers.StaticFilesHandler, which runserver puts in front of the
 * project while DEBUG is on (or with --insecure): a request under STATIC_URL is answered from
 * the finders, without the middleware; any other gets null and goes to the project.
 */
export function staticFilesResponse(project: LoadedProject, info: RequestInfo): FinalResponse | null {
  const base = staticPath(project);
  if (base === null || !info.path.startsWith(base)) return null;
  const rel = info.path.slice(base.length);
  const wanted = normalized(rel);
  // Outside every static folder: the finders' safe_join refuses it, so nothing is found.
  const found = wanted.split('/').includes('..') ? null : findStatic(project, wanted);
  if (!found) return notFound(project, info, rel.endsWith('/') || rel === '' ? 'Directory indexes are not allowed here.' : `'${rel}' could not be found`);
  const name = found.kind === 'disk' ? path.basename(found.file) : found.name;
  const bytes = found.kind === 'disk' ? new Uint8Array(fs.readFileSync(found.file)) : new TextEncoder().encode(found.text);
  const headers: [string, string][] = [];
  if (found.kind === 'disk') {
    const mtime = Math.floor(fs.statSync(found.file).mtimeMs / 1000);
    const since = Date.parse(info.headers['if-modified-since'] ?? '');
    if (!Number.isNaN(since) && mtime <= Math.floor(since / 1000)) return { status: 304, reason: 'Not Modified', headers: [], body: '' };
    headers.push(['Last-Modified', new Date(mtime * 1000).toUTCString()]);
  }
  const { type, encoding } = guessType(name);
  headers.unshift(['Content-Type', type], ['Content-Length', String(bytes.length)], ['Content-Disposition', disposition(name)]);
  if (encoding) headers.push(['Content-Encoding', encoding]);
  return { status: 200, reason: 'OK', headers, body: '', bytes };
}
