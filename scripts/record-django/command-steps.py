#!/usr/bin/env python3
"""Record real Django 5.2 running short command scenarios: `migrate --prune`, and
`startproject`/`startapp` with `--template` pointing at a local directory.

    DJANGO_PYTHON=.venv-django/bin/python python3 scripts/record-django/command-steps.py

DJANGO_PYTHON is a Python 3.12 with Django 5.2 importable (that path is the default); the
script re-runs itself under it. Each scenario starts in an empty folder and is a list of
steps: `run` (a command line, `django-admin ...` or `python manage.py ...`, in a folder of
the scenario), `write` (a file's text) and `delete` (a file). For each `run` it records the
exit status, stdout and stderr, and, when the step names folders to `snapshot`, every file
under them with its text. The folder's absolute path is written `<root>` everywhere. It
writes sandbox/framework/__fixtures__/django52/command-steps/<scenario>.json, which
command-steps.test.ts replays through the sandbox.
"""
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from recorder import clean_env, ensure_django_python, versions, write_json  # noqa: E402

# The environment's own django-admin script: its folder, not the current one, leads sys.path,
# which decides whether a folder in the current directory counts as an importable module.
DJANGO_ADMIN = os.path.join(os.path.dirname(sys.executable), 'django-admin')

STUDENT = '''from django.db import models


class Student(models.Model):
    name = models.CharField(max_length=100)
'''
STUDENT_WITH_CITY = STUDENT + '''    city = models.CharField(max_length=50, default="")
'''
ADD_APP = ('mysite/settings.py', "    'django.contrib.staticfiles',\n", "    'django.contrib.staticfiles',\n    'home',\n")

PRUNE = [
    {'run': ['django-admin', 'startproject', 'mysite', '.']},
    {'run': ['python', 'manage.py', 'startapp', 'home']},
    {'edit': ADD_APP},
    {'write': ['home/models.py', STUDENT]},
    {'run': ['python', 'manage.py', 'makemigrations', 'home']},
    {'write': ['home/models.py', STUDENT_WITH_CITY]},
    {'run': ['python', 'manage.py', 'makemigrations', 'home']},
    {'run': ['python', 'manage.py', 'migrate']},
    {'run': ['python', 'manage.py', 'migrate', '--check']},
    {'run': ['python', 'manage.py', 'migrate', '--prune']},
    {'run': ['python', 'manage.py', 'migrate', 'home', '--prune']},
    # The second migration's file goes, its row stays: --prune deletes the row.
    {'delete': 'home/migrations/0002_student_city.py'},
    {'write': ['home/models.py', STUDENT]},
    {'run': ['python', 'manage.py', 'showmigrations', 'home']},
    {'run': ['python', 'manage.py', 'migrate', 'home', '--prune', '--plan']},
    {'run': ['python', 'manage.py', 'migrate', 'home', '--prune']},
    {'run': ['python', 'manage.py', 'migrate', 'home', '--prune', '-v', '0']},
    {'run': ['python', 'manage.py', 'showmigrations', 'home']},
    # Both files go: the rows of the app's migrations go with --prune, the app keeps its label.
    {'delete': 'home/migrations/0001_initial.py'},
    {'run': ['python', 'manage.py', 'migrate', 'home', '--prune']},
    {'run': ['python', 'manage.py', 'migrate', 'home', '--prune', '--fake']},
    {'run': ['python', 'manage.py', 'migrate', 'auth', '--prune']},
]

PROJECT_TEMPLATE = {
    'tpl/project/manage.py-tpl': '# manage.py of {{ project_name }}\n',
    'tpl/project/project_name/__init__.py-tpl': '',
    'tpl/project/project_name/settings.py-tpl': (
        '# {{ project_name }} ({{ camel_case_project_name }}), Django {{ docs_version }}\n'
        'NAME = "{{ project_name|upper }}"\n'
        'KEY_LENGTH = {{ secret_key|length }}\n'
        'EXTENSIONS = {{ extensions }}\n'
        'FILES = {{ files }}\n'
        'VERBOSITY = {{ verbosity }}\n'
        '{% if template %}TEMPLATE = "{{ template }}"{% endif %}\n'
    ),
    'tpl/project/project_name/plain.py': 'print("{{ project_name }}")  # a .py file is rendered too\n',
    'tpl/project/README.txt': 'Read me: {{ project_name }} is not rendered here.\n',
    'tpl/project/notes.md': 'Notes on {{ project_name }}: rendered with -e md or -n notes.md.\n',
    'tpl/project/.hidden/kept.txt': 'hidden folder\n',
    'tpl/project/__pycache__/skipped.txt': 'never copied\n',
    'tpl/project/static/project_name.css': 'body { color: red; }\n',
    'tpl/project/skip.pyc': 'compiled\n',
    'tpl/app/__init__.py-tpl': '',
    'tpl/app/apps.py-tpl': (
        'class {{ camel_case_app_name }}Config:\n'
        '    name = "{{ app_name }}"\n'
        '    where = "{{ app_directory }}"\n'
    ),
    'tpl/app/templates/app_name/index.html': '<h1>{{ app_name }}</h1>\n',
}

