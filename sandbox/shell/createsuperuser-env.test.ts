import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { Shell } from './shell';

/*
 * createsuperuser --noinput reads DJANGO_SUPERUSER_* from the environment: given on the command
 * line before the command (for that command only) or exported (for every command after).
 * Answers compared with real Django 5.2's (scripts/record-django/auth.py).
 */

type Answer = { code: number; stdout: string; stderr: string };
// Read as data: the shell reaches the framework only through its index.
const recorded = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, '../framework/__fixtures__/django52/auth/createsuperuser.json'), 'utf8'),
) as Record<string, Answer> & { users: unknown[] };

const home = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'csu-home-')));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));
const shell = new Shell({ home });

async function run(line: string) {
  let stdout = '';
  let stderr = '';
  const status = await shell.run(line, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readLine: () => null, isTerminal: false });
  return { code: status, stdout, stderr };
}

const answer = (name: string) => {
  const { code, stdout, stderr } = recorded[name] as Answer;
  return { code, stdout, stderr };
};

test('createsuperuser --noinput: the environment, the options and their errors as Django gives them', async () => {
  for (const line of ['python3 -m venv env', 'source env/bin/activate', 'pip install django']) expect((await run(line)).code).toBe(0);
  expect((await run('django-admin startproject mysite')).code).toBe(0);
  expect((await run('cd mysite && python manage.py migrate')).code).toBe(0);
  expect(await run('python manage.py createsuperuser --noinput')).toEqual(answer('no_username'));
  // Inline: for this command only.
  expect(await run('DJANGO_SUPERUSER_USERNAME=admin DJANGO_SUPERUSER_EMAIL=admin@example.com DJANGO_SUPERUSER_PASSWORD=123 python manage.py createsuperuser --noinput')).toEqual(answer('env'));
  expect((await run('echo "[$DJANGO_SUPERUSER_USERNAME]"')).stdout).toBe('[]\n');
  // Exported: for the commands after it.
  expect((await run('export DJANGO_SUPERUSER_USERNAME=admin DJANGO_SUPERUSER_EMAIL=admin@example.com')).code).toBe(0);
  expect(await run('python manage.py createsuperuser --noinput')).toEqual(answer('duplicate'));
  expect((await run('unset DJANGO_SUPERUSER_USERNAME DJANGO_SUPERUSER_EMAIL')).code).toBe(0);
  expect(await run('python manage.py createsuperuser --noinput --username ola --email ola@example.com')).toEqual(answer('options'));
  expect(await run('python manage.py createsuperuser --noinput --username kiran')).toEqual(answer('no_email'));
  expect(await run('DJANGO_SUPERUSER_EMAIL= python manage.py createsuperuser --noinput --username ravi')).toEqual(answer('blank_email_env'));
  expect(await run("python manage.py createsuperuser --noinput --username 'bad name' --email x@example.com")).toEqual(answer('invalid_username'));
  expect(await run('python manage.py createsuperuser --noinput --username quiet --email q@example.com -v 0')).toEqual(answer('quiet'));
  expect(await run('python manage.py createsuperuser')).toEqual(answer('no_tty'));
  // The users Django made: a usable password only where DJANGO_SUPERUSER_PASSWORD was set (and not validated).
  const users = await run(
    'python manage.py shell -c "import json; from django.contrib.auth.models import User; print(json.dumps([[u.username, u.email, u.is_staff, u.is_superuser, u.is_active, u.has_usable_password(), u.check_password(\'123\')] for u in User.objects.order_by(\'id\')]))"',
  );
  expect(JSON.parse(users.stdout.trim().split('\n').pop()!)).toEqual(recorded.users);
}, 120_000);
