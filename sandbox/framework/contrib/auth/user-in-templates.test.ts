import { pbkdf2Sync } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { makeProject, request } from '../../core/handlers/project.testkit';
import { prepareProgram, runProgram } from '../../index';
import { setNativePbkdf2 } from './pbkdf2';

/** The Django Girls blog's Post, its author a ForeignKey to the user model, shown by a template. */
const MODELS = `from django.conf import settings
from django.db import models


class Post(models.Model):
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    title = models.CharField(max_length=200)
    text = models.TextField()

    def __str__(self):
        return self.title
`;

const VIEWS = `from django.shortcuts import render
from .models import Post


def post_list(request):
    return render(request, 'home/post_list.html', {'posts': Post.objects.filter(author__username='ola')})
`;

const TEMPLATE = `{% for post in posts %}<p>{{ post.title }} by {{ post.author }} ({{ post.author.username }}, {{ post.author.get_full_name }}, staff: {{ post.author.is_staff }})</p>{% endfor %}`;

let project = '';
const run = (words: string[]) => runProgram(words, { cwd: project, env: {}, stdout: () => undefined, stderr: (t) => void process.stderr.write(t) });

beforeAll(async () => {
  await prepareProgram(['python', 'manage.py', 'shell']);
  setNativePbkdf2((password, salt, iterations, length) => new Uint8Array(pbkdf2Sync(password, salt, iterations, length, 'sha256')));
  project = makeProject({
    'home/models.py': MODELS,
    'home/views.py': VIEWS,
    'home/templates/home/post_list.html': TEMPLATE,
    'myproject/urls.py': "from django.urls import path\nfrom home import views\n\nurlpatterns = [path('', views.post_list)]\n",
  });
  expect(run(['python', 'manage.py', 'makemigrations', 'home'])).toBe(0);
  expect(run(['python', 'manage.py', 'migrate'])).toBe(0);
  const code = [
    'from django.contrib.auth.models import User',
    'from home.models import Post',
    "ola = User.objects.create_user('ola', 'ola@example.com', 'Ghar-ka-kaam-2026', first_name='Ola', last_name='Nordmann')",
    "Post.objects.create(author=ola, title='Namaste', text='Pehla post')",
    "Post.objects.create(author=User.objects.create_user('ravi'), title='Other', text='x')",
  ].join('\n');
  expect(run(['python', 'manage.py', 'shell', '-c', code])).toBe(0);
});
afterAll(() => setNativePbkdf2(null));

it('a template follows post.author to the user: {{ post.author }} is the username', () => {
  const response = request(project, '/');
  expect(response.status).toBe(200);
  expect(response.body).toBe('<p>Namaste by ola (ola, Ola Nordmann, staff: False)</p>');
});

// The whole Django Girls Post (its dates and publish() too) replays a recording in
// utils/time-recordings.test.ts (djangogirls-blog).
