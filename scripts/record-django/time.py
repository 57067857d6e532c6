#!/usr/bin/env python3
"""Record what real Django 5.2 prints for dates and times: the tutorial's shell sessions,
date fields, date lookups, and dates rendered by templates.

    DJANGO_PYTHON=.venv-django/bin/python python3 scripts/record-django/time.py

DJANGO_PYTHON names a Python with Django 5.2 installed (default .venv-django/bin/python).
For each scenario below it makes a project with real `django-admin startproject mysite` and
`startapp polls`, installs polls, sets the scenario's settings, writes its files, runs
makemigrations and migrate, then runs each step with `python manage.py shell`: a script on
standard input (run as Django runs it); for an interactive step, lines typed into
Python's console (code.interact, whose prompts go to stdout as at a terminal); for a
`python` step, `python script.py` without DJANGO_SETTINGS_MODULE; for a `manage` step, that
manage.py command. It writes
sandbox/framework/__fixtures__/django52/time/<scenario>.json with the inputs and, for
each step, stdout, stderr and the exit code (`lines`: the test compares only stdout's lines
starting so, here the rows' values sqlmigrate shows, not the column order of the rebuilt
table, which is another matter). The sandbox's tests replay them.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'sandbox', 'framework', '__fixtures__', 'django52', 'time')
PYTHON = os.environ.get('DJANGO_PYTHON', '.venv-django/bin/python')

# An interactive step runs the lines in code.interact(), as `manage.py shell` does at a terminal.
INTERACT = 'import code; code.interact(local=globals())'

TUTORIAL_MODELS_1 = '''from django.db import models


class Question(models.Model):
    question_text = models.CharField(max_length=200)
    pub_date = models.DateTimeField("date published")


class Choice(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE)
    choice_text = models.CharField(max_length=200)
    votes = models.IntegerField(default=0)
'''

TUTORIAL_MODELS_2 = '''import datetime

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

# The official tutorial, part 2 ("Playing with the API"), as typed.
TUTORIAL_SESSION_1 = '''from polls.models import Choice, Question
Question.objects.all()
from django.utils import timezone
q = Question(question_text="What's new?", pub_date=timezone.now())
q.save()
q.id
q.question_text
q.pub_date
q.question_text = "What's up?"
q.save()
Question.objects.all()
'''

TUTORIAL_SESSION_2 = '''from polls.models import Choice, Question
Question.objects.all()
Question.objects.filter(id=1)
Question.objects.filter(question_text__startswith="What")
from django.utils import timezone
current_year = timezone.now().year
Question.objects.get(pub_date__year=current_year)
Question.objects.get(id=2)
Question.objects.get(pk=1)
q = Question.objects.get(pk=1)
q.was_published_recently()
q.choice_set.all()
q.choice_set.create(choice_text="Not much", votes=0)
q.choice_set.create(choice_text="The sky", votes=0)
c = q.choice_set.create(choice_text="Just hacking again", votes=0)
c.question
q.choice_set.all()
q.choice_set.count()
Choice.objects.filter(question__pub_date__year=current_year)
c = q.choice_set.filter(choice_text__startswith="Just hacking")
c.delete()
'''

GIRLS_MODELS = '''from django.conf import settings
from django.db import models
from django.utils import timezone


class Post(models.Model):
    author = models.CharField(max_length=200)
    title = models.CharField(max_length=200)
    text = models.TextField()
    created_date = models.DateTimeField(default=timezone.now)
    published_date = models.DateTimeField(blank=True, null=True)

    def publish(self):
        self.published_date = timezone.now()
        self.save()

    def __str__(self):
        return self.title
'''

GIRLS_TEMPLATE = '''{% for post in posts %}<article>
  <time class="date">{{ post.published_date }}</time>
  <h2>{{ post.title }}</h2>
  <p>{{ post.text|linebreaksbr }}</p>
  <p>{{ post.created_date|date:"Y" }} {{ post.published_date|date:"D d M Y" }} {{ post.published_date|default:"x" }}</p>
</article>{% endfor %}'''

GIRLS_SESSION = '''from polls.models import Post
from django.utils import timezone
post = Post.objects.create(author="ola", title="Sample title", text="Test")
type(post.created_date)
post.created_date.tzinfo
post.published_date
Post.objects.filter(published_date__lte=timezone.now())
post.publish()
Post.objects.filter(published_date__lte=timezone.now())
Post.objects.filter(published_date__lte=timezone.now()).order_by('published_date')
Post.objects.order_by('-created_date')
type(Post.objects.get(pk=1).published_date)
'''

DATES_MODELS = '''import datetime

from django.db import models
from django.utils import timezone


class Event(models.Model):
    name = models.CharField(max_length=50)
    day = models.DateField(null=True)
    at = models.TimeField(null=True)
    when = models.DateTimeField(null=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateField(auto_now=True)
    stamp = models.DateField(default=datetime.date.today)

    def __str__(self):
        return self.name
'''

# Field values in and out of SQLite, Django's messages, the rows as SQLite holds them.
FIELDS_SCRIPT = '''import datetime
from django.db import connection
from django.utils import timezone
from polls.models import Event
utc = datetime.timezone.utc
e = Event.objects.create(name="a", day=datetime.date(2025, 1, 6), at=datetime.time(10, 30, 5, 120), when=datetime.datetime(2025, 1, 6, 10, 30, tzinfo=utc))
e = Event.objects.get(pk=e.pk)
print(repr(e.day), repr(e.at), repr(e.when))
print(type(e.created).__name__, e.created.tzinfo, type(e.updated).__name__, type(e.stamp).__name__)
kolkata = datetime.datetime(2025, 1, 6, 22, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30)))
def make(**kwargs):
    try:
        Event.objects.create(**kwargs)
    except Exception as exc:
        print(type(exc).__name__, exc)
make(name="b", when=kolkata, day="2025-02-03", at="7:05")
make(name="c", when="2025-03-04 05:06:07.5", day=datetime.datetime(2025, 3, 4, 23, 30, tzinfo=utc))
make(name="d", when=datetime.date(2025, 4, 5))
make(name="e", when=datetime.datetime(2025, 1, 6, 10, 30))
make(name="f", when="2025-06-07T08:09:10+02:00")
with connection.cursor() as cursor:
    # As text, the way SQLite keeps them (a column of type date would be converted by Django's sqlite3 converters).
    cursor.execute("SELECT name, day || '', at || '', \\"when\\" || '' FROM polls_event ORDER BY id")
    for row in cursor.fetchall():
        print(row)
for row in Event.objects.order_by("id").values("name", "day", "at", "when"):
    print(row)
for field, bad in [("when", "2025-02-30 10:00"), ("when", "yesterday"), ("when", "2025-13-01"), ("day", "2025-02-30"), ("day", "06/01/2025"), ("at", "25:61"), ("at", "noon")]:
    try:
        Event.objects.create(name="bad", **{field: bad})
    except Exception as exc:
        print(type(exc).__name__, exc)
try:
    Event.objects.create(name="bad", at=datetime.time(10, 0, tzinfo=utc))
except Exception as exc:
    print(type(exc).__name__, exc)
print(Event.objects.filter(when__lt="2025-01-07").count())
print(Event.objects.latest("when"), Event.objects.earliest("when"), Event.objects.order_by("-when").first())
'''

LOOKUPS_SCRIPT = '''import datetime
from django.utils import timezone
from polls.models import Event
utc = datetime.timezone.utc
for name, when in [("new year", datetime.datetime(2025, 1, 1, 0, 30, tzinfo=utc)), ("late", datetime.datetime(2024, 12, 31, 20, 0, tzinfo=utc)), ("monday", datetime.datetime(2025, 1, 6, 10, 30, tzinfo=utc)), ("summer", datetime.datetime(2025, 7, 15, 23, 59, 59, tzinfo=utc))]:
    Event.objects.create(name=name, when=when, day=when.date(), at=when.time())
def show(**kwargs):
    qs = Event.objects.filter(**kwargs).order_by("id")
    print(kwargs, [e.name for e in qs])
    print(" ", str(qs.query).split(" WHERE ")[1])
show(when__year=2025)
show(when__year__gte=2025)
show(when__year__lt=2025)
show(when__month=1)
show(when__day=6)
show(when__week_day=2)
show(when__iso_week_day=1)
show(when__week=2)
show(when__quarter=3)
show(when__hour=10)
show(when__minute=59)
show(when__second=59)
show(when__date=datetime.date(2025, 1, 6))
show(when__date="2025-01-01")
show(when__date__gte="2025-01-06")
show(when__time=datetime.time(10, 30))
show(when__gt=datetime.datetime(2025, 1, 6, 10, 30, tzinfo=utc))
show(when__gte="2025-01-06")
show(when__lte=datetime.date(2025, 1, 1))
show(when__range=(datetime.datetime(2025, 1, 1, tzinfo=utc), datetime.datetime(2025, 2, 1, tzinfo=utc)))
show(when__month__in=[1, 7])
show(day__year=2024)
show(day__month=7)
show(day="2025-01-06")
show(day__gt=datetime.date(2025, 1, 1))
show(day__range=("2025-01-01", "2025-06-30"))
show(at__hour=23)
show(at__gte="10:00")
with timezone.override("Asia/Kolkata"):
    show(when__year=2025)
    show(when__day=1)
    show(when__date="2025-01-01")
    show(when__hour=16)
from django.db.models import Max, Min
print(Event.objects.aggregate(Max("when"), Min("day"), Max("at")))
print(list(Event.objects.order_by("-when").values_list("name", flat=True)), Event.objects.latest("when"), Event.objects.earliest("day"))
for kwargs in [{"when__yaer": 1}, {"when__year__foo": 1}, {"name__year": 1}, {"at__year": 1}, {"day__hour": 1}]:
    try:
        Event.objects.filter(**kwargs)
    except Exception as exc:
        print(type(exc).__name__, exc)
'''

DATE_TEMPLATE = '''{{ when }}|{{ day }}|{{ at }}|{{ naive }}
{{ when|date }}|{{ when|date:"DATETIME_FORMAT" }}|{{ when|date:"SHORT_DATETIME_FORMAT" }}|{{ when|date:"SHORT_DATE_FORMAT" }}
{{ when|date:"Y-m-d H:i:s" }}|{{ when|date:"D, d M Y" }}|{{ when|date:"l jS F Y" }}|{{ when|date:"N j, Y, P" }}
{{ when|date:"g:i a" }}|{{ when|date:"G:i A" }}|{{ when|date:"h:i:s" }}|{{ when|date:"f" }}|{{ when|date:"u" }}
{{ when|date:"e O T Z I" }}|{{ when|date:"c" }}|{{ when|date:"r" }}|{{ when|date:"U" }}
{{ naive|date:"e O T Z" }}|{{ naive|date:"c" }}|{{ naive|date:"r" }}
{{ day|date:"Y-m-d" }}|{{ day|date:"w W z t L o" }}|{{ day|date:"\\Y\\e\\s: Y" }}
{{ when|time }}|{{ when|time:"H:i" }}|{{ at|time }}|{{ at|time:"H:i:s.u" }}|{{ at|time:"Y" }}|{{ day|time:"H" }}
{{ noon|time }}|{{ midnight|time }}|{{ noon|date:"P" }}|{{ midnight|date:"P" }}
{{ past|timesince:when }}|{{ when|timeuntil:past }}|{{ long_ago|timesince:when }}|{{ when|timesince:past }}|{{ day|timesince:later_day }}
{{ nothing|date }}|{{ empty|date:"Y" }}|{{ text|date:"Y" }}|{{ nothing|time }}|{{ nothing|timesince }}
{% now "Y" as year %}{{ year|length }}
'''

DATE_CONTEXT = '''import datetime
from django.template.loader import get_template
utc = datetime.timezone.utc
values = {
    "when": datetime.datetime(2025, 1, 6, 10, 30, 5, 123456, tzinfo=utc),
    "naive": datetime.datetime(2025, 1, 6, 10, 30),
    "day": datetime.date(2025, 3, 1),
    "later_day": datetime.date(2025, 4, 15),
    "at": datetime.time(7, 5, 9, 500),
    "noon": datetime.datetime(2025, 1, 6, 12, 0, tzinfo=utc),
    "midnight": datetime.datetime(2025, 1, 6, 0, 0, tzinfo=utc),
    "past": datetime.datetime(2024, 11, 20, 8, 15, tzinfo=utc),
    "long_ago": datetime.datetime(2021, 2, 28, 10, 30, tzinfo=utc),
    "nothing": None,
    "empty": "",
    "text": "2025-01-06",
}
print(get_template("dates.html").render(values))
'''

SETTINGS_SCRIPT = '''import datetime, os, time
from django.conf import settings, global_settings
from django.utils import timezone
print(repr(settings), settings.configured)
print(settings.DEBUG, settings.AUTH_USER_MODEL, settings.TIME_ZONE, settings.USE_TZ, settings.LANGUAGE_CODE)
print(repr(settings.BASE_DIR.name), type(settings.BASE_DIR).__name__)
print(settings.DATE_FORMAT, settings.DATETIME_FORMAT, settings.DEFAULT_AUTO_FIELD, settings.LOGIN_URL, settings.SESSION_COOKIE_AGE)
print(settings.DATE_INPUT_FORMATS[:3], type(settings.ALLOWED_HOSTS).__name__, settings.EMAIL_BACKEND)
print(settings.is_overridden("TIME_ZONE"), settings.is_overridden("DATE_FORMAT"), settings.INSTALLED_APPS[0])
print(global_settings.TIME_ZONE, global_settings.USE_TZ, global_settings.AUTH_USER_MODEL)
for name in ["FOO", "debug", "_secret"]:
    try:
        getattr(settings, name)
    except AttributeError as exc:
        print("AttributeError", exc)
settings.FOO = 3
print(settings.FOO)
try:
    settings.configure(DEBUG=True)
except RuntimeError as exc:
    print("RuntimeError", exc)
print(os.environ["TZ"], datetime.datetime.now().hour == timezone.localtime().hour, datetime.date.today() == timezone.localdate())
'''

UNCONFIGURED_SCRIPT = '''from django.conf import settings
print(repr(settings), settings.configured)
settings.DEBUG
'''

UTILS_SCRIPT = '''from django.utils.text import slugify, capfirst, Truncator
from django.utils.html import escape, conditional_escape, format_html, strip_tags, linebreaks
from django.utils.safestring import mark_safe
for value in ["Hello, World!", " Héllo  wörld _-", "Django 5.2: what's new?", "नमस्ते दुनिया", "Ça va?  Très bien__", "--x--"]:
    print(repr(slugify(value)), repr(slugify(value, allow_unicode=True)))
print(repr(capfirst("django")), repr(capfirst("")), repr(capfirst(None)), repr(capfirst(12)), repr(capfirst("émile")))
t = Truncator("The quick brown fox jumps over the lazy dog")
print(repr(t.chars(10)), repr(t.chars(100)), repr(t.chars(0)), repr(t.chars(1)), repr(t.chars("12", truncate="...")))
print(repr(t.words(3)), repr(t.words(3, truncate=" (more)")), repr(t.words(20)), repr(t.chars(9, truncate="[%(truncated_text)s]")))
print(repr(Truncator("  spaced   out  words ").words(2)), repr(Truncator(12345).chars(3)))
print(repr(escape("<a href=\\"x\\">'Tom' & Jerry</a>")), repr(escape(mark_safe("<b>"))))
print(repr(conditional_escape("<b>")), repr(conditional_escape(mark_safe("<b>"))))
print(repr(format_html("<a href=\\"{}\\">{name}</a>", "/x?a=1&b=2", name="<Tom>")), repr(format_html("{} {}", mark_safe("<br>"), 3)))
print(repr(strip_tags("<p>Hello <b>World</b> &amp; <i>you</i></p>")), repr(strip_tags("a < b and c > d")))
print(repr(linebreaks("one\\ntwo\\n\\nthree <x>")), repr(linebreaks("a & b", autoescape=True)))
print(repr(mark_safe("<b>x</b>")), str(mark_safe("<b>")) == "<b>")
from django.utils.dateparse import parse_date, parse_time, parse_datetime
print(repr(parse_date("2025-1-6")), repr(parse_date("nope")), repr(parse_time("7:05:09,5")), repr(parse_datetime("2025-01-06 10:30+0530")), repr(parse_datetime("2025-01-06T10:30:00Z")))
try:
    parse_date("2025-02-30")
except ValueError as exc:
    print("ValueError", exc)
'''

UTILS_TEMPLATE = '''{{ text|slugify }}|{{ html }}|{{ safe_html }}|{{ formatted }}|{{ text|capfirst }}|{{ text|truncatechars:8 }}|{{ text|truncatewords:2 }}|{{ " -Weird__ slug_- "|slugify }}
'''

DEFAULTS_MODELS_1 = '''from django.db import models


class Note(models.Model):
    text = models.CharField(max_length=10)
'''

DEFAULTS_MODELS_2 = '''import datetime

from django.db import models
from django.utils import timezone


class Note(models.Model):
    text = models.CharField(max_length=10)
    written = models.DateTimeField(default=timezone.now)
    day = models.DateField(default=datetime.date(2025, 1, 2))
    at = models.TimeField(default=datetime.time(3, 4))
    touched = models.DateField(auto_now=True)
'''

SCENARIOS = [
    {
        'name': 'defaults-migration',
        'about': 'Date fields added to a table with rows: their defaults (timezone.now called, dates as text) fill the rows, as sqlmigrate shows.',
        'settings': {},
        'normalize_now': True,
        'steps': [
            {'files': {'polls/models.py': DEFAULTS_MODELS_1}, 'migrate': True, 'script': 'from polls.models import Note\nNote.objects.create(text="a")\n'},
            {'files': {'polls/models.py': DEFAULTS_MODELS_2}, 'migrate': 'make', 'manage': ['sqlmigrate', 'polls', '0002'], 'lines': 'INSERT'},
            {'manage': ['migrate', 'polls']},
            {'files': {'polls/models.py': DEFAULTS_MODELS_2 + "    created = models.DateTimeField(auto_now_add=True)\n"}, 'manage': ['makemigrations'], 'stdin': '1\n\n'},
            {'manage': ['migrate']},
            {'script': 'from polls.models import Note\nprint(type(Note.objects.get().created).__name__)\n'},
            {'script': 'from polls.models import Note\nprint([type(v).__name__ for v in Note.objects.values_list("written", "day", "at", "touched").get()])\nprint(Note.objects.get().day, Note.objects.get().at)\n'},
            {'manage': ['makemigrations', 'polls', '--noinput'], 'files': {'polls/models.py': DEFAULTS_MODELS_2 + "    created = models.DateTimeField(auto_now_add=True)\n    stamped = models.DateTimeField(auto_now_add=True)\n"}},
        ],
    },
    {
        'name': 'utils-text-html',
        'about': 'django.utils.text (slugify, capfirst, Truncator) and django.utils.html (escape, conditional_escape, format_html, strip_tags, linebreaks, mark_safe).',
        'settings': {},
        'steps': [
            {'script': UTILS_SCRIPT},
            {'files': {'polls/templates/utils.html': UTILS_TEMPLATE}, 'script': 'from django.template.loader import get_template\nfrom django.utils.html import format_html\nfrom django.utils.safestring import mark_safe\nprint(get_template("utils.html").render({"text": "hello wide World of Django", "html": "<b>x</b>", "safe_html": mark_safe("<b>x</b>"), "formatted": format_html("<i>{}</i>", "<y>")}))\n'},
        ],
    },
    {
        'name': 'settings',
        'about': "django.conf.settings: the project's settings, Django's defaults for the others, its errors; TIME_ZONE becomes local time.",
        'settings': {'TIME_ZONE': 'Asia/Kolkata'},
        'steps': [{'script': SETTINGS_SCRIPT}, {'python': UNCONFIGURED_SCRIPT}],
    },
    {
        'name': 'tutorial-part2',
        'about': 'The official tutorial, part 2: the first shell session, then __str__ and was_published_recently() added.',
        'settings': {},
        'normalize_now': True,
        'steps': [
            {'files': {'polls/models.py': TUTORIAL_MODELS_1}, 'migrate': True, 'interactive': TUTORIAL_SESSION_1},
            {'files': {'polls/models.py': TUTORIAL_MODELS_2}, 'interactive': TUTORIAL_SESSION_2},
        ],
    },
    {
        'name': 'djangogirls-post',
        'about': "The Django Girls tutorial's Post: created_date defaults to timezone.now, publish() sets published_date; a template shows them.",
        'settings': {'TIME_ZONE': 'Europe/Berlin'},
        'normalize_now': True,
        'steps': [
            {'files': {'polls/models.py': GIRLS_MODELS, 'polls/templates/posts.html': GIRLS_TEMPLATE}, 'migrate': True, 'interactive': GIRLS_SESSION},
            {'script': 'from django.template.loader import get_template\nfrom polls.models import Post\nprint(get_template("posts.html").render({"posts": Post.objects.all()}))\n'},
        ],
    },
    {
        'name': 'fields-utc',
        'about': 'Date, time and datetime fields with USE_TZ and TIME_ZONE = UTC: values in and out of SQLite, messages.',
        'settings': {},
        'steps': [{'files': {'polls/models.py': DATES_MODELS}, 'migrate': True, 'script': FIELDS_SCRIPT}],
    },
    {
        'name': 'fields-kolkata',
        'about': "The same with TIME_ZONE = 'Asia/Kolkata'.",
        'settings': {'TIME_ZONE': 'Asia/Kolkata'},
        'steps': [{'files': {'polls/models.py': DATES_MODELS}, 'migrate': True, 'script': FIELDS_SCRIPT}],
    },
    {
        'name': 'fields-naive',
        'about': 'The same with USE_TZ = False.',
        'settings': {'USE_TZ': False, 'TIME_ZONE': 'Asia/Kolkata'},
        'steps': [{'files': {'polls/models.py': DATES_MODELS}, 'migrate': True, 'script': FIELDS_SCRIPT.replace('tzinfo=utc)', 'tzinfo=None)')}],
    },
    {
        'name': 'lookups-kolkata',
        'about': "Date lookups with TIME_ZONE = 'Asia/Kolkata' (and the SQL str(qs.query) shows).",
        'settings': {'TIME_ZONE': 'Asia/Kolkata'},
        'steps': [{'files': {'polls/models.py': DATES_MODELS}, 'migrate': True, 'script': LOOKUPS_SCRIPT}],
    },
    {
        'name': 'lookups-naive',
        'about': 'Date lookups with USE_TZ = False.',
        'settings': {'USE_TZ': False},
        'steps': [{'files': {'polls/models.py': DATES_MODELS}, 'migrate': True, 'script': LOOKUPS_SCRIPT.replace('tzinfo=utc', 'tzinfo=None')}],
    },
]

BLOG_MODELS = GIRLS_MODELS.replace("author = models.CharField(max_length=200)", "author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)")

BLOG_TEMPLATE = '''{% for post in posts %}<div class="post">
  <div class="date">published: {{ post.published_date }}</div>
  <h2>{{ post.title }}</h2>
  <p>{{ post.text|linebreaksbr }}</p>
  <p>by {{ post.author }} ({{ post.author.username }}, {{ post.author.email }})</p>
</div>{% endfor %}'''

BLOG_SESSION = '''from django.contrib.auth.models import User
from polls.models import Post
from django.utils import timezone
ola = User.objects.create_user('ola', 'ola@example.com', 'Ghar-ka-kaam-2026')
ola
post = Post.objects.create(author=ola, title='Sample title', text='Test')
post.author
post.author.username
post.published_date
post.publish()
type(post.published_date)
Post.objects.filter(published_date__lte=timezone.now())
Post.objects.filter(author__username='ola')
Post.objects.filter(author=ola).count()
ola.post_set.all()
Post.objects.create(author=User.objects.create_user('ravi'), title='Draft', text='Not yet')
Post.objects.filter(published_date__lte=timezone.now()).order_by('published_date')
Post.objects.filter(published_date__isnull=True)
User.objects.get(username='ravi').post_set.count()
'''

SCENARIOS.append({
    'name': 'djangogirls-blog',
    'about': "The Django Girls blog's Post as the tutorial writes it: author a ForeignKey to settings.AUTH_USER_MODEL, the dates, publish(); makemigrations, sqlmigrate, migrate, the shell and a template.",
    'settings': {'TIME_ZONE': 'Europe/Berlin'},
    'normalize_now': True,
    'steps': [
        {'files': {'polls/models.py': BLOG_MODELS, 'polls/templates/posts.html': BLOG_TEMPLATE}, 'manage': ['makemigrations', 'polls']},
        {'manage': ['sqlmigrate', 'polls', '0001']},
        {'manage': ['migrate']},
        {'interactive': BLOG_SESSION},
        {'script': 'from django.template.loader import get_template\nfrom polls.models import Post\nprint(get_template("posts.html").render({"posts": Post.objects.order_by("pk")}))\n'},
    ],
})


for zone, use_tz in [('UTC', True), ('Asia/Kolkata', True), ('America/New_York', True), ('Asia/Kolkata', False)]:
    SCENARIOS.append({
        'name': f'render-{zone.replace("/", "-").lower()}' + ('' if use_tz else '-naive'),
        'about': f'Dates in templates: {{{{ value }}}}, date, time, timesince, timeuntil and now, TIME_ZONE = {zone!r}, USE_TZ = {use_tz}.',
        'settings': {'TIME_ZONE': zone, 'USE_TZ': use_tz},
        'steps': [{'files': {'polls/templates/dates.html': DATE_TEMPLATE}, 'script': DATE_CONTEXT if use_tz else DATE_CONTEXT.replace('tzinfo=utc', 'tzinfo=None')}],
    })


def run(args, cwd, stdin=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith('DJANGO_')}
    env['TZ'] = 'UTC'
    env['PYTHONIOENCODING'] = 'utf-8'
    p = subprocess.run(args, cwd=cwd, input=stdin, capture_output=True, text=True, env=env)
    return {'stdout': p.stdout, 'stderr': p.stderr, 'code': p.returncode}


def settings_lines(settings):
    return ''.join(f'{k} = {v!r}\n' for k, v in settings.items())


def record(scenario):
    work = tempfile.mkdtemp(prefix='record-time-')
    try:
        bindir = os.path.dirname(PYTHON)
        run([os.path.join(bindir, 'django-admin'), 'startproject', 'mysite'], work)
        project = os.path.join(work, 'mysite')
        run([PYTHON, 'manage.py', 'startapp', 'polls'], project)
        path = os.path.join(project, 'mysite', 'settings.py')
        with open(path) as f:
            text = f.read()
        text = text.replace('INSTALLED_APPS = [\n', "INSTALLED_APPS = [\n    'polls.apps.PollsConfig',\n")
        with open(path, 'w') as f:
            f.write(text + settings_lines(scenario['settings']))
        steps = []
        for step in scenario['steps']:
            for name, content in step.get('files', {}).items():
                full = os.path.join(project, name)
                os.makedirs(os.path.dirname(full), exist_ok=True)
                with open(full, 'w') as f:
                    f.write(content)
            if step.get('migrate'):
                for args in (['makemigrations'], ['migrate']) if step['migrate'] is True else (['makemigrations'],):
                    r = run([PYTHON, 'manage.py', *args], project)
                    assert r['code'] == 0, r
            if 'manage' in step:
                result = run([PYTHON, 'manage.py', *step['manage']], project, step.get('stdin'))
                if step['manage'][0] == 'makemigrations':
                    names = sorted(os.listdir(os.path.join(project, 'polls', 'migrations')))
                    with open(os.path.join(project, 'polls', 'migrations', [n for n in names if n.endswith('.py') and n != '__init__.py'][-1])) as f:
                        result['migration'] = f.read()
            elif 'python' in step:
                with open(os.path.join(project, 'script.py'), 'w') as f:
                    f.write(step['python'])
                result = run([PYTHON, 'script.py'], project)
            elif 'interactive' in step:
                result = run([PYTHON, 'manage.py', 'shell', '-c', INTERACT], project, step['interactive'])
            else:
                result = run([PYTHON, 'manage.py', 'shell'], project, step['script'])
            steps.append({**step, **result})
        return {'about': scenario['about'], 'settings': scenario['settings'], 'normalize_now': scenario.get('normalize_now', False), 'steps': steps}
    finally:
        shutil.rmtree(work)


os.makedirs(OUT, exist_ok=True)
version = subprocess.run([PYTHON, '-c', 'import django; print(django.get_version())'], capture_output=True, text=True).stdout.strip()
for scenario in [s for s in SCENARIOS if len(sys.argv) < 2 or s['name'] in sys.argv[1:]]:
    data = {'django': version, **record(scenario)}
    with open(os.path.join(OUT, scenario['name'] + '.json'), 'w', encoding='utf-8') as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write('\n')
    print('recorded', scenario['name'], file=sys.stderr)
