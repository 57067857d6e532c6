import { CommandError, defineCommand } from '../base';
import { SystemExit } from '../../../python';
import { styledLine } from '../color';
import { checkConsistentHistory } from '../../../db/migrations/consistency';
import { runSystemChecks } from '../system-checks';
import { projectLoader, requireApp } from '../project-loader';
import { MigrationExecutor } from '../../../db/migrations/executor';
import { emitPostMigrate } from '../sql';
import { unappliedChanges } from '../unapplied-changes';
import type { CommandContext } from '../context';
import type { MigrationLoader } from '../../../db/migrations/loader';
import { MigrationRecorder } from '../../../db/migrations/recorder';
import type { DatabaseWrapper } from '../../../db/backends/sqlite3/base';

/**
 * django/core/management/commands/migrate.py. Django sets requires_system_checks = [] here
 * and declares --skip-checks itself, because handle() runs the checks for the chosen database
 * (`if not options['skip_checks']: self.check(databases=[database])`).
 */
export default defineCommand({
  help: 'Updates database schema. Manages both apps with migrations and those without.',
  requiresSystemChecks: false,
  needsSettings: true,
  addArguments(parser) {
    parser.addArgument(['--skip-checks'], { action: 'store_true', help: 'Skip system checks.' });
    parser.addArgument(['app_label'], {
      nargs: '?',
      help: 'App label of an application to synchronize the state.',
    });
    parser.addArgument(['migration_name'], {
      nargs: '?',
      help:
        'Database state will be brought to the state after that ' +
        'migration. Use the name "zero" to unapply all migrations.',
    });
    parser.addArgument(['--noinput', '--no-input'], {
      action: 'store_false',
      dest: 'interactive',
      help: 'Tells Django to NOT prompt the user for input of any kind.',
    });
    parser.addArgument(['--database'], {
      default: 'default',
      choices: ['default'],
      help: 'Nominates a database to synchronize. Defaults to the "default" database.',
    });
    parser.addArgument(['--fake'], {
      action: 'store_true',
      help: 'Mark migrations as run without actually running them.',
    });
    parser.addArgument(['--fake-initial'], {
      action: 'store_true',
      help:
        'Detect if tables already exist and fake-apply initial migrations if so. Make sure ' +
        'that the current database schema matches your initial migration before using this ' +
        'flag. Django will only check for an existing table name.',
    });
    parser.addArgument(['--plan'], {
      action: 'store_true',
      help: 'Shows a list of the migration actions that will be performed.',
    });
    parser.addArgument(['--run-syncdb'], {
      action: 'store_true',
      help: 'Creates tables for apps without migrations.',
    });
    parser.addArgument(['--check'], {
      action: 'store_true',
      dest: 'check_unapplied',
      help: 'Exits with a non-zero status if unapplied migrations exist and does not actually apply migrations.',
    });
    parser.addArgument(['--prune'], {
      action: 'store_true',
      dest: 'prune',
      help: 'Delete nonexistent migrations from the django_migrations table.',
    });
  },
  handle(options, ctx) {
    if (!options.skip_checks) runSystemChecks(ctx, { displayNumErrors: false });
    const loader = projectLoader(ctx);
    const connection = ctx.database();
    const verbosity = options.verbosity as number;
    const write = (text: string) => verbosity >= 1 && ctx.stdout(text);
    const executor = new MigrationExecutor(connection, loader, (event, migration, fake) => {
      const name = migration ? `${migration.appLabel}.${migration.name}` : '';
      if (event === 'apply_start') write(`  Applying ${name}...`);
      else if (event === 'unapply_start') write(`  Unapplying ${name}...`);
      else if (event === 'render_start') write('  Rendering model states...');
      else if (event === 'render_success') write(`${ctx.style.SUCCESS(' DONE')}\n`);
      else write(`${ctx.style.SUCCESS(fake ? ' FAKED' : ' OK')}\n`);
    });
    checkConsistentHistory(loader);

    const appLabel = options.app_label as string | null;
    const migrationName = options.migration_name as string | null;
    if (appLabel) {
      requireApp(ctx, appLabel);
      if (!loader.migratedApps.has(appLabel)) throw new CommandError(`App '${appLabel}' does not have migrations.`);
    }
    let targets: [string, string | null][];
    let labelsOnly = true;
    if (appLabel && migrationName) {
      labelsOnly = false;
      if (migrationName === 'zero') targets = [[appLabel, null]];
      else {
        const found = loader.migrationByPrefix(appLabel, migrationName);
        if (found && 'ambiguous' in found) throw new CommandError(`More than one migration matches '${migrationName}' in app '${appLabel}'. Please be more specific.`);
        if (!found) throw new CommandError(`Cannot find a migration matching '${migrationName}' from app '${appLabel}'.`);
        targets = [[appLabel, found.match]];
      }
    } else {
      const leaves = loader.graph.leafNodes();
      targets = appLabel ? leaves.filter(([app]) => app === appLabel) : leaves;
    }
    if (options.prune) {
      if (!appLabel) throw new CommandError('Migrations can be pruned only when an app is specified.');
      prune(appLabel, loader, connection, verbosity, ctx);
    }
    const plan = executor.migrationPlan(targets);
    if (options.plan) {
      let out = styledLine('Planned operations:', ctx.style.MIGRATE_LABEL);
      if (!plan.length) out += '  No planned migration operations.\n';
      for (const { migration, backwards } of plan) {
        out += styledLine(`${migration.appLabel}.${migration.name}`, ctx.style.MIGRATE_HEADING);
        for (const op of migration.operations) out += `    ${backwards ? 'Undo ' : ''}${op.describe()}\n`;
      }
      ctx.stdout(out);
      if (options.check_unapplied && plan.length) throw new SystemExit(1);
      return;
    }
    if (options.check_unapplied && plan.length) throw new SystemExit(1);
    // --check and --prune stop here: nothing is applied.
    if (options.check_unapplied || options.prune) return;

    const { MIGRATE_HEADING: heading, MIGRATE_LABEL: label, NOTICE: notice } = ctx.style;
    write(`${heading('Operations to perform:')}\n`);
    if (labelsOnly) write(`${label('  Apply all migrations: ')}${[...new Set(targets.map(([app]) => app))].sort().join(', ') || '(none)'}\n`);
    else if (targets[0]![1] === null) write(`${label('  Unapply all migrations: ')}${targets[0]![0]}\n`);
    else write(`${label('  Target specific migration: ')}${targets[0]![1]}, from ${targets[0]![0]}\n`);
    write(`${heading('Running migrations:')}\n`);
    if (plan.length === 0) {
      write('  No migrations to apply.\n');
      const changed = unappliedChanges(ctx, loader);
      if (changed.length) {
        write(`${notice(`  Your models in app(s): ${changed.map((a) => `'${a}'`).join(', ')} have changes that are not yet reflected in a migration, and so won't be applied.`)}\n`);
        write(`${notice("  Run 'manage.py makemigrations' to make new migrations, and then re-run 'manage.py migrate' to apply them.")}\n`);
      }
    }
    const state = executor.migrate(plan, { fake: options.fake === true, fakeInitial: options.fake_initial === true });
    emitPostMigrate(connection, ctx.apps!, state);
  },
});

/**
 * --prune: the app's rows in django_migrations whose migration file is gone are deleted
 * (the sandbox reads no squashed migrations, so none can be left waiting on its `replaces`).
 */
function prune(appLabel: string, loader: MigrationLoader, connection: DatabaseWrapper, verbosity: number, ctx: CommandContext) {
  const write = (text: string) => verbosity >= 1 && ctx.stdout(text);
  write(styledLine('Pruning migrations:', ctx.style.MIGRATE_HEADING));
  const gone = [...loader.appliedMigrations]
    .filter((key) => !loader.diskMigrations.has(key))
    .map((key) => [key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)] as const)
    .filter(([app]) => app === appLabel)
    .sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (!gone.length) write('  No migrations to prune.\n');
  const recorder = new MigrationRecorder(connection);
  for (const [app, name] of gone) {
    write(ctx.style.MIGRATE_LABEL(`  Pruning ${app}.${name}`));
    recorder.recordUnapplied(app, name);
    write(`${ctx.style.SUCCESS(' OK')}\n`);
  }
}
