"""Records what real Django 5.2 answers to a ModelForm page that adds and edits a student.

Usage: python3 scripts/record-django/student-form.py
Runs itself again with DJANGO_PYTHON (default /work/tmp/venv52/bin/python, a Python with
Django 5.2 installed). Writes sandbox/framework/__fixtures__/django52/student-form/flow.json:
the project's files, and a browser's requests through them as the grader's http_post check
sends them (the form page's GET, then a POST with its csrftoken cookie and the page's
csrfmiddlewaretoken, and an Origin header), each with Django's status, headers, body (CSRF
tokens replaced by a placeholder of the same length), what its loggers printed, and the
student rows after it.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

PYTHON = os.environ.get("DJANGO_PYTHON", "/work/tmp/venv52/bin/python")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "sandbox", "framework", "__fixtures__", "django52", "student-form")

FILES = {
    "home/models.py": """from django.db import models


class Student(models.Model):
    name = models.CharField(max_length=100)
    age = models.IntegerField()
    address = models.TextField(null=True, blank=True)

    def __str__(self):
        return self.name
""",
    "home/forms.py": """from django import forms

from .models import Student


class StudentForm(forms.ModelForm):
    class Meta:
        model = Student
        fields = ['name', 'age', 'address']

    def clean_age(self):
        age = self.cleaned_data['age']
        if age < 5 or age > 100:
            raise forms.ValidationError('Enter an age between 5 and 100.')
        return age
""",
    "home/views.py": """from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from .forms import StudentForm
from .models import Student


def student_index(request):
    return HttpResponse(', '.join(str(s) for s in Student.objects.order_by('pk')))


def student(request, pk):
    return HttpResponse(str(get_object_or_404(Student, pk=pk)))


def student_add(request):
    if request.method == 'POST':
        form = StudentForm(request.POST)
        if form.is_valid():
            form.save()
            return redirect('home:student_index')
    else:
        form = StudentForm()
    return render(request, 'home/student_form.html', {'form': form})


def student_bare(request):
    form = StudentForm(request.POST or None)
    if request.method == 'POST' and form.is_valid():
        form.save()
        return redirect('home:student_index')
    return render(request, 'home/student_bare.html', {'form': form})


def student_edit(request, pk):
    student = get_object_or_404(Student, pk=pk)
    if request.method == 'POST':
        form = StudentForm(request.POST, instance=student)
        if form.is_valid():
            form.save()
            return redirect('home:student', pk=student.pk)
    else:
        form = StudentForm(instance=student)
    return render(request, 'home/student_edit.html', {'student': student, 'form': form})
""",
    "home/urls.py": """from django.urls import path

from . import views

app_name = 'home'
urlpatterns = [
    path('students/', views.student_index, name='student_index'),
    path('students/add/', views.student_add, name='student_add'),
    path('students/bare/', views.student_bare, name='student_bare'),
    path('students/<int:pk>/', views.student, name='student'),
    path('students/<int:pk>/edit/', views.student_edit, name='student_edit'),
]
""",
    "myproject/urls.py": """from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path('admin/', admin.site.urls),
    path('', include('home.urls')),
]
""",
    "home/templates/home/student_form.html": """<h1>Add a student</h1>
<form method="post">
  {% csrf_token %}
  {{ form.as_p }}
  <button type="submit">Save</button>
</form>
""",
    "home/templates/home/student_bare.html": """<h1>Add a student</h1>
<form method="post">
  {{ form.as_p }}
  <button type="submit">Save</button>
</form>
""",
    "home/templates/home/student_edit.html": """<h1>Edit {{ student }}</h1>
<form method="post">
  {% csrf_token %}
  {{ form.as_p }}
  <button type="submit">Save</button>
