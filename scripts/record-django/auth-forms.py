"""Records what real Django 5.2 answers with django.contrib.auth.forms: the login page, signup.

Usage: python3 scripts/record-django/auth-forms.py
Runs Django with DJANGO_PYTHON (default /work/tmp/venv52/bin/python, a Python with Django 5.2
installed). Writes sandbox/framework/__fixtures__/django52/auth-forms/flow.json: the learner's
files and a browser's requests through them (as requests.py records them): the login page
of django.contrib.auth.urls with a registration/login.html rendering {{ form.as_p }}, a wrong
and a right password, a page showing the user, logout, a signup view with UserCreationForm,
and a page printing the auth forms' HTML and validation results.
"""
import json
import os
import subprocess
import sys
import tempfile

PYTHON = os.environ.get("DJANGO_PYTHON", "/work/tmp/venv52/bin/python")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "sandbox", "framework", "__fixtures__", "django52", "auth-forms")
SECRET_KEY = "django-insecure-authforms-fixture-key-0123456789abcdefghijklmnop"

FILES = {
    "accounts/views.py": """from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm, SetPasswordForm, UserCreationForm, UsernameField
from django.http import HttpResponse
from django.shortcuts import redirect, render


@login_required
def profile(request):
    return render(request, 'accounts/profile.html')


def signup(request):
    if request.method == 'POST':
        form = UserCreationForm(request.POST)
        if form.is_valid():
            form.save()
            return redirect('login')
    else:
        form = UserCreationForm()
    return render(request, 'registration/signup.html', {'form': form})


def show(lines, label, form):
    lines.append('== %s' % label)
    lines.append('is_bound=%r is_valid=%r' % (form.is_bound, form.is_valid()))
    lines.append('errors=%r' % (form.errors.get_json_data(),))
    lines.append(str(form))
    lines.append(str(form.as_p()))


def forms_demo(request):
    from django.core.exceptions import ValidationError
    User = get_user_model()
    alice = User.objects.get(username='alice')
    lines = []
    show(lines, 'login unbound', AuthenticationForm())
    show(lines, 'login request unbound', AuthenticationForm(request))
    show(lines, 'login empty', AuthenticationForm(request, data={}))
    show(lines, 'login wrong', AuthenticationForm(request, data={'username': 'alice', 'password': 'nope'}))
    show(lines, 'login inactive', AuthenticationForm(request, data={'username': 'sleepy', 'password': 'Ghar-ka-kaam-2026'}))
    f = AuthenticationForm(request, data={'username': 'alice', 'password': 'Ghar-ka-kaam-2026'})
    lines.append('login right: %r %r %r' % (f.is_valid(), f.get_user().username, f.cleaned_data['username']))
    f = AuthenticationForm(data={'username': 'x' * 151, 'password': 'p'})
    lines.append('login long: %r %r' % (f.is_valid(), f.errors.get_json_data()))
    show(lines, 'signup unbound', UserCreationForm())
    show(lines, 'signup empty', UserCreationForm(data={}))
    show(lines, 'signup mismatch', UserCreationForm(data={'username': 'learner', 'password1': 'Ghar-ka-kaam-2026', 'password2': 'Ghar-ka-kaam-2027'}))
    show(lines, 'signup weak', UserCreationForm(data={'username': 'learner', 'password1': '1234', 'password2': '1234'}))
    show(lines, 'signup similar', UserCreationForm(data={'username': 'learner123', 'password1': 'learner123', 'password2': 'learner123'}))
    show(lines, 'signup taken', UserCreationForm(data={'username': 'ALICE', 'password1': 'Ghar-ka-kaam-2026', 'password2': 'Ghar-ka-kaam-2026'}))
    show(lines, 'signup bad username', UserCreationForm(data={'username': 'no spaces!', 'password1': 'Ghar-ka-kaam-2026', 'password2': 'Ghar-ka-kaam-2026'}))
    f = UserCreationForm(data={'username': 'learner', 'password1': 'Ghar-ka-kaam-2026', 'password2': 'Ghar-ka-kaam-2026'})
    lines.append('signup ok: %r %r' % (f.is_valid(), sorted(f.cleaned_data)))
    user = f.save(commit=False)
    lines.append('saved: %r %r %r %r' % (user.pk, user.username, user.password.split('$')[0], user.check_password('Ghar-ka-kaam-2026')))
    show(lines, 'set password unbound', SetPasswordForm(alice))
    show(lines, 'set password mismatch', SetPasswordForm(alice, data={'new_password1': 'Ghar-ka-kaam-2026x', 'new_password2': 'Ghar-ka-kaam-2026y'}))
    show(lines, 'change unbound', PasswordChangeForm(alice))
    show(lines, 'change wrong old', PasswordChangeForm(alice, data={'old_password': 'nope', 'new_password1': 'password', 'new_password2': 'password'}))
    f = PasswordChangeForm(alice, data={'old_password': 'Ghar-ka-kaam-2026', 'new_password1': 'Tamatar-2026-x', 'new_password2': 'Tamatar-2026-x'})
    lines.append('change ok: %r %r' % (f.is_valid(), f.save(commit=False).check_password('Tamatar-2026-x')))
    class NoAliceForm(AuthenticationForm):
        def confirm_login_allowed(self, user):
            if user.username == 'alice':
                raise ValidationError('No alice today.', code='no_alice')

    show(lines, 'custom confirm_login_allowed', NoAliceForm(request, data={'username': 'alice', 'password': 'Ghar-ka-kaam-2026'}))
    try:
        AuthenticationForm().confirm_login_allowed(User.objects.get(username='sleepy'))
    except ValidationError as e:
        lines.append('inactive: %r %r' % (e.code, e.messages))
    e = AuthenticationForm().get_invalid_login_error()
    lines.append('invalid login error: %r %r %r' % (e.code, e.params, e.messages))
    from django.contrib.auth import password_validation
    from django.core.exceptions import ValidationError
    custom = password_validation.get_password_validators([
        {'NAME': 'django.contrib.auth.password_validation.MinimumLengthValidator', 'OPTIONS': {'min_length': 12}},
        {'NAME': 'django.contrib.auth.password_validation.NumericPasswordValidator'},
    ])
    lines.append('help: %s' % password_validation.password_validators_help_text_html(custom))
    lines.append('help none: %r' % password_validation.password_validators_help_text_html([]))
    lines.append('help texts: %r' % password_validation.password_validators_help_texts())
    for pw in ['12345', 'short-one', 'long-enough-pw', 'alice1']:
        try:
            password_validation.validate_password(pw, alice, custom)
            lines.append('%s: ok' % pw)
        except ValidationError as e:
            lines.append('%s: %r' % (pw, [(x.code, x.message % (x.params or {})) for x in e.error_list]))
        try:
            password_validation.validate_password(pw, alice)
            lines.append('%s default: ok' % pw)
        except ValidationError as e:
            lines.append('%s default: %r' % (pw, e.messages))
    field = UsernameField()
    lines.append('UsernameField: %r %r' % (field.clean('\\uff21lice'), field.widget_attrs(field.widget)))
    return HttpResponse('\\n'.join(lines), content_type='text/plain')
""",
    "accounts/urls.py": """from django.urls import path

from . import views

urlpatterns = [
    path('profile/', views.profile, name='profile'),
    path('signup/', views.signup, name='signup'),
    path('forms-demo/', views.forms_demo, name='forms_demo'),
]
""",
    "myproject/urls.py": """from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path('admin/', admin.site.urls),
    path('accounts/', include('accounts.urls')),
    path('accounts/', include('django.contrib.auth.urls')),
]
""",
    "accounts/templates/registration/login.html": """<h2>Log in</h2>
<form method="post">
  {% csrf_token %}
  {{ form.as_p }}
  <input type="hidden" name="next" value="{{ next }}">
  <button type="submit">Log in</button>
</form>
""",
    "accounts/templates/registration/signup.html": """<h2>Sign up</h2>
<form method="post">
  {% csrf_token %}
  {{ form }}
  <button type="submit">Sign up</button>
</form>
""",
    "accounts/templates/accounts/profile.html": """<p>Hello, {{ request.user.username }}!</p>
<form method="post" action="{% url 'logout' %}">{% csrf_token %}<button>Log out</button></form>
""",
}
SETTINGS = "\nINSTALLED_APPS += ['accounts']\nLOGOUT_REDIRECT_URL = '/accounts/login/'\nSECRET_KEY = %r\n" % SECRET_KEY

