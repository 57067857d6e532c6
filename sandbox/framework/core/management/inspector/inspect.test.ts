import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runProgram } from '../../../program';
import { loadSqlite, sqlite } from '../../../db/backends/sqlite3/engine';
import { loadStandardLibrary } from '../../../lazy-chunks';
import { inspect, tableRows } from './inspect';
import recorded from '../../../__fixtures__/django52/inspector/cases.json';

const HEAD = 'from django.db import models\n\n\n';
const STUDENT = HEAD + 'class Student(models.Model):\n    name = models.CharField(max_length=100)\n    age = models.IntegerField()\n';
const WITH_ADDRESS = STUDENT + '    address = models.TextField(null=True, blank=True)\n';

let templates = '';

/** `python manage.py ...` (or another command line) in `cwd`, failing the test unless it exits as expected. */
function run(cwd: string, line: string[], status = 0): string {
  let out = '';
  const io = { cwd, env: {}, stdout: (t: string) => void (out += t), stderr: (t: string) => void (out += t) };
  const got = runProgram(line, io);
  expect(got, `${line.join(' ')}\n${out}`).toBe(status);
  return out;
}
const manage = (project: string, ...args: string[]) => run(project, ['python', 'manage.py', ...args]);

/** A copy of a prepared home (`name` under the templates), for one test to change as it likes. */
function home(name: string): { home: string; project: string } {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'inspector-')));
  fs.cpSync(path.join(templates, name), dir, { recursive: true });
  return { home: dir, project: path.join(dir, 'myproject') };
}

const write = (project: string, rel: string, text: string) => fs.writeFileSync(path.join(project, rel), text);

/** Plain SQL on the project's database, written back: how a learner's shell -c changes it behind Django's back. */
function sql(project: string, statement: string) {
  const file = path.join(project, 'db.sqlite3');
  const db = new (sqlite().Database)(new Uint8Array(fs.readFileSync(file)));
  db.run(statement);
  fs.writeFileSync(file, db.export());
  db.close();
}

const at = (dirs: { home: string; project: string }, sub = '') => inspect({ home: dirs.home, cwd: path.join(dirs.project, sub) });
const homeApp = (report: ReturnType<typeof inspect>) => report.apps.find((a) => a.label === 'home')!;

beforeAll(async () => {
  await Promise.all([loadSqlite(), loadStandardLibrary()]);
  templates = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'inspector-templates-')));
  // The recorder's project: apps home and store, home.Student (name, age) and its 0001_initial.
  const base = path.join(templates, 'base');
  fs.mkdirSync(base);
  run(base, ['django-admin', 'startproject', 'myproject']);
  const project = path.join(base, 'myproject');
  for (const app of ['home', 'store']) manage(project, 'startapp', app);
  fs.appendFileSync(path.join(project, 'myproject/settings.py'), "\nINSTALLED_APPS += ['home', 'store']\n");
  write(project, 'home/models.py', STUDENT);
  manage(project, 'makemigrations', 'home');
  // Lesson 8's project, in short: two migrations of home applied, Asha in the table.
  fs.cpSync(base, path.join(templates, 'lesson'), { recursive: true });
  const lesson = path.join(templates, 'lesson/myproject');
  write(lesson, 'home/models.py', WITH_ADDRESS);
  manage(lesson, 'makemigrations', 'home');
  manage(lesson, 'migrate');
  manage(lesson, 'shell', '-c', "from home.models import Student; Student.objects.create(name='Asha', age=20, address='Pune')");
}, 120_000);

