#!/usr/bin/env python3
"""Record how Django 5.2's template language renders, for sandbox/framework/template/.

    DJANGO_PYTHON=.venv-django/bin/python python3 scripts/record-django/templates.py

DJANGO_PYTHON is a Python 3.12 with Django 5.2 importable (that path is the default); the
script re-runs itself under it. It rewrites
sandbox/framework/__fixtures__/django52/templates/templates.json: for every case the template
sources, the context (JSON, with tagged values for what JSON lacks, see `decode`), and either
the output or the error (exception class, message, and the line Django's debug page points at).

Settings are the ones 5.2's `startproject` writes (USE_I18N/TZ on, en-us, UTC, the default
INSTALLED_APPS) so tags such as {% static %} and {% load %} answer as in the course.
"""
import datetime
import os
import sys
import types
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from recorder import ensure_django_python, versions, write_json  # noqa: E402

ensure_django_python()

import django  # noqa: E402
from django.conf import settings  # noqa: E402

urls = types.ModuleType('fixture_urls')
sys.modules['fixture_urls'] = urls

settings.configure(
    DEBUG=True,
    SECRET_KEY='fixtures',
    INSTALLED_APPS=['django.contrib.admin', 'django.contrib.auth', 'django.contrib.contenttypes',
                    'django.contrib.sessions', 'django.contrib.messages', 'django.contrib.staticfiles'],
    ROOT_URLCONF='fixture_urls',
    STATIC_URL='static/',
    USE_I18N=True, USE_TZ=True, TIME_ZONE='UTC', LANGUAGE_CODE='en-us',
)
django.setup()

from django.http import HttpResponse  # noqa: E402
from django.template import Context, Engine  # noqa: E402
from django.template.backends.django import get_installed_libraries  # noqa: E402
from django.urls import path  # noqa: E402
from django.utils.safestring import mark_safe  # noqa: E402


def view(request, **kwargs):
    return HttpResponse('')


# The test's reverse() knows the same patterns (template.test.ts).
urls.urlpatterns = [
    path('', view, name='index'),
    path('students/<int:pk>/', view, name='student-detail'),
    path('hello/<str:name>/', view, name='hello'),
]


class Obj:
    """An object with attributes (a model instance, for the template)."""

    def __init__(self, attrs):
        for k, v in attrs.items():
            setattr(self, k, v)


def decode(value):
    """JSON to Python: {"$date": iso}, {"$datetime": iso}, {"$obj": {...}}, {"$safe": s}, {"$tuple": [...]}."""
    if isinstance(value, list):
        return [decode(v) for v in value]
    if isinstance(value, dict):
        if '$date' in value:
            return datetime.date.fromisoformat(value['$date'])
        if '$datetime' in value:
            return datetime.datetime.fromisoformat(value['$datetime'])
        if '$obj' in value:
            return Obj({k: decode(v) for k, v in value['$obj'].items()})
        if '$safe' in value:
            return mark_safe(value['$safe'])
        if '$tuple' in value:
            return tuple(decode(v) for v in value['$tuple'])
        return {k: decode(v) for k, v in value.items()}
    return value


HOSTILE = "<script>alert('x')</script> & \"q\""
STUDENTS = [{'name': 'Ravi', 'age': 20}, {'name': 'Meena', 'age': 21}]