ORIGIN = "http://127.0.0.1:8000"
STEPS = [
    {"name": "login-get", "method": "GET", "path": "/accounts/login/"},
    {"name": "login-wrong", "method": "POST", "path": "/accounts/login/", "data": "username=alice&password=wrong&next=&csrfmiddlewaretoken={csrf}", "origin": True},
    {"name": "login-empty", "method": "POST", "path": "/accounts/login/", "data": "username=&password=&next=&csrfmiddlewaretoken={csrf}", "origin": True},
    {"name": "login-inactive", "method": "POST", "path": "/accounts/login/", "data": "username=sleepy&password=Ghar-ka-kaam-2026&next=&csrfmiddlewaretoken={csrf}", "origin": True},
    {"name": "login-right", "method": "POST", "path": "/accounts/login/", "data": "username=alice&password=Ghar-ka-kaam-2026&next=&csrfmiddlewaretoken={csrf}", "origin": True},
    {"name": "profile", "method": "GET", "path": "/accounts/profile/"},
    {"name": "logout", "method": "POST", "path": "/accounts/logout/", "data": "csrfmiddlewaretoken={csrf}", "origin": True},
    {"name": "profile-anonymous", "method": "GET", "path": "/accounts/profile/"},
    {"name": "login-next-get", "method": "GET", "path": "/accounts/login/?next=/accounts/profile/"},
    {"name": "login-next", "method": "POST", "path": "/accounts/login/?next=/accounts/profile/", "data": "username=alice&password=Ghar-ka-kaam-2026&next=/accounts/profile/&csrfmiddlewaretoken={csrf}", "origin": True},
    {"name": "profile-again", "method": "GET", "path": "/accounts/profile/"},
    {"name": "logout-again", "method": "POST", "path": "/accounts/logout/", "data": "csrfmiddlewaretoken={csrf}", "origin": True},
    {"name": "signup-get", "method": "GET", "path": "/accounts/signup/"},
    {"name": "signup-mismatch", "method": "POST", "path": "/accounts/signup/", "data": "username=newbie&password1=Ghar-ka-kaam-2026&password2=other&csrfmiddlewaretoken={csrf}", "origin": True},
    {"name": "signup-weak", "method": "POST", "path": "/accounts/signup/", "data": "username=newbie&password1=12345&password2=12345&csrfmiddlewaretoken={csrf}", "origin": True},
    {"name": "signup-ok", "method": "POST", "path": "/accounts/signup/", "data": "username=newbie&password1=Ghar-ka-kaam-2026&password2=Ghar-ka-kaam-2026&csrfmiddlewaretoken={csrf}", "origin": True},
    {"name": "login-get-after-signup", "method": "GET", "path": "/accounts/login/"},
    {"name": "login-newbie", "method": "POST", "path": "/accounts/login/", "data": "username=newbie&password=Ghar-ka-kaam-2026&next=&csrfmiddlewaretoken={csrf}", "origin": True},
    {"name": "profile-newbie", "method": "GET", "path": "/accounts/profile/"},
    {"name": "forms-demo", "method": "GET", "path": "/accounts/forms-demo/"},
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
User.objects.create_user('sleepy', password='Ghar-ka-kaam-2026', is_active=False)
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
        'users': [[u.username, u.password.split('$')[0], u.is_active] for u in User.objects.order_by('id')],
    })
