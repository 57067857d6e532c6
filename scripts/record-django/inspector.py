#!/usr/bin/env python3
"""Record what real Django 5.2 says about the changes and breakages the sandbox's inspector reports.

    DJANGO_PYTHON=/work/tmp/venv52/bin/python python3 scripts/record-django/inspector.py

DJANGO_PYTHON is a Python 3.12 with Django 5.2 importable; the script re-runs itself under it.
A throwaway project (`myproject`, apps `home` and `store`) starts with `home.Student` (name,
age) and its 0001_initial. Each case then writes models.py files and records the stdout of
`python manage.py makemigrations --dry-run` (what the inspector's "makemigrations would
write" lists), and each broken case records the last line of `python manage.py check`'s
stderr (what the inspector shows as the project's error). Writes
sandbox/framework/__fixtures__/django52/inspector/cases.json, which the inspector's tests
replay through the sandbox.
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from recorder import clean_env, ensure_django_python, versions, write_json  # noqa: E402

ensure_django_python()

DJANGO_ADMIN = os.path.join(os.path.dirname(sys.executable), 'django-admin')
HEAD = 'from django.db import models\n\n\n'
STUDENT = HEAD + 'class Student(models.Model):\n    name = models.CharField(max_length=100)\n    age = models.IntegerField()\n'
COURSE = 'class Course(models.Model):\n    title = models.CharField(max_length=100)\n\n\n'

# Each case: the files written over the base project, and what is recorded.
CASES = [
    {'name': 'nothing-changed', 'files': {}},
    {'name': 'add-field', 'files': {'home/models.py': STUDENT + '    email = models.EmailField(blank=True)\n'}},
    {'name': 'add-field-without-default', 'files': {'home/models.py': STUDENT + '    city = models.CharField(max_length=50)\n'}},
    {'name': 'remove-field', 'files': {'home/models.py': HEAD + 'class Student(models.Model):\n    name = models.CharField(max_length=100)\n'}},
    {'name': 'alter-field', 'files': {'home/models.py': STUDENT.replace('max_length=100', 'max_length=200')}},
    {'name': 'meta-options', 'files': {'home/models.py': STUDENT + '\n    class Meta:\n        ordering = ["name"]\n'}},
    {'name': 'create-model-and-foreign-key', 'files': {'home/models.py': HEAD + COURSE + STUDENT[len(HEAD):] + '    course = models.ForeignKey(Course, on_delete=models.CASCADE, null=True)\n'}},
    {'name': 'delete-model', 'files': {'home/models.py': HEAD + COURSE}},
    {'name': 'new-app', 'files': {'store/models.py': HEAD + 'class Product(models.Model):\n    name = models.CharField(max_length=100)\n'}},
    {'name': 'two-apps', 'files': {'home/models.py': STUDENT + '    email = models.EmailField(blank=True)\n', 'store/models.py': HEAD + 'class Product(models.Model):\n    name = models.CharField(max_length=100)\n'}},
    {'name': 'models-syntax-error', 'files': {'home/models.py': HEAD + 'class Student(models.Model)\n    name = models.CharField(max_length=100)\n'}, 'broken': True},
    {'name': 'models-name-error', 'files': {'home/models.py': HEAD + 'class Student(models.Model):\n    name = models.CharFeld(max_length=100)\n'}, 'broken': True},
    {'name': 'settings-missing', 'files': {}, 'delete': ['myproject/settings.py'], 'broken': True},
    {'name': 'app-not-found', 'files': {}, 'append': {'myproject/settings.py': "\nINSTALLED_APPS += ['shop']\n"}, 'broken': True},
]


def run(cwd, *args):
    result = subprocess.run([sys.executable, 'manage.py', *args], cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL, env=clean_env())
    return {'status': result.returncode, 'stdout': result.stdout, 'stderr': result.stderr}


def base_project(root):
    subprocess.run([DJANGO_ADMIN, 'startproject', 'myproject'], cwd=root, check=True, env=clean_env())
    project = os.path.join(root, 'myproject')
    for app in ('home', 'store'):
        subprocess.run([sys.executable, 'manage.py', 'startapp', app], cwd=project, check=True, env=clean_env())
    with open(os.path.join(project, 'myproject', 'settings.py'), 'a') as f:
        f.write("\nINSTALLED_APPS += ['home', 'store']\n")
    with open(os.path.join(project, 'home', 'models.py'), 'w') as f:
        f.write(STUDENT)
    assert run(project, 'makemigrations', 'home')['status'] == 0
    return project


def main():
    recorded = []
    with tempfile.TemporaryDirectory() as tmp:
        base = base_project(tmp)
        for case in CASES:
            project = os.path.join(tmp, case['name'], 'myproject')
            shutil.copytree(base, project)
            for rel, text in case['files'].items():
                with open(os.path.join(project, rel), 'w') as f:
                    f.write(text)
            for rel, text in case.get('append', {}).items():
                with open(os.path.join(project, rel), 'a') as f:
                    f.write(text)
            for rel in case.get('delete', []):
                os.remove(os.path.join(project, rel))
            entry = {'name': case['name'], 'files': case['files'], 'append': case.get('append', {}), 'delete': case.get('delete', [])}
            if case.get('broken'):
                checked = run(project, 'check')
                entry['check'] = checked
                entry['errorLine'] = checked['stderr'].strip().splitlines()[-1]
            else:
                entry['dryRun'] = run(project, 'makemigrations', '--dry-run')
            recorded.append(entry)
    write_json('inspector', 'cases.json', {'versions': versions(), 'base': {'home/models.py': STUDENT}, 'cases': recorded})


main()
