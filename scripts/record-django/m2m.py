#!/usr/bin/env python3
"""Record real Django 5.2 with ManyToManyField: makemigrations, the migration files it writes,
sqlmigrate (forwards and backwards), migrate, the tables' schemas, and what the related
managers, lookups across the relation, deletion, templates and ModelForms do with it.

    DJANGO_PYTHON=/work/tmp/venv52/bin/python python3 scripts/record-django/m2m.py

DJANGO_PYTHON is a Python 3.12 with Django 5.2 importable; the script re-runs itself under it.
The scenarios are steps as command-steps.py plays them (`run`, `write`, `edit`, `delete`,
with `snapshot` folders); a learner's `python manage.py shell -c "..."` prints what the ORM
answers. Writes sandbox/framework/__fixtures__/django52/m2m/<scenario>.json, which
m2m.test.ts replays through the sandbox.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from recorder import ensure_django_python, versions, write_json, load_sibling  # noqa: E402

command_steps = load_sibling('command-steps.py', 'command_steps')

ADD_APP = ('mysite/settings.py', "    'django.contrib.staticfiles',\n", "    'django.contrib.staticfiles',\n    'store',\n")
START = [
    {'run': ['django-admin', 'startproject', 'mysite', '.']},
    {'run': ['python', 'manage.py', 'startapp', 'store']},
    {'edit': ADD_APP},
]

MODELS_1 = '''from django.db import models


class Tag(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Post(models.Model):
    title = models.CharField(max_length=100)
    tags = models.ManyToManyField(Tag)

    def __str__(self):
        return self.title
'''

MODELS_2 = '''from django.conf import settings
from django.db import models


class Tag(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Post(models.Model):
    title = models.CharField(max_length=100)
    tags = models.ManyToManyField(Tag, blank=True, related_name='posts')
    readers = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True)

    def __str__(self):
        return self.title


class Person(models.Model):
    name = models.CharField(max_length=50)
    friends = models.ManyToManyField('self', blank=True)

    def __str__(self):
        return self.name
'''

MODELS_3 = MODELS_2.replace("    readers = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True)\n", '')

SCHEMA = '''from django.db import connection
with connection.cursor() as c:
    c.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE tbl_name LIKE 'store%' ORDER BY tbl_name, type DESC, name")
    for row in c.fetchall():
        print(row)
'''

MIGRATIONS = START + [
    {'write': ['store/models.py', MODELS_1]},
    {'run': ['python', 'manage.py', 'makemigrations'], 'snapshot': ['store/migrations']},
    {'run': ['python', 'manage.py', 'sqlmigrate', 'store', '0001']},
    # All of them: the sandbox runs only whole histories of the built-in apps.
    {'run': ['python', 'manage.py', 'migrate']},
    {'run': ['python', 'manage.py', 'shell', '-c', SCHEMA]},
    {'write': ['store/models.py', MODELS_2]},
    {'run': ['python', 'manage.py', 'makemigrations'], 'snapshot': ['store/migrations']},
    {'run': ['python', 'manage.py', 'sqlmigrate', 'store', '0002']},
    {'run': ['python', 'manage.py', 'migrate', 'store']},
    {'run': ['python', 'manage.py', 'shell', '-c', SCHEMA]},
    {'write': ['store/models.py', MODELS_3]},
    {'run': ['python', 'manage.py', 'makemigrations', 'store'], 'snapshot': ['store/migrations']},
    {'run': ['python', 'manage.py', 'sqlmigrate', 'store', '0003']},
    {'run': ['python', 'manage.py', 'sqlmigrate', 'store', '0003', '--backwards']},
    {'run': ['python', 'manage.py', 'migrate', 'store']},
    {'run': ['python', 'manage.py', 'makemigrations', '--check']},
    {'run': ['python', 'manage.py', 'shell', '-c', SCHEMA]},
    {'run': ['python', 'manage.py', 'sqlmigrate', 'store', '0001', '--backwards']},
    {'run': ['python', 'manage.py', 'migrate', 'store', '0002']},
    {'run': ['python', 'manage.py', 'migrate', 'store', 'zero']},
    {'run': ['python', 'manage.py', 'shell', '-c', SCHEMA]},
]

ORM = '''from store.models import Post, Tag, Person
t1 = Tag.objects.create(name='django')
t2 = Tag.objects.create(name='python')
t3 = Tag.objects.create(name='web')
p = Post(title='Hello')
try:
    p.tags
except ValueError as e:
    print('ValueError:', e)
try:
    Post(title='x', tags=[t1])
except TypeError as e:
    print('TypeError:', e)
p.save()
try:
    p.tags = [t1]
except TypeError as e:
    print('TypeError:', e)
print(type(p.tags).__name__, type(t1.posts).__name__)
print(p.tags, t1.posts, str(p.tags))
p.tags.add(t1, t2)
p.tags.add(t1)
print(p.tags.all())
print(p.tags.count(), p.tags.exists())
print(p.tags.filter(name__startswith='p'))
print(p.tags.order_by('-name'))
print(t1.posts.all())
print(t3.posts.all(), t3.posts.count())
q = Post.objects.create(title='Second')
q.tags.add(t2.pk)
print(t2.posts.all())
print(Post.objects.filter(tags__name='python'))
print(Post.objects.filter(tags__name__in=['django', 'python']))
print(Post.objects.filter(tags__name__in=['django', 'python']).distinct())
print(Post.objects.filter(tags=t1))
print(Tag.objects.filter(posts__title='Second'))
print(Tag.objects.filter(posts=q))
print(Post.objects.filter(tags__name__in=['django', 'python']).query)
print(Post.objects.filter(tags=t1).query)
print(p.tags.all().query)
print(t2.posts.all().query)
print(Post.objects.exclude(tags__name='django'))
print(Post.objects.filter(tags__isnull=True))
print(Tag.objects.filter(posts__isnull=True))
p.tags.remove(t1)
print(p.tags.all())
p.tags.set([t3, t1])
print(p.tags.all())
p.tags.set([t1.pk])
print(p.tags.all())
n = p.tags.create(name='new')
print(n, n.pk, p.tags.all())
p.tags.clear()
print(p.tags.all(), t1.posts.all())
t2.posts.add(p)
print(p.tags.all())
t2.posts.remove(q)
print(t2.posts.all())
try:
    p.tags.add('django')
except Exception as e:
    print(type(e).__name__ + ':', e)
try:
    p.tags.add(Post(title='unsaved'))
except Exception as e:
    print(type(e).__name__ + ':', e)
try:
    p.tags.add(Tag(name='unsaved'))
except Exception as e:
    print(type(e).__name__ + ':', e)
try:
    Post.objects.filter(tags__nope='x')
except Exception as e:
    print(type(e).__name__ + ':', e)
try:
    Post.objects.filter(nope='x')
except Exception as e:
    print(type(e).__name__ + ':', e)
p.tags.set([t1, t2, t3])
print(Post.tags.through, Post.tags.through.objects.count(), p.tags.model, t1.posts.model)
print(Post.tags.through.objects.filter(post=p).values_list('tag__name', flat=True).order_by('tag__name'))
print(Post.objects.prefetch_related('tags'))
print([[t.name for t in x.tags.all()] for x in Post.objects.prefetch_related('tags')])
from django.template.loader import render_to_string
print(render_to_string('store/tags.html', {'post': p}))
print(render_to_string('store/tags.html', {'post': q}))
print(Post.objects.values_list('title', 'tags__name').order_by('title', 'tags__name'))
print(p.delete())
print(t2.posts.all())
print(t2.delete())
a = Person.objects.create(name='Asha')
b = Person.objects.create(name='Bilal')
c = Person.objects.create(name='Chen')
a.friends.add(b, c)
print(a.friends.all(), b.friends.all(), c.friends.all())
b.friends.remove(a)
print(a.friends.all(), b.friends.all())
print(Person.objects.filter(friends__name='Asha'))
try:
    a.person_set
except AttributeError as e:
    print('AttributeError:', e)
print(c.delete())
print(a.friends.all())
from django.contrib.auth.models import User, Group, Permission
u = User.objects.create_user('ann')
g = Group.objects.create(name='editors')
u.groups.add(g)
print(u.groups.all(), g.user_set.all(), User.objects.filter(groups__name='editors'))
perm = Permission.objects.get(codename='add_post')
g.permissions.add(perm)
u.user_permissions.add(Permission.objects.get(codename='view_tag'))
u = User.objects.get(pk=u.pk)
print(sorted(u.get_all_permissions()), u.has_perm('store.add_post'))
print(perm.group_set.all(), Permission.objects.filter(group__name='editors'))
'''

ORM_SCENARIO = START + [
    {'write': ['store/models.py', MODELS_3]},
    {'write': ['store/templates/store/tags.html', '{% for t in post.tags.all %}<{{ t }}>{% empty %}none{% endfor %}|{{ post.tags.count }}\n']},
    {'run': ['python', 'manage.py', 'makemigrations'], 'snapshot': ['store/migrations']},
    {'run': ['python', 'manage.py', 'migrate', '-v', '0']},
    {'run': ['python', 'manage.py', 'shell', '-c', ORM]},
]

FORMS = '''from django import forms
from store.models import Post, Tag
t1 = Tag.objects.create(name='django')
t2 = Tag.objects.create(name='python')
t3 = Tag.objects.create(name='web')


class PostForm(forms.ModelForm):
    class Meta:
        model = Post
        fields = ['title', 'tags']


f = PostForm()
print(type(f.fields['tags']).__name__, type(f.fields['tags'].widget).__name__, f.fields['tags'].required)
print(f)
print(f.as_p())
f = PostForm(data={'title': 'New', 'tags': [t1.pk, t3.pk]})
print(f.is_valid(), f.cleaned_data['tags'])
obj = f.save()
print(obj, obj.tags.all())
f = PostForm(instance=obj)
print(f['tags'])
print(f.initial)
f = PostForm(data={'title': 'N2', 'tags': ['99']})
print(f.is_valid(), f.errors.get_json_data())
f = PostForm(data={'title': 'N2', 'tags': ['x']})
print(f.is_valid(), f.errors.get_json_data())
f = PostForm(data={'title': 'N2', 'tags': 'x'})
print(f.is_valid(), f.errors.get_json_data())
f = PostForm(data={'title': 'N3'})
print(f.is_valid(), f.errors.get_json_data())
print(f)
f = PostForm(data={'title': 'N4', 'tags': [str(t2.pk)]})
o = f.save(commit=False)
print(o.pk, hasattr(f, 'save_m2m'))
o.save()
f.save_m2m()
print(o.tags.all())
f = PostForm(data={'title': 'New!', 'tags': [str(t2.pk)]}, instance=obj)
f.save()
print(obj.tags.all(), Post.objects.get(pk=obj.pk).title)


try:
    class BlankForm(forms.ModelForm):
        class Meta:
            model = Tag
            fields = ['name', 'posts']
except Exception as e:
    print(type(e).__name__ + ':', e)
'''

FORMS_SCENARIO = START + [
    {'write': ['store/models.py', MODELS_1]},
    {'run': ['python', 'manage.py', 'makemigrations', '-v', '0']},
    {'run': ['python', 'manage.py', 'migrate', '-v', '0']},
    {'run': ['python', 'manage.py', 'shell', '-c', FORMS]},
]

BLOG_MODELS = '''from django.db import models


class Category(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name
'''

STORE_MODELS = '''from django.db import models


class Label(models.Model):
    name = models.CharField(max_length=50)
    parents = models.ManyToManyField('self', symmetrical=False, blank=True, related_name='children')

    class Meta:
        db_table = 'store_labels'

    def __str__(self):
        return self.name


class Post(models.Model):
    title = models.CharField(max_length=100)
    author = models.ForeignKey('auth.User', on_delete=models.CASCADE, null=True)
    categories = models.ManyToManyField('blog.Category', related_name='+')
    labels = models.ManyToManyField(Label, db_table='post_labels')

    def __str__(self):
        return self.title
'''

STORE_WITH_SCORE = STORE_MODELS.replace("    title = models.CharField(max_length=100)\n", "    title = models.CharField(max_length=100)\n    score = models.IntegerField(default=0)\n")
STORE_WITHOUT_POST = STORE_MODELS[:STORE_MODELS.index('class Post')].rstrip() + '\n'

MORE_ORM = '''from store.models import Label, Post
from blog.models import Category
a = Label.objects.create(name='a')
b = Label.objects.create(name='b')
c = Label.objects.create(name='c')
b.parents.add(a)
c.parents.add(a, b)
print(a.parents.all(), a.children.all(), c.parents.all(), b.children.all())
print(Label.objects.filter(parents__name='a'), Label.objects.filter(children__name='c'))
print(Label.objects.filter(parents__name='a').query)
cat = Category.objects.create(name='news')
p = Post.objects.create(title='P')
p.categories.add(cat)
p.labels.add(a)
print(p.categories.all(), Post.objects.filter(categories__name='news'), Post.objects.filter(labels__name='a'))
print(Post.objects.filter(labels__name='a').query)
try:
    cat.post_set
except AttributeError as e:
    print('AttributeError:', e)
try:
    Category.objects.filter(post__title='P')
except Exception as e:
    print(type(e).__name__ + ':', e)
print(a.delete())
print(cat.delete())
print(p.labels.count(), p.categories.count())
'''

CHECKED = '''from django.db import models


class Post(models.Model):
    title = models.CharField(max_length=100)
    tags = models.ManyToManyField('Tagz', null=True)
'''

THROUGH_CHECKED = '''from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=50)


class Group(models.Model):
    members = models.ManyToManyField(Person, through='Membershp')
'''

MORE = START + [
    {'run': ['python', 'manage.py', 'startapp', 'blog']},
    {'edit': ('mysite/settings.py', "    'store',\n", "    'store',\n    'blog',\n")},
    {'write': ['blog/models.py', BLOG_MODELS]},
    {'write': ['store/models.py', STORE_MODELS]},
    {'run': ['python', 'manage.py', 'makemigrations'], 'snapshot': ['store/migrations', 'blog/migrations']},
    {'run': ['python', 'manage.py', 'sqlmigrate', 'store', '0001']},
    {'run': ['python', 'manage.py', 'migrate', '-v', '0']},
    {'run': ['python', 'manage.py', 'shell', '-c', MORE_ORM]},
    {'write': ['store/models.py', STORE_WITH_SCORE]},
    {'run': ['python', 'manage.py', 'makemigrations', 'store'], 'snapshot': ['store/migrations']},
    {'run': ['python', 'manage.py', 'sqlmigrate', 'store', '0002']},
    {'run': ['python', 'manage.py', 'migrate', 'store']},
    {'write': ['store/models.py', STORE_WITHOUT_POST]},
    {'run': ['python', 'manage.py', 'makemigrations', 'store'], 'snapshot': ['store/migrations']},
    {'run': ['python', 'manage.py', 'sqlmigrate', 'store', '0003']},
    {'run': ['python', 'manage.py', 'migrate', 'store']},
    {'run': ['python', 'manage.py', 'migrate', 'store', '0001']},
    {'run': ['python', 'manage.py', 'shell', '-c', SCHEMA]},
    {'write': ['store/models.py', CHECKED]},
    {'run': ['python', 'manage.py', 'check']},
    {'write': ['store/models.py', THROUGH_CHECKED]},
    {'run': ['python', 'manage.py', 'check']},
]

THROUGH_MODELS = '''from django.db import models


class Person(models.Model):
    name = models.CharField(max_length=50)

    def __str__(self):
        return self.name


class Group(models.Model):
    name = models.CharField(max_length=50)
    members = models.ManyToManyField(Person, through='Membership')

    def __str__(self):
        return self.name


class Membership(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE)
    group = models.ForeignKey(Group, on_delete=models.CASCADE)
    invite_reason = models.CharField(max_length=64, blank=True)
'''

THROUGH_ORM = '''from store.models import Group, Membership, Person
ringo = Person.objects.create(name='Ringo')
paul = Person.objects.create(name='Paul')
beatles = Group.objects.create(name='The Beatles')
Membership.objects.create(person=ringo, group=beatles, invite_reason='drums')
beatles.members.add(paul, through_defaults={'invite_reason': 'bass'})
print(beatles.members.all(), ringo.group_set.all(), paul.membership_set.all())
print(Membership.objects.values_list('person__name', 'invite_reason').order_by('pk'))
print(Group.objects.filter(members__name__startswith='P'))
print(Person.objects.filter(group__name='The Beatles', membership__invite_reason='drums'))
print(Group.objects.filter(members__name='Paul').query)
beatles.members.remove(ringo)
print(beatles.members.all(), Membership.objects.count())
beatles.members.set([ringo], through_defaults={'invite_reason': 'back'})
print(Membership.objects.values_list('person__name', 'invite_reason').order_by('pk'))
beatles.members.clear()
print(Membership.objects.count())
g = beatles.members.create(name='George', through_defaults={'invite_reason': 'guitar'})
print(beatles.members.all(), Membership.objects.get(person=g).invite_reason)
print(beatles.delete())
'''

THROUGH = START + [
    {'write': ['store/models.py', THROUGH_MODELS]},
    {'run': ['python', 'manage.py', 'makemigrations'], 'snapshot': ['store/migrations']},
    {'run': ['python', 'manage.py', 'sqlmigrate', 'store', '0001']},
    {'run': ['python', 'manage.py', 'migrate', '-v', '0']},
    {'run': ['python', 'manage.py', 'shell', '-c', THROUGH_ORM]},
    {'run': ['python', 'manage.py', 'makemigrations', '--check']},
    {'run': ['python', 'manage.py', 'sqlmigrate', 'store', '0001', '--backwards']},
]

RENAMED_MODELS = MODELS_1.replace('class Tag(', 'class Label(').replace('ManyToManyField(Tag)', 'ManyToManyField(Label)').replace('tags = ', 'labels = ')
RENAMES_0002 = '''from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('store', '0001_initial'),
    ]

    operations = [
        migrations.RenameField(
            model_name='post',
            old_name='tags',
            new_name='labels',
        ),
        migrations.RenameModel(
            old_name='Tag',
            new_name='Label',
        ),
    ]
'''
RENAMED_ORM = '''from store.models import Label, Post
print(Post.objects.get().labels.all(), Label.objects.get().post_set.all())
'''
RENAMES = START + [
    {'write': ['store/models.py', MODELS_1]},
    {'run': ['python', 'manage.py', 'makemigrations', '-v', '0']},
    {'run': ['python', 'manage.py', 'migrate', '-v', '0']},
    {'run': ['python', 'manage.py', 'shell', '-c', "from store.models import Post, Tag\nPost.objects.create(title='P').tags.add(Tag.objects.create(name='t'))"]},
    {'write': ['store/models.py', RENAMED_MODELS]},
    {'write': ['store/migrations/0002_renames.py', RENAMES_0002]},
    {'run': ['python', 'manage.py', 'makemigrations', '--check']},
    # sqlmigrate's text for these differs from what migrate runs (Django orders a rebuilt
    # table's columns differently then); the tables migrate leaves are what is compared.
    {'run': ['python', 'manage.py', 'migrate', 'store']},
    {'run': ['python', 'manage.py', 'shell', '-c', SCHEMA]},
    {'run': ['python', 'manage.py', 'shell', '-c', RENAMED_ORM]},
    {'run': ['python', 'manage.py', 'migrate', 'store', '0001']},
    {'run': ['python', 'manage.py', 'shell', '-c', SCHEMA]},
]

ALTER_1 = MODELS_1 + '''

class Category(models.Model):
    name = models.CharField(max_length=50)
'''
ALTER_2 = ALTER_1.replace('tags = models.ManyToManyField(Tag)', "tags = models.ManyToManyField('Category')")
ALTER_3 = ALTER_1.replace('tags = models.ManyToManyField(Tag)', 'tags = models.ForeignKey(Tag, on_delete=models.CASCADE, null=True)')
ALTERS = START + [
    {'write': ['store/models.py', ALTER_1]},
    {'run': ['python', 'manage.py', 'makemigrations', '-v', '0']},
    {'run': ['python', 'manage.py', 'migrate', '-v', '0']},
    {'write': ['store/models.py', ALTER_2]},
    {'run': ['python', 'manage.py', 'makemigrations'], 'snapshot': ['store/migrations']},
    {'run': ['python', 'manage.py', 'migrate', 'store']},
    {'run': ['python', 'manage.py', 'shell', '-c', SCHEMA]},
    {'write': ['store/models.py', ALTER_3]},
    {'run': ['python', 'manage.py', 'makemigrations'], 'snapshot': ['store/migrations']},
    {'run': ['python', 'manage.py', 'sqlmigrate', 'store', '0003']},
    {'run': ['python', 'manage.py', 'migrate', 'store']},
    {'run': ['python', 'manage.py', 'shell', '-c', SCHEMA]},
    {'run': ['python', 'manage.py', 'migrate', 'store', '0001']},
    {'run': ['python', 'manage.py', 'shell', '-c', SCHEMA]},
]

SCENARIOS = {'alters': ALTERS, 'renames': RENAMES, 'migrations': MIGRATIONS, 'orm': ORM_SCENARIO, 'forms': FORMS_SCENARIO, 'more': MORE, 'through': THROUGH}


def main():
    ensure_django_python()
    for name, steps in SCENARIOS.items():
        write_json('m2m', name + '.json', {**versions(), 'steps': command_steps.play(steps)})


if __name__ == '__main__':
    main()
