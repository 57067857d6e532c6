"""Records what real Django 5.2 answers to forms, CSRF, sessions, login and messages.

Usage: python3 scripts/record-django/requests.py
Runs itself again with DJANGO_PYTHON (default .venv-django/bin/python, a Python with
Django 5.2 installed). Writes sandbox/framework/__fixtures__/django52/requests/*.json:

- flow.json: the learner's files and a browser's requests through them (cookies carried as a
  browser carries them), each with Django's status, headers, Set-Cookie lines, body and what
  its loggers printed; random values (tokens, session keys, dates) replaced by placeholders;
- signing.json: signing.dumps, a session's session_data and a messages cookie made at a fixed
  time with a fixed SECRET_KEY, and CSRF tokens with the secret each one masks.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

PYTHON = os.environ.get("DJANGO_PYTHON", ".venv-django/bin/python")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "sandbox", "framework", "__fixtures__", "django52", "requests")
SECRET_KEY = "django-insecure-requests-fixture-key-0123456789abcdefghijklmnop"

FILES = {
    "home/views.py": """from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_http_methods


def form(request):
    if request.method == 'POST':
        return HttpResponse('Got: ' + request.POST.get('name', '') + ' ' + ','.join(request.POST.getlist('tag')))
    return render(request, 'form.html')


@csrf_exempt
def exempt(request):
    return HttpResponse('exempt ' + request.method + ' ' + request.POST.get('name', ''))


@require_POST
def only_post(request):
    return HttpResponse('posted')


@require_http_methods(['GET', 'POST'])
def get_or_post(request):
    return HttpResponse(request.method)


def count(request):
    request.session['count'] = request.session.get('count', 0) + 1
    return HttpResponse('count=%d' % request.session['count'])


def add_message(request):
    messages.success(request, 'Saved!')
    messages.warning(request, 'Careful')
    return redirect('show')


def show(request):
    return render(request, 'messages.html')


@login_required
def secret(request):
    return HttpResponse('Hello ' + request.user.username)


def whoami(request):
    return HttpResponse(request.user.username or 'anonymous')


def attempt(lines, label, thunk):
    try:
        lines.append('%s: %r' % (label, thunk()))
    except Exception as exc:
        lines.append('%s: %s: %s' % (label, type(exc).__name__, exc))


@csrf_exempt
def querydict(request):
    lines = []
    q = request.GET if request.method == 'GET' else request.POST
    attempt(lines, 'repr', lambda: q)
    attempt(lines, 'a', lambda: q['a'])
    attempt(lines, 'get a', lambda: q.get('a'))
    attempt(lines, 'getlist a', lambda: q.getlist('a'))
    attempt(lines, 'getlist missing', lambda: q.getlist('missing'))
    attempt(lines, 'get missing', lambda: q.get('missing', 'default'))
    attempt(lines, 'b', lambda: q['b'])
    attempt(lines, 'in', lambda: ('a' in q, 'zzz' in q))
    attempt(lines, 'dict', lambda: q.dict())
    attempt(lines, 'items', lambda: list(q.items()))
    attempt(lines, 'lists', lambda: list(q.lists()))
    attempt(lines, 'keys', lambda: list(q))
    attempt(lines, 'len', lambda: len(q))
    attempt(lines, 'urlencode', lambda: q.urlencode())
    attempt(lines, 'missing', lambda: q['missing'])
    attempt(lines, 'set', lambda: q.__setitem__('a', '3'))
    attempt(lines, 'setlist', lambda: q.setlist('a', ['3']))
    attempt(lines, 'pop', lambda: q.pop('a'))
    copy = q.copy()
    copy['a'] = 'changed'
    copy.appendlist('new', 'x y/z')
    attempt(lines, 'copy', lambda: copy)
    attempt(lines, 'copy urlencode', lambda: copy.urlencode())
    attempt(lines, 'copy urlencode safe', lambda: copy.urlencode(safe='/'))
    attempt(lines, 'original', lambda: q)
    attempt(lines, 'method', lambda: request.method)
    attempt(lines, 'path', lambda: (request.path, request.get_full_path()))
    attempt(lines, 'body', lambda: request.body)
    attempt(lines, 'content_type', lambda: request.content_type)
    attempt(lines, 'headers', lambda: (request.headers['host'], request.headers.get('CONTENT-TYPE'), 'Origin' in request.headers, request.headers.get('x-missing', '-')))
    attempt(lines, 'header missing', lambda: request.headers['X-Missing'])
    attempt(lines, 'META', lambda: (request.META['REQUEST_METHOD'], request.META['PATH_INFO'], request.META['QUERY_STRING'], request.META.get('HTTP_HOST'), request.META.get('CONTENT_TYPE', '')))
    attempt(lines, 'COOKIES', lambda: sorted(request.COOKIES))
    from django.http import QueryDict
    attempt(lines, 'new', lambda: QueryDict('x=1&x=2&y=%C3%A9'))
    attempt(lines, 'mutable', lambda: QueryDict(mutable=True))
    return HttpResponse('\\n'.join(lines), content_type='text/plain')


