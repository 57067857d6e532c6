/**
 * The built Worker bundle (public/sandbox/worker.js), as the browser gets it, run in Node:
 * a first lesson's commands, entirely in its in-memory filesystem, print what the Node CLI
 * prints on a real disk; a snapshot carries the project and its database into a fresh copy
 * of the bundle; runserver answers requests through the `node:http` stand-in.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FilesystemSnapshot, RunResult, SandboxOptions, WorkerSandbox } from './entry';
import type { Check } from '../grader/checks';

type WorkerBundle = typeof import('./entry');

const root = path.resolve(import.meta.dirname, '../..');
const bundle = pathToFileURL(path.join(root, 'public/sandbox/worker.js')).href;
const cli = path.join(root, 'sandbox/dist/cli.mjs');
const HOME = '/home/learner';
const PROJECT = `${HOME}/myproject`;

// vitest.config.ts leaves public/sandbox/ to Node's own import(): what runs is the file the browser gets.
const importBundle = (url: string): Promise<WorkerBundle> => import(/* @vite-ignore */ url);

const disk = mkdtempSync(path.join(tmpdir(), 'worker-bundle-'));
let sqlite: SandboxOptions['sqlite'];
let sandbox: WorkerSandbox;

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-sandbox.mjs'], { cwd: root });
  // Node has no fetch for files: the browser build of sql.js gets its WebAssembly as bytes.
  sqlite = { wasmBinary: new Uint8Array(readFileSync(path.join(root, 'public/sandbox/sql-wasm-browser.wasm'))).buffer };
  sandbox = await (await importBundle(bundle)).createWorkerSandbox({ sqlite });
}, 120_000);
afterAll(() => rmSync(disk, { recursive: true, force: true }));

