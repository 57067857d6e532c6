import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeProject } from './project.testkit';
import { openProject, runProgram } from '../../program';
import { answerLocalGet, answerLocalPost } from './local-get';
import { loadSqlite } from '../../db/backends/sqlite3/engine';
import { loadStandardLibrary } from '../../stdlib';

/** One form sent by real Django 5.2's test client as a browser sends it, and what Django answered. */
interface Step {
  name: string;
  form: string;
  path: string;
  data: Record<string, string>;
  send_token: boolean;
  form_status: number;
  form_has_token: boolean;
  status: number;
  headers: [string, string][];
  body: string;
  log: string[];
  rows: (string | number | null)[][];
}

const flow = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../__fixtures__/django52/student-form/flow.json'), 'utf8')) as {
  settings: string;
  files: Record<string, string>;
  steps: Step[];
};

const TOKEN = /(name="csrfmiddlewaretoken" value=")([A-Za-z0-9]{64})(")/g;
const encode = (fields: [string, string][]) => fields.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`.replace(/%20/g, '+')).join('&');

let dir = '';
beforeAll(async () => {
  await loadSqlite();
  await loadStandardLibrary();
  dir = makeProject(flow.files, flow.settings.replace("\nINSTALLED_APPS += ['home']\n", ''));
  const io = { cwd: dir, env: {}, stdout: () => undefined, stderr: (t: string) => void process.stderr.write(t) };
  for (const args of [['makemigrations', '-v', '0'], ['migrate', '-v', '0']]) expect(runProgram(['python', 'manage.py', ...args], io)).toBe(0);
  expect(runProgram(['python', 'manage.py', 'shell', '-v', '0', '-c', "from home.models import Student; Student.objects.create(name='Asha', age=20, address='Pune')"], io)).toBe(0);
}, 60_000);

describe('a form page answered in this process as runserver answers a browser (recorded from Django 5.2)', () => {
  for (const step of flow.steps) {
    it(step.name, () => {
      const project = openProject(dir, 'myproject.settings');
      try {
        const page = answerLocalGet(project, step.form);
        const token = new RegExp(TOKEN.source).exec(page.body)?.[2];
        expect({ status: page.status, hasToken: !!token }).toEqual({ status: step.form_status, hasToken: step.form_has_token });
        const cookies: Record<string, string> = {};
        for (const [k, v] of page.headers) if (k === 'Set-Cookie') cookies[v.slice(0, v.indexOf('='))] = v.slice(v.indexOf('=') + 1, v.indexOf(';'));
        const fields: [string, string][] = Object.entries(step.data);
        if (step.send_token && token) fields.push(['csrfmiddlewaretoken', token]);
        let log = '';
        const r = answerLocalPost(project, step.path, encode(fields), step.send_token ? cookies : {}, (t) => (log += t));
        const rows = project.connections.default.query('SELECT id, name, age, address FROM home_student ORDER BY id');
        expect({
          status: r.status,
          headers: r.headers.filter(([k]) => k !== 'Set-Cookie'),
          body: r.body.replace(TOKEN, (_, a: string, _t: string, c: string) => `${a}${'T'.repeat(64)}${c}`),
          log: log.split('\n').filter(Boolean),
          rows,
        }).toEqual({ status: step.status, headers: step.headers, body: step.body, log: step.log, rows: step.rows });
      } finally {
        // Each recorded step started from the same rows.
        project.connections.discardAll();
      }
    });
  }
});
