"""Records real Django's answers for the official tutorial's parts 3-4 and the Django Girls blog:
generic views, pagination, the edit views, F(), static files and the URL system checks.

Each case under views24-cases/<name>/ holds case.json and the files laid over
`startproject <project>` + `startapp <app>`. case.json gives:
  project, app      the names startproject and startapp are given;
  settings          text appended to <project>/settings.py;
  setup             Python run in the project (django.setup() done) before the requests;
  requests          [method, path, data or null]: through django.test.Client (CSRF enforced,
                    cookies kept; a data value "@token" is the last CSRF token a page showed),
                    and paths under /static/ through runserver's StaticFilesHandler;
  db                Python run after the requests whose printed JSON is the database's state;
  commands          [{"args": [...], "files": {...}, "settings": "..."}]: manage.py commands run
                    with those files laid over the project and that text appended to its
                    settings (then put back); runserver is stopped after 6 s.
Written to sandbox/framework/__fixtures__/django52/views24/<name>.json.

Usage: DJANGO_PYTHON=/work/tmp/venv52/bin/python python3 scripts/record-django/views24.py [case...]
(DJANGO_PYTHON defaults to /work/tmp/venv52/bin/python, a virtualenv with Django 5.2.)
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, 'sandbox/framework/__fixtures__/django52/views24')
PYTHON = os.environ.get('DJANGO_PYTHON', '/work/tmp/venv52/bin/python')
ADMIN = os.path.join(os.path.dirname(PYTHON), 'django-admin')

CLIENT = r'''
import json, logging, os, re, sys
case = json.load(open(sys.argv[1]))
os.environ['DJANGO_SETTINGS_MODULE'] = case['project'] + '.settings'
import django
django.setup()
from io import BytesIO
from django.test import Client
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.handlers.wsgi import WSGIHandler
records = []
class Collect(logging.Handler):
    def emit(self, record):
        records.append(record.getMessage() + '\n')
for name in ('django.request', 'django.security'):
    logging.getLogger(name).addHandler(Collect())
exec(case.get('setup', ''), {})
client = Client(HTTP_HOST='127.0.0.1:8000', enforce_csrf_checks=True, raise_request_exception=False)
static = StaticFilesHandler(WSGIHandler())
token = ''
out = []
KEEP = ('Location', 'Allow', 'Content-Type', 'Content-Length', 'Content-Disposition', 'Content-Encoding')
def summary(body):
    m = re.search(r'<pre class="exception_value">(.*?)</pre>', body, re.S)
    return m.group(1) if m else None
for method, path, data in case['requests']:
    del records[:]
    path_only, _, query = path.partition('?')
    if path_only.startswith('/static/'):
        environ = {'REQUEST_METHOD': method, 'PATH_INFO': path_only, 'QUERY_STRING': query, 'SERVER_NAME': '127.0.0.1', 'SERVER_PORT': '8000',
                   'HTTP_HOST': '127.0.0.1:8000', 'wsgi.input': BytesIO(b''), 'wsgi.url_scheme': 'http', 'SCRIPT_NAME': ''}
        got = {}
        def start_response(status, headers):
            got['status'] = int(status.split()[0])
            got['headers'] = headers
        raw = b''.join(static(environ, start_response))
        headers = {k: v for k, v in got['headers'] if k in KEEP}
        body = raw.decode('utf-8', 'replace')
        out.append({'method': method, 'path': path, 'data': data, 'status': got['status'], 'headers': headers,
                    'cookies': [], 'body': body if got['status'] == 200 else None, 'reason': summary(body), 'log': ''.join(records)})
        continue
    if data:
        data = {k: (token if v == '@token' else v) for k, v in data.items()}
    kwargs = {'QUERY_STRING': query} if query else {}
    if method == 'POST':
        r = client.post(path_only, data or {}, **kwargs)
    else:
        r = client.generic(method, path_only, **kwargs)
    body = r.content.decode()
    m = re.search(r'name="csrfmiddlewaretoken" value="([^"]*)"', body)
    if m:
        token = m.group(1)
    body = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', 'name="csrfmiddlewaretoken" value=""', body)
    headers = {k: v for k, v in r.headers.items() if k in KEEP}
    debug_page = r.status_code >= 400 and 'exception_value' in body
    out.append({'method': method, 'path': path, 'data': data and {k: ('@token' if k == 'csrfmiddlewaretoken' else v) for k, v in data.items()},
                'status': r.status_code, 'headers': headers, 'cookies': sorted(r.cookies.keys()),
                'body': None if debug_page else body, 'reason': summary(body) if debug_page else None, 'log': ''.join(records)})
db = {}
exec(case.get('db', ''), {'db': db})
print(json.dumps({'requests': out, 'db': db}))
'''


def run(args, cwd, env=None, timeout=None):
    env = dict(os.environ, TZ='UTC', **(env or {}))
    if timeout is None:
        return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env)
    proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGINT)
        stdout, stderr = proc.communicate()
        return subprocess.CompletedProcess(args, None, stdout, stderr)
    return subprocess.CompletedProcess(args, proc.returncode, stdout, stderr)


def read_case(name):
    folder = os.path.join(HERE, 'views24-cases', name)
    files = {}
    for dirpath, _, names in os.walk(folder):
        for n in sorted(names):
            full = os.path.join(dirpath, n)
            with open(full) as f:
                files[os.path.relpath(full, folder)] = f.read()
    case = json.loads(files.pop('case.json'))
    return case, files


def lay(project, files):
    for rel, text in files.items():
        path = os.path.join(project, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)


def record(name):
    case, files = read_case(name)
    work = tempfile.mkdtemp(prefix='views24-')
    try:
        run([ADMIN, 'startproject', case['project']], work)
        project = os.path.join(work, case['project'])
        run([PYTHON, 'manage.py', 'startapp', case['app']], project)
        with open(os.path.join(project, case['project'], 'settings.py'), 'a') as f:
            f.write('\n' + case.get('settings', ''))
        lay(project, files)
        for cmd in (['makemigrations'], ['migrate']):
            r = run([PYTHON, 'manage.py', *cmd], project)
            if r.returncode:
                sys.exit(r.stderr)
        answers = {'requests': [], 'db': {}}
        if case.get('requests'):
            with open(os.path.join(work, 'case.json'), 'w') as f:
                json.dump(case, f)
            with open(os.path.join(work, 'client.py'), 'w') as f:
                f.write(CLIENT)
            r = run([PYTHON, os.path.join(work, 'client.py'), os.path.join(work, 'case.json')], project, {'PYTHONPATH': project})
            if r.returncode:
                sys.exit(r.stderr)
            answers = json.loads(r.stdout)
        commands = []
        for command in case.get('commands', []):
            files_now = dict(command.get('files', {}))
            if command.get('settings'):
                rel = os.path.join(case['project'], 'settings.py')
                files_now[rel] = open(os.path.join(project, rel)).read() + '\n' + command['settings']
            saved = {rel: open(os.path.join(project, rel)).read() for rel in files_now if os.path.exists(os.path.join(project, rel))}
            lay(project, files_now)
            is_server = command['args'][0] == 'runserver'
            r = run([PYTHON, 'manage.py', *command['args']], project, timeout=6 if is_server else None)
            lay(project, saved)
            for rel in files_now:
                if rel not in saved:
                    os.remove(os.path.join(project, rel))
            # Where the project was and where Django lives are the recorder's, not the facts.
            clean = lambda t: t.replace(project, '/PROJECT').replace(os.path.dirname(os.path.dirname(PYTHON)), '/VENV')
            commands.append({'args': command['args'], 'files': command.get('files', {}), 'settings': command.get('settings', ''), 'returncode': r.returncode,
                             'stdout': clean(r.stdout), 'stderr': clean(r.stderr)})
    finally:
        shutil.rmtree(work)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, f'{name}.json'), 'w') as f:
        json.dump({**case, 'files': files, 'requests': answers['requests'], 'db_code': case.get('db', ''), 'db': answers['db'], 'commands': commands}, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print(f'recorded {name}')


if __name__ == '__main__':
    for case in sys.argv[1:] or sorted(os.listdir(os.path.join(HERE, 'views24-cases'))):
        record(case)
