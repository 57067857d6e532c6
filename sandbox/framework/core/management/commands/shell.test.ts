import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProgram } from '../../../program';
import { loadSqlite } from '../../../db/backends/sqlite3/engine';

const work = mkdtempSync(path.join(tmpdir(), 'shell-'));
const project = path.join(work, 'myproject');

function cli(words: string[], stdin: string | null = null) {
  let stdout = '';
  let stderr = '';
  const lines = stdin === null ? [] : stdin.split('\n');
  const code = runProgram(words, {
    cwd: words[0] === 'django-admin' ? work : project,
    env: { TZ: 'UTC' },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readLine: () => lines.shift() ?? null,
  });
  return { code, stdout, stderr, last: stderr.trim().split('\n').pop() ?? '' };
}

/** Django 5.2 imports the seven models (six of contrib, Student) and says so first. */
const IMPORTED = '7 objects imported automatically (use -v 2 for details).\n\n';

const shell = (code: string) => cli(['python', 'manage.py', 'shell', '-c', code]);

beforeAll(async () => {
  await loadSqlite();
  cli(['django-admin', 'startproject', 'myproject']);
  cli(['python', 'manage.py', 'startapp', 'home']);
  const settings = path.join(project, 'myproject', 'settings.py');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace("'django.contrib.staticfiles',", "'django.contrib.staticfiles',\n    'home',"));
  writeFileSync(path.join(project, 'home', 'models.py'), 'from django.db import models\n\n\nclass Student(models.Model):\n    name = models.CharField(max_length=100)\n    age = models.IntegerField()\n');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('manage.py shell', () => {
  it('fails with OperationalError before migrate, as the table does not exist yet', () => {
    const r = shell('from home.models import Student; print(Student.objects.count())');
    expect(r).toMatchObject({ code: 1, stdout: IMPORTED, last: 'django.db.utils.OperationalError: no such table: home_student' });
    expect(r.stderr.startsWith('Traceback (most recent call last):\n')).toBe(true);
    expect(r.stderr).toContain('  File "<string>", line 1, in <module>\n');
  });

  it('-c runs the code on the project database, which keeps what it wrote', () => {
    expect(cli(['python', 'manage.py', 'makemigrations']).code).toBe(0);
    expect(cli(['python', 'manage.py', 'migrate']).code).toBe(0);
    expect(shell("from home.models import Student; s = Student.objects.create(name='Asha', age=20); print(s.pk)")).toMatchObject({ code: 0, stdout: `${IMPORTED}1\n`, stderr: '' });
    expect(shell('from home.models import Student\nprint(Student.objects.count(), list(Student.objects.values()))').stdout).toBe(`${IMPORTED}1 [{'id': 1, 'name': 'Asha', 'age': 20}]\n`);
  });

  it('without -c runs what standard input holds (shell < script.py)', () => {
    const r = cli(['python', 'manage.py', 'shell'], 'from home.models import Student\nfor s in Student.objects.all():\n    print(s.name, s.age)\n');
    expect(r).toMatchObject({ code: 0, stdout: `${IMPORTED}Asha 20\n`, stderr: '' });
    expect(cli(['python', 'manage.py', 'shell'])).toMatchObject({ code: 0, stdout: IMPORTED, stderr: '' });
  });

  it("runs in the shell module's namespace, as Django's exec(code, globals()) does", () => {
    expect(shell('print(__name__)').stdout).toBe(`${IMPORTED}django.core.management.commands.shell\n`);
    expect(shell('import os\ndef f():\n    return os.sep\nprint(f())').stdout).toBe(`${IMPORTED}/\n`);
  });

  it("imports the project's models for you, as Django 5.2 does, and lists them with -v 2", () => {
    expect(shell('print(Student.objects.count())').stdout).toBe(`${IMPORTED}1\n`);
    expect(cli(['python', 'manage.py', 'shell', '-v', '0', '-c', 'print(Student)']).stdout).toBe("<class 'home.models.Student'>\n");
    // As real Django 5.2.17 lists them: the later apps' models first, one line per module.
    expect(cli(['python', 'manage.py', 'shell', '-v', '2', '-c', 'pass']).stdout).toBe(
      [
        '7 objects imported automatically:',
        '',
        '  from home.models import Student',
        '  from django.contrib.sessions.models import Session',
        '  from django.contrib.contenttypes.models import ContentType',
        '  from django.contrib.auth.models import User, Group, Permission',
        '  from django.contrib.admin.models import LogEntry',
        '',
        '',
      ].join('\n'),
    );
  });

  it('reports errors in the code the way python -c would', () => {
    expect(shell('x = (').last).toBe("SyntaxError: '(' was never closed");
    expect(shell('from home.models import Student; Student.objects.get(pk=5)').last).toBe('home.models.Student.DoesNotExist: Student matching query does not exist.');
  });
});