@csrf_exempt
def missing_key(request):
    return HttpResponse(request.POST['name'])


class Thing:
    def get_absolute_url(self):
        return '/things/7/'


def go(request, kind):
    if kind == 'url':
        return redirect('/somewhere/?x=1')
    if kind == 'name':
        return redirect('show')
    if kind == 'args':
        return redirect('item', 42)
    if kind == 'kwargs':
        return redirect('item', pk=7)
    if kind == 'model':
        return redirect(Thing())
    if kind == 'permanent':
        return redirect('show', permanent=True)
    if kind == 'relative':
        return redirect('../up/')
    return redirect('no-such-view')


def item(request, pk):
    return HttpResponse('item %d' % pk)


def session_ops(request):
    lines = []
    s = request.session
    attempt(lines, 'empty', lambda: (s.is_empty(), s.session_key, s.modified, s.accessed))
    s['fruit'] = 'mango'
    s['n'] = [1, 2]
    attempt(lines, 'after set', lambda: (s['fruit'], s.get('n'), s.get('missing', 'none'), 'fruit' in s, s.modified))
    attempt(lines, 'keys', lambda: sorted(s.keys()))
    attempt(lines, 'pop', lambda: s.pop('n'))
    attempt(lines, 'pop default', lambda: s.pop('n', 'gone'))
    attempt(lines, 'missing', lambda: s['missing'])
    del s['fruit']
    attempt(lines, 'del again', lambda: s.__delitem__('fruit'))
    s['kept'] = 'yes'
    s.set_expiry(300)
    attempt(lines, 'expiry', lambda: (s.get_expiry_age(), s.get_expire_at_browser_close()))
    return HttpResponse('\\n'.join(lines), content_type='text/plain')


def session_flush(request):
    request.session.flush()
    return HttpResponse('flushed')


def denied(request):
    from django.core.exceptions import PermissionDenied
    raise PermissionDenied


def loader_page(request):
    from django.template.loader import get_template, render_to_string
    return HttpResponse(render_to_string('form.html', request=request) + get_template('user.html').render({}, request))


def user_page(request):
    return render(request, 'user.html')


def reversing(request):
    from django.urls import reverse
    lines = []
    attempt(lines, 'show', lambda: reverse('show'))
    attempt(lines, 'item args', lambda: reverse('item', args=[3]))
    attempt(lines, 'item kwargs', lambda: reverse('item', kwargs={'pk': 4}))
    attempt(lines, 'login', lambda: reverse('login'))
    attempt(lines, 'missing', lambda: reverse('nope'))
    attempt(lines, 'item no args', lambda: reverse('item'))
    attempt(lines, 'item bad', lambda: reverse('item', args=['x']))
    attempt(lines, 'item kw bad', lambda: reverse('item', kwargs={'id': 4}))
    attempt(lines, 'namespace', lambda: reverse('polls:index'))
    return HttpResponse('\\n'.join(lines), content_type='text/plain')
""",
    "home/urls.py": """from django.contrib.auth.views import LoginView
from django.urls import path

from . import views