print(json.dumps(out))

'''


def main():
    os.makedirs(OUT, exist_ok=True)
    work = tempfile.mkdtemp(prefix="record-authforms-")
    subprocess.run([PYTHON, "-m", "django", "startproject", "myproject"], cwd=work, check=True)
    project = os.path.join(work, "myproject")
    subprocess.run([PYTHON, "manage.py", "startapp", "accounts"], cwd=project, check=True)
    with open(os.path.join(project, "myproject", "settings.py"), "a") as f:
        f.write(SETTINGS)
    for name, text in FILES.items():
        os.makedirs(os.path.dirname(os.path.join(project, name)), exist_ok=True)
        with open(os.path.join(project, name), "w") as f:
            f.write(text)
    subprocess.run([PYTHON, "manage.py", "migrate", "-v", "0"], cwd=project, check=True)
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "myproject.settings", "PYTHONPATH": project}
    r = subprocess.run([PYTHON, "-c", INNER, json.dumps(STEPS), ORIGIN], cwd=project, env=env, capture_output=True, text=True)
    if r.returncode:
        sys.exit(r.stderr)
    flow = json.loads(r.stdout)
    with open(os.path.join(OUT, "flow.json"), "w") as f:
        json.dump({"settings": SETTINGS, "files": FILES, "secret_key": SECRET_KEY, "steps": flow}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
