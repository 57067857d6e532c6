import { CommandError, defineCommand } from '../base';
import { projectLoader, requireApp } from '../project-loader';
import { MigrationExecutor } from '../../../db/migrations/executor';

/**
 * django/core/management/commands/sqlmigrate.py. Django also sets output_transaction =
 * True (BEGIN;/COMMIT; around the SQL) and forces no_color in execute(); handle() must do both.
 */
export default defineCommand({
  help: 'Prints the SQL statements for the named migration.',
  requiresSystemChecks: true,
  needsSettings: true,
  addArguments(parser) {
    parser.addArgument(['app_label'], { help: 'App label of the application containing the migration.' });
    parser.addArgument(['migration_name'], { help: 'Migration name to print the SQL for.' });
    parser.addArgument(['--database'], {
      default: 'default',
      choices: ['default'],
      help: 'Nominates a database to create SQL for. Defaults to the "default" database.',
    });
    parser.addArgument(['--backwards'], {
      action: 'store_true',
      help: 'Creates SQL to unapply the migration, rather than to apply it',
    });
  },
  handle(options, ctx) {
    const appLabel = options.app_label as string;
    const name = options.migration_name as string;
    const loader = projectLoader(ctx);
    requireApp(ctx, appLabel);
    if (!loader.migratedApps.has(appLabel)) throw new CommandError(`App '${appLabel}' does not have migrations`);
    const found = loader.migrationByPrefix(appLabel, name);
    if (found && 'ambiguous' in found) throw new CommandError(`More than one migration matches '${name}' in app '${appLabel}'. Please be more specific.`);
    if (!found) throw new CommandError(`Cannot find a migration matching '${name}' from app '${appLabel}'. Is it in INSTALLED_APPS?`);
    const executor = new MigrationExecutor(ctx.database(), loader);
    const statements = executor.collectSql([{ migration: loader.graph.migration([appLabel, found.match]), backwards: options.backwards === true }]);
    if (!statements.length) {
      if ((options.verbosity as number) >= 1) ctx.stderr('No operations found.\n');
      // execute() prints nothing, not even BEGIN/COMMIT, for an empty output.
      return '';
    }
    // output_transaction: Django wraps what sqlmigrate prints in BEGIN/COMMIT.
    return `BEGIN;\n${statements.join('\n')}\nCOMMIT;`;
  },
});
