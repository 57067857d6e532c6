import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runProgram } from '../../program';
import { prepareProgram } from '../../core/management/database-commands';
import { makeProject, request } from '../../core/handlers/project.testkit';

const FIXTURES = path.join(__dirname, '../../__fixtures__/django52/views');

interface Answer {
  method: string;
  path: string;
  data: Record<string, string> | null;
  status: number;
  headers: Record<string, string>;
  body: string;
  log: string;
}

beforeAll(async () => {
  await prepareProgram(['python', 'manage.py', 'shell']);
});

const manage = (project: string, args: string[]) => {
  let stderr = '';
  const code = runProgram(['python', 'manage.py', ...args], { cwd: project, env: { TZ: 'UTC' }, stdout: () => undefined, stderr: (t) => (stderr += t) });
  return { code, stderr };
};

/** Requests through the handler to a project of class-based views and forms, answered as real Django answered them. */
describe('class-based views and forms through the request handler (recorded)', () => {
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))) {
    const fixture = JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as { files: Record<string, string>; settings: string; requests: Answer[] };
    it(file.replace('.json', ''), () => {
      const project = makeProject(fixture.files, fixture.settings);
      expect(manage(project, ['makemigrations'])).toMatchObject({ code: 0, stderr: '' });
      expect(manage(project, ['migrate'])).toMatchObject({ code: 0, stderr: '' });
      for (const expected of fixture.requests) {
        const body = expected.data ? new URLSearchParams(expected.data).toString() : '';
        const headers: Record<string, string> = { host: '127.0.0.1:8000' };
        if (expected.method === 'POST') headers['content-type'] = 'application/x-www-form-urlencoded';
        const r = request(project, expected.path, { method: expected.method, body, headers });
        const got = {
          request: `${expected.method} ${expected.path}`,
          status: r.status,
          location: r.header('Location'),
          allow: r.header('Allow'),
          contentType: r.header('Content-Type'),
          // The test client drops a HEAD answer's body, as runserver does (conditional_content_removal).
          body: expected.method === 'HEAD' ? '' : r.body.replace(/name="csrfmiddlewaretoken" value="[^"]*"/g, 'name="csrfmiddlewaretoken" value=""'),
          log: r.log,
        };
        expect(got).toEqual({
          request: `${expected.method} ${expected.path}`,
          status: expected.status,
          location: expected.headers.Location,
          allow: expected.headers.Allow,
          contentType: expected.headers['Content-Type'],
          body: expected.body,
          log: expected.log,
        });
      }
    });
  }
});