TEMPLATES = (
    [{'write': [path, text]} for path, text in PROJECT_TEMPLATE.items()]
    + [
        {'run': ['django-admin', 'startproject', 'site1', '--template', 'tpl/project'], 'snapshot': ['site1']},
        {'run': ['django-admin', 'startproject', 'site2', '--template', 'tpl/project/', '-e', 'md,txt', '-n', 'x.css'], 'snapshot': ['site2']},
        {'run': ['django-admin', 'startproject', 'site3', '--template', 'tpl/project', '-n', 'notes.md', '-x', 'static'], 'snapshot': ['site3']},
        {'run': ['django-admin', 'startproject', 'site4', '--template', 'tpl/nope']},
        {'run': ['django-admin', 'startproject', 'site1', '--template', 'tpl/project']},
        {'run': ['django-admin', 'startproject', 'site5', '--template', 'tpl/project/manage.py-tpl']},
        # A file of the template is already there: Django stops at it (after writing what came before).
        {'write': ['target/notes.md', 'mine\n']},
        {'run': ['django-admin', 'startproject', 'site6', 'target', '--template', 'tpl/project']},
        {'run': ['django-admin', 'startproject', 'mysite']},
        {'run': ['python', 'manage.py', 'startapp', 'blog', '--template', '../tpl/app'], 'cwd': 'mysite', 'snapshot': ['mysite/blog']},
        {'run': ['python', 'manage.py', 'startapp', 'shop', '--template', 'file://../tpl/app', '-v', '2'], 'cwd': 'mysite', 'snapshot': ['mysite/shop']},
    ]
)

SCENARIOS = {'migrate-prune': PRUNE, 'template-option': TEMPLATES}


def snapshot(root, folder):
    files = {}
    base = os.path.join(root, folder)
    for directory, dirs, names in os.walk(base):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(directory, name)
            with open(path, 'rb') as f:
                data = f.read()
            files[os.path.relpath(path, root)] = data.decode('utf-8')
    return files


def run(root, step):
    words = step['run']
    cwd = os.path.join(root, step.get('cwd', ''))
    if words[0] == 'django-admin':
        argv = [DJANGO_ADMIN, *words[1:]]
    else:
        argv = [sys.executable, *words[1:]]
    completed = subprocess.run(argv, cwd=cwd, env=clean_env(), stdin=subprocess.DEVNULL, capture_output=True, text=True)
    mask = lambda text: text.replace(os.path.realpath(root), '<root>').replace(root, '<root>')  # noqa: E731
    record = {**step, 'status': completed.returncode, 'stdout': mask(completed.stdout), 'stderr': mask(completed.stderr)}
    if 'snapshot' in step:
        record['files'] = {path: mask(text) for folder in step['snapshot'] for path, text in snapshot(root, folder).items()}
    return record


def apply_file_step(root, step):
    """A `write`, `edit` or `delete` step done in root; returns the step, as its record."""
    if 'write' in step:
        path, text = step['write']
        os.makedirs(os.path.dirname(os.path.join(root, path)) or root, exist_ok=True)
        with open(os.path.join(root, path), 'w') as f:
            f.write(text)
    elif 'edit' in step:
        path, old, new = step['edit']
        with open(os.path.join(root, path)) as f:
            text = f.read()
        assert old in text, (path, old)
        with open(os.path.join(root, path), 'w') as f:
            f.write(text.replace(old, new))
    elif 'delete' in step:
        os.remove(os.path.join(root, step['delete']))
    return [step]


def play(steps):
    records = []
    with tempfile.TemporaryDirectory(prefix='rec-steps-') as root:
        for step in steps:
            if 'run' in step:
                records.append(run(root, step))
                continue
            records.extend(apply_file_step(root, step))
    return records


def main():
    ensure_django_python()
    for name, steps in SCENARIOS.items():
        write_json('command-steps', name + '.json', {**versions(), 'steps': play(steps)})


if __name__ == '__main__':
    main()