# (name, templates or source, context[, options]) — options: csrf (token), render (template name)
CASES = [
    # ---- the course's templates (scenario 07) ----
    ('scenario07-index', {'index.html': "<!DOCTYPE html>\n<html>\n<head><title>Home</title></head>\n<body>\n  <h1>Hello {{ name }}</h1>\n  <p>Upper: {{ name|upper }}</p>\n  <p>Lower: {{ name|lower }} / length: {{ students|length }}</p>\n  <ul>\n  {% for s in students %}\n    <li>{{ forloop.counter }}. {{ s.name }} ({{ s.age }})</li>\n  {% endfor %}\n  </ul>\n  <ul>\n  {% for x in empty_list %}\n    <li>{{ x }}</li>\n  {% empty %}\n    <li>No items</li>\n  {% endfor %}\n  </ul>\n  {% if students %}<p>Has students</p>{% else %}<p>No students</p>{% endif %}\n  <p>Escaped: {{ html_value }}</p>\n  <p>Safe: {{ html_value|safe }}</p>\n  <p>Missing: [{{ missing_var }}]</p>\n  <p>Default: {{ missing_var|default:\"n/a\" }}</p>\n</body>\n</html>\n"},
     {'name': 'Asha', 'students': STUDENTS, 'html_value': '<b>x</b>', 'empty_list': []}),
    # ---- variables ----
    ('var-plain', 'Hi {{ name }}!', {'name': 'Asha'}),
    ('var-missing', '[{{ nope }}][{{ nope.deeper }}][{{ d.nokey }}]', {'d': {}}),
    ('var-dict-attr-index', '{{ d.key }} {{ o.attr }} {{ l.0 }} {{ l.1.name }} {% for k, v in d.items %}{{ k }}:{{ v }}{% endfor %}', {'d': {'key': 'v'}, 'o': {'$obj': {'attr': 'A'}}, 'l': ['x', {'name': 'N'}]}),
    ('var-dict-before-attr', '{{ d.items }}|{% for k in d.keys %}{{ k }}{% endfor %}', {'d': {'items': 'shadowed'}}),
    ('var-types', '{{ i }} {{ f }} {{ t }} {{ n }} {{ l }} {{ d }} {{ tup }}', {'i': 3, 'f': 2.5, 't': True, 'n': None, 'l': ['a', 1], 'd': {'k': 'v'}, 'tup': {'$tuple': [1, 'b']}}),
    ('var-literals', '{{ "text" }} {{ \'single\' }} {{ 42 }} {{ 1.5 }} {{ True }} {{ None }} {{ "<b>" }}', {}),
    ('var-index-out', '[{{ l.5 }}][{{ s.0 }}]', {'l': [1], 's': 'abc'}),
    ('var-underscore', '{{ _private }}', {}),
    ('var-empty', 'a {{ }} b', {}),
    ('var-unparsable', '{{ name! }}', {}),
    ('var-bad-chars', '{{ a b }}', {}),
    # ---- escaping ----
    ('escape-hostile', '{{ x }}|{{ x|safe }}|{{ x|escape }}|{{ x|force_escape }}', {'x': HOSTILE}),
    ('escape-markSafe', '{{ s }}|{{ s|upper }}|{{ s|lower }}|{{ s|escape }}', {'s': {'$safe': '<i>ok</i>'}}),
    ('escape-autoescape-off', '{% autoescape off %}{{ x }}{% autoescape on %}{{ x }}{% endautoescape %}{% endautoescape %}{{ x }}', {'x': '<a>'}),
    ('escape-list', '{{ l }}', {'l': ["<a>", "it's"]}),
    ('escape-autoescape-bad', '{% autoescape maybe %}{% endautoescape %}', {}),
    # ---- filters ----
    ('f-upper-lower', '{{ s|upper }} {{ s|lower }} {{ n|upper }}', {'s': 'Hello World', 'n': 5}),
    ('f-title-capfirst', '{{ s|title }}|{{ t|title }}|{{ s|capfirst }}|{{ e|capfirst }}', {'s': "hello world's 2nd-best day", 't': 'éCOLE my fRIEND', 'e': ''}),
    ('f-length', '{{ l|length }} {{ s|length }} {{ d|length }} {{ n|length }} {{ missing|length }}', {'l': [1, 2, 3], 's': 'abcd', 'd': {'a': 1}, 'n': 5}),
    ('f-length-is', '{{ l|length_is:3 }} {{ l|length_is:"2" }} {{ n|length_is:1 }}', {'l': [1, 2, 3], 'n': 5}),
    ('f-default', '{{ a|default:"x" }} {{ b|default:"x" }} {{ c|default:"x" }} {{ d|default:"x" }} {{ e|default:fallback }} {{ z|default:0 }}', {'a': '', 'b': 0, 'c': None, 'd': 'set', 'e': [], 'fallback': 'fb'}),
    ('f-default-if-none', '{{ a|default_if_none:"x" }} {{ b|default_if_none:"x" }} {{ missing|default_if_none:"x" }}', {'a': None, 'b': ''}),
    ('f-default-escapes-arg-var', '{{ a|default:v }}|{{ a|default:"<i>" }}', {'a': '', 'v': '<i>'}),
    ('f-date', '{{ d|date:"Y-m-d" }}|{{ d|date:"N j, Y" }}|{{ d|date:"d/m/Y" }}|{{ d|date }}|{{ d|date:"D, l jS F y, n/M/b" }}|{{ d }}', {'d': {'$date': '2026-11-21'}}),
    ('f-date-months', '{% for d in ds %}{{ d|date:"N" }},{{ d|date:"E" }},{{ d|date:"L w z t" }};{% endfor %}', {'ds': [{'$date': '2024-0%d-0%d' % (m, m)} for m in range(1, 10)] + [{'$date': '2024-1%d-1%d' % (m, m)} for m in range(0, 3)]}),
    ('f-date-datetime', '{{ dt|date:"Y-m-d H:i:s" }}|{{ dt|date:"P" }}|{{ dt|date:"g:i a A f G h" }}|{{ noon|date:"P" }}|{{ mid|date:"P" }}|{{ dt }}|{{ dt|date:"SHORT_DATE_FORMAT" }}|{{ dt|date:"DATETIME_FORMAT" }}|{{ dt|date:"\\Y\\e\\s Y" }}', {'dt': {'$datetime': '2026-11-21T14:30:05'}, 'noon': {'$datetime': '2026-11-21T12:00:00'}, 'mid': {'$datetime': '2026-11-21T00:00:00'}}),
    ('f-date-string', '[{{ s|date:"Y-m-d" }}][{{ e|date }}][{{ n|date }}][{{ missing|date:"Y" }}]', {'s': '2026-11-21', 'e': '', 'n': None}),
    ('f-truncate', '{{ s|truncatechars:5 }}|{{ s|truncatechars:50 }}|{{ s|truncatechars:1 }}|{{ s|truncatewords:2 }}|{{ s|truncatewords:10 }}|{{ s|truncatechars:"x" }}', {'s': 'Hello   big world out there'}),
    ('f-join', '{{ l|join:", " }}|{{ h|join:"<br>" }}|{{ h|join:sep }}|{{ s|join:"-" }}', {'l': ['a', 'b', 'c'], 'h': ['<a>', '&'], 'sep': '<hr>', 's': 'abc'}),
    ('f-join-off', '{% autoescape off %}{{ h|join:sep }}{% endautoescape %}', {'h': ['<a>', '&'], 'sep': '<hr>'}),
    ('f-linebreaks', '{{ s|linebreaks }}|{{ s|linebreaksbr }}|{{ safe|linebreaksbr }}', {'s': "one <b>\ntwo\n\n\nthree\r\nfour", 'safe': {'$safe': '<i>a\nb</i>'}}),
    ('f-pluralize', '{% for n in ns %}{{ n }} item{{ n|pluralize }} box{{ n|pluralize:"es" }} cherr{{ n|pluralize:"y,ies" }}[{{ n|pluralize:"a,b,c" }}];{% endfor %}', {'ns': [0, 1, 2, '1', 'x', [1], [1, 2], 1.5]}),
    ('f-add', '{{ a|add:2 }} {{ s|add:"3" }} {{ f|add:1 }} {{ l|add:l2 }} {{ t|add:"x" }} [{{ t|add:1 }}]', {'a': 1, 's': '4', 'f': 2.7, 'l': [1], 'l2': [2], 't': 'ab'}),
    ('f-first-last', '{{ l|first }} {{ l|last }} [{{ e|first }}] [{{ e|last }}] {{ s|first }}{{ s|last }}', {'l': ['<x>', 'b', 'c'], 'e': [], 's': 'xyz'}),
    ('f-slice', '{{ l|slice:":2" }} {{ l|slice:"1:" }} {{ l|slice:"::2" }} {{ l|slice:"-1:" }} {{ s|slice:"2" }} {{ l|slice:"x" }}', {'l': [1, 2, 3, 4], 's': 'abcdef'}),
    ('f-floatformat', '{% for v in vs %}{{ v|floatformat }} {{ v|floatformat:2 }} {{ v|floatformat:"-2" }} {{ v|floatformat:0 }} {{ v|floatformat:3 }};{% endfor %}', {'vs': [34.23234, 34.0, 34.26, '34.5', 0.5, -1.25, 7, 'abc', 1.005, 2.675]}),
    ('f-yesno', '{{ t|yesno }} {{ f|yesno }} {{ n|yesno }} {{ t|yesno:"ja,nein" }} {{ n|yesno:"ja,nein" }} {{ n|yesno:"a,b,c" }} {{ t|yesno:"single" }}', {'t': True, 'f': False, 'n': None}),
    ('f-striptags-cut', '{{ h|striptags }}|{{ s|cut:" " }}|{{ safe|cut:"a" }}', {'h': '<p>Hello <b>world</b></p> a < b', 's': 'a b c', 'safe': {'$safe': '<a>banana</a>'}}),
    ('f-chain', '{{ name|lower|capfirst }} {{ l|join:","|upper }} {{ missing|default:"none"|upper }}', {'name': 'ASHA', 'l': ['a', 'b']}),
    ('f-spaces', '{{ name | upper }}', {'name': 'x'}),
    ('f-invalid', '{{ name|uper }}', {'name': 'x'}),
    ('f-arg-count', '{{ name|upper:"x" }}', {'name': 'x'}),
    ('f-arg-missing', '{{ name|default }}', {'name': 'x'}),
    ('f-var-arg-missing', '{{ name|default:nothing }}', {'name': ''}),
    # ---- for ----
    ('for-forloop', '{% for x in l %}{{ forloop.counter }}/{{ forloop.counter0 }}/{{ forloop.revcounter }}/{{ forloop.revcounter0 }}/{{ forloop.first }}/{{ forloop.last }} {% endfor %}', {'l': ['a', 'b', 'c']}),
    ('for-reversed-unpack', '{% for x in l reversed %}{{ x }}{% endfor %}|{% for k, v in d.items %}{{ k }}={{ v }};{% endfor %}|{% for a,b in pairs %}{{ a }}{{ b }}{% endfor %}', {'l': [1, 2, 3], 'd': {'a': 1, 'b': 2}, 'pairs': [[1, 2], [3, 4]]}),
    ('for-nested-parentloop', '{% for r in rows %}{% for c in r %}{{ forloop.parentloop.counter }}.{{ forloop.counter }}={{ c }} {% endfor %}{% endfor %}', {'rows': [['a', 'b'], ['c']]}),
    ('for-empty-missing-string', '{% for x in missing %}{{ x }}{% empty %}none{% endfor %}|{% for c in s %}{{ c }}-{% endfor %}|{% for x in d %}{{ x }}{% endfor %}', {'s': 'ab', 'd': {'k1': 1, 'k2': 2}}),
    ('for-scope', '{% for x in l %}{{ x }}{% endfor %}[{{ x }}][{{ forloop }}]', {'l': [1]}),
    ('for-unpack-error', '{% for a, b in l %}{{ a }}{% endfor %}', {'l': [[1, 2, 3]]}),
    ('for-bad-syntax', '{% for x l %}{% endfor %}', {}),
    ('for-short', '{% for x %}{% endfor %}', {}),
    ('for-bad-var', '{% for x, in l %}{% endfor %}', {}),
    ('for-typo-end', 'a\nb\n{% for x in l %}\n{{ x }}{% endfo %}', {}),
    ('for-unclosed', 'line1\n{% for x in l %}{{ x }}', {}),
    # ---- if ----
    ('if-ops', '{% if a == 1 %}eq{% endif %}{% if a != 2 %} ne{% endif %}{% if a < 2 and b > 1 %} lt-gt{% endif %}{% if a <= 1 or x %} le{% endif %}{% if a >= 5 %} ge{% else %} notge{% endif %}', {'a': 1, 'b': 2}),
    ('if-in-not', '{% if "b" in l %}in{% endif %}{% if "z" not in l %} notin{% endif %}{% if not missing %} not{% endif %}{% if n is None %} isnone{% endif %}{% if a is not None %} isnot{% endif %}{% if "ell" in s %} sub{% endif %}', {'l': ['a', 'b'], 'n': None, 'a': 1, 's': 'hello'}),
    ('if-elif', '{% for n in ns %}{% if n > 10 %}big{% elif n > 5 %}mid{% elif n == 0 %}zero{% else %}small{% endif %},{% endfor %}', {'ns': [0, 3, 7, 20]}),
    ('if-precedence', '{% if a or b and c %}1{% endif %}{% if not a or b %}2{% endif %}{% if not a == b %}3{% endif %}{% if a and not b %}4{% endif %}', {'a': True, 'b': False, 'c': False}),
    ('if-errors-are-false', '{% if a > b %}yes{% else %}no{% endif %}{% if a in 5 %}yes{% else %}no{% endif %}', {'a': 'x', 'b': 1}),
    ('if-filters', '{% if l|length > 1 %}many{% endif %}{% if name|lower == "asha" %} asha{% endif %}', {'l': [1, 2], 'name': 'ASHA'}),
    ('if-bad-end', '{% if a = b %}x{% endif %}', {}),
    ('if-unused', '{% if a b %}x{% endif %}', {}),
    ('if-empty', '{% if %}x{% endif %}', {}),
    ('if-end-expr', '{% if a and %}x{% endif %}', {}),
    ('if-unclosed', 'x\n{% if a %}\nbody', {}),
    ('if-not-expecting', '{% if == a %}x{% endif %}', {}),
    # ---- url ----
    ('url', '{% url "index" %}|{% url \'student-detail\' 5 %}|{% url "student-detail" pk=s.pk %}|{% url "hello" name %}|{% url "hello" "a b" as u %}[{{ u }}]|{% url "nope" as n %}[{{ n }}]', {'s': {'pk': 7}, 'name': 'Asha'}),
    ('url-missing', '{% url "nope" %}', {}),
    ('url-noargs', '{% url %}', {}),
    # ---- extends / block / include ----
    ('extends', {'base.html': '<title>{% block title %}Site{% endblock %}</title>\n<main>{% block content %}base content{% endblock content %}</main>{% block footer %}(c){% endblock %}',
                 'child.html': '{% extends "base.html" %}\nignored text\n{% block title %}{{ block.super }} - Home{% endblock %}\n{% block content %}Hi {{ name }}{% endblock %}'},
     {'name': '<Asha>'}, {'render': 'child.html'}),
    ('extends-three-levels', {'base.html': '[{% block a %}A0{% endblock %}|{% block b %}B0{% endblock %}]',
                              'mid.html': '{% extends "base.html" %}{% block a %}A1+{{ block.super }}{% endblock %}',
                              'leaf.html': '{% extends "mid.html" %}{% block a %}A2+{{ block.super }}{% endblock %}{% block b %}B2{% block inner %}I{% endblock %}{% endblock %}'},
     {}, {'render': 'leaf.html'}),
    ('extends-var', {'base.html': 'B{% block x %}{% endblock %}', 'c.html': '{% extends parent %}{% block x %}!{% endblock %}'}, {'parent': 'base.html'}, {'render': 'c.html'}),
    ('extends-missing', {'c.html': '{% extends "nobase.html" %}'}, {}, {'render': 'c.html'}),
    ('extends-not-first', {'c.html': '{% load static %}{% extends "base.html" %}', 'base.html': ''}, {}, {'render': 'c.html'}),
    ('extends-twice', {'c.html': '{% extends "base.html" %}{% extends "base.html" %}', 'base.html': ''}, {}, {'render': 'c.html'}),
    ('block-dup', '{% block a %}{% endblock %}{% block a %}{% endblock %}', {}),
    ('block-bad-end', '{% block a %}{% endblock b %}', {}),
    ('block-plain', '{% block a %}one{% endblock %}[{{ block }}]', {}),
    ('include', {'page.html': 'P:{% include "part.html" %}|{% include "part.html" with who="W" %}|{% include "part.html" with who=name only %}|{% include "part.html" only %}|{% include tpl %}',
                 'part.html': '<{{ who|default:"anon" }}/{{ name }}>'},
     {'name': 'N', 'who': 'ctx', 'tpl': 'part.html'}, {'render': 'page.html'}),
    ('include-in-loop', {'list.html': '{% for s in students %}{% include "item.html" %}{% endfor %}', 'item.html': '<li>{{ forloop.counter }} {{ s.name }}</li>'},
     {'students': STUDENTS}, {'render': 'list.html'}),
    ('include-missing', {'page.html': 'x\n{% include "nope.html" %}'}, {}, {'render': 'page.html'}),
    ('include-bad-option', '{% include "a.html" foo %}', {}),
    ('template-missing', {}, {}, {'render': 'nope.html'}),
    # ---- csrf / static / with / comment / spaceless / verbatim / cycle ----
    ('csrf', '<form>{% csrf_token %}</form>', {}, {'csrf': 'abc123TOKEN'}),
    ('csrf-none', '<form>{% csrf_token %}</form>', {}),
    ('static', '{% load static %}{% static "css/site.css" %}|{% static \'img/a b&c.png\' %}|{% static path %}|{% static "x.js" as s %}[{{ s }}]|{% get_static_prefix %}', {'path': 'js/app.js'}),
    ('static-not-loaded', '{% static "x.css" %}', {}),
    ('load-unknown', '{% load nosuchlib %}', {}),
    ('with', '{% with total=l|length greeting="hi" %}{{ greeting }} {{ total }}{% endwith %}[{{ total }}]{% with name|upper as up %}{{ up }}{% endwith %}', {'l': [1, 2], 'name': 'asha'}),
    ('with-empty', '{% with %}{% endwith %}', {}),
    ('comment', 'a{# hidden {{ x }} #}b{% comment "why" %}{% if %}{{ x }}{% endcomment %}c{# multi\nline #}', {'x': 1}),
    ('comment-unclosed', 'a\n{% comment %}never', {}),
    ('spaceless', '{% spaceless %}\n  <p>\n    <a href="#"> x </a>\n  </p>\n{% endspaceless %}', {}),
    ('verbatim', '{% verbatim %}{{ x }} {% if %}{% endverbatim %}|{% verbatim v1 %}{% endverbatim %}{% endverbatim v1 %}', {'x': 1}),
    ('cycle', '{% for x in l %}{% cycle "odd" "even" %} {% cycle "a" b as c silent %}{{ c }}{% endfor %}', {'l': [1, 2, 3], 'b': 'B'}),
    ('cycle-named', '{% for x in l %}{% cycle "r1" "r2" as rc %}-{% cycle rc %};{% endfor %}', {'l': [1, 2, 3]}),
    # ---- combinations the lessons write ----
    ('lesson-list-page', {'base.html': '<!DOCTYPE html>\n<html>\n<head>{% load static %}<link rel="stylesheet" href="{% static \'css/style.css\' %}"><title>{% block title %}My site{% endblock %}</title></head>\n<body>\n{% include "nav.html" %}\n{% block content %}{% endblock %}\n</body>\n</html>\n',
                          'nav.html': '<nav><a href="{% url \'index\' %}">Home</a></nav>',
                          'students.html': '{% extends "base.html" %}\n{% block title %}Students | {{ block.super }}{% endblock %}\n{% block content %}\n<h1>{{ students|length }} student{{ students|length|pluralize }}</h1>\n<ul>\n{% for s in students %}\n  <li class="{% cycle \'odd\' \'even\' %}{% if forloop.first %} first{% endif %}"><a href="{% url \'student-detail\' s.pk %}">{{ s.name|title }}</a> {{ s.joined|date:"d/m/Y" }}{% if not forloop.last %},{% endif %}</li>\n{% empty %}\n  <li>No students yet.</li>\n{% endfor %}\n</ul>\n<form method="post">{% csrf_token %}<input name="q" value="{{ q }}"></form>\n{% endblock %}\n'},
     {'students': [{'$obj': {'pk': 1, 'name': 'ravi kumar', 'joined': {'$date': '2024-01-05'}}}, {'$obj': {'pk': 2, 'name': "meena o'neil", 'joined': {'$date': '2024-12-25'}}}], 'q': '"><script>x</script>'},
     {'render': 'students.html', 'csrf': 'tok'}),
    ('escape-attribute', '<a title="{{ x }}" href="/?q={{ x|urlencode }}">{{ x|truncatechars:10 }}</a>', {'x': '" onmouseover="alert(1)'}),
    ('block-super-in-base', '{% block a %}[{{ block.super }}]x{% endblock %}', {}),
    ('if-strings', '{% if name == "Asha" %}A{% endif %}{% if name != \'Ravi\' %}B{% endif %}{% if name < "B" %}C{% endif %}{% if l == l2 %}D{% endif %}', {'name': 'Asha', 'l': [1], 'l2': [1]}),
    ('floatformat-grouping', '{{ n|floatformat:"2g" }} {{ n|floatformat:"g" }} {{ n|floatformat:"0u" }}', {'n': 1234567.891}),
    ('filter-parse-chars', '{{ x|upper|}}', {'x': 1}),
    ('filter-arg-var', '{{ s|truncatewords:n }} {{ l|join:sep|upper }}', {'s': 'a b c d', 'n': 2, 'l': ['x', 'y'], 'sep': '+'}),
    ('with-legacy-in-for', '{% for s in students %}{% with s.name as n %}{{ n|lower }}{% endwith %}{% endfor %}', {'students': STUDENTS}),
    ('url-as-then-use', '{% url "student-detail" pk=3 as link %}<a href="{{ link }}">x</a>', {}),
    ('length-pluralize-qs', '{{ items|length }} item{{ items|pluralize }}', {'items': ['a']}),
    ('for-over-dict-values', '{% for k, v in d.items %}{{ forloop.counter }}:{{ k }}={{ v|default:"-" }} {% endfor %}', {'d': {'a': 0, 'b': 'x'}}),
    ('tag-unknown', 'a\n{% foo %}', {}),
    ('tag-empty', '{% %}', {}),
    ('tag-unexpected-end', 'x{% endif %}', {}),
    ('lines', 'one\ntwo {{ a }}\n{% if a %}\nthree\n{% endfor %}', {'a': 1}),
]


