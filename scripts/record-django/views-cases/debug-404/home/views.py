from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404

from django.contrib.auth.models import User


def index(request):
    return HttpResponse('index')


def year(request, year):
    raise Http404('No articles for ' + year + ' <yet>')


def question(request, question_id=None, pk=None):
    get_object_or_404(User, pk=question_id or pk)
    return HttpResponse('found')


def gone(request):
    raise Http404


def bare(request):
    raise Http404()