</form>
""",
}

SETTINGS = "\nINSTALLED_APPS += ['home']\n"

# name, form page, post path, fields, whether the form page's cookie and token are sent
STEPS = [
    ("add-good", "/students/add/", "/students/add/", {"name": "Kabir", "age": "18", "address": ""}, True),
    ("add-not-a-number", "/students/add/", "/students/add/", {"name": "Tara", "age": "abc", "address": ""}, True),
    ("add-too-young", "/students/add/", "/students/add/", {"name": "Tara", "age": "4", "address": "Goa"}, True),
    ("add-no-name", "/students/add/", "/students/add/", {"name": "", "age": "20"}, True),
    ("add-no-cookie", "/students/add/", "/students/add/", {"name": "Kabir", "age": "18"}, False),
    ("bare-form", "/students/bare/", "/students/bare/", {"name": "Kabir", "age": "18"}, True),
    ("edit-good", "/students/1/edit/", "/students/1/edit/", {"name": "Asha Rao", "age": "21", "address": "Pune"}, True),
    ("edit-bad", "/students/1/edit/", "/students/1/edit/", {"name": "Asha", "age": "200", "address": "Pune"}, True),
]

INNER = r'''
import json, logging, os, re, sys
sys.path.insert(0, os.getcwd())
os.environ['DJANGO_SETTINGS_MODULE'] = 'myproject.settings'
import django
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment
from home.models import Student

lines = []
class Keep(logging.Handler):
    def emit(self, record):
        lines.append(record.getMessage())
for name in ('django.request', 'django.security.csrf'):
    logging.getLogger(name).addHandler(Keep())

TOKEN = re.compile(r'(name="csrfmiddlewaretoken" value=")([A-Za-z0-9]{64})(")')
steps = json.loads(sys.argv[1])
out = []
for name, form, post, data, send in steps:
    client = Client(enforce_csrf_checks=True, HTTP_HOST='127.0.0.1:8000')
    page = client.get(form)
    token = TOKEN.search(page.content.decode())
    fields = dict(data)
    if send and token:
        fields['csrfmiddlewaretoken'] = token.group(2)
    if not send:
        client.cookies.clear()
    del lines[:]
    r = client.post(post, fields, HTTP_ORIGIN='http://127.0.0.1:8000')
    body = TOKEN.sub(lambda m: m.group(1) + 'T' * 64 + m.group(3), r.content.decode())
    out.append({
        'name': name, 'form': form, 'path': post, 'data': data, 'send_token': send,
        'form_status': page.status_code, 'form_has_token': bool(token),
        'status': r.status_code,
        'headers': [[k, v] for k, v in r.items()],
        'body': body, 'log': list(lines),
        'rows': [[s.pk, s.name, s.age, s.address] for s in Student.objects.order_by('pk')],
    })
    # Each step starts from the same rows, as each grader check does on its own copy.
    Student.objects.exclude(pk=1).delete()
    Student.objects.filter(pk=1).update(name='Asha', age=20, address='Pune')
print(json.dumps(out))
'''


def main():
    if os.environ.get("RECORDING") != "1":
        env = dict(os.environ, RECORDING="1")
        sys.exit(subprocess.call([PYTHON, os.path.abspath(__file__)], env=env))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.check_call([sys.executable, "-m", "django", "startproject", "myproject"], cwd=tmp)
        project = os.path.join(tmp, "myproject")
        subprocess.check_call([sys.executable, "manage.py", "startapp", "home"], cwd=project)
        with open(os.path.join(project, "myproject", "settings.py"), "a") as f:
            f.write(SETTINGS)
        for name, text in FILES.items():
            os.makedirs(os.path.dirname(os.path.join(project, name)), exist_ok=True)
            with open(os.path.join(project, name), "w") as f:
                f.write(text)
        for args in (["makemigrations", "-v", "0"], ["migrate", "-v", "0"]):
            subprocess.check_call([sys.executable, "manage.py", *args], cwd=project)
        subprocess.check_call([sys.executable, "manage.py", "shell", "-v", "0", "-c", "from home.models import Student; Student.objects.create(name='Asha', age=20, address='Pune')"], cwd=project)
        result = subprocess.run([sys.executable, "-c", INNER, json.dumps(STEPS)], cwd=project, check=True, capture_output=True, text=True)
        steps = json.loads(result.stdout)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "flow.json"), "w") as f:
        json.dump({"settings": SETTINGS, "files": FILES, "steps": steps}, f, indent=1, ensure_ascii=False)
        f.write("\n")


main()
