#!/usr/bin/env python3
"""Record real Django 5.2 running `manage.py test`: the official tutorial's part 5 tests
(failing, then passing), -v 0 and -v 2, labels (app, module, class, method, and ones that do
not exist), test modules that fail to import, errors, skips, Django's assertions failing, an
app without tests, and `setup_test_environment()` with `Client` in `manage.py shell`.

    DJANGO_PYTHON=/work/tmp/venv52/bin/python python3 scripts/record-django/test-runner.py

DJANGO_PYTHON is a Python 3.12 with Django 5.2 importable; the script re-runs itself under
it. The scenarios use command-steps.py's format (`run`, `write`, `edit`, `delete`) and its
player; the time unittest prints (`Ran 3 tests in 0.004s`) is written `<time>`. It writes
sandbox/framework/__fixtures__/django52/test-runner/<scenario>.json, which
core/management/commands/test.test.ts replays through the sandbox.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from recorder import ensure_django_python, versions, write_json, load_sibling  # noqa: E402

command_steps = load_sibling('command-steps.py', 'command_steps')

ADD_POLLS = ('mysite/settings.py', "INSTALLED_APPS = [\n", "INSTALLED_APPS = [\n    'polls.apps.PollsConfig',\n")

MODELS_BUGGY = '''import datetime

from django.db import models
from django.utils import timezone


class Question(models.Model):
    question_text = models.CharField(max_length=200)
    pub_date = models.DateTimeField("date published")

    def __str__(self):
        return self.question_text

    def was_published_recently(self):
        return self.pub_date >= timezone.now() - datetime.timedelta(days=1)


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE)
    choice_text = models.CharField(max_length=200)
    votes = models.IntegerField(default=0)

    def __str__(self):
        return self.choice_text
'''

MODELS_FIXED = MODELS_BUGGY.replace(
    '        return self.pub_date >= timezone.now() - datetime.timedelta(days=1)\n',
    '        now = timezone.now()\n        return now - datetime.timedelta(days=1) <= self.pub_date <= now\n',
)

# Part 5's views, as function views (render and get_object_or_404) rather than generic ones.
VIEWS = '''from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from .models import Question


def index(request):
    latest_question_list = Question.objects.filter(pub_date__lte=timezone.now()).order_by("-pub_date")[:5]
    context = {"latest_question_list": latest_question_list}
    return render(request, "polls/index.html", context)


def detail(request, question_id):
    question = get_object_or_404(Question, pk=question_id, pub_date__lte=timezone.now())
    return render(request, "polls/detail.html", {"question": question})
'''

POLLS_URLS = '''from django.urls import path

from . import views

app_name = "polls"
urlpatterns = [
    path("", views.index, name="index"),
    path("<int:question_id>/", views.detail, name="detail"),
]
'''

SITE_URLS = '''from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("polls/", include("polls.urls")),
    path("admin/", admin.site.urls),
]
'''

INDEX_HTML = '''{% if latest_question_list %}
    <ul>
    {% for question in latest_question_list %}
        <li><a href="{% url 'polls:detail' question.id %}">{{ question.question_text }}</a></li>
    {% endfor %}
    </ul>
{% else %}
    <p>No polls are available.</p>
{% endif %}
'''

DETAIL_HTML = '''<h1>{{ question.question_text }}</h1>
<ul>
{% for choice in question.choice_set.all %}
    <li>{{ choice.choice_text }}</li>
{% endfor %}
</ul>
'''

FIRST_TEST = '''import datetime

from django.test import TestCase
from django.utils import timezone

from .models import Question


class QuestionModelTests(TestCase):
    def test_was_published_recently_with_future_question(self):
        """
        was_published_recently() returns False for questions whose pub_date
        is in the future.
        """
        time = timezone.now() + datetime.timedelta(days=30)
        future_question = Question(pub_date=time)
        self.assertIs(future_question.was_published_recently(), False)
'''

MORE_MODEL_TESTS = '''
    def test_was_published_recently_with_old_question(self):
        """
        was_published_recently() returns False for questions whose pub_date
        is older than 1 day.
        """
        time = timezone.now() - datetime.timedelta(days=1, seconds=1)
        old_question = Question(pub_date=time)
        self.assertIs(old_question.was_published_recently(), False)

    def test_was_published_recently_with_recent_question(self):
        """
        was_published_recently() returns True for questions whose pub_date
        is within the last day.
        """
        time = timezone.now() - datetime.timedelta(hours=23, minutes=59, seconds=59)
        recent_question = Question(pub_date=time)
        self.assertIs(recent_question.was_published_recently(), True)
'''

VIEW_TESTS = '''

def create_question(question_text, days):
    """
    Create a question with the given `question_text` and published the
    given number of `days` offset to now (negative for questions published
    in the past, positive for questions that have yet to be published).
    """
    time = timezone.now() + datetime.timedelta(days=days)
    return Question.objects.create(question_text=question_text, pub_date=time)


class QuestionIndexViewTests(TestCase):
    def test_no_questions(self):
        """
        If no questions exist, an appropriate message is displayed.
        """
        response = self.client.get(reverse("polls:index"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "No polls are available.")
        self.assertQuerySetEqual(response.context["latest_question_list"], [])

    def test_past_question(self):
        """
        Questions with a pub_date in the past are displayed on the
        index page.
        """
        question = create_question(question_text="Past question.", days=-30)
        response = self.client.get(reverse("polls:index"))
        self.assertQuerySetEqual(
            response.context["latest_question_list"],
            [question],
        )

    def test_future_question(self):
        """
        Questions with a pub_date in the future aren't displayed on
        the index page.
        """
        create_question(question_text="Future question.", days=30)
        response = self.client.get(reverse("polls:index"))
        self.assertContains(response, "No polls are available.")
        self.assertQuerySetEqual(response.context["latest_question_list"], [])

    def test_future_question_and_past_question(self):
        """
        Even if both past and future questions exist, only past questions
        are displayed.
        """
        question = create_question(question_text="Past question.", days=-30)
        create_question(question_text="Future question.", days=30)
        response = self.client.get(reverse("polls:index"))
        self.assertQuerySetEqual(
            response.context["latest_question_list"],
            [question],
        )

    def test_two_past_questions(self):
        """
        The questions index page may display multiple questions.
        """
        question1 = create_question(question_text="Past question 1.", days=-30)
        question2 = create_question(question_text="Past question 2.", days=-5)
        response = self.client.get(reverse("polls:index"))
        self.assertQuerySetEqual(
            response.context["latest_question_list"],
            [question2, question1],
        )


class QuestionDetailViewTests(TestCase):
    def test_future_question(self):
        """
        The detail view of a question with a pub_date in the future
        returns a 404 not found.
        """
        future_question = create_question(question_text="Future question.", days=5)
        url = reverse("polls:detail", args=(future_question.id,))
        response = self.client.get(url)
        self.assertEqual(response.status_code, 404)

    def test_past_question(self):
        """
        The detail view of a question with a pub_date in the past
        displays the question's text.
        """
        past_question = create_question(question_text="Past Question.", days=-5)
        url = reverse("polls:detail", args=(past_question.id,))
        response = self.client.get(url)
        self.assertContains(response, past_question.question_text)
'''

ALL_TESTS = FIRST_TEST.replace('from django.utils import timezone\n', 'from django.urls import reverse\nfrom django.utils import timezone\n') + MORE_MODEL_TESTS + VIEW_TESTS

SHELL_SESSION = '''from django.test.utils import setup_test_environment
setup_test_environment()
from django.test import Client
client = Client()
response = client.get("/")
print(response.status_code)
from django.urls import reverse
response = client.get(reverse("polls:index"))
print(response.status_code)
print(response.content)
print(response.context["latest_question_list"])
print([t.name for t in response.templates])
'''

SETUP = [
    {'run': ['django-admin', 'startproject', 'mysite', '.']},
    {'run': ['python', 'manage.py', 'startapp', 'polls']},
    {'edit': ADD_POLLS},
    {'write': ['polls/models.py', MODELS_BUGGY]},
    {'write': ['polls/views.py', VIEWS]},
    {'write': ['polls/urls.py', POLLS_URLS]},
    {'write': ['mysite/urls.py', SITE_URLS]},
    {'write': ['polls/templates/polls/index.html', INDEX_HTML]},
    {'write': ['polls/templates/polls/detail.html', DETAIL_HTML]},
    {'run': ['python', 'manage.py', 'makemigrations', 'polls']},
]

TUTORIAL = SETUP + [
    {'write': ['polls/tests.py', FIRST_TEST]},
    {'run': ['python', 'manage.py', 'test', 'polls']},
    {'write': ['polls/models.py', MODELS_FIXED]},
    {'run': ['python', 'manage.py', 'test', 'polls']},
    {'write': ['polls/tests.py', ALL_TESTS]},
    {'run': ['python', 'manage.py', 'test', 'polls']},
    {'run': ['python', 'manage.py', 'test']},
    {'run': ['python', 'manage.py', 'test', '-v', '0']},
    {'run': ['python', 'manage.py', 'test', 'polls', '-v', '2']},
    {'run': ['python', 'manage.py', 'test', 'polls.tests']},
    {'run': ['python', 'manage.py', 'test', 'polls.tests.QuestionIndexViewTests']},
    {'run': ['python', 'manage.py', 'test', 'polls.tests.QuestionIndexViewTests.test_past_question']},
    {'run': ['python', 'manage.py', 'test', 'polls.tests.QuestionModelTests', 'polls.tests.QuestionDetailViewTests.test_past_question', '-v', '2']},
    {'run': ['python', 'manage.py', 'migrate', '-v', '0']},
    {'run': ['python', 'manage.py', 'shell', '-c', SHELL_SESSION]},
]

LABELS = SETUP + [
    {'write': ['polls/tests.py', ALL_TESTS]},
    {'run': ['python', 'manage.py', 'help', 'test']},
    {'run': ['python', 'manage.py', 'test', 'polls', '-k', 'future', '-v', '2']},
    {'run': ['python', 'manage.py', 'test', 'polls', '-k', 'Detail*past', '-r']},
    {'run': ['python', 'manage.py', 'test', 'nosuch']},
    {'run': ['python', 'manage.py', 'test', 'polls.nosuch']},
    {'run': ['python', 'manage.py', 'test', 'polls.tests.Nope']},
    {'run': ['python', 'manage.py', 'test', 'polls.tests.QuestionIndexViewTests.test_nope']},
    {'run': ['python', 'manage.py', 'test', 'polls/']},
    {'run': ['python', 'manage.py', 'startapp', 'empty']},
    {'edit': ('mysite/settings.py', "    'polls.apps.PollsConfig',\n", "    'polls.apps.PollsConfig',\n    'empty',\n")},
    {'run': ['python', 'manage.py', 'test', 'empty']},
    {'run': ['python', 'manage.py', 'test', 'empty', '-v', '2']},
]

BROKEN_SYNTAX = '''from django.test import TestCase


class BrokenTests(TestCase):
    def test_one(self)
        self.assertTrue(True)
'''

BROKEN_IMPORT = '''from django.test import TestCase

from .models import Nope


class BrokenTests(TestCase):
    def test_one(self):
        self.assertTrue(True)
'''

MIXED = '''import unittest

from django.test import SimpleTestCase, TestCase

from .models import Question


class MixedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.count_before = Question.objects.count()

    def setUp(self):
        self.number = 2

    def test_error(self):
        return undefined_name + self.number

    def test_fails(self):
        self.assertEqual(self.number * 2, 5)

    def test_fails_with_message(self):
        self.assertTrue(self.number > 3, "number is too small")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_passes(self):
        self.assertEqual(self.count_before, 0)


class PlainTests(SimpleTestCase):
    def test_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_database_refused(self):
        Question.objects.count()
'''

ERRORS = SETUP + [
    {'write': ['polls/tests.py', BROKEN_SYNTAX]},
    {'run': ['python', 'manage.py', 'test', 'polls']},
    {'run': ['python', 'manage.py', 'test']},
    {'write': ['polls/tests.py', BROKEN_IMPORT]},
    {'run': ['python', 'manage.py', 'test', 'polls']},
    {'run': ['python', 'manage.py', 'test', 'polls.tests']},
    {'write': ['polls/tests.py', MIXED]},
    {'run': ['python', 'manage.py', 'test', 'polls']},
    {'run': ['python', 'manage.py', 'test', 'polls', '-v', '2']},
    {'run': ['python', 'manage.py', 'test', 'polls.tests.PlainTests']},
    # A system check error stops the run after the test database is made, before any test.
    {'write': ['polls/models.py', MODELS_BUGGY + '''

class Broken(models.Model):
    price = models.DecimalField()
''']},
    {'run': ['python', 'manage.py', 'test', 'polls']},
]

ASSERTIONS_VIEWS = VIEWS + '''

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect


def go(request):
    return redirect("polls:index")


def data(request):
    return JsonResponse({"answer": 42, "items": [1, 2]})


@login_required
def secret(request):
    return HttpResponse("Hello " + request.user.username)


def echo(request):
    if request.method == "POST":
        return HttpResponse("posted " + request.POST.get("name", "?"))
    return HttpResponse("got " + request.GET.get("name", "?"))
'''

ASSERTIONS_URLS = POLLS_URLS.replace(
    '    path("<int:question_id>/", views.detail, name="detail"),\n',
    '    path("<int:question_id>/", views.detail, name="detail"),\n'
    '    path("go/", views.go, name="go"),\n'
    '    path("data/", views.data, name="data"),\n'
    '    path("secret/", views.secret, name="secret"),\n'
    '    path("echo/", views.echo, name="echo"),\n',
)

ASSERTIONS = '''import datetime

from django.contrib.auth.models import User
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from .models import Question


class ClientTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.user = User.objects.create_user("ann", password="pw-for-tests-1")
        cls.question = Question.objects.create(question_text="What's up?", pub_date=timezone.now() - datetime.timedelta(days=1))

    def test_contains_ok(self):
        response = self.client.get(reverse("polls:index"))
        self.assertContains(response, "What&#x27;s up?", count=1)
        self.assertContains(response, "<li><a href='/polls/1/'>What's up?</a></li>", html=True)
        self.assertNotContains(response, "No polls")
        self.assertTemplateUsed(response, "polls/index.html")
        self.assertTemplateNotUsed(response, "polls/detail.html")
        self.assertEqual([t.name for t in response.templates], ["polls/index.html"])
        self.assertQuerySetEqual(Question.objects.all(), ["What's up?"], transform=str)
        self.assertQuerySetEqual(Question.objects.all(), {self.question}, ordered=False)

    def test_contains_missing(self):
        response = self.client.get(reverse("polls:index"))
        self.assertContains(response, "Nothing here")

    def test_contains_count(self):
        response = self.client.get(reverse("polls:index"))
        self.assertContains(response, "What", count=2)

    def test_contains_status(self):
        response = self.client.get("/polls/99/")
        self.assertContains(response, "What", status_code=200)

    def test_not_contains(self):
        response = self.client.get(reverse("polls:index"))
        self.assertNotContains(response, "What")

    def test_queryset_equal(self):
        response = self.client.get(reverse("polls:index"))
        self.assertQuerySetEqual(response.context["latest_question_list"], [])

    def test_template_used(self):
        response = self.client.get(reverse("polls:index"))
        self.assertTemplateUsed(response, "polls/detail.html")

    def test_redirects_ok(self):
        response = self.client.get(reverse("polls:go"))
        self.assertEqual(response.status_code, 302)
        self.assertEqual(response.url, "/polls/")
        self.assertRedirects(response, "/polls/")
        response = self.client.get(reverse("polls:go"), follow=True)
        self.assertEqual(response.redirect_chain, [("/polls/", 302)])
        self.assertContains(response, "What")

    def test_redirects_wrong_target(self):
        response = self.client.get(reverse("polls:go"))
        self.assertRedirects(response, "/elsewhere/")

    def test_redirects_not_a_redirect(self):
        response = self.client.get(reverse("polls:index"))
        self.assertRedirects(response, "/polls/")

    def test_json_and_post(self):
        response = self.client.get(reverse("polls:data"))
        self.assertEqual(response.json(), {"answer": 42, "items": [1, 2]})
        self.assertEqual(response["Content-Type"], "application/json")
        response = self.client.post(reverse("polls:echo"), {"name": "Ann"})
        self.assertEqual(response.content, b"posted Ann")
        response = self.client.get(reverse("polls:echo"), {"name": "Bob"})
        self.assertEqual(response.content, b"got Bob")

    def test_login(self):
        response = self.client.get(reverse("polls:secret"))
        self.assertRedirects(response, "/accounts/login/?next=/polls/secret/", fetch_redirect_response=False)
        self.assertTrue(self.client.login(username="ann", password="pw-for-tests-1"))
        self.assertContains(self.client.get(reverse("polls:secret")), "Hello ann")
        self.client.logout()
        self.assertFalse(self.client.login(username="ann", password="wrong"))
        self.client.force_login(self.user)
        self.assertContains(self.client.get(reverse("polls:secret")), "Hello ann")

    def test_rolled_back(self):
        Question.objects.create(question_text="Another", pub_date=timezone.now())
        self.assertEqual(Question.objects.count(), 2)

    def test_rolled_back_too(self):
        self.assertEqual(Question.objects.count(), 1)

    def test_view_error(self):
        self.client.get("/polls/abc/")
        self.client.get("/polls/2/")
        self.assertEqual(self.client.get("/nowhere/").status_code, 404)
        self.client.get(reverse("polls:detail", args=("x",)))
'''

ASSERTIONS_SCENARIO = SETUP + [
    {'write': ['polls/views.py', ASSERTIONS_VIEWS]},
    {'write': ['polls/urls.py', ASSERTIONS_URLS]},
    {'write': ['polls/tests.py', ASSERTIONS]},
    {'run': ['python', 'manage.py', 'test', 'polls']},
]


VIEW_ERRORS_VIEWS = VIEWS + """