def case_record(case):
    name, templates, context = case[:3]
    options = case[3] if len(case) > 3 else {}
    if isinstance(templates, str):
        templates = {'main.html': templates}
        render_name = 'main.html'
    else:
        render_name = options.get('render', 'index.html')
    # The libraries DjangoTemplates offers with these INSTALLED_APPS ({% load static %}...).
    engine = Engine(debug=True, loaders=[('django.template.loaders.locmem.Loader', templates)], libraries=get_installed_libraries())
    ctx = decode(context)
    if 'csrf' in options:
        ctx['csrf_token'] = options['csrf']
    record = {'name': name, 'templates': templates, 'render': render_name, 'context': context}
    if 'csrf' in options:
        record['csrf'] = options['csrf']
    with warnings.catch_warnings():
        # {% csrf_token %} without a token warns on stderr; the recording is the output.
        warnings.simplefilter('ignore')
        return render(engine, render_name, ctx, record)


def render(engine, render_name, ctx, record):
    try:
        record['output'] = engine.get_template(render_name).render(Context(ctx))
    except Exception as e:  # noqa: BLE001 - every error is part of the recording
        error = {'type': type(e).__name__, 'message': str(e)}
        debug = getattr(e, 'template_debug', None)
        if debug:
            error['line'] = debug['line']
            error['template'] = debug['name']
        record['error'] = error
    return record


def main():
    records = [case_record(case) for case in CASES]
    names = [r['name'] for r in records]
    assert len(names) == len(set(names)), 'case names must be unique'
    write_json('templates', 'templates.json', {**versions(), 'cases': records})


if __name__ == '__main__':
    main()