describe('the inspector on a healthy project', () => {
  it('shows the files, the history and the tables agreeing', () => {
    const dirs = home('lesson');
    const report = at(dirs, 'home/migrations');
    expect(report.error).toBeUndefined();
    expect(report.project).toBe('myproject');
    expect(report.problems).toEqual([]);
    expect(report.apps.map((a) => a.label)).toEqual(['admin', 'auth', 'contenttypes', 'home', 'sessions', 'store']);
    expect(homeApp(report)).toEqual({
      label: 'home',
      migrations: [
        { name: '0001_initial', applied: true, dependencies: [] },
        { name: '0002_student_address', applied: true, dependencies: [['home', '0001_initial']] },
      ],
      historyWithoutFile: [],
      pendingChanges: [],
    });
    // Across apps too: admin's first migration depends on auth's and contenttypes'.
    const admin = report.apps.find((a) => a.label === 'admin')!.migrations[0]!;
    expect(admin.dependencies).toEqual(expect.arrayContaining([['auth', '0001_initial'], ['contenttypes', '0001_initial']]));
    const student = report.tables.find((t) => t.name === 'home_student')!;
    expect(student).toEqual({
      name: 'home_student',
      model: 'home.Student',
      rowCount: 1,
      columns: [
        // As real Django leaves them: SQLite's rebuild of the table for 0002 writes the types so.
        { name: 'id', type: 'INTEGER', nullable: false },
        { name: 'name', type: 'varchar(100)', nullable: false },
        { name: 'age', type: 'INTEGER', nullable: false },
        { name: 'address', type: 'TEXT', nullable: true },
      ],
      missingColumns: [],
      extraColumns: [],
    });
    expect(report.tables.find((t) => t.name === 'django_migrations')?.model).toBeNull();
    expect(report.tables.find((t) => t.name === 'auth_user_groups')?.model).toBe('auth.User_groups');
    expect(report.tables.some((t) => t.name.startsWith('sqlite_'))).toBe(false);
  });

  it('changes nothing: no file written, no database made, no history table created', () => {
    const dirs = home('lesson');
    const file = path.join(dirs.project, 'db.sqlite3');
    const before = fs.readFileSync(file);
    const stat = fs.statSync(file);
    at(dirs);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.statSync(file).mtimeMs).toBe(stat.mtimeMs);
    // A project never migrated: its database stays absent.
    const fresh = home('base');
    // makemigrations made it empty, as real Django does: gone, it is not made again.
    fs.rmSync(path.join(fresh.project, 'db.sqlite3'));
    const report = at(fresh);
    expect(fs.existsSync(path.join(fresh.project, 'db.sqlite3'))).toBe(false);
    expect(report.tables).toEqual([]);
    expect(homeApp(report).migrations).toEqual([{ name: '0001_initial', applied: false, dependencies: [] }]);
    // An empty database file (what opening one creates) gets no django_migrations table.
    fs.writeFileSync(path.join(fresh.project, 'db.sqlite3'), new Uint8Array());
    at(fresh);
    expect(fs.statSync(path.join(fresh.project, 'db.sqlite3')).size).toBe(0);
  });

  it('finds the nearest manage.py at or above the terminal, and none outside a project', () => {
    const dirs = home('lesson');
    expect(inspect({ home: dirs.home, cwd: dirs.home })).toEqual({ project: null, apps: [], tables: [], problems: [] });
    expect(inspect({ home: dirs.project, cwd: dirs.project }).project).toBe('.');
    expect(inspect({ home: path.join(dirs.project, 'home'), cwd: path.join(dirs.project, 'home') }).project).toBeNull();
  });

  it('pages through a table', () => {
    const dirs = home('lesson');
    for (let i = 0; i < 120; i++) sql(dirs.project, `INSERT INTO home_student (name, age) VALUES ('s${i}', ${i})`);
    const place = { home: dirs.home, cwd: dirs.project };
    const first = tableRows(place, 'home_student', 0);
    expect(first.columns).toEqual(['id', 'name', 'age', 'address']);
    expect(first.total).toBe(121);
    expect(first.rows).toHaveLength(100);
    expect(first.rows[0]).toEqual([1, 'Asha', 20, 'Pune']);
    const second = tableRows(place, 'home_student', 100);
    expect(second.rows).toHaveLength(21);
    expect(second.rows[20]).toEqual([121, 's119', 119, null]);
    expect(() => tableRows(place, 'home_teacher', 0)).toThrow('no such table: home_teacher');
  });
});

