import type initSqlJs from 'sql.js';
import type { SqlJsStatic } from 'sql.js';

/**
 * SQLite compiled to WebAssembly. Loading it is asynchronous, so the program (CLI, worker,
 * tests) loads it once before running commands, which are synchronous.
 */
let engine: SqlJsStatic | null = null;

type SqliteOptions = Parameters<typeof initSqlJs>[0];

/** Where this host's sql.js finds its WebAssembly (the Worker's is beside its bundle). */
let hostOptions: SqliteOptions;

export function configureSqlite(options: SqliteOptions): void {
  hostOptions = options;
}

/** The load under way: a command that needs SQLite while it loads in the background waits for it, rather than loading it twice. */
let loading: Promise<void> | null = null;

export function loadSqlite(options: SqliteOptions = hostOptions): Promise<void> {
  if (engine) return Promise.resolve();
  loading ??= (async () => {
    // Imported here, not at the top: commands that never open the database skip loading it.
    const { default: init } = await import('sql.js');
    engine ??= await init(options);
  })().finally(() => (loading = null));
  return loading;
}

export function sqlite(): SqlJsStatic {
  if (!engine) throw new Error('SQLite is not loaded: call loadSqlite() before running commands');
  return engine;
}
