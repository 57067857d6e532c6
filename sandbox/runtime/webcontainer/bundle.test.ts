/**
 * public/sandbox/sandbox.js as WebContainer gets it: a folder holding only the bundle and
 * SQLite's WebAssembly, no node_modules anywhere above it, and the learner's home elsewhere.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'sandbox-bundle-')));
const runtime = path.join(scratch, 'runtime');
const home = path.join(scratch, 'home');

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-sandbox.mjs'], { cwd: root });
  mkdirSync(runtime);
  mkdirSync(home);
  for (const file of ['sandbox.js', 'sql-wasm.wasm']) copyFileSync(path.join(root, 'public/sandbox', file), path.join(runtime, file));
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('runs the first lesson from a folder of its own, SQLite included', () => {
  const lines = ['python3 -m venv env', 'source env/bin/activate', 'pip install django', 'django-admin startproject mysite', 'cd mysite', 'python manage.py migrate'];
  const result = spawnSync(process.execPath, [path.join(runtime, 'sandbox.js'), 'shell'], {
    cwd: home,
    input: lines.map((l) => `${l}\n`).join(''),
    encoding: 'utf8',
    // Nothing from this repository's node_modules may be found through the environment either.
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production' },
  });
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain('Applying sessions.0001_initial... OK');
  expect(result.status).toBe(0);
  expect(existsSync(path.join(home, 'mysite/db.sqlite3'))).toBe(true);
}, 60_000);

it("inspects the project the shell's state is in, reading without writing, as the WebContainer runtime asks it", () => {
  const state = path.join(runtime, 'shell-state.json');
  writeFileSync(state, JSON.stringify({ cwd: path.join(home, 'mysite'), variables: {}, history: [] }));
  const database = readFileSync(path.join(home, 'mysite/db.sqlite3'));
  const bundle = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(runtime, 'sandbox.js'), ...args], { cwd: home, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', SANDBOX_STATE: state } });
  const inspected = bundle('inspect');
  expect(inspected.stderr).toBe('');
  expect(inspected.status).toBe(0);
  const report = JSON.parse(inspected.stdout.trim().split('\n').pop()!);
  expect(report.project).toBe('mysite');
  expect(report.problems).toEqual([]);
  expect(report.apps.map((a: { label: string }) => a.label)).toEqual(['admin', 'auth', 'contenttypes', 'sessions']);
  expect(report.tables.find((t: { name: string }) => t.name === 'auth_user')).toMatchObject({ model: 'auth.User', rowCount: 0 });
  const paged = JSON.parse(bundle('inspect', 'django_migrations', '0').stdout.trim());
  expect(paged).toMatchObject({ table: 'django_migrations', columns: ['id', 'app', 'name', 'applied'], offset: 0 });
  expect(paged.rows[0].slice(0, 3)).toEqual([1, 'contenttypes', '0001_initial']);
  expect(readFileSync(path.join(home, 'mysite/db.sqlite3')).equals(database)).toBe(true);
}, 60_000);
