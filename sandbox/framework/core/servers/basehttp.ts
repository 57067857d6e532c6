import http from 'node:http';
import type { LoadedProject } from '../handlers/project';
import { handle, type FinalResponse } from '../handlers/base';
import { pathInfo, type RequestInfo } from '../../http/request';
import { PyException, formatException } from '../../python';
import { staticFilesResponse } from '../../contrib/staticfiles/handlers';

/** StaticFilesHandler wraps the project while DEBUG is on (or --insecure) and staticfiles is installed. */
function staticResponse(project: LoadedProject, info: RequestInfo, insecure: boolean): FinalResponse | null {
  if (!project.apps.appConfigs.some((a) => a.name === 'django.contrib.staticfiles')) return null;
  if (!insecure && !project.settings.bool('DEBUG', false)) return null;
  return staticFilesResponse(project, info);
}

export interface ServeOptions {
  /** The address to bind ('127.0.0.1', '0.0.0.0', '::1'). */
  host: string;
  port: number;
  /** The project as it is on disk now: called for every request, so edits show at once. */
  loadProject(): LoadedProject;
  stderr(text: string): void;
  /** Colour the access log as Django's ServerFormatter does on a terminal. */
  colour: boolean;
  /**
   * runserver's static files handler (django.contrib.staticfiles installed, no --nostatic):
   * whether --insecure serves them without DEBUG. Null: every request goes to the project.
   */
  staticFiles?: { insecure: boolean } | null;
  /** The server could not start (Django prints `Error: ...` and exits with 1). */
  onFatal(message: string): void;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** BaseHTTPRequestHandler.log_date_time_string: `21/Nov/2026 18:07:52`, local time. */
export function logDate(d: Date): string {
  return `${pad(d.getDate())}/${MONTHS[d.getMonth()]}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** The colours django.utils.termcolors' dark palette gives each kind of status. */
function statusColour(status: number): string | null {
  if (status >= 500) return '35;1';
  if (status === 404) return '33';
  if (status >= 400) return '31;1';
  if (status === 304) return '36';
  if (status >= 300) return '32;1';
  if (status < 200) return '1';
  return null;
}

/** One access-log line (django.server): `[date] "GET / HTTP/1.1" 200 10697`. */
export function accessLine(date: Date, requestLine: string, status: number, size: number, colour: boolean): string {
  const message = `"${requestLine}" ${status} ${size}`;
  const code = colour ? statusColour(status) : null;
  return `[${logDate(date)}] ${code ? `\x1b[${code}m${message}\x1b[0m` : message}\n`;
}

/** When the project itself cannot load (a SyntaxError in views.py): Django's server shows the error instead of a page. */
function loadFailure(error: string): FinalResponse {
  const body = `A server error occurred while loading the project:\n\n${error}`;
  return { status: 500, reason: 'Internal Server Error', headers: [['Content-Type', 'text/plain; charset=utf-8']], body };
}

/** django.core.servers.basehttp.run: a real HTTP server answering with the request handler. */
export function serve(options: ServeOptions): http.Server {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://placeholder');
      const address = server.address();
      const info: RequestInfo = {
        method: (req.method ?? 'GET').toUpperCase(),
        path: pathInfo(url.pathname),
        query: url.search.slice(1),
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])),
        body: Buffer.concat(chunks).toString('utf8'),
        scheme: 'http',
        serverName: options.host,
        serverPort: typeof address === 'object' && address ? String(address.port) : String(options.port),
      };
      let response: FinalResponse;
      let project: LoadedProject | null = null;
      try {
        project = options.loadProject();
        response = (options.staticFiles && staticResponse(project, info, options.staticFiles.insecure)) || handle(project, info, { log: options.stderr });
      } catch (err) {
        if (!(err instanceof PyException) || !project) {
          const text = err instanceof PyException ? err.message : err instanceof Error ? err.stack ?? err.message : String(err);
          options.stderr(`${text}\n`);
          response = loadFailure(text);
        } else {
          const text = formatException(err, project.interp);
          options.stderr(text);
          response = loadFailure(text);
        }
      } finally {
        project?.connections.closeAll();
      }
      const body = response.bytes ?? new TextEncoder().encode(response.body);
      const headers: [string, string][] = [
        ['Date', new Date().toUTCString()],
        ['Server', 'WSGIServer/0.2 CPython/3.12.3'],
        ...response.headers,
      ];
      res.shouldKeepAlive = false;
      res.writeHead(response.status, response.reason, headers.flat());
      res.end(req.method === 'HEAD' ? undefined : body);
      options.stderr(accessLine(new Date(), `${req.method} ${req.url} HTTP/${req.httpVersion}`, response.status, body.length, options.colour));
    });
  });
  server.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EADDRINUSE') options.onFatal('That port is already in use.');
    else if (err.code === 'EACCES') options.onFatal('You don\'t have permission to access that port.');
    else if (err.code === 'EADDRNOTAVAIL') options.onFatal("That IP address can't be assigned to.");
    else options.onFatal(err.message);
  });
  server.listen(options.port, options.host);
  return server;
}
