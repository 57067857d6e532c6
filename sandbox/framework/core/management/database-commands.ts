/**
 * Commands that open the database. SQLite loads asynchronously and commands run
 * synchronously, so a host loads it before a command line that names one of these, and
 * the others need not pay for loading it.
 */
const DATABASE_COMMANDS = new Set(['migrate', 'makemigrations', 'showmigrations', 'sqlmigrate', 'shell', 'dbshell', 'flush', 'createsuperuser', 'runserver', 'loaddata', 'dumpdata']);

export function needsDatabase(words: readonly string[]): boolean {
  return words.some((w) => DATABASE_COMMANDS.has(w));
}
