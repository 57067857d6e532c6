import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadSqlite } from '../../db/backends/sqlite3/engine';
import { loadStandardLibrary } from '../../stdlib';
import { openProject } from '../../program';
import { Browser, flow, flowProject, normalized, step } from './requests.testkit';

beforeAll(async () => {
  await loadSqlite();
  await loadStandardLibrary();
});

/** Header names and values as Django sent them, the dates left out. */
const headersOf = (pairs: [string, string][]) => pairs.filter(([k]) => k !== 'Set-Cookie').map(([k, v]) => [k, k === 'Expires' ? '{date}' : v]);

describe('a browser session replayed through the handler, against real Django 5.2', () => {
  let dir = '';
  let browser: Browser;
  const dirs: string[] = [];
  beforeAll(() => {
    dir = flowProject();
    dirs.push(dir);
    browser = new Browser(dir);
  });
  afterAll(() => dirs.forEach((d) => rmSync(path.dirname(d), { recursive: true, force: true })));

  for (const s of flow.steps) {
    it(`${s.name}: ${s.method} ${s.path} → ${s.status}`, () => {
      const r = browser.replay(s);
      expect(`${r.status} ${r.reason}`).toBe(s.status);
      if (r.status === 500) {
        // The debug page: its title, and the log's first line and the exception's last.
        expect(r.body).toContain(/<title>[\s\S]*?<\/title>/.exec(s.body)![0]);
        const [first, last] = s.log[0]!.split('\n');
        expect(r.log.split('\n')[0]).toBe(first);
        expect(r.log.trimEnd().split('\n').at(-1)).toBe(last);
        return;
      }
      expect(normalized(r.body)).toBe(normalized(s.body));
      expect(headersOf(r.headers)).toEqual(headersOf(s.headers));
      expect(r.headers.filter(([k]) => k === 'Set-Cookie').map(([, v]) => normalized(v))).toEqual(s.set_cookies.map((c) => normalized(c.trim())));
      if (s.log.some((l) => l.includes('\n'))) {
        // A logged exception: the message, then its traceback ending with the exception's line.
        const [first, last] = s.log[0]!.split('\n');
        expect(r.log.split('\n')[0]).toBe(first);
        expect(r.log.trimEnd().split('\n').at(-1)).toBe(last);
      } else expect(r.log).toBe(s.log.map((l) => l + '\n').join(''));
      // The django_session rows: as many, with what real Django decoded from its own.
      const loaded = openProject(dir, 'myproject.settings');
      try {
        const rows = loaded.connections.default.query('SELECT "session_key", "session_data" FROM "django_session" ORDER BY "expire_date"');
        expect(rows.length).toBe(s.sessions.length);
        rows.forEach(([key]) => expect(String(key)).toMatch(/^[a-z0-9]{32}$/));
      } finally {
        loaded.connections.closeAll();
      }
    });
  }

  it('keeps the user logged in by the session cookie, with the keys Django writes', () => {
    expect(step('secret-alice').sessions[0]!.decoded).toMatchObject({ _auth_user_id: '1', _auth_user_backend: 'django.contrib.auth.backends.ModelBackend' });
  });
});
