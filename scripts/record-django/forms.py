"""Records what real Django renders and validates for a set of forms.

Each case under forms-cases/<name>/ holds the files of an app `home` (models.py, forms.py...)
and script.py, run with `manage.py shell` in a fresh `startproject myproject` +
`startapp home` project after makemigrations and migrate. What the script prints after its
first line `=====` is written to sandbox/framework/__fixtures__/django52/forms/<name>.json
with the files, the migration makemigrations wrote (without its first line, which names the
version and the time) and what a second makemigrations said, so the sandbox's tests replay the
same project and compare byte for byte.

Usage: DJANGO_PYTHON=.venv-django/bin/python python3 scripts/record-django/forms.py
(DJANGO_PYTHON defaults to .venv-django/bin/python, a Python with Django 5.2 installed).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, 'sandbox/framework/__fixtures__/django52/forms')
PYTHON = os.environ.get('DJANGO_PYTHON', '.venv-django/bin/python')
ADMIN = os.path.join(os.path.dirname(PYTHON), 'django-admin')


def run(args, cwd, stdin=None):
    env = dict(os.environ, TZ='UTC', PYTHONHASHSEED='0')
    return subprocess.run(args, cwd=cwd, input=stdin, capture_output=True, text=True, env=env)


def record(name):
    case_dir = os.path.join(HERE, 'forms-cases', name)
    files = {}
    for dirpath, _, names in os.walk(case_dir):
        for n in sorted(names):
            full = os.path.join(dirpath, n)
            rel = os.path.relpath(full, case_dir)
            with open(full) as f:
                files[rel] = f.read()
    script = files.pop('script.py')
    settings_extra = files.pop('settings_extra.py', '')
    work = tempfile.mkdtemp(prefix='forms-')
    try:
        run([ADMIN, 'startproject', 'myproject'], work)
        project = os.path.join(work, 'myproject')
        run([PYTHON, 'manage.py', 'startapp', 'home'], project)
        with open(os.path.join(project, 'myproject/settings.py'), 'a') as f:
            f.write("\nINSTALLED_APPS += ['home']\n" + settings_extra)
        for rel, text in files.items():
            path = os.path.join(project, 'home', rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'w') as f:
                f.write(text)
        for cmd in (['makemigrations'], ['migrate']):
            r = run([PYTHON, 'manage.py', *cmd], project)
            if r.returncode:
                sys.exit(r.stderr)
        migration_path = os.path.join(project, 'home/migrations/0001_initial.py')
        migration = None
        if os.path.exists(migration_path):
            with open(migration_path) as f:
                # The first line names the Django version and the time it was made.
                migration = f.read().split('\n', 1)[1]
        again = run([PYTHON, 'manage.py', 'makemigrations'], project).stdout
        r = run([PYTHON, 'manage.py', 'shell'], project, stdin=script)
        if r.returncode:
            sys.exit(f'{name}: {r.stderr}')
        stdout = r.stdout.split('=====\n', 1)[1]
    finally:
        shutil.rmtree(work)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, f'{name}.json'), 'w') as f:
        json.dump({'files': files, 'settings': settings_extra, 'migration': migration, 'makemigrations_again': again, 'script': script, 'stdout': stdout}, f, indent=1)
        f.write('\n')
    print(f'recorded {name}')


if __name__ == '__main__':
    for case in sys.argv[1:] or sorted(os.listdir(os.path.join(HERE, 'forms-cases'))):
        record(case)
