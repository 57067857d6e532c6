import { expect, test, type Request, type Response } from '@playwright/test';

/**
 * The Worker bundle in a real browser: public/sandbox/worker.js started as a module Worker
 * from a cross-origin isolated lesson page, driven through its messages. SQLite (sqlite.js
 * and its WebAssembly) must stay unloaded until a command opens the database.
 */

interface Reply {
  id?: number;
  type: string;
  stream?: string;
  text?: string;
  status?: number;
  stdout?: string;
  stderr?: string;
  response?: { status: number; body: Uint8Array };
}

declare global {
  interface Window {
    sandbox: { send(message: object): Promise<Reply>; post(message: object): void; output: string[] };
  }
}

const SANDBOX_FILES = ['/sandbox/worker.js', '/sandbox/sqlite.js', '/sandbox/sql-wasm-browser.wasm'];

test('runs startproject and migrate in a Worker, loading SQLite only for migrate', async ({ page, context }) => {
  const requested: string[] = [];
  const responses = new Map<string, Response>();
  const onRequest = (request: Request) => requested.push(new URL(request.url()).pathname);
  // The Worker's own fetches are the context's, whichever page they are reported on.
  context.on('request', onRequest);
  context.on('response', (response) => responses.set(new URL(response.url()).pathname, response));

  await page.goto('/en');
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  await page.evaluate(() => {
    const worker = new Worker('/sandbox/worker.js', { type: 'module' });
    const waiting = new Map<number, (reply: Reply) => void>();
    const output: string[] = [];
    let next = 0;
    worker.addEventListener('message', ({ data }: MessageEvent<Reply>) => {
      if (data.type === 'output') output.push(data.text!);
      else waiting.get(data.id!)?.(data);
    });
    worker.addEventListener('error', (e) => output.push(`worker error: ${e.message}`));
    window.sandbox = {
      output,
      post: (message) => worker.postMessage(message),
      send: (message) => new Promise((resolve) => {
        const id = ++next;
        waiting.set(id, resolve);
        worker.postMessage({ id, ...message });
      }),
    };
  });

  const started = await page.evaluate(() => window.sandbox.send({ type: 'run', line: 'python3 -m venv env && . env/bin/activate && pip install django > /dev/null && django-admin startproject myproject' }));
  expect(started).toMatchObject({ type: 'result', status: 0, stdout: '', stderr: '' });
  expect(requested).toContain('/sandbox/worker.js');
  expect(requested.filter((p) => p === '/sandbox/sqlite.js' || p.endsWith('.wasm'))).toEqual([]);

  const migrated = await page.evaluate(() => window.sandbox.send({ type: 'run', line: 'cd myproject && python manage.py migrate' }));
  expect(migrated.type).toBe('result');
  expect(migrated.status).toBe(0);
  expect(migrated.stderr).toBe('');
  expect(migrated.stdout).toContain('  Applying auth.0001_initial... OK\n');
  // The output came as it was written, before the result.
  expect(await page.evaluate(() => window.sandbox.output.join(''))).toBe(migrated.stdout);
  expect(requested.filter((p) => SANDBOX_FILES.includes(p)).sort()).toEqual([...SANDBOX_FILES].sort());

  // Served like the pages: a Worker from an isolated page is blocked without COEP, and
  // WebAssembly compiles while it downloads only when it is served as application/wasm.
  for (const file of SANDBOX_FILES) {
    const headers = responses.get(file)!.headers();
    expect(headers['cross-origin-embedder-policy'], file).toBe('require-corp');
  }
  expect(responses.get('/sandbox/sql-wasm-browser.wasm')!.headers()['content-type']).toBe('application/wasm');

  // runserver answers the page's requests through the Worker until Ctrl-C.
  const serving = page.evaluate(() => window.sandbox.send({ type: 'run', line: 'python manage.py runserver --noreload' }));
  await expect.poll(() => page.evaluate(() => window.sandbox.output.join(''))).toContain('Quit the server with CONTROL-C.');
  const welcome = await page.evaluate(async () => {
    const reply = await window.sandbox.send({ type: 'request', port: 8000, request: { method: 'GET', url: '/', headers: { Host: 'localhost:8000' } } });
    return { status: reply.response!.status, body: new TextDecoder().decode(reply.response!.body) };
  });
  expect(welcome.status).toBe(200);
  expect(welcome.body).toContain('The install worked successfully! Congratulations!');
  await page.evaluate(() => window.sandbox.post({ type: 'interrupt' }));
  expect(await serving).toMatchObject({ type: 'result', status: 0 });
});
