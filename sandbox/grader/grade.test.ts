import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Shell } from '../shell/shell';
import { grade } from './grade';
import type { Check } from './checks';

const P = 'site/myproject';
let home = '';

const FORMS = `from django import forms
from .models import Student


class StudentForm(forms.ModelForm):
    class Meta:
        model = Student
        fields = ['name']

    def clean_name(self):
        name = self.cleaned_data['name']
        if name == 'Nobody':
            raise forms.ValidationError('Give a real name.')
        return name
`;

const FORM_VIEWS = `

from django.shortcuts import redirect, render
from .forms import StudentForm


def form_page(request, template):
    form = StudentForm(request.POST or None)
    if request.method == 'POST' and form.is_valid():
        form.save()
        return redirect('/api/')
    return render(request, template, {'form': form})


def add(request):
    return form_page(request, 'home/add.html')


def bare(request):
    return form_page(request, 'home/add_bare.html')
`;
let shell: Shell;

async function run(line: string): Promise<number> {
  return shell.run(line, { stdout: () => undefined, stderr: () => undefined, readLine: () => null, isTerminal: false });
}

const write = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(home, rel)), { recursive: true });
  fs.writeFileSync(path.join(home, rel), text);
};

/** Each check graded on its own, as [passed, found]. */
async function check(...checks: Check[]) {
  return (await grade(checks, { home, shell: shell.state() })).map((r) => [r.passed, r.found]);
}

beforeAll(async () => {
  home = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'grade-')));
  shell = new Shell({ home });
  for (const line of ['mkdir site', 'cd site', 'python3 -m venv env', 'source env/bin/activate', 'pip install django', 'django-admin startproject myproject', 'cd myproject', 'python manage.py startapp home']) {
    expect(await run(line), line).toBe(0);
  }
  fs.appendFileSync(path.join(home, P, 'myproject/settings.py'), "\nEXTERNAL_APPS = ['home']\nINSTALLED_APPS += EXTERNAL_APPS\n");
  write(`${P}/home/models.py`, 'from django.db import models\n\n\nclass Student(models.Model):\n    name = models.CharField(max_length=100)\n    address = models.TextField(null=True)\n');
  write(`${P}/home/views.py`, `${"from django.http import HttpResponse, JsonResponse\nfrom .models import Student\n\n\ndef index(request):\n    Student.objects.create(name='Visitor')\n    return HttpResponse('Hello <b>home</b>')\n\n\ndef api(request):\n    return JsonResponse({'count': Student.objects.count()})\n"}${FORM_VIEWS}`);
  write(`${P}/home/forms.py`, FORMS);
  write(`${P}/home/templates/home/add.html`, '<form method="post">{% csrf_token %}{{ form.as_p }}<button>Add</button></form>\n');
  write(`${P}/home/templates/home/add_bare.html`, '<form method="post">{{ form.as_p }}<button>Add</button></form>\n');
  write(`${P}/home/urls.py`, "from django.urls import path\nfrom . import views\n\nurlpatterns = [\n    path('', views.index),\n    path('api/', views.api, name='api'),\n    path('add/', views.add),\n    path('bare/', views.bare),\n]\n");
  fs.writeFileSync(path.join(home, P, 'myproject/urls.py'), "from django.contrib import admin\nfrom django.urls import include, path\n\nurlpatterns = [\n    path('admin/', admin.site.urls),\n    path('', include('home.urls')),\n]\n");
  for (const line of ['python manage.py makemigrations', 'python manage.py migrate', `python manage.py shell -c "from home.models import Student; Student.objects.create(name='Asha')"`]) {
    expect(await run(line), line).toBe(0);
  }
  await run('python manage.py nosuchcommand');
}, 60_000);