def broken(request):
    return 1 / 0


def missing_template(request):
    return render(request, "polls/nope.html")
"""

VIEW_ERRORS_URLS = POLLS_URLS.replace(
    '    path("<int:question_id>/", views.detail, name="detail"),\n',
    '    path("<int:question_id>/", views.detail, name="detail"),\n'
    '    path("broken/", views.broken, name="broken"),\n'
    '    path("missing/", views.missing_template, name="missing"),\n',
)

FORMS = """from django import forms


class NameForm(forms.Form):
    name = forms.CharField(max_length=5)
"""

VIEW_ERRORS_TESTS = """from django.test import TestCase, TransactionTestCase
from django.utils import timezone

from .forms import NameForm
from .models import Question


class ViewErrorTests(TestCase):
    def test_broken_view(self):
        self.client.get("/polls/broken/")

    def test_missing_template(self):
        self.client.get("/polls/missing/")

    def test_not_found_page(self):
        response = self.client.get("/polls/12345/")
        self.assertEqual(response.status_code, 404)
        self.assertContains(response, "Not Found", status_code=404)
        self.assertContains(response, "Not Found", status_code=200)

    def test_form_error_ok(self):
        form = NameForm({"name": "toolong"})
        self.assertFormError(form, "name", "Ensure this value has at most 5 characters (it has 7).")

    def test_form_error_wrong(self):
        form = NameForm({"name": "toolong"})
        self.assertFormError(form, "name", "Something else.")

    def test_writes(self):
        Question.objects.create(question_text="In the test database", pub_date=timezone.now())
        self.assertEqual(Question.objects.count(), 1)


