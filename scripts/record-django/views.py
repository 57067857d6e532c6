"""Records real Django's answers to requests for projects using class-based views and forms.

Each case under views-cases/<name>/ holds files laid over a `startproject myproject` +
`startapp home` project (`myproject_urls.py` replaces myproject/urls.py) and requests.json,
a list of [method, path, form data]. After makemigrations and migrate, each request goes
through django.test.Client on host 127.0.0.1:8000; status, the headers that matter, the body
(with the CSRF token's value blanked) and what django.request logged are written to
sandbox/framework/__fixtures__/django52/views/<name>.json.

Usage: DJANGO_PYTHON=.venv-django/bin/python python3 scripts/record-django/views.py
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, 'sandbox/framework/__fixtures__/django52/views')
PYTHON = os.environ.get('DJANGO_PYTHON', '.venv-django/bin/python')
ADMIN = os.path.join(os.path.dirname(PYTHON), 'django-admin')
# Run inside the project with its settings: each request through the test client.
CLIENT = r'''
import json, logging, os, re, sys
os.environ['DJANGO_SETTINGS_MODULE'] = 'myproject.settings'
import django
django.setup()
from django.test import Client
records = []
class Collect(logging.Handler):
    def emit(self, record):
        records.append(record.getMessage() + '\n')
logging.getLogger('django.request').addHandler(Collect())
client = Client(HTTP_HOST='127.0.0.1:8000')
out = []
for method, path, data in json.load(open(sys.argv[1])):
    del records[:]
    path, _, query = path.partition('?')
    kwargs = {'QUERY_STRING': query} if query else {}
    if method == 'POST':
        r = client.post(path, data or {}, **kwargs)
    else:
        r = client.generic(method, path, **kwargs)
    body = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', 'name="csrfmiddlewaretoken" value=""', r.content.decode())
    headers = {k: v for k, v in r.headers.items() if k in ('Location', 'Allow', 'Content-Type', 'Content-Length')}
    out.append({'method': method, 'path': path + ('?' + query if query else ''), 'data': data, 'status': r.status_code, 'headers': headers, 'body': body, 'log': ''.join(records)})
print(json.dumps(out))
'''


def run(args, cwd, env=None):
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=dict(os.environ, TZ='UTC', **(env or {})))


def record(name):
    case = os.path.join(HERE, 'views-cases', name)
    files = {}
    for dirpath, _, names in os.walk(case):
        for n in sorted(names):
            full = os.path.join(dirpath, n)
            with open(full) as f:
                files[os.path.relpath(full, case)] = f.read()
    requests = json.loads(files.pop('requests.json'))
    settings_extra = files.pop('settings_extra.py', '')
    if 'myproject_urls.py' in files:
        files['myproject/urls.py'] = files.pop('myproject_urls.py')
    work = tempfile.mkdtemp(prefix='views-')
    try:
        run([ADMIN, 'startproject', 'myproject'], work)
        project = os.path.join(work, 'myproject')
        run([PYTHON, 'manage.py', 'startapp', 'home'], project)
        with open(os.path.join(project, 'myproject/settings.py'), 'a') as f:
            f.write("\nINSTALLED_APPS += ['home']\n" + settings_extra)
        for rel, text in files.items():
            path = os.path.join(project, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, 'w') as f:
                f.write(text)
        for cmd in (['makemigrations'], ['migrate']):
            r = run([PYTHON, 'manage.py', *cmd], project)
            if r.returncode:
                sys.exit(r.stderr)
        with open(os.path.join(work, 'requests.json'), 'w') as f:
            json.dump(requests, f)
        with open(os.path.join(work, 'client.py'), 'w') as f:
            f.write(CLIENT)
        r = run([PYTHON, os.path.join(work, 'client.py'), os.path.join(work, 'requests.json')], project, {'PYTHONPATH': project})
        if r.returncode:
            sys.exit(r.stderr)
        answers = json.loads(r.stdout)
    finally:
        shutil.rmtree(work)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, f'{name}.json'), 'w') as f:
        json.dump({'files': files, 'settings': settings_extra, 'requests': answers}, f, indent=1)
        f.write('\n')
    print(f'recorded {name}')


if __name__ == '__main__':
    for case in sys.argv[1:] or sorted(os.listdir(os.path.join(HERE, 'views-cases'))):
        record(case)
