import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { prepareProgram } from '../../core/management/database-commands';
import { serve } from '../../core/servers/basehttp';
import { openProject } from '../../program';
import { fixtureProject, views24Fixtures } from '../../views/generic/views24.testkit';

// A contrib app's own file, as the admin will ship its stylesheet.
vi.mock('./builtin', () => ({
  builtinStaticFile: (appLabel: string, file: string) => (appLabel === 'admin' && file === 'admin/css/base.css' ? 'body { margin: 0; }\n' : null),
}));

const polls = views24Fixtures().find(([name]) => name === 'polls')![1];
let project = '';
let close: (() => void) | null = null;

beforeAll(async () => {
  await prepareProgram(['python', 'manage.py', 'shell']);
  project = fixtureProject(polls);
}, 60_000);
afterEach(() => close?.());

/** runserver's server on a free port: what it answers, and its access log. */
async function server(staticFiles: { insecure: boolean } | null) {
  let log = '';
  const s = serve({ host: '127.0.0.1', port: 0, loadProject: () => openProject(project, 'mysite.settings'), staticFiles, stderr: (t) => (log += t), colour: false, onFatal: (m) => void (log += m) });
  await new Promise((resolve) => s.once('listening', resolve));
  close = () => s.close();
  const base = `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
  return { get: (p: string) => fetch(base + p), log: () => log };
}

describe("runserver's static files (django.contrib.staticfiles)", () => {
  it('serves an app static/ file with the headers recorded from real Django, logged as Django logs it', async () => {
    const recorded = polls.requests.find((r) => r.path === '/static/polls/style.css')!;
    const s = await server({ insecure: false });
    const r = await s.get('/static/polls/style.css');
    expect(r.status).toBe(200);
    expect(await r.text()).toBe(recorded.body);
    for (const name of ['Content-Type', 'Content-Length', 'Content-Disposition']) expect(r.headers.get(name)).toBe(recorded.headers[name]);
    expect(r.headers.get('Last-Modified')).toMatch(/^\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT$/);
    expect(s.log()).toMatch(/^\[\d\d\/\w{3}\/\d{4} \d\d:\d\d:\d\d\] "GET \/static\/polls\/style.css HTTP\/1.1" 200 \d+\n$/);
  });

  it('answers a CSS file edited while it runs with its new text (the preview restyles)', async () => {
    const file = path.join(project, 'polls/static/polls/style.css');
    const before = readFileSync(file, 'utf8');
    const s = await server({ insecure: false });
    try {
      writeFileSync(file, 'li a { color: red; }\n');
      expect(await (await s.get('/static/polls/style.css')).text()).toBe('li a { color: red; }\n');
    } finally {
      writeFileSync(file, before);
    }
  });

  it("sends a binary file's bytes as they are", async () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    writeFileSync(path.join(project, 'polls/static/polls/images/all.png'), bytes);
    const s = await server({ insecure: false });
    const r = await s.get('/static/polls/images/all.png');
    expect(r.headers.get('Content-Type')).toBe('image/png');
    expect(new Uint8Array(await r.arrayBuffer())).toEqual(bytes);
  });

  it("answers an unknown file with Django's 404 and its message, without a 'Not Found' log line", async () => {
    const s = await server({ insecure: false });
    const r = await s.get('/static/polls/x.css');
    expect(r.status).toBe(404);
    expect(await r.text()).toContain('<pre class="exception_value">&#x27;polls/x.css&#x27; could not be found</pre>');
    expect(s.log()).toMatch(/"GET \/static\/polls\/x.css HTTP\/1.1" 404 \d+\n$/);
    expect(s.log()).not.toContain('Not Found:');
  });

  it('leaves /static/ to the URLconf with --nostatic', async () => {
    const s = await server(null);
    const r = await s.get('/static/polls/style.css');
    expect(r.status).toBe(404);
    expect(s.log()).toContain('Not Found: /static/polls/style.css\n');
  });

  it('serves them without DEBUG only with --insecure', async () => {
    const settings = path.join(project, 'mysite/settings.py');
    const before = readFileSync(settings, 'utf8');
    writeFileSync(settings, `${before}\nDEBUG = False\nALLOWED_HOSTS = ['127.0.0.1']\n`);
    try {
      expect((await (await server({ insecure: false })).get('/static/polls/style.css')).status).toBe(404);
      close?.();
      expect((await (await server({ insecure: true })).get('/static/polls/style.css')).status).toBe(200);
    } finally {
      writeFileSync(settings, before);
    }
  });

  it("asks builtinStaticFile for the contrib apps' files, after the project's own folders", async () => {
    const s = await server({ insecure: false });
    const r = await s.get('/static/admin/css/base.css');
    expect(r.status).toBe(200);
    expect(r.headers.get('Content-Type')).toBe('text/css');
    expect(r.headers.get('Content-Disposition')).toBe('inline; filename="base.css"');
    expect(await r.text()).toBe('body { margin: 0; }\n');
    expect((await s.get('/static/admin/css/nope.css')).status).toBe(404);
  });
});
