import type { CommandContext } from './context';
import { CommandError } from './base';
import { MigrationLoader } from '../../db/migrations/loader';

/** The loader for the project a command runs in, reading the history from its database. */
export function projectLoader(ctx: CommandContext, { withHistory = true }: { withHistory?: boolean } = {}): MigrationLoader {
  if (!ctx.apps) throw new CommandError('The project is not set up: no settings.');
  const connection = withHistory ? ctx.database() : null;
  connection?.ensureConnection();
  return new MigrationLoader(ctx.apps, ctx.interp, connection);
}

/** apps.get_app_config(label), as a command reports an unknown one. */
export function requireApp(ctx: CommandContext, label: string): void {
  if (!ctx.apps?.byLabel(label)) throw new CommandError(`No installed app with label '${label}'.`);
}