urlpatterns = [
    path('form/', views.form, name='form'),
    path('exempt/', views.exempt, name='exempt'),
    path('only-post/', views.only_post, name='only_post'),
    path('get-or-post/', views.get_or_post, name='get_or_post'),
    path('count/', views.count, name='count'),
    path('add-message/', views.add_message, name='add_message'),
    path('show/', views.show, name='show'),
    path('secret/', views.secret, name='secret'),
    path('whoami/', views.whoami, name='whoami'),
    path('qd/', views.querydict, name='querydict'),
    path('missing-key/', views.missing_key, name='missing_key'),
    path('go/<str:kind>/', views.go, name='go'),
    path('items/<int:pk>/', views.item, name='item'),
    path('reverse/', views.reversing, name='reversing'),
    path('session-ops/', views.session_ops, name='session_ops'),
    path('session-flush/', views.session_flush, name='session_flush'),
    path('user/', views.user_page, name='user_page'),
    path('denied/', views.denied, name='denied'),
    path('loader/', views.loader_page, name='loader_page'),
    path('login-missing/', LoginView.as_view(template_name='registration/missing.html')),
]
""",
    "myproject/urls.py": """from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path('admin/', admin.site.urls),
    path('accounts/', include('django.contrib.auth.urls')),
    path('', include('home.urls')),
]
""",
    "home/templates/form.html": '<form method="post">{% csrf_token %}<input name="name"><button>Send</button></form>\n',
    "home/templates/user.html": '{% if user.is_authenticated %}Hi {{ user.username }}{% else %}Hello {{ user }}{% endif %}\n',
    "home/templates/messages.html": '{% for message in messages %}<p class="{{ message.tags }}">{{ message }}</p>{% endfor %}\n',
    "home/templates/registration/login.html": '{% if form.errors %}<p>Your username and password didn\'t match.</p>{% endif %}'
    '<form method="post">{% csrf_token %}<input name="username"><input type="password" name="password">'
    '<input type="hidden" name="next" value="{{ next }}"><button>Log in</button></form>\n',
}
SETTINGS = "\nINSTALLED_APPS += ['home']\nLOGOUT_REDIRECT_URL = '/whoami/'\nSECRET_KEY = %r\n" % SECRET_KEY

ORIGIN = "http://127.0.0.1:8000"
# Values the sandbox wrote (a session's session_data, a messages cookie) with SECRET_KEY above:
# real Django must read them back.
# (signing.test.ts makes the same values at the recorder's fixed time and checks they are these.)
SANDBOX_MADE = {
    "sessions": {
        "big": ".eJyrVsrLL0lVslLKSM3JyVcYOaSSjlJ8YmlJRnxpcWpRfGYKMAgMlWoBcA9iCw:1vb66i:12YOK47lavRnOjzeYkynDOFc3sne97x8g353rPDmgh0",
        "small": "eyJjb3VudCI6MX0:1vb66i:xx1fQj6Os6xu8ZNMGemj7P2_qrE_Sz7-cz9h55qwGHc",
    },
    "messages": ".eJyLjlaKj88qzs-Lz00tLk5MT1XSMdAxMtVRCk4sS01RVNJRUorVwabGxEBHyakoPxvIUUrKTFeKjQUAiJIXKQ:1vb66i:jdjLQiEQ6TsTWjTIfI44cJVySBH6sqsDN2tRsgWcQiQ",
}
BAD_TOKEN = "A" * 64
STEPS = [
    {"name": "form-get", "method": "GET", "path": "/form/"},
    {"name": "post-no-cookie", "method": "POST", "path": "/form/", "data": "name=Asha", "cookies": [], "origin": True},
    {"name": "post-no-token", "method": "POST", "path": "/form/", "data": "name=Asha", "origin": True},
    {"name": "post-wrong-token", "method": "POST", "path": "/form/", "data": "name=Asha&csrfmiddlewaretoken=" + BAD_TOKEN, "origin": True},
    {"name": "post-short-token", "method": "POST", "path": "/form/", "data": "name=Asha&csrfmiddlewaretoken=abc", "origin": True},
    {"name": "post-bad-chars", "method": "POST", "path": "/form/", "data": "name=Asha&csrfmiddlewaretoken=" + "!" * 64, "origin": True},
    {"name": "post-bad-origin", "method": "POST", "path": "/form/", "data": "name=Asha&csrfmiddlewaretoken={csrf}", "origin": "http://evil.example"},
    {"name": "post-ok", "method": "POST", "path": "/form/", "data": "name=Asha&tag=a&tag=b&csrfmiddlewaretoken={csrf}", "origin": True},
    {"name": "post-header-token", "method": "POST", "path": "/form/", "data": "name=Ravi", "headers": {"X-CSRFToken": "{csrf}"}, "origin": True},
    {"name": "exempt", "method": "POST", "path": "/exempt/", "data": "name=Asha", "cookies": [], "origin": True},
    {"name": "only-post-get", "method": "GET", "path": "/only-post/"},
    {"name": "get-or-post-delete", "method": "DELETE", "path": "/get-or-post/", "data": "", "origin": True, "csrf_header": True},
    {"name": "count-1", "method": "GET", "path": "/count/"},
    {"name": "count-2", "method": "GET", "path": "/count/"},
    {"name": "secret-anonymous", "method": "GET", "path": "/secret/"},
    {"name": "login-get", "method": "GET", "path": "/accounts/login/?next=/secret/"},
    {"name": "login-bad", "method": "POST", "path": "/accounts/login/", "data": "username=alice&password=wrong&next=/secret/&csrfmiddlewaretoken={csrf}", "origin": True},
    {"name": "login-ok", "method": "POST", "path": "/accounts/login/", "data": "username=alice&password=Ghar-ka-kaam-2026&next=/secret/&csrfmiddlewaretoken={csrf}", "origin": True},
    {"name": "secret-alice", "method": "GET", "path": "/secret/"},
    {"name": "logout-get", "method": "GET", "path": "/accounts/logout/"},
    {"name": "form-after-login", "method": "GET", "path": "/form/"},
    {"name": "logout-post", "method": "POST", "path": "/accounts/logout/", "data": "csrfmiddlewaretoken={csrf}", "origin": True},
    {"name": "whoami-after-logout", "method": "GET", "path": "/whoami/"},
    {"name": "add-message", "method": "GET", "path": "/add-message/"},
    {"name": "show-messages", "method": "GET", "path": "/show/"},
    {"name": "show-again", "method": "GET", "path": "/show/"},
    {"name": "querydict-get", "method": "GET", "path": "/qd/?a=1&a=2&b=&c=x+y%21&d=%2F~*"},
    {"name": "querydict-post", "method": "POST", "path": "/qd/?q=1", "data": "a=1&a=2&b=&c=caf%C3%A9", "origin": True},
    {"name": "missing-key", "method": "POST", "path": "/missing-key/", "data": "other=1", "origin": True},
    {"name": "go-url", "method": "GET", "path": "/go/url/"},
    {"name": "go-name", "method": "GET", "path": "/go/name/"},
    {"name": "go-args", "method": "GET", "path": "/go/args/"},
    {"name": "go-kwargs", "method": "GET", "path": "/go/kwargs/"},
    {"name": "go-model", "method": "GET", "path": "/go/model/"},
    {"name": "go-permanent", "method": "GET", "path": "/go/permanent/"},
    {"name": "go-relative", "method": "GET", "path": "/go/relative/"},
    {"name": "go-unknown", "method": "GET", "path": "/go/unknown/"},
    {"name": "reverse", "method": "GET", "path": "/reverse/"},
    {"name": "user-anonymous", "method": "GET", "path": "/user/"},
    {"name": "session-ops", "method": "GET", "path": "/session-ops/"},
    {"name": "session-ops-again", "method": "GET", "path": "/session-ops/"},
    {"name": "session-flush", "method": "GET", "path": "/session-flush/"},
    {"name": "login-missing-template", "method": "GET", "path": "/login-missing/"},
    {"name": "form-again", "method": "GET", "path": "/form/"},
    {"name": "multipart", "method": "POST", "path": "/qd/", "multipart": [["a", "1"], ["a", "2"], ["name", "Asha Rao"]], "origin": True},
    {"name": "login-again", "method": "POST", "path": "/accounts/login/", "data": "username=alice&password=Ghar-ka-kaam-2026&csrfmiddlewaretoken={csrf}", "origin": True},
    {"name": "user-alice", "method": "GET", "path": "/user/"},
    {"name": "permission-denied", "method": "GET", "path": "/denied/"},
    {"name": "template-loader", "method": "GET", "path": "/loader/"},
]

INNER = r'''
import json, logging, re, sys, time
from http.cookies import SimpleCookie
from unittest import mock
import django
django.setup()
from django.core.handlers.wsgi import WSGIHandler
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.core import signing
from io import BytesIO

steps, origin = json.loads(sys.argv[1]), sys.argv[2]
User.objects.create_user('alice', password='Ghar-ka-kaam-2026')
logged = []
class Capture(logging.Handler):
    def emit(self, record):
        text = record.getMessage()
        if record.exc_info:
            import traceback
            text += '\n' + traceback.format_exception_only(record.exc_info[0], record.exc_info[1])[-1].rstrip()
        logged.append(text)
logging.getLogger('django').addHandler(Capture())
handler = WSGIHandler()
jar = {}
out = []
csrf_from_page = None
for step in steps:
    cookies = jar if step.get('cookies') is None else {}
    data = step.get('data', '')
    if csrf_from_page:
        data = data.replace('{csrf}', csrf_from_page)
    body = data.encode()
    if step.get('multipart'):
        boundary = '----sandboxboundary7MA4YWxkTrZu0gW'
        parts = ''.join('--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' % (boundary, k, v) for k, v in step['multipart'])
        data = parts + '--%s--\r\n' % boundary
        body = data.encode()
    path, _, query = step['path'].partition('?')
    environ = {
        'REQUEST_METHOD': step['method'], 'PATH_INFO': path, 'QUERY_STRING': query, 'SERVER_NAME': '127.0.0.1',
        'SERVER_PORT': '8000', 'HTTP_HOST': '127.0.0.1:8000', 'wsgi.url_scheme': 'http', 'wsgi.input': BytesIO(body),
        'wsgi.errors': sys.stderr, 'SERVER_PROTOCOL': 'HTTP/1.1', 'SCRIPT_NAME': '',
    }
    headers = {}
    if cookies:
        headers['Cookie'] = '; '.join('%s=%s' % kv for kv in cookies.items())
    if step['method'] != 'GET':
        headers['Content-Type'] = 'multipart/form-data; boundary=----sandboxboundary7MA4YWxkTrZu0gW' if step.get('multipart') else 'application/x-www-form-urlencoded'
        headers['Content-Length'] = str(len(body))
    if step.get('origin'):
        headers['Origin'] = origin if step['origin'] is True else step['origin']
    for k, v in step.get('headers', {}).items():
        headers[k] = v.replace('{csrf}', csrf_from_page or '')
    if step.get('csrf_header'):
        headers['X-CSRFToken'] = cookies.get('csrftoken', '')
    for k, v in headers.items():
        key = k.upper().replace('-', '_')
        environ[key if key in ('CONTENT_TYPE', 'CONTENT_LENGTH') else 'HTTP_' + key] = v
    del logged[:]
    status_holder = {}
    def start_response(status, response_headers):
        status_holder['status'] = status
        status_holder['headers'] = response_headers
    chunks = handler(environ, start_response)
    content = b''.join(chunks).decode()
    set_cookies = [v for k, v in status_holder['headers'] if k == 'Set-Cookie']
    for line in set_cookies:
        c = SimpleCookie(); c.load(line)
        for name, morsel in c.items():
            if morsel['max-age'] == 0 or morsel.value == '':
                jar.pop(name, None)
            else:
                jar[name] = morsel.value
    m = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', content)
    if m:
        csrf_from_page = m.group(1)
    sessions = [
        {'session_key': s.session_key, 'session_data': s.session_data, 'expire_date': s.expire_date.isoformat(), 'decoded': s.get_decoded()}
        for s in Session.objects.order_by('expire_date')
    ]
    out.append({
        'name': step['name'], 'method': step['method'], 'path': step['path'], 'request_headers': headers, 'body_sent': data,
        'status': status_holder['status'], 'headers': [[k, v] for k, v in status_holder['headers'] if k != 'Set-Cookie'],
        'set_cookies': set_cookies, 'body': content, 'log': list(logged), 'sessions': sessions,
        'last_login': str(User.objects.get(username='alice').last_login is not None),
    })

# Deterministic encodings: a fixed clock, the project's SECRET_KEY.
from django.contrib.sessions.backends.db import SessionStore
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.messages.storage.base import Message
from django.contrib.messages import constants
from django.middleware.csrf import _unmask_cipher_token, _mask_cipher_secret
from django.http import HttpRequest, HttpResponse
with mock.patch('time.time', return_value=1767225600.0):
    dumps = {
        'plain': signing.dumps({'a': 1}),
        'salted': signing.dumps({'count': 3}, salt='django.contrib.sessions.SessionStore'),
        'compressed': signing.dumps({'text': 'x' * 200}, compress=True),
        'list': signing.dumps([1, 'two', None, True]),
    }
    store = SessionStore()
    session_small = store.encode({'count': 1})
    session_big = store.encode({'note': 'hello ' * 40, '_auth_user_id': '1'})
    request = HttpRequest()
    storage = CookieStorage(request)
    response = HttpResponse()
    storage._store([Message(constants.SUCCESS, 'Saved!'), Message(constants.WARNING, 'Careful', extra_tags='big')], response)
    messages_cookie = response.cookies['messages'].value
masks = []
for secret in ['a' * 32, 'Zx9' * 10 + 'Q7']:
    token = _mask_cipher_secret(secret)
    masks.append({'secret': secret, 'token': token})
from django.test import override_settings
from django.views.csrf import csrf_failure
with override_settings(DEBUG=False):
    plain_403 = csrf_failure(HttpRequest(), reason='CSRF cookie not set.').content.decode()
sandbox = json.loads(sys.argv[4])
decoded_from_sandbox = {}
for name, text in sandbox.get('sessions', {}).items():
    decoded_from_sandbox[name] = SessionStore().decode(text)
if sandbox.get('messages'):
    req = HttpRequest(); req.COOKIES['messages'] = sandbox['messages']
    decoded_from_sandbox['messages'] = [[m.level, m.message, m.extra_tags] for m in CookieStorage(req)._loaded_messages]
json.dump({
    'plain_403': plain_403,
    'decoded_from_sandbox': decoded_from_sandbox,
    'time': 1767225600, 'dumps': dumps, 'session': {'small': {'data': {'count': 1}, 'encoded': session_small},
    'big': {'data': {'note': 'hello ' * 40, '_auth_user_id': '1'}, 'encoded': session_big}},
    'messages_cookie': {'messages': [['SUCCESS', 'Saved!', ''], ['WARNING', 'Careful', 'big']], 'encoded': messages_cookie},
    'csrf_masks': masks,
    'salted_hmac': signing.Signer(salt='demo').signature('value'),
}, open(sys.argv[3], 'w'), indent=1)
print(json.dumps(out))
'''


def main():
    os.makedirs(OUT, exist_ok=True)
    work = tempfile.mkdtemp(prefix="record-requests-")
    subprocess.run([PYTHON, "-m", "django", "startproject", "myproject"], cwd=work, check=True)
    project = os.path.join(work, "myproject")
    subprocess.run([PYTHON, "manage.py", "startapp", "home"], cwd=project, check=True)
    with open(os.path.join(project, "myproject", "settings.py"), "a") as f:
        f.write(SETTINGS)
    for name, text in FILES.items():
        os.makedirs(os.path.dirname(os.path.join(project, name)), exist_ok=True)
        with open(os.path.join(project, name), "w") as f:
            f.write(text)
    subprocess.run([PYTHON, "manage.py", "migrate", "-v", "0"], cwd=project, check=True)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "myproject.settings", "PYTHONPATH": project}
    signing_path = os.path.join(OUT, "signing.json")
    r = subprocess.run([PYTHON, "-c", INNER, json.dumps(STEPS), ORIGIN, signing_path, json.dumps(SANDBOX_MADE)], cwd=project, env=env, capture_output=True, text=True)
    if r.returncode:
        sys.exit(r.stderr)
    flow = json.loads(r.stdout)
    with open(os.path.join(OUT, "flow.json"), "w") as f:
        json.dump({"settings": SETTINGS, "files": FILES, "secret_key": SECRET_KEY, "steps": flow}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
