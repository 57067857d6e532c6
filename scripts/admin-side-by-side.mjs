// The sandbox's admin beside real Django 5.2's, in screenshots to look at side by side:
//   node scripts/build-sandbox.mjs && node scripts/admin-side-by-side.mjs [OUT_DIR]
// Makes the same project twice (the tutorial's Question model, registered, and a superuser):
// once with real Django (DJANGO_PYTHON, default .venv-django/bin/python; see
// scripts/record-django/recorder.py), once with the sandbox's command line. Runs both with
// runserver, logs in with Chromium, adds a question, and writes for each page (login, index,
// change list, add form with errors, change form), light and dark, one PNG with Django on the
// left and the sandbox on the right. OUT_DIR defaults to test-results/admin-side-by-side.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'test-results/admin-side-by-side'));
const python = process.env.DJANGO_PYTHON ?? path.join(root, '.venv-django/bin/python');
const cli = path.join(root, 'sandbox/dist/cli.mjs');
if (!existsSync(python)) throw new Error(`no Python with Django at ${python}: set DJANGO_PYTHON`);
if (!existsSync(cli)) throw new Error('build the sandbox first: node scripts/build-sandbox.mjs');

const MODELS = `from django.db import models


class Question(models.Model):
    question_text = models.CharField(max_length=200)
    pub_date = models.DateTimeField("date published")

    def __str__(self):
        return self.question_text
`;
const ADMIN = `from django.contrib import admin

from .models import Question

admin.site.register(Question)
`;
const env = { ...process.env, TZ: 'UTC', DJANGO_SUPERUSER_PASSWORD: 'Ghar-ka-kaam-2026', NO_COLOR: '1' };

/** The project, made by `run` (real Django's python, or the sandbox's command line). */
function makeProject(dir, run) {
  run(dir, ['django-admin', 'startproject', 'mysite']);
  const project = path.join(dir, 'mysite');
  run(project, ['python', 'manage.py', 'startapp', 'polls']);
  appendFileSync(path.join(project, 'mysite/settings.py'), "\nINSTALLED_APPS += ['polls']\n");
  writeFileSync(path.join(project, 'polls/models.py'), MODELS);
  writeFileSync(path.join(project, 'polls/admin.py'), ADMIN);
  for (const args of [['makemigrations'], ['migrate'], ['createsuperuser', '--noinput', '--username', 'asha', '--email', 'asha@example.com']]) {
    run(project, ['python', 'manage.py', ...args]);
  }
  return project;
}

const django = (cwd, [program, ...args]) =>
  execFileSync(program === 'django-admin' ? path.join(path.dirname(python), 'django-admin') : python, args, { cwd, env, stdio: 'ignore' });
const sandbox = (cwd, words) => execFileSync('node', [cli, ...words], { cwd, env, stdio: 'ignore' });

async function serve(start, port) {
  const server = start(port);
  for (let i = 0; i < 60; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/admin/login/`);
      return server;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  server.kill();
  throw new Error(`no server on port ${port}`);
}

/** Screenshots of each admin page on one server, by page name. */
async function visit(browser, base, scheme) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, colorScheme: scheme });
  const page = await context.newPage();
  const shots = {};
  const shot = async (name) => (shots[name] = await page.screenshot());
  await page.goto(`${base}/admin/`);
  await shot('login');
  await page.fill('#id_username', 'asha');
  await page.fill('#id_password', 'Ghar-ka-kaam-2026');
  await page.click('input[type=submit], button[type=submit]');
  await page.waitForURL(`${base}/admin/`);
  await shot('index');
  await page.goto(`${base}/admin/polls/question/add/`);
  await page.click('input[name=_save]');
  await page.waitForSelector('.errornote');
  await shot('add-errors');
  await page.fill('#id_question_text', 'What is new?');
  await page.fill('#id_pub_date_0', '2026-12-04');
  await page.fill('#id_pub_date_1', '10:30:00');
  await page.click('input[name=_save]');
  await page.waitForSelector('.messagelist');
  await shot('changelist');
  await page.click('#result_list tbody a');
  await page.waitForSelector('input[name=_continue]');
  await shot('change');
  await context.close();
  return shots;
}

mkdirSync(out, { recursive: true });
const work = mkdtempSync(path.join(tmpdir(), 'admin-side-by-side-'));
const servers = [];
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const real = makeProject(path.join(work, 'django'), (cwd, words) => (mkdirSync(cwd, { recursive: true }), django(cwd, words)));
  const ours = makeProject(path.join(work, 'sandbox'), (cwd, words) => (mkdirSync(cwd, { recursive: true }), sandbox(cwd, words)));
  servers.push(await serve((port) => spawn(python, ['manage.py', 'runserver', String(port), '--noreload'], { cwd: real, env, stdio: 'ignore' }), 8801));
  servers.push(await serve((port) => spawn('node', [cli, 'python', 'manage.py', 'runserver', String(port)], { cwd: ours, env, stdio: 'ignore' }), 8802));
  for (const scheme of ['light', 'dark']) {
    const left = await visit(browser, 'http://127.0.0.1:8801', scheme);
    const right = await visit(browser, 'http://127.0.0.1:8802', scheme);
    const page = await browser.newPage({ viewport: { width: 2020, height: 740 } });
    for (const name of Object.keys(left)) {
      const img = (png) => `<img style="width:1000px;border:1px solid #888" src="data:image/png;base64,${png.toString('base64')}">`;
      await page.setContent(`<body style="margin:0;display:flex;gap:10px;background:#888">${img(left[name])}${img(right[name])}</body>`);
      const file = path.join(out, `${name}-${scheme}.png`);
      await page.screenshot({ path: file });
      console.log('wrote', path.relative(root, file), '(Django 5.2 left, the sandbox right)');
    }
    await page.close();
  }
} finally {
  await browser.close();
  for (const server of servers) server.kill('SIGINT');
  rmSync(work, { recursive: true, force: true });
}
