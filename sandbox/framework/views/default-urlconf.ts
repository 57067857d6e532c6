import recorded from './default-urlconf.json';

/**
 * The page a new project shows at / while DEBUG is on and the URLconf has only the admin
 * (django.views.debug.default_urlconf). It is the same for every request, so the sandbox serves
 * real Django 5.2's page as recorded (scripts/record-django/default-urlconf.py): its size in
 * runserver's log is the one a learner sees on their own computer.
 */
export function defaultUrlconfPage(): string {
  return recorded.body;
}
