#!/usr/bin/env python3
"""Record real Django 5.2 adding a ForeignKey to a table that has rows, as the course's
relationships lesson does: the migration a non-null ForeignKey with a made-up default writes,
`migrate` failing on the rows that point at no row (the check Django's SQLite backend runs
as each migration ends, then the rollback), the nullable field instead, and what `on_delete`
(CASCADE, PROTECT, SET_NULL), the related manager and lookups across the relation do.

    DJANGO_PYTHON=/work/tmp/venv52/bin/python python3 scripts/record-django/foreign-keys.py

DJANGO_PYTHON is a Python 3.12 with Django 5.2 importable; the script re-runs itself under it.
The scenarios are steps as command-steps.py plays them. Writes
sandbox/framework/__fixtures__/django52/foreign-keys/<scenario>.json, which
db/models/foreign-keys.test.ts replays through the sandbox.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from recorder import ensure_django_python, versions, write_json, load_sibling  # noqa: E402

command_steps = load_sibling('command-steps.py', 'command_steps')

ADD_APP = ('mysite/settings.py', "    'django.contrib.staticfiles',\n", "    'django.contrib.staticfiles',\n    'home',\n")
STUDENT = '''from django.db import models


class Student(models.Model):
    name = models.CharField(max_length=100)

    def __str__(self):
        return self.name
'''
COURSE = '''from django.db import models


class Course(models.Model):
    name = models.CharField(max_length=100)

    def __str__(self):
        return self.name


class Student(models.Model):
    name = models.CharField(max_length=100)
    course = models.ForeignKey(Course, on_delete=models.CASCADE, default=1)

    def __str__(self):
        return self.name
'''
NULLABLE = COURSE.replace('on_delete=models.CASCADE, default=1)', 'on_delete=models.CASCADE, null=True, blank=True)')
PROTECTED = NULLABLE.replace('models.CASCADE', 'models.PROTECT')
SET_NULL = NULLABLE.replace('models.CASCADE', 'models.SET_NULL')

ROWS = "Student.objects.create(name='Asha'); Student.objects.create(name='Ravi')"
SHOW = "print(Course.objects.all(), [(s.name, s.course_id) for s in Student.objects.order_by('pk')])"
ORM = '''django = Course.objects.create(name='Django')
python = Course.objects.create(name='Python')
asha = Student.objects.get(name='Asha')
asha.course = django
asha.save()
print(asha.course, asha.course_id)
print(Student.objects.filter(name='Ravi').update(course=python))
print(django.student_set.all(), django.student_set.count(), python.student_set.all())
print(Student.objects.filter(course__name='Django'))
print(Student.objects.filter(course__name='Django').query)
print(Course.objects.filter(student__name='Ravi'))
trial = Course.objects.create(name='Trial')
Student.objects.create(name='Temp', course=trial)
print(trial.delete())
'''
PROTECT_ORM = '''from django.db.models import ProtectedError
empty = Course.objects.create(name='Empty')
print(empty.delete())
try:
    Course.objects.get(name='Django').delete()
except ProtectedError as e:
    print(e)
'''
SET_NULL_ORM = '''print(Course.objects.get(name='Django').delete())
print([(s.name, s.course) for s in Student.objects.order_by('pk')])
'''

SCENARIO = [
    {'run': ['django-admin', 'startproject', 'mysite', '.']},
    {'run': ['python', 'manage.py', 'startapp', 'home']},
    {'edit': ADD_APP},
    {'write': ['home/models.py', STUDENT]},
    {'run': ['python', 'manage.py', 'makemigrations', '-v', '0']},
    {'run': ['python', 'manage.py', 'migrate', '-v', '0']},
    {'run': ['python', 'manage.py', 'shell', '-c', ROWS]},
    # A made-up default: the file is written, migrate fails at the migration's end and rolls back.
    {'write': ['home/models.py', COURSE]},
    {'run': ['python', 'manage.py', 'makemigrations'], 'snapshot': ['home/migrations']},
    {'run': ['python', 'manage.py', 'migrate', 'home']},
    {'run': ['python', 'manage.py', 'showmigrations', 'home']},
    {'run': ['python', 'manage.py', 'shell', '-c', "print(Student.objects.values_list('name', flat=True))"]},
    # The honest field instead: no course yet.
    {'delete': 'home/migrations/0002_course_student_course.py'},
    {'write': ['home/models.py', NULLABLE]},
    {'run': ['python', 'manage.py', 'makemigrations'], 'snapshot': ['home/migrations']},
    {'run': ['python', 'manage.py', 'sqlmigrate', 'home', '0002']},
    {'run': ['python', 'manage.py', 'migrate', 'home']},
    {'run': ['python', 'manage.py', 'shell', '-c', SHOW]},
    {'run': ['python', 'manage.py', 'shell', '-c', ORM]},
    {'write': ['home/models.py', PROTECTED]},
    {'run': ['python', 'manage.py', 'makemigrations'], 'snapshot': ['home/migrations']},
    {'run': ['python', 'manage.py', 'sqlmigrate', 'home', '0003']},
    {'run': ['python', 'manage.py', 'migrate', 'home']},
    {'run': ['python', 'manage.py', 'shell', '-c', PROTECT_ORM]},
    {'run': ['python', 'manage.py', 'shell', '-c', "Course.objects.get(name='Django').delete()"]},
    {'write': ['home/models.py', SET_NULL]},
    {'run': ['python', 'manage.py', 'makemigrations', '-v', '0']},
    {'run': ['python', 'manage.py', 'migrate', '-v', '0']},
    {'run': ['python', 'manage.py', 'shell', '-c', SET_NULL_ORM]},
    {'run': ['python', 'manage.py', 'shell', '-c', SHOW]},
]

SCENARIOS = {'course-and-students': SCENARIO}


def main():
    ensure_django_python()
    for name, steps in SCENARIOS.items():
        write_json('foreign-keys', name + '.json', {**versions(), 'steps': command_steps.play(steps)})


if __name__ == '__main__':
    main()
