import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadSqlite } from '../../db/backends/sqlite3/engine';
import { loadStandardLibrary } from '../../lazy-chunks';
import { Browser } from '../../core/handlers/requests.testkit';
import { openProject } from '../../program';
import { localGet } from '../../http/request';
import { staticFilesResponse } from '../staticfiles/handlers';
import { addCourses, grantPermission, adminFlow, adminProject, dbState, facts, sendStep, tutorialFlow, withoutInitials } from './admin.testkit';

beforeAll(async () => {
  await loadSqlite();
  await loadStandardLibrary();
});

/** Dates in the history and the recent actions differ between the recording and now. */
const undated = (f: ReturnType<typeof facts>) => ({ ...withoutInitials(f), rows: f.rows.map((r) => r.replace(/^\w{3,5}\.? \d+, \d{4}, ([\d:]+ [ap]\.m\.|noon|midnight) /, '{date} ')) });

describe('the admin, replayed against real Django 5.2', () => {
  let dir = '';
  let browser: Browser;
  beforeAll(() => {
    dir = adminProject();
    browser = new Browser(dir);
  });
  afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  for (const s of [...adminFlow.steps, ...tutorialFlow.steps]) {
    it(`${s.name}: ${s.method} ${s.path} → ${s.status}`, () => {
      if (s.name === 'course-page-1') addCourses(dir, 105);
      if (s.name === 'logout-admin') grantPermission(dir, 'staffer', 'view_student');
      const r = sendStep(browser, s);
      expect(r.status).toBe(s.status);
      expect(r.header('Location') ?? null).toBe(s.location);
      if (s.status === 200) expect(undated(facts(r.body))).toEqual(undated(facts(s.body)));
      expect(dbState(dir)).toEqual(s.db);
    });
  }
});

describe("the admin's static files", () => {
  let dir = '';
  beforeAll(() => {
    dir = adminProject();
  });
  afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  // runserver's static files handler answers these, before the request reaches Django's handler.
  const get = (url: string) => {
    const project = openProject(dir, 'myproject.settings');
    try {
      const r = staticFilesResponse(project, localGet(url));
      return { status: r?.status ?? 0, body: r?.bytes ? new TextDecoder().decode(r.bytes) : (r?.body ?? ''), header: (name: string) => r?.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1] };
    } finally {
      project.connections.closeAll();
    }
  };

  it('serves its stylesheet at /static/admin/css/base.css with DEBUG on, light and dark', () => {
    const r = get('/static/admin/css/base.css');
    expect(r.status).toBe(200);
    expect(r.header('Content-Type')).toBe('text/css');
    expect(r.body).toContain('#site-name');
    expect(r.body).toContain('prefers-color-scheme: dark');
  });

  it('serves the icons the change list shows, and answers 404 for a file it does not have', () => {
    expect(get('/static/admin/img/icon-yes.svg').header('Content-Type')).toBe('image/svg+xml');
    expect(get('/static/admin/css/missing.css').status).toBe(404);
  });
});
