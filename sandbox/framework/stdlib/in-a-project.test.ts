import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareProgram, runProgram } from '../index';

const work = mkdtempSync(path.join(tmpdir(), 'stdlib-project-'));
const project = path.join(work, 'mysite');

async function run(words: string[]) {
  let stdout = '';
  let stderr = '';
  await prepareProgram(words);
  const code = runProgram(words, {
    cwd: words[0] === 'django-admin' ? work : project,
    env: { TZ: 'UTC' },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readLine: () => null,
  });
  return { code, stdout, stderr };
}

// The official tutorial's polls/models.py begins with `import datetime`; a default that is
// a standard-library function must reach the migration as Django writes it.
const MODELS = `import datetime

from django.db import models
from django.utils import timezone


class Question(models.Model):
    question_text = models.CharField(max_length=200)
    pub_date = models.DateTimeField("date published")
    created = models.DateField(default=datetime.date.today)

    def __str__(self):
        return self.question_text

    def was_published_recently(self):
        return self.pub_date >= timezone.now() - datetime.timedelta(days=1)
`;

beforeAll(async () => {
  await run(['django-admin', 'startproject', 'mysite']);
  await run(['python', 'manage.py', 'startapp', 'polls']);
  const settings = path.join(project, 'mysite', 'settings.py');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace("INSTALLED_APPS = [\n", "INSTALLED_APPS = [\n    'polls.apps.PollsConfig',\n"));
  writeFileSync(path.join(project, 'polls', 'models.py'), MODELS);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a models.py that imports datetime (the official tutorial's)", () => {
  it('passes check', async () => {
    expect(await run(['python', 'manage.py', 'check'])).toEqual({ code: 0, stdout: 'System check identified no issues (0 silenced).\n', stderr: '' });
  });

  it('gets a migration that imports datetime and names the default by its path', async () => {
    const r = await run(['python', 'manage.py', 'makemigrations', 'polls']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe("Migrations for 'polls':\n  polls/migrations/0001_initial.py\n    + Create model Question\n");
    const text = readFileSync(path.join(project, 'polls', 'migrations', '0001_initial.py'), 'utf8');
    expect(text).toContain('\nimport datetime\nfrom django.db import migrations, models\n');
    expect(text).toContain("('created', models.DateField(default=datetime.date.today)),");
    expect(text).toContain("('pub_date', models.DateTimeField(verbose_name='date published')),");
  });

  it('runs sqlmigrate, migrate, showmigrations and shell', async () => {
    expect((await run(['python', 'manage.py', 'sqlmigrate', 'polls', '0001'])).stdout).toContain('CREATE TABLE "polls_question"');
    expect((await run(['python', 'manage.py', 'migrate'])).code).toBe(0);
    expect((await run(['python', 'manage.py', 'showmigrations', 'polls'])).stdout).toBe('polls\n [X] 0001_initial\n');
    const shell = await run(['python', 'manage.py', 'shell', '-c', 'import datetime; from polls.models import Question; print(Question.objects.count(), datetime.date(2025, 1, 6) + datetime.timedelta(days=1))']);
    expect(shell).toMatchObject({ code: 0, stderr: '' });
    expect(shell.stdout.trim().split('\n').pop()).toBe('0 2025-01-07');
    expect(readdirSync(path.join(project, 'polls', 'migrations')).sort()).toEqual(['0001_initial.py', '__init__.py']);
  });

  it('has django.utils.timezone: aware now() in UTC, localtime in TIME_ZONE', async () => {
    const code = [
      'from django.utils import timezone',
      'import datetime',
      'now = timezone.now()',
      "print(timezone.is_aware(now), now.tzinfo, timezone.localtime(now).tzinfo, timezone.get_current_timezone_name())",
      'naive = datetime.datetime(2025, 1, 6, 9, 30)',
      'print(timezone.make_aware(naive), timezone.is_naive(naive))',
      'try:\n    timezone.localtime(naive)\nexcept ValueError as e:\n    print(e)',
    ].join('\n');
    const shell = await run(['python', 'manage.py', 'shell', '-c', code]);
    expect(shell).toMatchObject({ code: 0, stderr: '' });
    expect(shell.stdout.trim().split('\n').slice(-3)).toEqual(['True UTC UTC UTC', '2025-01-06 09:30:00+00:00 True', 'localtime() cannot be applied to a naive datetime']);
  });
});
