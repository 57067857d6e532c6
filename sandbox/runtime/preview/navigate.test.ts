import { describe, expect, it } from 'vitest';
import { BRIDGE_ATTRIBUTE } from './bridge-script';
import { CookieJar } from './cookie-jar';
import { fakeServer, redirect } from './fake-server.testkit';
import { navigate, type PreviewOutcome } from './navigate';

const GET = (path: string) => ({ method: 'GET', path });
const decode = (body?: Uint8Array) => (body ? new TextDecoder().decode(body) : undefined);

function documentOf(outcome: PreviewOutcome): string {
  if (outcome.kind !== 'document') throw new Error(`expected a document, got ${JSON.stringify(outcome)}`);
  return outcome.document;
}

describe('navigate: redirects', () => {
  it('follows a chain of redirects and reports where it ended', async () => {
    const server = fakeServer({
      '/': redirect('/polls/', 301),
      '/polls/': redirect('latest/'),
      '/polls/latest/': () => ({ text: '<p>Latest</p>' }),
    });
    const outcome = await navigate(server, GET('/'));
    expect(outcome).toMatchObject({ kind: 'document', path: '/polls/latest/', status: 200 });
    expect(server.requests.map((r) => r.path)).toEqual(['/', '/polls/', '/polls/latest/']);
  });

  it('turns a POST answered with 303 into a GET without the body', async () => {
    const server = fakeServer({
      '/vote/': () => ({ status: 303, headers: { Location: 'http://127.0.0.1:8000/results/?ok=1' } }),
      '/results/': () => ({ text: 'Thanks' }),
    });
    const body = 'choice=2';
    const outcome = await navigate(server, { method: 'POST', path: '/vote/', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(outcome).toMatchObject({ kind: 'document', path: '/results/?ok=1' });
    const [post, get] = server.requests;
    expect(post).toMatchObject({ method: 'POST', path: '/vote/' });
    expect(decode(post?.body)).toBe(body);
    expect(post?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(post?.headers.origin).toBe('http://127.0.0.1:8000');
    expect(get).toMatchObject({ method: 'GET', path: '/results/?ok=1' });
    expect(get?.body).toBeUndefined();
    expect(get?.headers['content-type']).toBeUndefined();
  });

  it('keeps method and body through 307 and 308', async () => {
    const server = fakeServer({
      '/a/': redirect('/b/', 307),
      '/b/': redirect('/c/', 308),
      '/c/': (r) => ({ text: `${r.method} ${decode(r.body)}` }),
    });
    await navigate(server, { method: 'POST', path: '/a/', body: 'x=1' });
    expect(server.requests.map((r) => [r.method, decode(r.body)])).toEqual([
      ['POST', 'x=1'],
      ['POST', 'x=1'],
      ['POST', 'x=1'],
    ]);
  });

  it('gives up on a redirect loop with "too many redirects"', async () => {
    const server = fakeServer({ '/a/': redirect('/b/'), '/b/': redirect('/a/') });
    const outcome = await navigate(server, GET('/a/'));
    expect(outcome).toMatchObject({ kind: 'error', error: 'too-many-redirects' });
    expect(server.requests).toHaveLength(11);
  });

  it('does not follow a redirect to another site', async () => {
    const server = fakeServer({ '/docs/': redirect('https://docs.djangoproject.com/') });
    expect(await navigate(server, GET('/docs/'))).toMatchObject({ kind: 'error', error: 'off-site-redirect', detail: 'https://docs.djangoproject.com/' });
  });
});

describe('navigate: cookies', () => {
  it('keeps cookies between navigations, including those set on a redirect, and drops deleted ones', async () => {
    const server = fakeServer({
      '/login/': redirect('/', 302, { 'Set-Cookie': 'sessionid=s1; HttpOnly; Path=/' }),
      '/form/': () => ({ text: '<form></form>', headers: { 'Content-Type': 'text/html', 'Set-Cookie': 'csrftoken=t1; Max-Age=31449600; Path=/' } }),
      '/logout/': () => ({ headers: { 'Content-Type': 'text/html', 'Set-Cookie': 'sessionid=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/' } }),
      '/': () => ({ text: 'home' }),
    });
    const jar = new CookieJar();
    await navigate(server, { method: 'POST', path: '/login/', body: 'u=a' }, { jar });
    expect(server.requests.at(-1)?.headers.cookie).toBe('sessionid=s1');
    await navigate(server, GET('/form/'), { jar });
    await navigate(server, GET('/'), { jar });
    expect(server.requests.at(-1)?.headers.cookie).toBe('sessionid=s1; csrftoken=t1');
    await navigate(server, GET('/logout/'), { jar });
    await navigate(server, GET('/'), { jar });
    expect(server.requests.at(-1)?.headers.cookie).toBe('csrftoken=t1');
  });

  it('sends no cookie header while the jar is empty, and the Host a browser would', async () => {
    const server = fakeServer({ '/': () => ({ text: 'x' }) }, 8001);
    await navigate(server, GET('/'));
    expect(server.requests[0]?.headers.cookie).toBeUndefined();
    expect(server.requests[0]?.headers.host).toBe('127.0.0.1:8001');
  });
});

describe('navigate: what is shown', () => {
  it('injects the bridge script exactly once, at the start of <head>', async () => {
    const html = `<!DOCTYPE html><html><head><title>Polls</title><script>var x = "<head>";</script></head><body><a href="/">Home</a></body></html>`;
    const server = fakeServer({ '/': () => ({ text: html }) });
    const page = documentOf(await navigate(server, GET('/')));
    expect(page.split(BRIDGE_ATTRIBUTE)).toHaveLength(2);
    expect(page.startsWith(`<!DOCTYPE html><html><head><script ${BRIDGE_ATTRIBUTE}>`)).toBe(true);
    expect(page).toContain('<title>Polls</title>');
  });

  it('shows a Django 404 page as the server wrote it, with its status', async () => {
    const server = fakeServer({});
    const outcome = await navigate(server, GET('/missing/'));
    expect(outcome).toMatchObject({ kind: 'document', status: 404 });
    expect(documentOf(outcome)).toContain('<h1>Not Found</h1>');
  });

  it('inlines same-site stylesheets, small images and scripts, leaving others alone', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const html = [
      '<html><head>',
      '<link rel="stylesheet" href="/static/polls/style.css" media="screen">',
      '<link rel="stylesheet" href="https://cdn.example.com/x.css">',
      '<!-- <link rel="stylesheet" href="/static/old.css"> -->',
      '<script src="app.js" defer></script>',
      '</head><body><img src="/static/logo.png" alt="Logo"><img src="/static/missing.png"><p>end</p></body></html>',
    ].join('');
    const server = fakeServer({
      '/static/polls/style.css': () => ({ text: 'li a { color: green; } /* </style> */', headers: { 'Content-Type': 'text/css' } }),
      '/polls/app.js': () => ({ text: 'console.log(1)', headers: { 'Content-Type': 'text/javascript' } }),
      '/static/logo.png': () => ({ body: png, headers: { 'Content-Type': 'image/png' } }),
      '/polls/': () => ({ text: html }),
    });
    const page = documentOf(await navigate(server, GET('/polls/')));
    expect(page).toContain('<style media="screen">li a { color: green; } /* <\\/style> */</style>');
    expect(page).toContain('href="https://cdn.example.com/x.css"');
    expect(page).toContain('<!-- <link rel="stylesheet" href="/static/old.css"> -->');
    expect(page).toContain('<img src="data:image/png;base64,iVBORw==" alt="Logo">');
    expect(page).toContain('<img src="/static/missing.png">');
    expect(page.endsWith('</html><script>console.log(1)</script>')).toBe(true);
    expect(server.requests.map((r) => r.path)).not.toContain('/static/old.css');
  });

  it('pretty-prints JSON in a page of its own', async () => {
    const server = fakeServer({
      '/api/polls/': () => ({ text: '{"polls":[{"id":1,"question":"<b>Why?</b>","open":true}]}', headers: { 'Content-Type': 'application/json' } }),
    });
    const page = documentOf(await navigate(server, GET('/api/polls/')));
    expect(page).toContain('<span class="key">&quot;polls&quot;</span>: [');
    expect(page).toContain('    {\n      <span class="key">&quot;id&quot;</span>: <span class="number">1</span>,');
    expect(page).toContain('<span class="string">&quot;&lt;b&gt;Why?&lt;/b&gt;&quot;</span>');
    expect(page).toContain('<span class="literal">true</span>');
    expect(page).not.toContain(BRIDGE_ATTRIBUTE);
  });

  it('shows other text in a <pre>, and JSON that does not parse as text', async () => {
    const server = fakeServer({
      '/robots.txt': () => ({ text: 'User-agent: <*>', headers: { 'Content-Type': 'text/plain' } }),
      '/bad.json': () => ({ text: '{oops', headers: { 'Content-Type': 'application/json' } }),
    });
    expect(documentOf(await navigate(server, GET('/robots.txt')))).toContain('<pre>User-agent: &lt;*&gt;</pre>');
    expect(documentOf(await navigate(server, GET('/bad.json')))).toContain('<pre>{oops</pre>');
  });

  it('describes binary answers instead of showing them', async () => {
    const server = fakeServer({ '/export/': () => ({ body: new Uint8Array(5), headers: { 'Content-Type': 'application/zip' } }) });
    expect(await navigate(server, GET('/export/'))).toEqual({ kind: 'download', path: '/export/', status: 200, contentType: 'application/zip', size: 5 });
  });

  it('reports a refused connection as no server running', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' });
    const server = { kind: 'dispatch' as const, port: 8000, fetch: () => Promise.reject(refused) };
    expect(await navigate(server, GET('/'))).toEqual({ kind: 'offline' });
    const relayed = { ...server, fetch: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:8000')) };
    expect(await navigate(relayed, GET('/'))).toEqual({ kind: 'offline' });
    const broken = { ...server, fetch: () => Promise.reject(new Error('worker gone')) };
    expect(await navigate(broken, GET('/'))).toMatchObject({ kind: 'error', error: 'failed', detail: 'worker gone' });
  });
});

describe('navigate: text encodings', () => {
  it('decodes with the charset the server names', async () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9]);
    const server = fakeServer({ '/': () => ({ body: latin1, headers: { 'Content-Type': 'text/plain; charset=ISO-8859-1' } }) });
    expect(documentOf(await navigate(server, GET('/')))).toContain('<pre>café</pre>');
  });
});
