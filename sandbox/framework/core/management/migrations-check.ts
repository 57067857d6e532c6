import { MigrationExecutor } from '../../db/migrations/executor';
import { projectLoader } from './project-loader';
import type { CommandContext } from './context';

/**
 * BaseCommand.check_migrations: the notice commands that need a migrated database print
 * when migrations are waiting (runserver, createsuperuser).
 */
export function checkMigrations(ctx: CommandContext): void {
  const loader = projectLoader(ctx);
  const plan = new MigrationExecutor(ctx.database(), loader).migrationPlan(loader.graph.leafNodes());
  if (!plan.length) return;
  const apps = [...new Set(plan.map((s) => s.migration.appLabel))].sort().join(', ');
  ctx.stdout(
    `${ctx.style.NOTICE(`\nYou have ${plan.length} unapplied migration(s). Your project may not work properly until you apply the migrations for app(s): ${apps}.`)}\n`,
  );
  ctx.stdout(`${ctx.style.NOTICE("Run 'python manage.py migrate' to apply them.")}\n`);
}
