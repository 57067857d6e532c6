import fs from 'node:fs';
import path from 'node:path';
import { PyException, formatException, type Interpreter, type PyValue } from '../../../python';
import { CommandError, defineCommand } from '../base';
import { SystemExit } from '../../../python';
import { projectLoader } from '../project-loader';
import { MigrationRecorder } from '../../../db/migrations/recorder';
import { checkConsistentHistory } from '../../../db/migrations/consistency';
import { MigrationAutodetector, arrangeForGraph } from '../../../db/migrations/autodetector';
import { InteractiveQuestioner, nonInteractiveQuestioner } from '../../../db/migrations/questioner';
import { stateFromModels } from '../../../db/migrations/state-from-models';
import { writeMigration } from '../../../db/migrations/writer';
import type { Migration } from '../../../db/migrations/migration';
import { swappableSettings } from '../../../contrib/auth/user-model';

/**
 * django/core/management/commands/makemigrations.py (3.2). Like Django, the app labels land in
 * `args` (metavar `app_label`): run_from_argv() hands them to handle() as positional arguments.
 */
export default defineCommand({
  help: 'Creates new migration(s) for apps.',
  requiresSystemChecks: true,
  needsSettings: true,
  addArguments(parser) {
    parser.addArgument(['args'], {
      metavar: 'app_label',
      nargs: '*',
      help: 'Specify the app label(s) to create migrations for.',
    });
    parser.addArgument(['--dry-run'], {
      action: 'store_true',
      help: "Just show what migrations would be made; don't actually write them.",
    });
    parser.addArgument(['--merge'], { action: 'store_true', help: 'Enable fixing of migration conflicts.' });
    parser.addArgument(['--empty'], { action: 'store_true', help: 'Create an empty migration.' });
    parser.addArgument(['--noinput', '--no-input'], {
      action: 'store_false',
      dest: 'interactive',
      help: 'Tells Django to NOT prompt the user for input of any kind.',
    });
    parser.addArgument(['-n', '--name'], { help: 'Use this name for migration file(s).' });
    parser.addArgument(['--no-header'], {
      action: 'store_false',
      dest: 'include_header',
      help: 'Do not add header comments to new migration file(s).',
    });
    parser.addArgument(['--check'], {
      action: 'store_true',
      dest: 'check_changes',
      help: "Exit with a non-zero status if model changes are missing migrations and don't actually write them. Implies --dry-run.",
    });
    parser.addArgument(['--scriptable'], {
      action: 'store_true',
      dest: 'scriptable',
      help: 'Divert log output and input prompts to stderr, writing only paths of generated migration files to stdout.',
    });
    parser.addArgument(['--update'], {
      action: 'store_true',
      dest: 'update',
      help: 'Merge model changes into the latest migration and optimize the resulting operations.',
    });
  },
  handle(options, ctx) {
    for (const option of ['scriptable', 'update']) if (options[option]) throw new CommandError(`The sandbox does not run makemigrations --${option} yet.`);
    const verbosity = options.verbosity as number;
    // Since Django 4.2, --check only reports: it writes nothing, as --dry-run.
    const dryRun = options.dry_run === true || options.check_changes === true;
    const name = (options.name as string | null) ?? null;
    if (name !== null && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new CommandError('The migration name must be a valid Python identifier.');
    const labels = new Set((options.args as string[] | null) ?? []);
    const bad = [...labels].filter((l) => !ctx.apps!.byLabel(l));
    for (const label of bad) ctx.stderr(`No installed app with label '${label}'.\n`);
    if (bad.length) throw new SystemExit(2);
    // Like Django, the graph comes from the files alone; the history is only checked.
    const loader = projectLoader(ctx, { withHistory: false });
    // Refuse to build on a history the files contradict (an applied migration whose dependency is not).
    loader.appliedMigrations = new MigrationRecorder(ctx.database()).appliedMigrations();
    checkConsistentHistory(loader);
    const swappable = swappableSettings(ctx.apps!, ctx.settings);
    let changes: Map<string, Migration[]>;
    if (options.empty) {
      if (!labels.size) throw new CommandError('You must supply at least one app label when using --empty.');
      changes = new Map([...labels].sort().map((app) => [app, [{ appLabel: app, name: 'custom', dependencies: [], operations: [], initial: false }]]));
      changes = arrangeForGraph(changes, loader.graph, new Set([...loader.projectState().models.values()].map((m) => m.appLabel)), name);
    } else {
      const projectApps = new Set(ctx.apps!.appConfigs.filter((a) => a.module).map((a) => a.label));
      const questioner =
        options.interactive === false
          ? nonInteractiveQuestioner((text) => verbosity >= 1 && ctx.stdout(text))
          : new InteractiveQuestioner({ write: ctx.stdout, readLine: ctx.readLine }, dryRun, (code) => ctx.interp.evalExpression(code, defaultNames(ctx.interp)), (err) => formatException(err, ctx.interp).trim().split('\n').pop()!.replace(/^\w+: /, ''));
      const detector = new MigrationAutodetector(loader.projectState().only(projectApps), stateFromModels(ctx.apps!, ctx.settings, projectApps), questioner);
      changes = detector.changes(loader.graph, {
        trimToApps: labels,
        migrationName: name,
        askInitial: (app) => loader.askInitial(app, labels),
        swappable,
      });
    }
    if (!changes.size) {
      if (verbosity >= 1) {
        if (labels.size === 1) ctx.stdout(`No changes detected in app '${[...labels][0]}'\n`);
        else if (labels.size > 1) ctx.stdout(`No changes detected in apps '${[...labels].join("', '")}'\n`);
        else ctx.stdout('No changes detected\n');
      }
      return;
    }
    for (const [app, migrations] of changes) {
      if (verbosity >= 1) ctx.stdout(`${ctx.style.MIGRATE_HEADING(`Migrations for '${app}':`)}\n`);
      const dir = loader.migrationsDir(ctx.apps!.byLabel(app)!) ?? path.join(path.dirname(ctx.apps!.byLabel(app)!.module!.file!), 'migrations');
      for (const migration of migrations) {
        const file = path.join(dir, `${migration.name}.py`);
        const shown = path.relative(ctx.cwd, file);
        if (verbosity >= 1) {
          ctx.stdout(`  ${ctx.style.MIGRATE_LABEL(shown.startsWith('..') ? file : shown)}\n`);
          for (const op of migration.operations) ctx.stdout(`    ${op.category} ${op.describe()}\n`);
        }
        const text = writeMigration(migration, ctx.interp, { includeHeader: options.include_header !== false, swappable });
        if (!dryRun) {
          fs.mkdirSync(dir, { recursive: true });
          if (!fs.existsSync(path.join(dir, '__init__.py'))) fs.writeFileSync(path.join(dir, '__init__.py'), '');
          fs.writeFileSync(file, text);
        } else if (verbosity === 3) {
          ctx.stdout(`${ctx.style.MIGRATE_HEADING(`Full migrations file '${migration.name}.py':`)}\n${text}`);
        }
      }
    }
    if (options.check_changes) throw new SystemExit(1);
  },
});

/** What a one-off default may use, as Django's questioner offers them: datetime and django.utils.timezone (when the standard library is loaded). */
function defaultNames(interp: Interpreter): Record<string, PyValue> {
  try {
    return { datetime: interp.importModule('datetime'), timezone: interp.importModule('django.utils.timezone') };
  } catch (err) {
    if (err instanceof PyException) return {};
    throw err;
  }
}
