import { loadSqlite } from '../../db/backends/sqlite3/engine';
import { loadStandardLibrary } from '../../lazy-chunks';

/**
 * Commands that open the database. SQLite loads asynchronously and commands run
 * synchronously, so a host loads it before a command line that names one of these, and
 * the others need not pay for loading it.
 */
const DATABASE_COMMANDS = new Set(['migrate', 'makemigrations', 'showmigrations', 'sqlmigrate', 'shell', 'dbshell', 'flush', 'createsuperuser', 'runserver', 'loaddata', 'dumpdata', 'test']);

function needsDatabase(words: readonly string[]): boolean {
  return words.some((w) => DATABASE_COMMANDS.has(w));
}

/**
 * Everything a host does before running a command line: the standard library's chunk loaded
 * (once), and SQLite when the command opens the database. `beforeLoading` runs first in that
 * case only (the one-shot command line tunes V8 for a short life there).
 */
export async function prepareProgram(words: readonly string[], beforeLoading?: () => void): Promise<void> {
  await loadStandardLibrary();
  if (!needsDatabase(words)) return;
  beforeLoading?.();
  await loadSqlite();
}
