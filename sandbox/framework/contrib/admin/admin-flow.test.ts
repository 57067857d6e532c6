import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadSqlite } from '../../db/backends/sqlite3/engine';
import { loadStandardLibrary } from '../../lazy-chunks';
import { Browser } from '../../core/handlers/requests.testkit';
import { adminFlow, adminProject, dbState, facts, sendStep } from './admin.testkit';

beforeAll(async () => {
  await loadSqlite();
  await loadStandardLibrary();
});

/** Dates in the history and the recent actions differ between the recording and now. */
const undated = (f: ReturnType<typeof facts>) => ({ ...f, rows: f.rows.map((r) => r.replace(/^\w{3,5}\.? \d+, \d{4}, ([\d:]+ [ap]\.m\.|noon|midnight) /, '{date} ')) });

describe('the admin, replayed against real Django 5.2', () => {
  let dir = '';
  let browser: Browser;
  beforeAll(() => {
    dir = adminProject();
    browser = new Browser(dir);
  });
  afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  for (const s of adminFlow.steps) {
    it(`${s.name}: ${s.method} ${s.path} → ${s.status}`, () => {
      const r = sendStep(browser, s);
      expect(r.status).toBe(s.status);
      expect(r.header('Location') ?? null).toBe(s.location);
      if (s.status === 200) expect(undated(facts(r.body))).toEqual(undated(facts(s.body)));
      expect(dbState(dir)).toEqual(s.db);
    });
  }
});
