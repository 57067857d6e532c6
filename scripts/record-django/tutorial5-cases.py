"""The scenarios tutorial5.py records: the official tutorial's part 5 exactly as its page types
it, on top of part 4's generic views, and a held-out run through parts 3-5 typed another way."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location('test_runner_cases', os.path.join(HERE, 'test-runner.py'))
tr = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(tr)

# Part 4's views, as its page leaves them.
VIEWS_PART4 = '''from django.db.models import F
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views import generic

from .models import Choice, Question


class IndexView(generic.ListView):
    template_name = "polls/index.html"
    context_object_name = "latest_question_list"

    def get_queryset(self):
        """Return the last five published questions."""
        return Question.objects.order_by("-pub_date")[:5]


class DetailView(generic.DetailView):
    model = Question
    template_name = "polls/detail.html"


class ResultsView(generic.DetailView):
    model = Question
    template_name = "polls/results.html"


def vote(request, question_id):
    question = get_object_or_404(Question, pk=question_id)
    try:
        selected_choice = question.choice_set.get(pk=request.POST["choice"])
    except (KeyError, Choice.DoesNotExist):
        # Redisplay the question voting form.
        return render(
            request,
            "polls/detail.html",
            {
                "question": question,
                "error_message": "You didn't select a choice.",
            },
        )
    else:
        selected_choice.votes = F("votes") + 1
        selected_choice.save()
        # Always return an HttpResponseRedirect after successfully dealing
        # with POST data. This prevents data from being posted twice if a
        # user hits the Back button.
        return HttpResponseRedirect(reverse("polls:results", args=(question.id,)))
'''

# Part 5: IndexView leaves out future questions...
VIEWS_INDEX_FIXED = VIEWS_PART4.replace(
    'from django.views import generic\n',
    'from django.views import generic\nfrom django.utils import timezone\n',
).replace(
    '''    def get_queryset(self):
        """Return the last five published questions."""
        return Question.objects.order_by("-pub_date")[:5]
''',
    '''    def get_queryset(self):
        """
        Return the last five published questions (not including those set to be
        published in the future).
        """
        return Question.objects.filter(pub_date__lte=timezone.now()).order_by("-pub_date")[
            :5
        ]
''',
)

# ...and DetailView too.
VIEWS_PART5 = VIEWS_INDEX_FIXED.replace(
    '''class DetailView(generic.DetailView):
    model = Question
    template_name = "polls/detail.html"
''',
    '''class DetailView(generic.DetailView):
    model = Question
    template_name = "polls/detail.html"

    def get_queryset(self):
        """
        Excludes any questions that aren't published yet.
        """
        return Question.objects.filter(pub_date__lte=timezone.now())
''',
)

URLS_PART4 = '''from django.urls import path

from . import views

app_name = "polls"
urlpatterns = [
    path("", views.IndexView.as_view(), name="index"),
    path("<int:pk>/", views.DetailView.as_view(), name="detail"),
    path("<int:pk>/results/", views.ResultsView.as_view(), name="results"),
    path("<int:question_id>/vote/", views.vote, name="vote"),
]
'''

DETAIL_PART4 = '''<form action="{% url 'polls:vote' question.id %}" method="post">
{% csrf_token %}
<fieldset>
    <legend><h1>{{ question.question_text }}</h1></legend>
    {% if error_message %}<p><strong>{{ error_message }}</strong></p>{% endif %}
    {% for choice in question.choice_set.all %}
        <input type="radio" name="choice" id="choice{{ forloop.counter }}" value="{{ choice.id }}">
        <label for="choice{{ forloop.counter }}">{{ choice.choice_text }}</label><br>
    {% endfor %}
</fieldset>
<input type="submit" value="Vote">
</form>
'''

RESULTS = '''<h1>{{ question.question_text }}</h1>

<ul>
{% for choice in question.choice_set.all %}
    <li>{{ choice.choice_text }} -- {{ choice.votes }} vote{{ choice.votes|pluralize }}</li>
{% endfor %}
</ul>

<a href="{% url 'polls:detail' question.id %}">Vote again?</a>
'''

# Part 2's rows, made as its shell session makes them.
PART2_DATA = '''from django.utils import timezone
from polls.models import Choice, Question
q = Question(question_text="What's new?", pub_date=timezone.now())
q.save()
q.question_text = "What's up?"
q.save()
q.choice_set.create(choice_text="Not much", votes=0)
q.choice_set.create(choice_text="The sky", votes=0)
c = q.choice_set.create(choice_text="Just hacking again", votes=0)
c.delete()
'''

PART4 = [
    {'run': ['django-admin', 'startproject', 'mysite', '.']},
    {'run': ['python', 'manage.py', 'startapp', 'polls']},
    {'edit': tr.ADD_POLLS},
    {'write': ['polls/models.py', tr.MODELS_BUGGY]},
    {'write': ['polls/views.py', VIEWS_PART4]},
    {'write': ['polls/urls.py', URLS_PART4]},
    {'write': ['mysite/urls.py', tr.SITE_URLS]},
    {'write': ['polls/templates/polls/index.html', tr.INDEX_HTML]},
    {'write': ['polls/templates/polls/detail.html', DETAIL_PART4]},
    {'write': ['polls/templates/polls/results.html', RESULTS]},
    {'run': ['python', 'manage.py', 'makemigrations', 'polls']},
    {'run': ['python', 'manage.py', 'migrate']},
    {'run': ['python', 'manage.py', 'shell', '-c', PART2_DATA]},
]

SHELL = ['python', 'manage.py', 'shell']

BUG_IN_THE_SHELL = [
    'import datetime',
    'from django.utils import timezone',
    'from polls.models import Question',
    '# create a Question instance with pub_date 30 days in the future',
    'future_question = Question(pub_date=timezone.now() + datetime.timedelta(days=30))',
    '# was it published recently?',
    'future_question.was_published_recently()',
]

CLIENT_IN_THE_SHELL = [
    'from django.test.utils import setup_test_environment',
    'setup_test_environment()',
    'from django.test import Client',
    '# create an instance of the client for our use',
    'client = Client()',
    "# get a response from '/'",
    'response = client.get("/")',
    '# we should expect a 404 from that address; if you instead see an',
    '# "Invalid HTTP_HOST header" error and a 400 response, you probably',
    '# omitted the setup_test_environment() call described earlier.',
    'response.status_code',
    "# on the other hand we should expect to find something at '/polls/'",
    "# we'll use 'reverse()' rather than a hardcoded URL",
    'from django.urls import reverse',
    'response = client.get(reverse("polls:index"))',
    'response.status_code',
    'response.content',
    'response.context["latest_question_list"]',
]

MODEL_TESTS = tr.FIRST_TEST + tr.MORE_MODEL_TESTS
_INDEX_TESTS_END = tr.VIEW_TESTS.index('\n\nclass QuestionDetailViewTests')
WITH_INDEX_TESTS = tr.ALL_TESTS[: len(tr.ALL_TESTS) - len(tr.VIEW_TESTS) + _INDEX_TESTS_END] + '\n'
TEST_POLLS = ['python', 'manage.py', 'test', 'polls']

OFFICIAL = PART4 + [
    {'run': SHELL, 'typed': BUG_IN_THE_SHELL},
    {'write': ['polls/tests.py', tr.FIRST_TEST]},
    {'run': TEST_POLLS},
    {'write': ['polls/models.py', tr.MODELS_FIXED]},
    {'run': TEST_POLLS},
    {'write': ['polls/tests.py', MODEL_TESTS]},
    {'run': TEST_POLLS},
    {'run': SHELL, 'typed': CLIENT_IN_THE_SHELL},
    {'write': ['polls/views.py', VIEWS_INDEX_FIXED]},
    {'write': ['polls/tests.py', WITH_INDEX_TESTS]},
    {'run': TEST_POLLS},
    {'write': ['polls/views.py', VIEWS_PART5]},
    {'write': ['polls/tests.py', tr.ALL_TESTS]},
    {'run': TEST_POLLS},
    {'run': TEST_POLLS + ['-v', '2']},
]

SCENARIOS = {'official': OFFICIAL}