describe('each disagreement, from real files and a real database', () => {
  it('missing-dependency: 0001_initial deleted under 0002 (lesson 8, break 1)', () => {
    const dirs = home('lesson');
    fs.rmSync(path.join(dirs.project, 'home/migrations/0001_initial.py'));
    // What the learner sees from every migration command.
    expect(run(dirs.project, ['python', 'manage.py', 'showmigrations'], 1)).toContain("NodeNotFoundError: Migration home.0002_student_address dependencies reference nonexistent parent node ('home', '0001_initial')");
    const report = at(dirs);
    expect(report.error).toBeUndefined();
    expect(report.problems).toEqual([
      { kind: 'missing-dependency', app: 'home', migration: '0001_initial' },
      { kind: 'history-without-file', app: 'home', migration: '0001_initial' },
    ]);
    expect(homeApp(report).migrations).toEqual([{ name: '0002_student_address', applied: true, dependencies: [['home', '0001_initial']] }]);
    expect(homeApp(report).historyWithoutFile).toEqual(['0001_initial']);
  });

  it('history-without-file: every migration deleted, the history kept (break 2)', () => {
    const dirs = home('lesson');
    for (const f of ['0001_initial.py', '0002_student_address.py']) fs.rmSync(path.join(dirs.project, 'home/migrations', f));
    const report = at(dirs);
    expect(report.problems).toEqual([
      { kind: 'history-without-file', app: 'home', migration: '0001_initial' },
      { kind: 'history-without-file', app: 'home', migration: '0002_student_address' },
    ]);
    expect(homeApp(report)).toMatchObject({ migrations: [], historyWithoutFile: ['0001_initial', '0002_student_address'], pendingChanges: ['+ Create model Student'] });
  });

  it('table-without-history: the history gone too (break 3)', () => {
    const dirs = home('lesson');
    sql(dirs.project, "DELETE FROM django_migrations WHERE app = 'home'");
    const report = at(dirs);
    expect(report.problems).toEqual([{ kind: 'table-without-history', app: 'home', migration: '0001_initial', table: 'home_student' }]);
    expect(homeApp(report).migrations.map((m) => m.applied)).toEqual([false, false]);
    // What migrate then says.
    expect(run(dirs.project, ['python', 'manage.py', 'migrate'], 1)).toContain('table "home_student" already exists');
  });

  it('history-without-table: applied, but the table is gone', () => {
    const dirs = home('lesson');
    sql(dirs.project, 'DROP TABLE home_student');
    expect(at(dirs).problems).toEqual([{ kind: 'history-without-table', app: 'home', migration: '0001_initial', table: 'home_student' }]);
  });

  it('column-missing: the --fake-initial trap', () => {
    const dirs = home('lesson');
    const { project } = dirs;
    write(project, 'home/models.py', WITH_ADDRESS + '    email = models.EmailField(blank=True)\n');
    manage(project, 'migrate', 'home', 'zero', '--fake');
    for (const f of ['0001_initial.py', '0002_student_address.py']) fs.rmSync(path.join(project, 'home/migrations', f));
    manage(project, 'makemigrations');
    expect(manage(project, 'migrate', '--fake-initial')).toContain('Applying home.0001_initial... FAKED');
    const report = at(dirs);
    expect(report.problems).toEqual([{ kind: 'column-missing', app: 'home', migration: '0001_initial', table: 'home_student', column: 'email' }]);
    expect(homeApp(report).pendingChanges).toEqual([]);
    expect(report.tables.find((t) => t.name === 'home_student')).toMatchObject({ missingColumns: ['email'], extraColumns: [] });
    // A field merely waiting for its migration is no disagreement: the history does not claim its column.
    const waiting = home('lesson');
    write(waiting.project, 'home/models.py', WITH_ADDRESS + '    email = models.EmailField(blank=True)\n');
    const pending = at(waiting);
    expect(pending.problems).toEqual([]);
    expect(homeApp(pending).pendingChanges).toEqual(['+ Add field email to student']);
    expect(pending.tables.find((t) => t.name === 'home_student')).toMatchObject({ missingColumns: ['email'] });
  });

  it('an extra column: in the table, not in the model', () => {
    const dirs = home('lesson');
    write(dirs.project, 'home/models.py', STUDENT);
    const report = at(dirs);
    expect(report.tables.find((t) => t.name === 'home_student')).toMatchObject({ missingColumns: [], extraColumns: ['address'] });
    expect(homeApp(report).pendingChanges).toEqual(['- Remove field address from student']);
  });
});

