"""Records what real Django 5.2's admin answers: log in, index, changelist, add, change, delete, history, log out.

Usage: python3 scripts/record-django/admin.py
Runs under DJANGO_PYTHON (default /work/tmp/venv52/bin/python, a Python 3.12 with Django 5.2).
A throwaway project (app `school`, models Course and Student, a superuser) is driven with
Django's test Client as a browser would (CSRF tokens taken from each page). Writes
sandbox/framework/__fixtures__/django52/admin/flow.json: the project's files, then each
request with its status, Location, the page's HTML (scripts dropped) and what the database
holds after it (django_admin_log rows, the students and courses).
"""
import os
import re
import sys
import tempfile

os.environ.setdefault('DJANGO_PYTHON', '/work/tmp/venv52/bin/python')
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from recorder import ensure_django_python, versions, write_json  # noqa: E402

ensure_django_python()

FILES = {
    'school/__init__.py': '',
    'school/models.py': '''from django.db import models


class Course(models.Model):
    title = models.CharField(max_length=100)

    def __str__(self):
        return self.title


class Student(models.Model):
    LEVELS = [("B", "Beginner"), ("A", "Advanced")]
    name = models.CharField(max_length=100)
    email = models.EmailField(blank=True)
    age = models.IntegerField(default=18)
    active = models.BooleanField(default=True)
    level = models.CharField(max_length=1, choices=LEVELS, default="B")
    joined = models.DateField(null=True, blank=True)
    course = models.ForeignKey(Course, on_delete=models.CASCADE, null=True, blank=True)

    def __str__(self):
        return self.name
''',
    'school/admin.py': '''from django.contrib import admin

from .models import Course, Student


@admin.register(Student)
class StudentAdmin(admin.ModelAdmin):
    list_display = ["name", "email", "age", "active"]
    search_fields = ["name"]
    ordering = ["name"]
    list_filter = ["active", "level", "joined", "course"]


admin.site.register(Course)
''',
    'polls/__init__.py': '',
    'polls/models.py': '''import datetime

from django.contrib import admin
from django.db import models
from django.utils import timezone


class Question(models.Model):
    question_text = models.CharField(max_length=200)
    pub_date = models.DateTimeField("date published")

    def __str__(self):
        return self.question_text

    @admin.display(boolean=True, ordering="pub_date", description="Published recently?")
    def was_published_recently(self):
        now = timezone.now()
        return now - datetime.timedelta(days=1) <= self.pub_date <= now


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE)
    choice_text = models.CharField(max_length=200)
    votes = models.IntegerField(default=0)

    def __str__(self):
        return self.choice_text
''',
    'polls/admin.py': '''from django.contrib import admin

from .models import Choice, Question


class QuestionAdmin(admin.ModelAdmin):
    fieldsets = [
        (None, {"fields": ["question_text"]}),
        ("Date information", {"fields": ["pub_date"]}),
    ]
    list_display = ["question_text", "pub_date", "was_published_recently"]
    list_filter = ["pub_date"]
    search_fields = ["question_text"]


class ChoiceAdmin(admin.ModelAdmin):
    list_display = ["choice_text", "question", "votes"]
    readonly_fields = ["votes"]


admin.site.register(Question, QuestionAdmin)
admin.site.register(Choice, ChoiceAdmin)
''',
    'myproject/urls.py': '''from django.contrib import admin
from django.urls import path

urlpatterns = [
    path("admin/", admin.site.urls),
]
''',
}

# Run with `manage.py shell -c` in the sandbox; here in the recorder's own process, after the flows.
REGISTRY_CODE = '''from django.contrib import admin
from django.contrib.auth.models import Group
from school.admin import StudentAdmin
from school.models import Course, Student


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ": " + str(e))


attempt(lambda: admin.site.register(Student))
attempt(lambda: admin.site.register(Course))
attempt(lambda: admin.register()(StudentAdmin))
attempt(lambda: admin.register(Student)(object))
print(repr(admin.site))
print(str(admin.site.get_model_admin(Student)))
print(repr(admin.site.get_model_admin(Student)))
print(admin.site.is_registered(Course), admin.site.is_registered(Group))
print(sorted(m.__name__ for m in admin.site._registry))
admin.site.unregister(Group)
print(admin.site.is_registered(Group))
attempt(lambda: admin.site.unregister(Group))
attempt(lambda: admin.site.get_model_admin(Group))
print(admin.site.site_header, "|", admin.site.site_title, "|", admin.site.index_title, "|", admin.site.site_url)
print(admin.ModelAdmin.list_per_page, admin.ModelAdmin.list_display, admin.site.empty_value_display)
'''