describe('grade', () => {
  it('looks at files and folders', async () => {
    expect(
      await check(
        { type: 'file_exists', path: `${P}/manage.py` },
        { type: 'file_exists', path: `${P}/home` },
        { type: 'folder_exists', path: `${P}/home` },
        { type: 'file_absent', path: `${P}/home/migrations/0002_x.py` },
        { type: 'file_absent', path: `${P}/manage.py` },
        { type: 'file_contains', path: `${P}/home/models.py`, text: 'name =   models.CharField(max_length=100)' },
        { type: 'file_contains', path: `${P}/home/models.py`, text: 'age =' },
        { type: 'migration_exists', project: P, app: 'home', name: '0001_initial' },
        { type: 'migration_exists', project: P, app: 'home', name: '0002_student_age' },
      ),
    ).toEqual([[true, undefined], [false, 'a folder'], [true, undefined], [true, undefined], [false, undefined], [true, undefined], [false, undefined], [true, undefined], [false, undefined]]);
  });

  it('reads INSTALLED_APPS as Django does, += included', async () => {
    expect(await check({ type: 'app_installed', project: P, app: 'home' }, { type: 'app_installed', project: P, app: 'accounts' })).toEqual([
      [true, undefined],
      [false, undefined],
    ]);
  });

  it('reads the database: history, tables, columns and rows', async () => {
    expect(
      await check(
        { type: 'migration_applied', project: P, app: 'home', name: '0001_initial' },
        { type: 'migration_applied', project: P, app: 'home', name: '0002_x', applied: false },
        { type: 'migration_applied', project: P, app: 'home', name: '0002_x' },
        { type: 'table_exists', project: P, table: 'home_student' },
        { type: 'table_exists', project: P, table: 'home_course', exists: false },
        { type: 'table_has_column', project: P, table: 'home_student', column: 'address', nullable: true },
        { type: 'table_has_column', project: P, table: 'home_student', column: 'name', nullable: true },
        { type: 'table_has_column', project: P, table: 'home_student', column: 'age', exists: false },
        { type: 'table_has_column', project: P, table: 'home_student', column: 'name', exists: false },
        { type: 'row_count', project: P, table: 'home_student', count: 1 },
        { type: 'row_count', project: P, table: 'home_student', count: 2 },
        { type: 'row_exists', project: P, table: 'home_student', column: 'name', value: 'Asha' },
        { type: 'row_exists', project: P, table: 'home_student', column: 'name', value: 'Ravi' },
        { type: 'row_exists', project: P, table: 'home_student', column: 'nope', value: 'x' },
        { type: 'row_exists', project: P, table: 'home_student', column: 'name', value: 'Asha', and: { address: 'Pune' } },
        { type: 'row_exists', project: P, table: 'home_student', column: 'name', value: 'Asha', and: { id: 1 } },
        { type: 'row_exists', project: P, table: 'home_student', column: 'name', value: 'Asha', and: { id: 2 } },
        { type: 'row_exists', project: P, table: 'home_student', column: 'name', value: 'Asha', and: { id: 1, nope: 'x' } },
      ),
    ).toEqual([
      [true, undefined],
      [true, undefined],
      [false, undefined],
      [true, undefined],
      [true, undefined],
      [true, undefined],
      [false, 'varchar(100) NOT NULL'],
      [true, undefined],
      [false, 'varchar(100) NOT NULL'],
      [true, '1'],
      [false, '1'],
      [true, undefined],
      [false, undefined],
      [false, 'no column nope'],
      [false, undefined],
      [true, undefined],
      [false, undefined],
      [false, 'no column nope'],
    ]);
  });

  it('asks the project for pages as runserver would, without changing its database', async () => {
    const before = fs.readFileSync(path.join(home, P, 'db.sqlite3'));
    expect(
      await check(
        { type: 'http_get', project: P, path: '/', status: 200, contains: '<b>home</b>' },
        { type: 'http_get', project: P, path: '/api/', status: 200, contentType: 'application/json', contains: '"count": 1' },
        { type: 'http_get', project: P, path: '/missing/', status: 200 },
      ),
    ).toEqual([
      [true, '200 OK'],
      [true, '200 OK, application/json'],
      [false, '404 Not Found'],
    ]);
    expect(fs.readFileSync(path.join(home, P, 'db.sqlite3')).equals(before)).toBe(true);
  });

  it('sends a form as a browser would, on a throwaway copy of the database', async () => {
    const db = path.join(home, P, 'db.sqlite3');
    const before = fs.readFileSync(db);
    const post = (data: Record<string, string>, more: Partial<Extract<Check, { type: 'http_post' }>> = {}): Check => ({ type: 'http_post', project: P, path: '/add/', data, status: 302, ...more });
    expect(
      await check(
        post({ name: 'Meera' }, { location: '/api/', table: 'home_student', added: 1, row: { name: 'Meera' } }),
        post({ name: 'Meera' }, { table: 'home_student', row: { name: 'Meera', address: 'Goa' } }),
        post({ name: 'Nobody' }, { status: 200, contains: 'Give a real name.', table: 'home_student', added: 0 }),
        post({ name: 'Nobody' }, { table: 'home_student', added: 1 }),
        post({ name: '' }, { status: 200, contains: 'This field is required.', table: 'home_student', added: 0 }),
        post({ name: 'Meera' }, { location: '/elsewhere/' }),
        post({ name: 'Meera' }, { path: '/missing/', form: '/add/', status: 404 }),
        post({ name: 'Meera' }, { path: '/missing/' }),
        post({ name: 'Meera' }, { table: 'home_course', added: 1 }),
        post({ name: 'Meera' }, { table: 'home_student', row: { age: 3 } }),
      ),
    ).toEqual([
      [true, '302 Found, to /api/, 1 row added to home_student'],
      [false, '302 Found, to /api/, 1 row added to home_student'],
      [true, '200 OK, 0 rows added to home_student'],
      [false, '200 OK, 0 rows added to home_student'],
      [true, '200 OK, 0 rows added to home_student'],
      [false, '302 Found, to /api/'],
      [true, '404 Not Found'],
      [false, 'GET /missing/: 404 Not Found'],
      [false, 'no table home_course'],
      [false, 'no column age'],
    ]);
    // Each POST had its own copy: the learner's database has only the row they made.
    expect(fs.readFileSync(db).equals(before)).toBe(true);
    expect(await check({ type: 'row_count', project: P, table: 'home_student', count: 1 })).toEqual([[true, '1']]);
    expect(fs.readdirSync('/tmp/grader-scratch')).toEqual([]);
  });

  it('fails a form whose page has no {% csrf_token %} with the 403 Django answers', async () => {
    expect(
      await check(
        { type: 'http_post', project: P, path: '/bare/', data: { name: 'Meera' }, status: 302, table: 'home_student', added: 1 },
        { type: 'http_post', project: P, path: '/bare/', data: { name: 'Meera' }, status: 403, contains: 'CSRF cookie not set.', table: 'home_student', added: 0 },
      ),
    ).toEqual([
      [false, '403 Forbidden, 0 rows added to home_student'],
      [true, '403 Forbidden, 0 rows added to home_student'],
    ]);
  });

  it('reverses URL names as the project would', async () => {
    expect(
      await check(
        { type: 'url_reverses', project: P, name: 'api', path: '/api/' },
        { type: 'url_reverses', project: P, name: 'api', path: '/other/' },
        { type: 'url_reverses', project: P, name: 'about', path: '/about/' },
      ),
    ).toEqual([
      [true, '/api/'],
      [false, '/api/'],
      [false, "NoReverseMatch: Reverse for 'about' not found. 'about' is not a valid view function or pattern name."],
    ]);
  });

  it('grades a page on a varied scratch copy, so text typed into a template does not pass, and leaves the project alone', async () => {
    const files = ['home/views.py', 'home/urls.py', 'db.sqlite3'].map((f) => path.join(home, P, f));
    const before = files.map((f) => fs.readFileSync(f));
    expect(
      await check(
        { type: 'http_get', project: P, path: '/', status: 200, contains: 'scratch', vary: [{ file: 'home/views.py', pattern: 'Hello <b>(home)</b>', replace: 'Hello <b>scratch</b>' }] },
        { type: 'http_get', project: P, path: '/', status: 200, contains: 'scratch' },
        { type: 'http_get', project: P, path: '/api2/', status: 200, contains: '"count": 1', vary: [{ file: 'home/urls.py', pattern: "(['\"])api/\\1", replace: "'api2/'" }] },
        { type: 'http_get', project: P, path: '/', status: 200, vary: [{ file: 'home/views.py', pattern: 'Goodbye', replace: '' }] },
        { type: 'http_get', project: P, path: '/api/', status: 200, contains: '"count": 3', vary: [{ sql: "INSERT INTO home_student (name) VALUES ('Zoya'); INSERT INTO home_student (name) VALUES ('Kabir')" }] },
        { type: 'http_get', project: P, path: '/api/', status: 200, contains: '"count": 1' },
        { type: 'http_get', project: P, path: '/api/', status: 200, vary: [{ sql: "INSERT INTO home_course (name) VALUES ('SQL')" }] },
      ),
    ).toEqual([
      [true, '200 OK'],
      [false, '200 OK'],
      [true, '200 OK'],
      [false, 'home/views.py has nothing that matches /Goodbye/ to vary'],
      [true, '200 OK'],
      [true, '200 OK'],
      [false, 'the database could not be varied: no such table: home_course'],
    ]);
    expect(files.map((f) => fs.readFileSync(f).equals(before[files.indexOf(f)]!))).toEqual([true, true, true]);
  });

  it('passes tests that pass as the project is and fail when the code they test is broken, on copies', async () => {
    const tests = path.join(home, P, 'home/tests.py');
    const original = fs.readFileSync(tests, 'utf8');
    const views = fs.readFileSync(path.join(home, P, 'home/views.py'));
    const body = (assertion: string) =>
      `from django.test import TestCase\n\n\nclass PageTests(TestCase):\n    def test_index(self):\n        response = self.client.get('/')\n        ${assertion}\n`;
    const catchIt: Check = { type: 'tests_catch', project: P, label: 'home', vary: [{ file: 'home/views.py', pattern: 'Hello <b>(home)</b>', replace: 'Hello' }] };
    const results: unknown[] = [];
    try {
      for (const text of [
        body("self.assertContains(response, '<b>home</b>')"),
        body('self.assertEqual(response.status_code, 200)'),
        'from django.test import TestCase\n',
        body("self.assertContains(response, 'Goodbye')"),
      ]) {
        fs.writeFileSync(tests, text);
        results.push(...(await check(catchIt)));
      }
      fs.writeFileSync(tests, body("self.assertContains(response, '<b>home</b>')"));
      results.push(...(await check({ ...catchIt, vary: [{ file: 'home/views.py', pattern: 'Goodbye', replace: '' }] })));
    } finally {
      fs.writeFileSync(tests, original);
    }
    expect(results).toEqual([
      [true, 'broken: FAILED (failures=1)'],
      [false, 'broken: OK'],
      [false, 'broken: NO TESTS RAN'],
      [false, 'as it is: FAILED (failures=1)'],
      [false, 'home/views.py has nothing that matches /Goodbye/ to vary'],
    ]);
    expect(fs.readFileSync(path.join(home, P, 'home/views.py')).equals(views)).toBe(true);
  }, 60_000);

  it('runs the tests of a tests_catch only once every other check of the exercise passes', async () => {
    // A vary that matches nothing would fail the check with its reason if the tests ran.
    const catchIt: Check = { type: 'tests_catch', project: P, label: 'home', vary: [{ file: 'home/views.py', pattern: 'Goodbye', replace: '' }] };
    expect(await check(catchIt, { type: 'file_exists', path: `${P}/nothing-here.py` })).toEqual([[false, undefined], [false, undefined]]);
    expect(await check(catchIt, { type: 'file_exists', path: `${P}/manage.py` })).toEqual([
      [false, 'home/views.py has nothing that matches /Goodbye/ to vary'],
      [true, undefined],
    ]);
  }, 60_000);

  it('says why a project that cannot load fails its checks', async () => {
    const settings = path.join(home, P, 'myproject/settings.py');
    const text = fs.readFileSync(settings, 'utf8');
    fs.writeFileSync(settings, text.replace("['home']", "['hom']"));
    try {
      expect(await check({ type: 'http_get', project: P, path: '/', status: 200 })).toEqual([[false, "ModuleNotFoundError: No module named 'hom'"]]);
    } finally {
      fs.writeFileSync(settings, text);
    }
    expect(await check({ type: 'app_installed', project: 'site', app: 'home' })).toEqual([[false, 'no manage.py in ~/site']]);
  });

  it('looks at the terminal: commands run, the active environment, installed packages', async () => {
    expect(
      await check(
        { type: 'command_succeeded', command: 'python manage.py migrate' },
        { type: 'command_succeeded', command: 'python3 manage.py makemigrations' },
        { type: 'command_succeeded', command: 'python manage.py nosuchcommand' },
        { type: 'command_succeeded', command: 'python manage.py runserver' },
        { type: 'command_succeeded', command: 'python manage.py migrate', after: 'python manage.py makemigrations' },
        { type: 'command_succeeded', command: 'python manage.py migrate', after: "Student.objects.create(name='Asha')" },
        { type: 'command_succeeded', command: 'python manage.py migrate', after: 'rm -r home' },
        { type: 'command_succeeded', command: 'python manage.py migrate', in: P },
        { type: 'command_succeeded', command: 'python manage.py migrate', in: 'site' },
        { type: 'venv_active' },
        { type: 'venv_active', venv: 'site/env' },
        { type: 'venv_active', venv: 'other/env' },
        { type: 'package_installed', venv: 'site/env', package: 'Django' },
        { type: 'package_installed', venv: 'site/env', package: 'django', version: '1.0' },
        { type: 'package_installed', venv: 'site/env', package: 'djangorestframework' },
        { type: 'package_installed', venv: 'site', package: 'django' },
      ),
    ).toEqual([
      [true, undefined],
      [true, undefined],
      [false, 'exit status 1'],
      [false, undefined],
      [true, undefined],
      [false, undefined],
      [false, undefined],
      [true, undefined],
      [false, undefined],
      [true, undefined],
      [true, undefined],
      [false, '~/site/env'],
      [true, undefined],
      [false, 'Django 5.2.8'],
      [false, undefined],
      [false, 'no virtual environment there'],
    ]);
  });

  it('grades a page as a logged-in user sees it, with the session made in a copy of the database', async () => {
    expect(await run('DJANGO_SUPERUSER_PASSWORD=Chai-and-code-42 python manage.py createsuperuser --noinput --username asha --email asha@example.com')).toBe(0);
    expect(await run(`python manage.py shell -c "from django.contrib.auth.models import User; User.objects.create_user('ravi', password='Chai-and-code-42')"`)).toBe(0);
    const db = path.join(home, P, 'db.sqlite3');
    const before = fs.readFileSync(db);
    expect(
      await check(
        { type: 'http_get', project: P, path: '/admin/', status: 200, contains: 'Site administration', as: 'asha' },
        { type: 'http_get', project: P, path: '/admin/', status: 200 },
        { type: 'http_get', project: P, path: '/admin/', status: 200, as: 'ravi' },
        { type: 'http_get', project: P, path: '/admin/auth/user/', status: 200, contains: 'ravi', as: 'asha' },
        { type: 'http_get', project: P, path: '/admin/auth/user/', status: 200, contains: 'zoya', as: 'asha', vary: [{ sql: "INSERT INTO auth_user (password, is_superuser, username, first_name, last_name, email, is_staff, is_active, date_joined) VALUES ('!', 0, 'zoya', '', '', '', 0, 1, '2026-01-01 00:00:00')" }] },
        { type: 'http_get', project: P, path: '/admin/', status: 200, as: 'meena' },
      ),
    ).toEqual([
      [true, '200 OK'],
      [false, '302 Found'],
      [false, '302 Found'],
      [true, '200 OK'],
      [true, '200 OK'],
      [false, 'DoesNotExist: User matching query does not exist.'],
    ]);
    // No session row, no last_login: the learner's database is as it was.
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });
});