class FlushedTests(TransactionTestCase):
    def test_one(self):
        Question.objects.create(question_text="One", pub_date=timezone.now())
        self.assertEqual(Question.objects.count(), 1)

    def test_two(self):
        self.assertEqual(Question.objects.count(), 0)
"""

SETTINGS_TESTS = """from django.conf import settings
from django.test import SimpleTestCase, override_settings, tag


@override_settings(APPEND_SLASH=False)
class OverrideTests(SimpleTestCase):
    def test_class_level(self):
        self.assertIs(settings.APPEND_SLASH, False)

    @override_settings(USE_TZ=False)
    def test_method_level(self):
        self.assertIs(settings.USE_TZ, False)

    def test_with_block(self):
        with self.settings(LANGUAGE_CODE="fr"):
            self.assertEqual(settings.LANGUAGE_CODE, "fr")
        self.assertEqual(settings.LANGUAGE_CODE, "en-us")
        self.assertEqual(settings.DEBUG, False)
        self.assertIn("testserver", settings.ALLOWED_HOSTS)


@tag("slow")
class Tagged(SimpleTestCase):
    def test_tagged(self):
        self.assertEqual(self.tags, {"slow"})
"""

COUNT = "from polls.models import Question; print(Question.objects.count())"

VIEW_ERRORS = SETUP + [
    {'write': ['polls/views.py', VIEW_ERRORS_VIEWS]},
    {'write': ['polls/urls.py', VIEW_ERRORS_URLS]},
    {'write': ['polls/forms.py', FORMS]},
    {'write': ['polls/tests.py', VIEW_ERRORS_TESTS]},
    {'run': ['python', 'manage.py', 'test', 'polls']},
    {'run': ['python', 'manage.py', 'test', 'polls', '--failfast']},
    {'run': ['python', 'manage.py', 'migrate', '-v', '0']},
    {'run': ['python', 'manage.py', 'shell', '-c', 'from django.utils import timezone; from polls.models import Question; Question.objects.create(question_text="Real", pub_date=timezone.now())']},
    {'run': ['python', 'manage.py', 'test', 'polls.tests.ViewErrorTests.test_writes', 'polls.tests.FlushedTests', '-v', '2']},
    {'run': ['python', 'manage.py', 'shell', '-c', COUNT]},
    {'write': ['polls/test_settings.py', SETTINGS_TESTS]},
    {'run': ['python', 'manage.py', 'test', 'polls.test_settings', '-v', '2']},
]

NOTES_MODELS = """from django.contrib.auth.models import User
from django.db import models


