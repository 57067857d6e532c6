#!/usr/bin/env node
// How long Django's password hash (PBKDF2-SHA256, 1,000,000 rounds) takes in the sandbox, by
// each path the framework has: its JavaScript PBKDF2 and the platform's own, under Node and
// in Chromium's Web Worker (crypto.subtle in the helper worker, reached synchronously through
// SharedArrayBuffer and Atomics.wait, as the sandbox's Worker does).
// Last, the built Worker itself (public/sandbox/worker.js) runs createsuperuser and
// authenticate() in Chromium, timed from inside its Python.
// Run after `node scripts/build-sandbox.mjs`:  node bench/pbkdf2.mjs [--runs 3]
import { createServer } from 'node:http';
import { pbkdf2Sync, webcrypto } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const ITERATIONS = 1_000_000;
const ms = (v) => `${v.toFixed(0)} ms`.padStart(9);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The framework's PBKDF2 module, and the bridge with its imports of the framework narrowed to it. */
async function bundle(entry, forBrowser) {
  const shim = path.join(root, 'sandbox/framework/contrib/auth/pbkdf2.ts');
  const result = await build({
    absWorkingDir: root,
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: forBrowser ? 'browser' : 'node',
    write: false,
    logLevel: 'warning',
    plugins: [
      {
        name: 'framework-shim',
        setup(b) {
          b.onResolve({ filter: /^\.\.\/framework$/ }, () => ({ path: 'framework-shim', namespace: 'shim' }));
          b.onLoad({ filter: /.*/, namespace: 'shim' }, () => ({
            contents: `export * from ${JSON.stringify(shim)}; export { stillWorking } from ${JSON.stringify(path.join(root, 'sandbox/framework/utils/still-working.ts'))};`,
            resolveDir: root,
            loader: 'ts',
          }));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

function time(fn) {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

async function node() {
  const code = await bundle("export { pbkdf2Pure } from './sandbox/framework/contrib/auth/pbkdf2.ts';", false);
  const { pbkdf2Pure } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const password = new TextEncoder().encode('Ghar-ka-kaam-2026');
  const salt = new TextEncoder().encode('djangoSalt2026abcdefgh');
  const pure = [];
  const native = [];
  const subtle = [];
  for (let i = 0; i < runs; i++) {
    pure.push(time(() => pbkdf2Pure(password, salt, ITERATIONS, 32, 'SHA-256')));
    native.push(time(() => pbkdf2Sync(password, salt, ITERATIONS, 32, 'sha256')));
    const started = performance.now();
    const key = await webcrypto.subtle.importKey('raw', password, 'PBKDF2', false, ['deriveBits']);
    await webcrypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: ITERATIONS }, key, 256);
    subtle.push(performance.now() - started);
  }
  console.log(`Node ${process.version}`);
  console.log(`  JavaScript (the fallback)        ${ms(median(pure))}`);
  console.log(`  node:crypto pbkdf2Sync (the CLI) ${ms(median(native))}`);
  console.log(`  crypto.subtle (asynchronous)     ${ms(median(subtle))}`);
}

const WORKER = `
import { startPbkdf2Bridge } from './sandbox/in-worker/pbkdf2-bridge.ts';
import { hasNativePbkdf2, pbkdf2Derive, pbkdf2Pure } from './sandbox/framework/contrib/auth/pbkdf2.ts';
startPbkdf2Bridge(new URL('/sandbox/pbkdf2.js', self.location.origin));
const password = new TextEncoder().encode('Ghar-ka-kaam-2026');
const salt = new TextEncoder().encode('djangoSalt2026abcdefgh');
const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
self.onmessage = ({ data: runs }) => {
  const bridge = [];
  const pure = [];
  let same = true;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    const a = pbkdf2Derive(password, salt, ${ITERATIONS}, 32, 'SHA-256');
    bridge.push(performance.now() - t);
    t = performance.now();
    const b = pbkdf2Pure(password, salt, ${ITERATIONS}, 32, 'SHA-256');
    pure.push(performance.now() - t);
    same &&= hex(a) === hex(b);
  }
  self.postMessage({ bridge, pure, same, native: hasNativePbkdf2(), isolated: self.crossOriginIsolated });
};
// The helper says it is ready through this worker's event loop: give it a moment.
setTimeout(() => self.postMessage('ready'), 1000);
`;

const SANDBOX_PAGE = `<!doctype html><meta charset="utf-8"><title>sandbox</title><script type="module">
const worker = new Worker('/sandbox/worker.js', { type: 'module' });
const waiting = new Map();
let next = 0;
worker.onmessage = ({ data }) => data.id && data.type !== 'output' && waiting.get(data.id)?.(data);
window.run = (line) => new Promise((resolve) => { const id = ++next; waiting.set(id, resolve); worker.postMessage({ id, type: 'run', line }); });
</script>`;

const TIMED_LOGIN = [
  'import time',
  'from django.contrib.auth import authenticate',
  // A first login loads the backend and the hashers; the second is the one timed.
  "authenticate(username='asha', password='Ghar-ka-kaam-2026')",
  't = time.perf_counter()',
  "user = authenticate(username='asha', password='Ghar-ka-kaam-2026')",
  "print(user, round((time.perf_counter() - t) * 1000))",
].join('; ');

const PAGE = `<!doctype html><meta charset="utf-8"><title>pbkdf2</title><script type="module">
const worker = new Worker('/bench-worker.js', { type: 'module' });
window.result = new Promise((resolve) => worker.onmessage = ({ data }) => data === 'ready' ? worker.postMessage(${runs}) : resolve(data));
</script>`;

async function chromium() {
  const { chromium: browserType } = await import('@playwright/test');
  const { chromiumLaunchOptions } = await import('../e2e/support/chromium.mjs');
  const workerCode = await bundle(WORKER, true);
  const helper = await readFile(path.join(root, 'public/sandbox/pbkdf2.js'));
  const server = createServer(async (req, res) => {
    const headers = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
    const types = { '.js': 'text/javascript', '.wasm': 'application/wasm' };
    if (req.url === '/') res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(PAGE);
    else if (req.url === '/worker') res.writeHead(200, { ...headers, 'Content-Type': 'text/html' }).end(SANDBOX_PAGE);
    else if (req.url.startsWith('/sandbox/') && req.url !== '/sandbox/pbkdf2.js' && !req.url.includes('..')) {
      const file = await readFile(path.join(root, 'public', req.url)).catch(() => null);
      if (file) res.writeHead(200, { ...headers, 'Content-Type': types[path.extname(req.url)] ?? 'application/octet-stream' }).end(file);
      else res.writeHead(404, headers).end();
    }
    else if (req.url === '/bench-worker.js') res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(workerCode);
    else if (req.url === '/sandbox/pbkdf2.js') res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(helper);
    else res.writeHead(404, headers).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await browserType.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const result = await page.evaluate(() => window.result);
    console.log(`Chromium ${browser.version()} (a Web Worker, cross-origin isolated: ${result.isolated})`);
    console.log(`  JavaScript (the fallback)                 ${ms(median(result.pure))}`);
    console.log(`  crypto.subtle through the bridge          ${ms(median(result.bridge))}${result.native ? '' : '  (NO BRIDGE: JavaScript ran)'}${result.same ? '' : '  (KEYS DIFFER)'}`);
    const sandbox = await browser.newPage();
    await sandbox.goto(`http://127.0.0.1:${server.address().port}/worker`);
    const run = (line) => sandbox.evaluate((l) => window.run(l), line);
    const setup = await run('python3 -m venv env && . env/bin/activate && pip install django > /dev/null && django-admin startproject mysite && cd mysite && python manage.py migrate > /dev/null');
    if (setup.status !== 0) throw new Error(setup.stderr);
    let started = performance.now();
    const created = await run('DJANGO_SUPERUSER_USERNAME=asha DJANGO_SUPERUSER_EMAIL=asha@example.com DJANGO_SUPERUSER_PASSWORD=Ghar-ka-kaam-2026 python manage.py createsuperuser --noinput');
    const createMs = performance.now() - started;
    const logins = [];
    for (let i = 0; i < runs; i++) {
      const login = await run(`python manage.py shell -v 0 -c "${TIMED_LOGIN}"`);
      const [user, took] = login.stdout.trim().split(' ');
      if (user !== 'asha') throw new Error(login.stdout + login.stderr);
      logins.push(Number(took));
    }
    console.log('The built worker.js (its own bridge to public/sandbox/pbkdf2.js)');
    console.log(`  createsuperuser --noinput (whole command) ${ms(createMs)}  ${created.stdout.trim()}`);
    console.log(`  authenticate() inside its Python (warm)   ${ms(median(logins))}`);
  } finally {
    await browser.close();
    server.close();
  }
}

console.log(`PBKDF2-SHA256, ${ITERATIONS.toLocaleString('en')} rounds, median of ${runs}`);
await node();
await chromium();
