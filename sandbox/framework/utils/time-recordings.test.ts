import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareProgram, runProgram } from '../index';
import { loadSqlite } from '../db/backends/sqlite3/engine';

/**
 * Replays what real Django 5.2 printed (scripts/record-django/time.py): the tutorial's shell
 * sessions, date fields and lookups, dates in templates. Each scenario is a project made with
 * startproject and startapp polls, its settings, files and `manage.py shell` steps.
 */

interface Step {
  files?: Record<string, string>;
  /** makemigrations and migrate first; 'make': makemigrations only. */
  migrate?: boolean | 'make';
  interactive?: string;
  script?: string;
  /** `python script.py`, without DJANGO_SETTINGS_MODULE. */
  python?: string;
  /** A manage.py command's arguments. */
  manage?: string[];
  /** Compare only stdout's lines starting with this. */
  lines?: string;
  /** Standard input of a manage step (makemigrations' answers). */
  stdin?: string;
  /** After makemigrations: the newest migration file of polls. */
  migration?: string;
  stdout: string;
  stderr: string;
  code: number;
}

interface Scenario {
  about: string;
  settings: Record<string, string | boolean>;
  normalize_now: boolean;
  steps: Step[];
}

const DIR = path.join(__dirname, '..', '__fixtures__', 'django52', 'time');
const scenarios = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as Scenario] as const);

async function run(cwd: string, words: string[], input: string | null = null, interactive = false) {
  let stdout = '';
  let stderr = '';
  const lines = input === null ? [] : input.replace(/\n$/, '').split('\n');
  await prepareProgram(words);
  const code = runProgram(words, {
    cwd,
    env: { TZ: 'UTC' },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readLine: () => lines.shift() ?? null,
    isTerminal: { stdin: interactive, stdout: false, stderr: false },
  });
  return { code, stdout, stderr };
}

const pyValue = (v: string | boolean) => (typeof v === 'boolean' ? (v ? 'True' : 'False') : `'${v}'`);

/** What the clock decides: the datetimes of now, and the dates and years templates show of them. */
function withoutNow(text: string): string {
  return text
    .replace(/datetime\.datetime\(\d{4}(, \d+)+/g, 'datetime.datetime(<now>')
    .replace(/[A-Z][a-z]+\.? \d{1,2}, \d{4}, (\d{1,2}(:\d\d)? [ap]\.m\.|noon|midnight)/g, '<now>')
    .replace(/[A-Z][a-z]{2} \d\d [A-Z][a-z]{2} \d{4}/g, '<today>')
    .replace(/'\d{4}-\d\d-\d\d( \d\d:\d\d:\d\d(\.\d+)?)?'/g, "'<stored now>'")
    .replace(/\b20\d\d\b/g, '<year>');
}

/** Of stderr, the lines that say something: warnings' and exceptions' own lines, Django's path cut to `django/`. */
function significant(text: string): string[] {
  const banner = /^(Python 3\.|Type "help"|\(InteractiveConsole\)|now exiting InteractiveConsole|Traceback \(most recent call last\):)/;
  return text
    .split('\n')
    .filter((l) => l && !/^\s/.test(l) && !banner.test(l))
    .map((l) => l.replace(/^\S*?\/django\//, 'django/'));
}

let work: string;
beforeAll(async () => {
  await loadSqlite();
  work = mkdtempSync(path.join(tmpdir(), 'time-recordings-'));
  return () => rmSync(work, { recursive: true, force: true });
});

describe.each(scenarios)('%s (recorded with real Django)', (name, scenario) => {
  it(scenario.about, async () => {
    const root = path.join(work, name);
    mkdirSync(root);
    const project = path.join(root, 'mysite');
    expect((await run(root, ['django-admin', 'startproject', 'mysite'])).code).toBe(0);
    expect((await run(project, ['python', 'manage.py', 'startapp', 'polls'])).code).toBe(0);
    const settingsFile = path.join(project, 'mysite', 'settings.py');
    const extra = Object.entries(scenario.settings).map(([k, v]) => `${k} = ${pyValue(v)}\n`).join('');
    writeFileSync(settingsFile, readFileSync(settingsFile, 'utf8').replace('INSTALLED_APPS = [\n', "INSTALLED_APPS = [\n    'polls.apps.PollsConfig',\n") + extra);
    for (const step of scenario.steps) {
      for (const [file, content] of Object.entries(step.files ?? {})) {
        mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
        writeFileSync(path.join(project, file), content);
      }
      if (step.migrate) {
        for (const command of step.migrate === 'make' ? ['makemigrations'] : ['makemigrations', 'migrate']) expect((await run(project, ['python', 'manage.py', command])).stderr).toBe('');
      }
      const interactive = step.interactive !== undefined;
      if (step.python !== undefined) writeFileSync(path.join(project, 'script.py'), step.python);
      const got = step.manage
        ? await run(project, ['python', 'manage.py', ...step.manage], step.stdin ?? null)
        : step.python !== undefined
          ? await run(project, ['python', 'script.py'])
          : await run(project, ['python', 'manage.py', 'shell'], interactive ? step.interactive! : step.script!, interactive);
      const only = (t: string) => (step.lines ? t.split('\n').filter((l) => l.startsWith(step.lines!)).join('\n') : t);
      const norm = (t: string) => only(scenario.normalize_now ? withoutNow(t) : t).trimEnd();
      expect(norm(got.stdout)).toBe(norm(step.stdout));
      expect(significant(got.stderr)).toEqual(significant(step.stderr));
      expect(got.code).toBe(step.code);
      if (step.migration !== undefined) {
        const dir = path.join(project, 'polls', 'migrations');
        const newest = readdirSync(dir).filter((f) => f.endsWith('.py') && f !== '__init__.py').sort().pop()!;
        // The first line names the version and the time it was written.
        const body = (t: string) => t.split('\n').slice(1).join('\n');
        expect(body(readFileSync(path.join(dir, newest), 'utf8'))).toBe(body(step.migration));
      }
    }
  });
});