describe('a project the inspector cannot read whole', () => {
  it('a migration file that does not parse: the error, and the tables still shown', () => {
    const dirs = home('lesson');
    write(dirs.project, 'home/migrations/0002_student_address.py', 'from django.db import migrations\n\nclass Migration(migrations.Migration)\n');
    const report = at(dirs);
    expect(report.error).toBe("SyntaxError: expected ':'");
    expect(report.apps).toEqual([]);
    expect(report.tables.find((t) => t.name === 'home_student')).toMatchObject({ model: 'home.Student', rowCount: 1 });
  });

  it('a models.py that never ends its loop: stopped, said as Python says it, never thrown', () => {
    const dirs = home('lesson');
    write(dirs.project, 'home/models.py', WITH_ADDRESS + '\nwhile True:\n    pass\n');
    const report = at(dirs);
    expect(report.error).toEqual(expect.any(String));
    expect(report.apps).toEqual([]);
  }, 60_000);

  it('a database file that is not one', () => {
    const dirs = home('lesson');
    write(dirs.project, 'db.sqlite3', 'not a database at all, just some text that is long enough to be read\n'.repeat(10));
    expect(at(dirs).error).toBe('django.db.utils.DatabaseError: file is not a database');
  });
});

describe("what makemigrations --dry-run would write, as real Django prints it", () => {
  type Case = (typeof recorded.cases)[number];
  /** The operation lines of makemigrations' output, under each app's heading. */
  function operationsByApp(stdout: string): Record<string, string[]> {
    const byApp: Record<string, string[]> = {};
    let app = '';
    for (const line of stdout.split('\n')) {
      const heading = /^Migrations for '(\w+)':$/.exec(line);
      if (heading) byApp[(app = heading[1]!)] = [];
      else if (line.startsWith('    ')) byApp[app]!.push(line.trim());
    }
    return byApp;
  }
  function prepared(c: Case) {
    const dirs = home('base');
    for (const [rel, text] of Object.entries(c.files as Record<string, string>)) write(dirs.project, rel, text);
    for (const [rel, text] of Object.entries(c.append as Record<string, string>)) fs.appendFileSync(path.join(dirs.project, rel), text);
    for (const rel of c.delete as string[]) fs.rmSync(path.join(dirs.project, rel));
    return dirs;
  }

  for (const c of recorded.cases.filter((x) => 'dryRun' in x)) {
    it(c.name, () => {
      const report = at(prepared(c));
      expect(report.error).toBeUndefined();
      const pending = Object.fromEntries(report.apps.filter((a) => a.pendingChanges.length).map((a) => [a.label, a.pendingChanges]));
      expect(pending).toEqual(operationsByApp(c.dryRun!.stdout));
    });
  }

  describe('a project that cannot be read gives the last line of its error', () => {
    for (const c of recorded.cases.filter((x) => 'errorLine' in x)) {
      it(c.name, () => {
        const dirs = prepared(c);
        const report = at(dirs);
        expect(report.error).toBe(c.errorLine);
        expect(report.project).toBe('myproject');
        expect(report.apps).toEqual([]);
        expect(report.problems).toEqual([]);
      });
    }
  });
});