class Note(models.Model):
    text = models.CharField(max_length=100)
    author = models.ForeignKey(User, on_delete=models.CASCADE, null=True)


class Tag(models.Model):
    name = models.SlugField()
"""

NOTES_TESTS = """from django.test import TestCase

from .models import Note


class NoteTests(TestCase):
    def test_saved(self):
        Note.objects.create(text="hello")
        self.assertEqual(Note.objects.get().text, "hello")
"""

# An app whose models have no migrations: the test database gets their tables by run_syncdb.
UNMIGRATED = SETUP + [
    {'run': ['python', 'manage.py', 'startapp', 'notes']},
    {'delete': 'notes/migrations/__init__.py'},
    {'edit': ('mysite/settings.py', "    'polls.apps.PollsConfig',\n", "    'polls.apps.PollsConfig',\n    'notes',\n")},
    {'write': ['notes/models.py', NOTES_MODELS]},
    {'write': ['notes/tests.py', NOTES_TESTS]},
    {'run': ['python', 'manage.py', 'test', 'notes', '-v', '2']},
]

SCENARIOS = {'unmigrated': UNMIGRATED, 'view-errors': VIEW_ERRORS, 'tutorial-part5': TUTORIAL, 'labels': LABELS, 'errors': ERRORS, 'assertions': ASSERTIONS_SCENARIO}

TIME = re.compile(r'^(Ran \d+ tests? in )\d+\.\d+s$', re.M)


def normalised(record):
    if 'run' in record:
        for stream in ('stdout', 'stderr'):
            record[stream] = TIME.sub(r'\1<time>s', record[stream])
    return record


def main():
    ensure_django_python()
    for name, steps in SCENARIOS.items():
        write_json('test-runner', name + '.json', {**versions(), 'steps': [normalised(r) for r in command_steps.play(steps)]})


if __name__ == '__main__':
    main()