STUDENT = {'name': 'Asha', 'email': 'asha@example.com', 'age': '20', 'active': 'on', 'level': 'B', 'joined': '', 'course': ''}


def main():
    work = tempfile.mkdtemp(prefix='admin-record-')
    for name, text in FILES.items():
        path = os.path.join(work, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)
    sys.path.insert(0, work)
    from django.conf import settings
    settings.configure(
        DEBUG=True,
        SECRET_KEY='django-insecure-admin-fixture',
        ALLOWED_HOSTS=['testserver', '127.0.0.1'],
        ROOT_URLCONF='myproject.urls',
        INSTALLED_APPS=['django.contrib.admin', 'django.contrib.auth', 'django.contrib.contenttypes', 'django.contrib.sessions',
                        'django.contrib.messages', 'django.contrib.staticfiles', 'school', 'polls'],
        MIDDLEWARE=['django.middleware.security.SecurityMiddleware', 'django.contrib.sessions.middleware.SessionMiddleware',
                    'django.middleware.common.CommonMiddleware', 'django.middleware.csrf.CsrfViewMiddleware',
                    'django.contrib.auth.middleware.AuthenticationMiddleware', 'django.contrib.messages.middleware.MessageMiddleware',
                    'django.middleware.clickjacking.XFrameOptionsMiddleware'],
        TEMPLATES=[{'BACKEND': 'django.template.backends.django.DjangoTemplates', 'DIRS': [], 'APP_DIRS': True,
                    'OPTIONS': {'context_processors': ['django.template.context_processors.request', 'django.contrib.auth.context_processors.auth',
                                                       'django.contrib.messages.context_processors.messages']}}],
        DATABASES={'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': os.path.join(work, 'db.sqlite3')}},
        STATIC_URL='static/',
        USE_TZ=True,
        TIME_ZONE='UTC',
        DEFAULT_AUTO_FIELD='django.db.models.BigAutoField',
    )
    import django
    django.setup()
    from django.core.management import call_command
    call_command('makemigrations', 'school', 'polls', verbosity=0)
    call_command('migrate', verbosity=0)
    from django.contrib.auth.models import User
    from django.db import connection
    from django.test import Client
    User.objects.create_superuser('admin', 'admin@example.com', 'Admin-pass-2026')
    User.objects.create_user('staffer', 'staff@example.com', 'Staff-pass-2026', is_staff=True)

    client = Client()
    token = ['']
    steps = []

    def db():
        with connection.cursor() as c:
            c.execute('SELECT action_flag, change_message, object_id, object_repr, content_type_id, user_id FROM django_admin_log ORDER BY id')
            log = [list(r) for r in c.fetchall()]
            c.execute('SELECT id, name, email, age, active, level, joined, course_id FROM school_student ORDER BY id')
            students = [[v if v is None or isinstance(v, (int, str)) else str(v) for v in r] for r in c.fetchall()]
            c.execute('SELECT id, title FROM school_course ORDER BY id')
            courses = [list(r) for r in c.fetchall()]
            c.execute('SELECT id, question_text, pub_date FROM polls_question ORDER BY id')
            questions = [[v if v is None or isinstance(v, (int, str)) else str(v) for v in r] for r in c.fetchall()]
            c.execute('SELECT id, question_id, choice_text, votes FROM polls_choice ORDER BY id')
            choices = [list(r) for r in c.fetchall()]
            c.execute('SELECT id, username, is_staff, is_superuser, is_active FROM auth_user ORDER BY id')
            users = [list(r) for r in c.fetchall()]
            c.execute('SELECT id, app_label, model FROM django_content_type ORDER BY id')
            types = [list(r) for r in c.fetchall()]
        return {'admin_log': log, 'students': students, 'courses': courses, 'content_types': types, 'questions': questions, 'choices': choices, 'users': users}

    def send(name, method, path, data=None):
        if method == 'GET':
            r = client.get(path)
        else:
            body = dict(data or {})
            body['csrfmiddlewaretoken'] = token[0]
            r = client.post(path, body)
        text = r.content.decode()
        found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text)
        if found:
            token[0] = found.group(1)
        text = re.sub(r'<script[\s\S]*?</script>', '', text)
        text = re.sub(r'value="[A-Za-z0-9]{64}"', 'value="{token}"', text)
        text = re.sub(r'\n\s*\n+', '\n', text)
        steps.append({'name': name, 'method': method, 'path': path, 'data': {k: v for k, v in (data or {}).items()},
                      'status': r.status_code, 'location': r.headers.get('Location'), 'body': text, 'db': db()})
        print(name, r.status_code, r.headers.get('Location', ''))

    send('anonymous-index', 'GET', '/admin/')
    send('login-page', 'GET', '/admin/login/?next=/admin/')
    send('login-wrong', 'POST', '/admin/login/?next=/admin/', {'username': 'admin', 'password': 'nope', 'next': '/admin/'})
    send('login-staff-no-perms', 'POST', '/admin/login/?next=/admin/', {'username': 'staffer', 'password': 'Staff-pass-2026', 'next': '/admin/'})
    send('index-staff-no-perms', 'GET', '/admin/')
    send('logout-staff', 'POST', '/admin/logout/')
    send('login-page-again', 'GET', '/admin/login/?next=/admin/')
    send('login', 'POST', '/admin/login/?next=/admin/', {'username': 'admin', 'password': 'Admin-pass-2026', 'next': '/admin/'})
    send('index', 'GET', '/admin/')
    send('app-index', 'GET', '/admin/school/')
    send('changelist-empty', 'GET', '/admin/school/student/')
    send('add-page', 'GET', '/admin/school/student/add/')
    send('add-invalid', 'POST', '/admin/school/student/add/', {**STUDENT, 'name': '', 'email': 'not-an-email', 'age': 'x', '_save': 'Save'})
    send('add-save', 'POST', '/admin/school/student/add/', {**STUDENT, '_save': 'Save'})
    send('changelist-one', 'GET', '/admin/school/student/')
    send('add-another', 'POST', '/admin/school/student/add/', {**STUDENT, 'name': 'Ravi', 'email': '', 'active': '', 'level': 'A', '_addanother': 'Save and add another'})
    send('add-page-after-another', 'GET', '/admin/school/student/add/')
    send('add-continue', 'POST', '/admin/school/student/add/', {**STUDENT, 'name': 'Meera', 'joined': '2026-01-15', '_continue': 'Save and continue editing'})
    send('change-page', 'GET', '/admin/school/student/3/change/')
    send('change-save', 'POST', '/admin/school/student/3/change/', {**STUDENT, 'name': 'Meera', 'age': '21', 'joined': '2026-01-15', '_save': 'Save'})
    send('change-unchanged', 'POST', '/admin/school/student/3/change/', {**STUDENT, 'name': 'Meera', 'age': '21', 'joined': '2026-01-15', '_save': 'Save'})
    send('changelist-three', 'GET', '/admin/school/student/')
    send('changelist-search', 'GET', '/admin/school/student/?q=ra')
    send('history', 'GET', '/admin/school/student/3/history/')
    send('delete-page', 'GET', '/admin/school/student/3/delete/')
    send('delete-post', 'POST', '/admin/school/student/3/delete/', {'post': 'yes'})
    send('action-confirm', 'POST', '/admin/school/student/', {'action': 'delete_selected', '_selected_action': ['1', '2'], 'index': '0'})
    send('action-delete', 'POST', '/admin/school/student/', {'action': 'delete_selected', '_selected_action': ['1', '2'], 'post': 'yes'})
    send('action-none-selected', 'POST', '/admin/school/student/', {'action': 'delete_selected', 'index': '0'})
    send('course-add', 'POST', '/admin/school/course/add/', {'title': 'Django', '_save': 'Save'})
    send('student-with-course', 'POST', '/admin/school/student/add/', {**STUDENT, 'course': '1', '_save': 'Save'})
    send('course-delete-page', 'GET', '/admin/school/course/1/delete/')
    send('missing-object', 'GET', '/admin/school/student/99/change/')
    send('logout-get', 'GET', '/admin/logout/')
    send('logout', 'POST', '/admin/logout/')
    send('after-logout', 'GET', '/admin/school/student/')

    write_json('admin', 'flow.json', {'versions': versions(), 'files': FILES, 'steps': steps})

    # The official tutorial's polls in the admin, list_filter, the User admin, pagination and the password change.
    steps.clear()
    send('login-again', 'POST', '/admin/login/?next=/admin/', {'username': 'admin', 'password': 'Admin-pass-2026', 'next': '/admin/'})
    send('question-add-page', 'GET', '/admin/polls/question/add/')
    send('question-add-invalid', 'POST', '/admin/polls/question/add/', {'question_text': '', 'pub_date_0': '', 'pub_date_1': '', '_save': 'Save'})
    send('question-add-bad-date', 'POST', '/admin/polls/question/add/', {'question_text': 'What is new?', 'pub_date_0': '2026-13-45', 'pub_date_1': '25:00', '_save': 'Save'})
    send('question-add', 'POST', '/admin/polls/question/add/', {'question_text': 'What is new?', 'pub_date_0': '2026-01-01', 'pub_date_1': '10:00:00', '_save': 'Save'})
    send('question-changelist', 'GET', '/admin/polls/question/')
    send('question-change-page', 'GET', '/admin/polls/question/1/change/')
    send('question-change', 'POST', '/admin/polls/question/1/change/', {'question_text': "What's up?", 'pub_date_0': '2026-01-02', 'pub_date_1': '09:30:00', '_continue': 'Save and continue editing'})
    send('question-change-page-after', 'GET', '/admin/polls/question/1/change/')
    send('choice-add-page', 'GET', '/admin/polls/choice/add/')
    send('choice-add', 'POST', '/admin/polls/choice/add/', {'question': '1', 'choice_text': 'Not much', '_save': 'Save'})
    send('choice-changelist', 'GET', '/admin/polls/choice/')
    send('choice-change-page', 'GET', '/admin/polls/choice/1/change/')
    send('question-delete-page', 'GET', '/admin/polls/question/1/delete/')
    send('question-history', 'GET', '/admin/polls/question/1/history/')
    send('student-filtered-active', 'GET', '/admin/school/student/?active__exact=1')
    send('student-filtered-level', 'GET', '/admin/school/student/?level__exact=A')
    send('student-filtered-course', 'GET', '/admin/school/student/?course__id__exact=1')
    send('student-sorted', 'GET', '/admin/school/student/?o=-3')
    send('user-changelist', 'GET', '/admin/auth/user/')
    send('user-add-page', 'GET', '/admin/auth/user/add/')
    send('user-add-mismatch', 'POST', '/admin/auth/user/add/', {'username': 'bob', 'usable_password': 'true', 'password1': 'Bob-pass-2026', 'password2': 'other-pass', '_save': 'Save'})
    send('user-add', 'POST', '/admin/auth/user/add/', {'username': 'bob', 'usable_password': 'true', 'password1': 'Bob-pass-2026', 'password2': 'Bob-pass-2026', '_save': 'Save'})
    send('user-change-page', 'GET', '/admin/auth/user/3/change/')
    send('group-changelist', 'GET', '/admin/auth/group/')
    from school.models import Course
    Course.objects.bulk_create([Course(title='Course %03d' % i) for i in range(105)])
    send('course-page-1', 'GET', '/admin/school/course/')
    send('course-page-2', 'GET', '/admin/school/course/?p=2')
    send('course-show-all', 'GET', '/admin/school/course/?all=')
    send('password-change-page', 'GET', '/admin/password_change/')
    send('password-change-wrong', 'POST', '/admin/password_change/', {'old_password': 'nope', 'new_password1': 'New-admin-2026', 'new_password2': 'New-admin-2026'})
    send('password-change', 'POST', '/admin/password_change/', {'old_password': 'Admin-pass-2026', 'new_password1': 'New-admin-2026', 'new_password2': 'New-admin-2026'})
    send('password-change-done', 'GET', '/admin/password_change/done/')
    send('user-password-page', 'GET', '/admin/auth/user/3/password/')
    send('user-password-mismatch', 'POST', '/admin/auth/user/3/password/', {'password1': 'Bob-new-2026', 'password2': 'other', 'usable_password': 'true'})
    send('user-password', 'POST', '/admin/auth/user/3/password/', {'password1': 'Bob-new-2026', 'password2': 'Bob-new-2026', 'usable_password': 'true'})
    send('user-change-after-password', 'GET', '/admin/auth/user/3/change/')
    # A staff user allowed only to view students: what the index, the list and the form let them do.
    from django.contrib.auth.models import Permission
    User.objects.get(username='staffer').user_permissions.add(Permission.objects.get(codename='view_student'))
    send('index-with-actions', 'GET', '/admin/')
    send('logout-admin', 'POST', '/admin/logout/')
    send('login-viewer', 'POST', '/admin/login/?next=/admin/', {'username': 'staffer', 'password': 'Staff-pass-2026', 'next': '/admin/'})
    send('viewer-index', 'GET', '/admin/')
    send('viewer-changelist', 'GET', '/admin/school/student/')
    send('viewer-change-page', 'GET', '/admin/school/student/4/change/')
    send('viewer-add-page', 'GET', '/admin/school/student/add/')
    send('viewer-course-list', 'GET', '/admin/school/course/')
    send('viewer-unknown-page', 'GET', '/admin/nope/')
    send('viewer-no-slash', 'GET', '/admin/school/student')
    send('logout-viewer', 'POST', '/admin/logout/')
    send('anonymous-unknown-page', 'GET', '/admin/nope/')
    write_json('admin', 'tutorial.json', {'versions': versions(), 'files': FILES, 'steps': steps})

    import contextlib
    import io
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(REGISTRY_CODE, {'__name__': '__main__'})
    write_json('admin', 'registry.json', {'versions': versions(), 'code': REGISTRY_CODE, 'stdout': out.getvalue()})


main()