/** The same command line through the Node CLI, in the same place on the real disk. */
function onDisk(words: string[], cwd: string): RunResult {
  const ran = spawnSync(process.execPath, [cli, ...words], { cwd: path.join(disk, path.relative(HOME, cwd)), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: ran.status ?? -1, stdout: ran.stdout, stderr: ran.stderr };
}

/** The project's files on the real disk, as a snapshot names them. */
function diskFiles(folder: string, into: Record<string, Uint8Array> = {}): Record<string, Uint8Array> {
  for (const name of readdirSync(folder)) {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) diskFiles(full, into);
    else into[path.posix.join(HOME, path.relative(disk, full))] = new Uint8Array(readFileSync(full));
  }
  return into;
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
/** startproject writes a random SECRET_KEY; everything else in the files is the same. */
const withoutSecret = (source: string) => source.replace(/^SECRET_KEY = .*$/m, "SECRET_KEY = '...'");

describe('the Worker bundle', () => {
  let taken: FilesystemSnapshot;
  let migrated: RunResult;

  it('runs a first lesson in memory and prints what the CLI prints on disk', async () => {
    // The shell starts with nothing installed: Django comes into a virtual environment first.
    for (const line of ['python3 -m venv env', 'source env/bin/activate', 'pip install django']) {
      expect((await sandbox.run(line)).status, line).toBe(0);
    }
    const steps: [string[], string][] = [
      [['django-admin', 'startproject', 'myproject'], HOME],
      [['python', 'manage.py', 'startapp', 'home'], PROJECT],
      [['python', 'manage.py', 'migrate'], PROJECT],
      [['python', 'manage.py', 'showmigrations'], PROJECT],
    ];
    for (const [words, cwd] of steps) {
      await sandbox.run(`cd ${cwd}`);
      const streamed: string[] = [];
      const result = await sandbox.run(words.join(' '), { output: (_stream, t) => streamed.push(t) });
      expect(result, words.join(' ')).toEqual(onDisk(words, cwd));
      expect(streamed.join('')).toBe(result.stdout + result.stderr);
      if (words.includes('migrate')) migrated = result;
    }
    expect(migrated.stdout).toContain('  Applying auth.0001_initial... OK\n');

    taken = sandbox.snapshot();
    const project = Object.entries(taken.files).filter(([file]) => file.startsWith(`${PROJECT}/`));
    const inMemory = Object.fromEntries(project.filter(([file]) => !file.endsWith('/db.sqlite3')));
    const real = diskFiles(disk);
    expect(project.map(([file]) => file).sort()).toEqual(Object.keys(real).sort());
    for (const [file, bytes] of Object.entries(inMemory)) expect(withoutSecret(text(bytes)), file).toBe(withoutSecret(text(real[file])));
    expect(text(taken.files[`${PROJECT}/db.sqlite3`]?.slice(0, 16))).toBe('SQLite format 3\0');
  });

  it('grades checks in memory as the CLI grades them on disk', async () => {
    const checks: Check[] = [
      { type: 'app_installed', project: 'myproject', app: 'django.contrib.auth' },
      { type: 'migration_applied', project: 'myproject', app: 'auth', name: '0001_initial' },
      { type: 'table_exists', project: 'myproject', table: 'home_student' },
      { type: 'http_get', project: 'myproject', path: '/nowhere/', status: 404 },
      // Logged in: a session made in a copy of the database, in memory as on disk.
      { type: 'http_get', project: 'myproject', path: '/admin/', status: 200, contains: 'Site administration', as: 'asha' },
      { type: 'http_get', project: 'myproject', path: '/admin/auth/user/', status: 200, contains: 'zoya', as: 'asha', vary: [{ sql: "UPDATE auth_user SET first_name = 'zoya'" }] },
      // The admin's login form, sent with its CSRF cookie and token on a copy of the database.
      { type: 'http_post', project: 'myproject', path: '/admin/login/', data: { username: 'nobody', password: 'x' }, status: 200, contains: 'Please enter the correct username and password', table: 'django_session', added: 0 },
      { type: 'command_succeeded', command: 'python manage.py migrate' },
      { type: 'package_installed', venv: 'env', package: 'django' },
    ];
    // The learner's tests, run on a copy as the project is and on one with the admin moved away;
    // graded on their own, since a tests_catch waits for the other checks graded with it.
    const catchTests: Check = { type: 'tests_catch', project: 'myproject', label: 'home', vary: [{ file: 'myproject/urls.py', pattern: "path\\('admin/'", replace: "path('site-admin/'" }] };
    const tests = "from django.test import TestCase\n\n\nclass AdminTests(TestCase):\n    def test_login_page(self):\n        self.assertContains(self.client.get('/admin/login/'), 'Django administration')\n";
    sandbox.files({ op: 'write', path: 'myproject/home/tests.py', data: new TextEncoder().encode(tests) });
    writeFileSync(path.join(disk, 'myproject/home/tests.py'), tests);
    const superuser = ['python', 'manage.py', 'createsuperuser', '--noinput', '--username', 'asha', '--email', 'asha@example.com'];
    expect((await sandbox.run(`DJANGO_SUPERUSER_PASSWORD=Chai-and-code-42 ${superuser.join(' ')}`)).status).toBe(0);
    const made = spawnSync(process.execPath, [cli, ...superuser], { cwd: path.join(disk, 'myproject'), encoding: 'utf8', env: { ...process.env, DJANGO_SUPERUSER_PASSWORD: 'Chai-and-code-42' } });
    expect(made.stdout + made.stderr).toBe('Superuser created successfully.\n');
    const inMemory = await sandbox.grade([...checks]);
    expect(inMemory.map((r) => r.passed), JSON.stringify(inMemory)).toEqual([true, true, false, true, true, true, true, true, true]);
    // The CLI has no shell state, Django installed nowhere on disk: those two differ, the rest agree.
    const ran = spawnSync(process.execPath, [cli, 'grade', JSON.stringify(checks.slice(0, 7))], { cwd: disk, encoding: 'utf8' });
    expect(ran.stderr).toBe('');
    expect(JSON.parse(ran.stdout)).toEqual(inMemory.slice(0, 7));
    const caught = await sandbox.grade([catchTests]);
    expect(caught.map((r) => r.passed), JSON.stringify(caught)).toEqual([true]);
    const ranTests = spawnSync(process.execPath, [cli, 'grade', JSON.stringify([catchTests])], { cwd: disk, encoding: 'utf8' });
    expect(ranTests.stderr).toBe('');
    expect(JSON.parse(ranTests.stdout)).toEqual(caught);
  });

  it('inspects in memory as the CLI inspects on disk, changing nothing', async () => {
    const before = sandbox.snapshot();
    const inMemory = await sandbox.inspect();
    expect(inMemory.project).toBe('myproject');
    expect(inMemory.problems).toEqual([]);
    expect(inMemory.apps.find((a) => a.label === 'auth')?.migrations[0]).toEqual({ name: '0001_initial', applied: true, dependencies: [['contenttypes', '0001_initial']] });
    expect(sandbox.snapshot()).toEqual(before);
    const rows = await sandbox.inspectRows('django_migrations', 0);
    expect(rows.rows[0]?.slice(0, 3)).toEqual([1, 'contenttypes', '0001_initial']);
    // The CLI, where WebContainer runs it: the shell's folder from its state file.
    const state = path.join(disk, '.state.json');
    writeFileSync(state, JSON.stringify({ cwd: path.join(disk, 'myproject'), variables: {}, history: [] }));
    const ran = spawnSync(process.execPath, [cli, 'inspect'], { cwd: disk, encoding: 'utf8', env: { ...process.env, SANDBOX_STATE: state } });
    rmSync(state);
    expect(ran.stderr).toBe('');
    expect(JSON.parse(ran.stdout)).toEqual(inMemory);
  });

  it('restores a snapshot into a fresh copy of the bundle, database and all', async () => {
    // Another URL is another module instance: its own filesystem and servers.
    const fresh = await (await importBundle(`${bundle}?fresh`)).createWorkerSandbox({ sqlite, snapshot: structuredClone(taken), shell: sandbox.shellState() });
    expect(fresh.snapshot()).toEqual(taken);
    expect(fresh.prompt()).toBe('(env) ~/myproject $ ');
    const shown = await fresh.run('python manage.py showmigrations');
    expect(shown.stdout).toContain('auth\n [X] 0001_initial\n');
    expect(shown).toEqual(await sandbox.run('python manage.py showmigrations'));
    expect(fresh.snapshot().files[`${PROJECT}/db.sqlite3`]).toEqual(taken.files[`${PROJECT}/db.sqlite3`]);
  });

  it('serves the project with runserver until Ctrl-C', async () => {
    // A template folder given relative to where runserver runs, as Django resolves it.
    const files = { ...sandbox.snapshot().files };
    const encode = (t: string) => new TextEncoder().encode(t);
    const settings = text(files[`${PROJECT}/myproject/settings.py`]).replace("'DIRS': [],", "'DIRS': ['pages'],");
    files[`${PROJECT}/myproject/settings.py`] = encode(settings);
    files[`${PROJECT}/pages/hello.html`] = encode('Hello, {{ name }}!\n');
    files[`${PROJECT}/home/views.py`] = encode("from django.shortcuts import render\n\n\ndef hello(request):\n    return render(request, 'hello.html', {'name': 'Ravi'})\n");
    files[`${PROJECT}/myproject/urls.py`] = encode(
      "from django.contrib import admin\nfrom django.urls import path\n\nfrom home import views\n\nurlpatterns = [\n    path('admin/', admin.site.urls),\n    path('hello/', views.hello),\n]\n",
    );
    sandbox.restore({ ...sandbox.snapshot(), files });

    const output: string[] = [];
    const serving = sandbox.run('python manage.py runserver --noreload', { output: (_s, t) => output.push(t) });
    for (let i = 0; i < 100 && !output.join('').includes('Quit the server'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(output.join('')).toContain('Starting development server at http://127.0.0.1:8000/\n');
    expect(sandbox.listeningPorts()).toEqual([8000]);

    const page = await sandbox.dispatch(8000, { method: 'GET', url: '/hello/', headers: { Host: '127.0.0.1:8000' } });
    expect([page.status, page.reason, text(page.body)]).toEqual([200, 'OK', 'Hello, Ravi!\n']);
    expect(page.headers).toContainEqual(['Content-Type', 'text/html; charset=utf-8']);
    const missing = await sandbox.dispatch(8000, { method: 'GET', url: '/nothing/' });
    expect(missing.status).toBe(404);

    sandbox.interrupt();
    const ended = await serving;
    expect(ended.status).toBe(0);
    expect(ended.stderr.replace(/^\[[^\]]+\] /gm, '[WHEN] ')).toMatch(/^\[WHEN\] "GET \/hello\/ HTTP\/1\.1" 200 \d+\nNot Found: \/nothing\/\n\[WHEN\] "GET \/nothing\/ HTTP\/1\.1" 404 \d+\n$/);
    expect(sandbox.listeningPorts()).toEqual([]);
    await expect(sandbox.dispatch(8000, { method: 'GET', url: '/' })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
