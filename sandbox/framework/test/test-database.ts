import type { ConnectionHandler } from '../db/connections';
import type { CommandContext } from '../core/management/context';
import { MigrationExecutor } from '../db/migrations/executor';
import { MigrationLoader } from '../db/migrations/loader';
import { emitPostMigrate } from '../core/management/sql';
import { modelStateFromModel } from '../db/migrations/state-from-models';
import { dbTable, type ModelState } from '../db/migrations/state';
import { SchemaEditor } from '../db/backends/sqlite3/schema';
import { SystemCheckError, runSystemChecks } from '../core/management/system-checks';
import { pyError } from '../python';

/** The `manage.py test` command running now: the test database's messages and the checks go to its streams. */
let active: { ctx: CommandContext; checkError: SystemCheckError | null } | null = null;

export function runWithTestCommand<T>(ctx: CommandContext, body: () => T): { value: T; checkError: SystemCheckError | null } {
  const previous = active;
  active = { ctx, checkError: null };
  try {
    const value = body();
    return { value, checkError: active.checkError };
  } finally {
    active = previous;
  }
}

function command(): CommandContext {
  if (!active) throw pyError('RuntimeError', 'The sandbox sets up a test database only for `python manage.py test`.');
  return active.ctx;
}

/** SQLite's in-memory test database as Django names it at -v 2. */
const TEST_NAME = " ('file:memorydb_default?mode=memory&cache=shared')";

/**
 * create_test_db: a new database in memory, brought up to date by the project's migrations
 * (migrate at one verbosity lower, run_syncdb on); the project's db.sqlite3 is never opened.
 */
export function setupTestDatabase(connections: ConnectionHandler, verbosity: number): void {
  const ctx = command();
  if (verbosity >= 1) ctx.stderr(`Creating test database for alias 'default'${verbosity >= 2 ? TEST_NAME : ''}...\n`);
  const connection = connections.createTestDatabase();
  const loader = new MigrationLoader(ctx.apps!, ctx.interp, connection);
  const write = (text: string) => verbosity >= 2 && ctx.stdout(text);
  const { MIGRATE_HEADING: heading, MIGRATE_LABEL: label, SUCCESS: success } = ctx.style;
  const executor = new MigrationExecutor(connection, loader, (event, migration) => {
    if (event === 'apply_start') write(`  Applying ${migration!.appLabel}.${migration!.name}...`);
    else if (event === 'apply_success') write(`${success(' OK')}\n`);
  });
  const leaves = loader.graph.leafNodes();
  write(`${heading('Operations to perform:')}\n`);
  write(`${label('  Synchronize unmigrated apps: ')}${[...loader.unmigratedApps].sort().join(', ')}\n`);
  write(`${label('  Apply all migrations: ')}${[...new Set(leaves.map(([app]) => app))].sort().join(', ') || '(none)'}\n`);
  // run_syncdb: the models of apps without migrations get their tables from the models themselves.
  const unmigrated: ModelState[] = ctx.apps!.appConfigs
    .filter((app) => loader.unmigratedApps.has(app.label))
    .flatMap((app) => ctx.apps!.allModels().filter((m) => m.appLabel === app.label))
    .map((model) => modelStateFromModel(model, ctx.apps!, ctx.settings));
  write(`${heading('Synchronizing apps without migrations:')}\n  Creating tables...\n`);
  for (const model of unmigrated) write(`    Creating table ${dbTable(model)}\n`);
  write('    Running deferred SQL...\n');
  write(`${heading('Running migrations:')}\n`);
  const plan = executor.migrationPlan(leaves);
  if (!plan.length) write('  No migrations to apply.\n');
  const state = executor.migrate(plan, { fake: false, fakeInitial: false });
  // Made once the migrated models are known, which the unmigrated ones may point at.
  for (const model of unmigrated) state.add(model);
  const editor = new SchemaEditor(connection, state, false, ctx.interp);
  for (const model of unmigrated) editor.createModel(model);
  editor.flushDeferred();
  emitPostMigrate(connection, ctx.apps!, state);
}

export function teardownTestDatabase(connections: ConnectionHandler, verbosity: number): void {
  const ctx = command();
  if (verbosity >= 1) ctx.stderr(`Destroying test database for alias 'default'${verbosity >= 2 ? TEST_NAME : ''}...\n`);
  connections.destroyTestDatabase();
}

/** DiscoverRunner.run_checks: `check` as the command runs it; a serious finding stops the run before any test. */
export function runTestChecks(): boolean {
  const ctx = command();
  try {
    runSystemChecks(ctx, { displayNumErrors: true });
    return true;
  } catch (err) {
    if (!(err instanceof SystemCheckError)) throw err;
    active!.checkError = err;
    return false;
  }
}
