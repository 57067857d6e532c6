/**
 * End to end, as a learner does it: startproject, startapp, a model, a view rendering a
 * template that loops over a queryset, a URL; then `python manage.py runserver PORT` from the
 * built CLI, real HTTP requests, an edit picked up while it runs, and Ctrl-C (SIGINT).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../..');
const cli = path.join(root, 'sandbox/dist/cli.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'runserver-e2e-'));
const project = path.join(work, 'myproject');
const env = { ...process.env, TZ: 'UTC', NO_COLOR: '1' };

function run(...words: string[]): string {
  return execFileSync('node', [cli, ...words], { cwd: fsExists(project) ? project : work, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
function fsExists(p: string): boolean {
  try {
    execFileSync('test', ['-d', p]);
    return true;
  } catch {
    return false;
  }
}
function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  writeFileSync(path.join(project, file), text);
}
async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

beforeAll(() => {
  execFileSync('node', ['scripts/build-sandbox.mjs'], { cwd: root });
  run('django-admin', 'startproject', 'myproject');
  run('python', 'manage.py', 'startapp', 'home');
  appendFileSync(path.join(project, 'myproject/settings.py'), "\nINSTALLED_APPS += ['home']\n");
  write('home/models.py', "from django.db import models\n\n\nclass Student(models.Model):\n    name = models.CharField(max_length=50)\n    age = models.IntegerField()\n");
  write(
    'home/views.py',
    "from django.shortcuts import render\n\nfrom .models import Student\n\n\ndef index(request):\n    return render(request, 'index.html', {'students': Student.objects.all()})\n",
  );
  write('home/templates/index.html', '<ul>{% for s in students %}<li>{{ s.name }} ({{ s.age }})</li>{% empty %}<li>none</li>{% endfor %}</ul>\n');
  write('home/urls.py', "from django.urls import path\n\nfrom . import views\n\nurlpatterns = [\n    path('', views.index, name='index'),\n]\n");
  write('myproject/urls.py', "from django.contrib import admin\nfrom django.urls import include, path\n\nurlpatterns = [\n    path('admin/', admin.site.urls),\n    path('', include('home.urls')),\n]\n");
  run('python', 'manage.py', 'makemigrations', 'home');
  run('python', 'manage.py', 'migrate');
  run('python', 'manage.py', 'shell', '-c', "from home.models import Student; Student.objects.create(name='Ravi', age=20); Student.objects.create(name='Meena', age=21)");
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('python manage.py runserver', () => {
  it('serves the project over HTTP until Ctrl-C', async () => {
    const port = await freePort();
    const child = spawn('node', [cli, 'python', 'manage.py', 'runserver', String(port)], { cwd: project, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let i = 0; i < 100 && !stdout.includes('Quit the server'); i++) await new Promise((r) => setTimeout(r, 50));

    expect(stdout).toMatch(
      new RegExp(
        `^Performing system checks\\.\\.\\.\\n\\nSystem check identified no issues \\(0 silenced\\)\\.\\n\\w+ \\d\\d, \\d{4} - \\d\\d:\\d\\d:\\d\\d\\nDjango version [\\d.]+, using settings 'myproject\\.settings'\\nStarting development server at http://127\\.0\\.0\\.1:${port}/\\nQuit the server with CONTROL-C\\.\\n\\nWARNING: This is a development server\\. [^\\n]*\\nFor more information on production servers see: https://docs\\.djangoproject\\.com/en/5\\.2/howto/deployment/\\n$`,
      ),
    );
    const home = await fetch(`http://127.0.0.1:${port}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toBe('<ul><li>Ravi (20)</li><li>Meena (21)</li></ul>\n');
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');

    const missing = await fetch(`http://127.0.0.1:${port}/missing/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<title>Page not found at /missing/</title>');

    // An edit shows on the next request, as Django's reloader makes it.
    write('home/templates/index.html', '<ol>{% for s in students %}<li>{{ s.name|upper }}</li>{% endfor %}</ol>\n');
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('<ol><li>RAVI</li><li>MEENA</li></ol>\n');

    child.kill('SIGINT');
    expect(await exited).toBe(0);
    const lines = stderr.split('\n');
    expect(lines[0]).toBe('Watching for file changes with StatReloader');
    expect(lines.slice(1, 5).map((l) => l.replace(/^\[\d\d\/\w{3}\/\d{4} \d\d:\d\d:\d\d\] /, '[WHEN] '))).toEqual([
      '[WHEN] "GET / HTTP/1.1" 200 47',
      'Not Found: /missing/',
      expect.stringMatching(/^\[WHEN\] "GET \/missing\/ HTTP\/1\.1" 404 \d+$/),
      '[WHEN] "GET / HTTP/1.1" 200 37',
    ]);
  }, 30_000);

  it('refuses an address that is not one', () => {
    try {
      run('python', 'manage.py', 'runserver', 'abc');
      expect.unreachable();
    } catch (err) {
      const e = err as { status: number; stderr: string };
      expect([e.status, e.stderr]).toEqual([1, 'CommandError: "abc" is not a valid port number or address:port pair.\n']);
    }
  });
});
