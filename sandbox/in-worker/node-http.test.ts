/**
 * The `node:http` stand-in under the development server's own code (core/servers/basehttp.ts,
 * which imports `node:http` and here gets the stand-in), over a project on the real disk.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSqlite, loadStandardLibrary, openProject, serve, type ServeOptions } from '../framework';
import { makeProject } from '../framework/core/handlers/project.testkit';
import http, { dispatch, listeningPorts } from './node-http';

vi.mock('node:http', () => import('./node-http'));

// As in Django: request.body is bytes, and a POST without a CSRF token needs csrf_exempt.
const ECHO_VIEW =
  "from django.http import HttpResponse\nfrom django.views.decorators.csrf import csrf_exempt\n\n\n@csrf_exempt\ndef echo(request):\n    return HttpResponse(request.method + ' ' + request.body.decode())\n";
const ECHO_URLS = "from django.urls import path\n\nfrom home.views import echo\n\nurlpatterns = [\n    path('echo/', echo),\n]\n";
/** Servers still listening when a test ends (one that failed half-way) are closed after it. */
const opened: { close(): unknown; address(): unknown }[] = [];
afterEach(() => opened.splice(0).forEach((s) => s.address() && s.close()));

let project = '';
beforeAll(async () => {
  await loadSqlite();
  await loadStandardLibrary();
  project = makeProject({ 'home/views.py': ECHO_VIEW, 'myproject/urls.py': ECHO_URLS });
});
afterAll(() => rmSync(path.dirname(project), { recursive: true, force: true }));

function start(port: number, overrides: Partial<ServeOptions> = {}) {
  const log: string[] = [];
  const fatal: string[] = [];
  const server = serve({
    host: '127.0.0.1',
    port,
    loadProject: () => openProject(project, 'myproject.settings'),
    stderr: (t) => log.push(t),
    colour: false,
    onFatal: (m) => fatal.push(m),
    ...overrides,
  });
  opened.push(server);
  return { server, log, fatal };
}

const text = (body: Uint8Array) => new TextDecoder().decode(body);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the development server over the node:http stand-in', () => {
  it('is the module basehttp gets', async () => {
    expect((await import('node:http')).default).toBe(http);
  });

  it('answers a request sent to its port, and logs it as Django does', async () => {
    const { server, log } = start(8000);
    expect(listeningPorts()).toEqual([8000]);
    expect(server.address()).toMatchObject({ address: '127.0.0.1', port: 8000, family: 'IPv4' });
    const response = await dispatch(8000, { method: 'GET', url: '/echo/?x=1' });
    expect([response.status, response.reason, text(response.body)]).toEqual([200, 'OK', 'GET ']);
    expect(response.headers.slice(0, 2).map(([k]) => k)).toEqual(['Date', 'Server']);
    expect(response.headers).toContainEqual(['Content-Type', 'text/html; charset=utf-8']);
    expect(log.join('')).toMatch(/^\[\d\d\/\w{3}\/\d{4} \d\d:\d\d:\d\d\] "GET \/echo\/\?x=1 HTTP\/1\.1" 200 4\n$/);
    server.close();
  });

  it('delivers the request body and headers, and sends no body for HEAD', async () => {
    const { server } = start(8001);
    const posted = await dispatch(8001, { method: 'post', url: '/echo/', headers: [['Content-Type', 'text/plain']], body: 'name=Ravi' });
    expect(text(posted.body)).toBe('POST name=Ravi');
    const head = await dispatch(8001, { method: 'HEAD', url: '/echo/' });
    expect([head.status, head.body.length]).toEqual([200, 0]);
    expect(head.headers.find(([k]) => k === 'Content-Length')?.[1]).not.toBe('0');
    server.close();
  });

  it('gives the Host header a browser would send when none is given', async () => {
    let seen: Record<string, string> = {};
    const server = http.createServer((req, res) => {
      seen = req.headers;
      res.writeHead(204, 'No Content', []);
      res.end();
    });
    opened.push(server.listen(8002, '127.0.0.1'));
    await dispatch(8002, { method: 'GET', url: '/', headers: { 'X-Forwarded-For': 'a' } });
    expect(seen).toEqual({ host: '127.0.0.1:8002', 'x-forwarded-for': 'a' });
    server.close();
  });

  it('refuses a port in use after listen() returns, as Node does, and frees it on close', async () => {
    const first = start(8003);
    const second = start(8003);
    expect(second.fatal).toEqual([]);
    await settle();
    expect(second.fatal).toEqual(['That port is already in use.']);
    expect(first.fatal).toEqual([]);
    first.server.close();
    expect(listeningPorts()).toEqual([]);
    await expect(dispatch(8003, { method: 'GET', url: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('picks a free port for port 0', () => {
    const server = http.createServer().listen(0, '127.0.0.1');
    opened.push(server);
    expect(server.address()?.port).toBeGreaterThanOrEqual(32768);
    server.close();
  });
});
