import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadSqlite } from '../../db/backends/sqlite3/engine';
import { loadStandardLibrary } from '../../lazy-chunks';
import { openProject, runProgram } from '../../program';
import { Browser, makeProject, normalized, quickHash, type FlowStep } from '../../core/handlers/requests.testkit';

const recorded = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../__fixtures__/django52/auth-forms/flow.json'), 'utf8')) as {
  settings: string;
  files: Record<string, string>;
  steps: (FlowStep & { users: [string, string, boolean][] })[];
};

beforeAll(async () => {
  await loadSqlite();
  await loadStandardLibrary();
});

/** The recorded project, migrated, with alice and the inactive sleepy (password Ghar-ka-kaam-2026). */
function project(): string {
  // makeProject adds the app home; the recorded app is accounts, a package like startapp's.
  const dir = makeProject({ 'accounts/__init__.py': '', ...recorded.files }, recorded.settings);
  const io = { cwd: dir, env: {}, stdout: () => undefined, stderr: (t: string) => void process.stderr.write(t) };
  runProgram(['python', 'manage.py', 'migrate', '-v', '0'], io);
  const loaded = openProject(dir, 'myproject.settings');
  for (const [name, active] of [['alice', 1], ['sleepy', 0]] as const)
    loaded.connections.default.execute(
      'INSERT INTO "auth_user" ("password", "last_login", "is_superuser", "username", "first_name", "last_name", "email", "is_staff", "is_active", "date_joined") VALUES (?, NULL, 0, ?, \'\', \'\', \'\', 0, ?, ?)',
      [quickHash('Ghar-ka-kaam-2026'), name, active, '2026-01-01 00:00:00'],
    );
  loaded.connections.closeAll();
  return dir;
}

const headersOf = (pairs: [string, string][]) => pairs.filter(([k]) => k !== 'Set-Cookie').map(([k, v]) => [k, k === 'Expires' ? '{date}' : v]);

describe('django.contrib.auth.forms on the login page and a signup view, against real Django 5.2', () => {
  let dir = '';
  let browser: Browser;
  beforeAll(() => {
    dir = project();
    browser = new Browser(dir);
  });
  afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  for (const s of recorded.steps) {
    it(`${s.name}: ${s.method} ${s.path} → ${s.status}`, () => {
      const r = browser.replay(s);
      expect(`${r.status} ${r.reason}`).toBe(s.status);
      expect(normalized(r.body)).toBe(normalized(s.body));
      expect(headersOf(r.headers)).toEqual(headersOf(s.headers));
      expect(r.headers.filter(([k]) => k === 'Set-Cookie').map(([, v]) => normalized(v))).toEqual(s.set_cookies.map((c) => normalized(c.trim())));
      const loaded = openProject(dir, 'myproject.settings');
      try {
        const users = loaded.connections.default.query('SELECT "username", "password", "is_active" FROM "auth_user" ORDER BY "id"');
        expect(users.map(([u, p, a]) => [String(u), String(p).split('$')[0], a === 1])).toEqual(s.users);
      } finally {
        loaded.connections.closeAll();
      }
    });
  }
});
