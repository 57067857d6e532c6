import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadSqlite } from '../../db/backends/sqlite3/engine';
import { loadStandardLibrary } from '../../lazy-chunks';
import { runProgram } from '../../program';
import { adminProject } from './admin.testkit';

const recorded = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../__fixtures__/django52/admin/registry.json'), 'utf8')) as { code: string; stdout: string };

beforeAll(async () => {
  await loadSqlite();
  await loadStandardLibrary();
});

describe('admin.site.register and its errors, against real Django 5.2', () => {
  let dir = '';
  beforeAll(() => {
    dir = adminProject();
  });
  afterAll(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('registers the apps’ admin.py models once apps are ready, and words its errors as Django', () => {
    let stdout = '';
    let stderr = '';
    runProgram(['python', 'manage.py', 'shell', '-v', '0', '-c', recorded.code], {
      cwd: dir,
      env: {},
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
    });
    expect(stdout).toBe(recorded.stdout);
    expect(stderr).toBe('');
  });
});
