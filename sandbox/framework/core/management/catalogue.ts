import type { Command } from './base';
import check from './commands/check';
import startapp from './commands/startapp';
import startproject from './commands/startproject';
import makemigrations from './commands/makemigrations';
import migrate from './commands/migrate';
import showmigrations from './commands/showmigrations';
import sqlmigrate from './commands/sqlmigrate';
import runserver from './commands/runserver';
import shell from './commands/shell';
import createsuperuser from './commands/createsuperuser';
import test from './commands/test';

/** Django's own commands (django/core/management/commands/), listed whether or not the sandbox runs them. */
export const CORE_COMMANDS = [
  'check', 'compilemessages', 'createcachetable', 'dbshell', 'diffsettings', 'dumpdata', 'flush', 'inspectdb',
  'loaddata', 'makemessages', 'makemigrations', 'migrate', 'optimizemigration', 'runserver', 'sendtestemail', 'shell',
  'showmigrations', 'sqlflush', 'sqlmigrate', 'sqlsequencereset', 'squashmigrations', 'startapp',
  'startproject', 'test', 'testserver',
];

/** The commands the sandbox knows, by name (contrib apps' runserver and createsuperuser included). */
export const COMMANDS: Record<string, Command> = {
  check,
  startapp,
  startproject,
  makemigrations,
  migrate,
  showmigrations,
  sqlmigrate,
  runserver,
  shell,
  createsuperuser,
  test,
};
