import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runProgram } from '../program';
import { prepareProgram } from '../core/management/database-commands';
import { makeProject } from '../core/handlers/project.testkit';

const FIXTURES = path.join(__dirname, '../__fixtures__/django52/forms');

interface Case {
  files: Record<string, string>;
  settings: string;
  /** home/migrations/0001_initial.py without its first line; null for an app without models. */
  migration: string | null;
  makemigrations_again: string;
  script: string;
  stdout: string;
}

function manage(project: string, args: string[], stdin: string | null = null) {
  let stdout = '';
  let stderr = '';
  const lines = stdin === null ? [] : stdin.split('\n');
  const code = runProgram(['python', 'manage.py', ...args], {
    cwd: project,
    env: { TZ: 'UTC' },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readLine: () => lines.shift() ?? null,
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  await prepareProgram(['python', 'manage.py', 'shell']);
});

/** Each recorded case: the same app in a new project, the script through `manage.py shell`, its output as real Django printed it. */
describe('forms as Django 5.2 renders and validates them (recorded)', () => {
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))) {
    it(file.replace('.json', ''), () => {
      const fixture = JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as Case;
      const files = Object.fromEntries(Object.entries(fixture.files).map(([name, text]) => [`home/${name}`, text]));
      const project = makeProject(files, fixture.settings);
      expect(manage(project, ['makemigrations'])).toMatchObject({ code: 0 });
      expect(manage(project, ['migrate'])).toMatchObject({ code: 0, stderr: '' });
      const migration = path.join(project, 'home/migrations/0001_initial.py');
      expect(existsSync(migration) ? readFileSync(migration, 'utf8').split('\n').slice(1).join('\n') : null).toBe(fixture.migration);
      expect(manage(project, ['makemigrations']).stdout).toBe(fixture.makemigrations_again);
      const run = manage(project, ['shell'], fixture.script);
      expect(run.stderr).toBe('');
      const at = run.stdout.indexOf('=====\n');
      expect(run.stdout.slice(at + 6)).toBe(fixture.stdout);
    });
  }
});
