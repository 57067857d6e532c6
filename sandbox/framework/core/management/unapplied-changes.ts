import type { CommandContext } from './context';
import { MigrationAutodetector } from '../../db/migrations/autodetector';
import type { MigrationLoader } from '../../db/migrations/loader';
import { defaultQuestioner } from '../../db/migrations/questioner';
import { stateFromModels } from '../../db/migrations/state-from-models';

/** The apps whose models have changes no migration holds yet (what migrate warns about). */
export function unappliedChanges(ctx: CommandContext, loader: MigrationLoader): string[] {
  const projectApps = new Set(ctx.apps!.appConfigs.filter((a) => a.module).map((a) => a.label));
  const detector = new MigrationAutodetector(loader.projectState().only(projectApps), stateFromModels(ctx.apps!, ctx.settings, projectApps), defaultQuestioner);
  return [...detector.changes(loader.graph, { askInitial: (app) => loader.askInitial(app) }).keys()].sort();
}
