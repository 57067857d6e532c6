import type { AppRegistry } from '../../apps/registry';
import type { DatabaseWrapper } from '../../db/backends/sqlite3/base';
import type { ProjectState } from '../../db/migrations/state';
import { BUILTIN_MODELS } from '../../contrib/builtin-migrations';
import { createContentTypes, tableExists, type ModelLabel } from '../../contrib/contenttypes/management';
import { createPermissions } from '../../contrib/auth/management';
import { camelCaseToSpaces } from '../../utils/text';
import type { Database } from 'sql.js';

/**
 * emit_post_migrate_signal, with the two receivers a new project has. Django sends
 * post_migrate once per installed app with models, in INSTALLED_APPS order. For each app,
 * create_permissions runs first and begins by calling create_contenttypes, so an app gets
 * its content types and then its permissions before the next app gets anything; that
 * interleaving fixes the ids. A model is a row only once: existing rows are left alone.
 */

/** The models grouped by app, apps in the order they first appear (INSTALLED_APPS order). */
function byApp(models: readonly ModelLabel[]): ModelLabel[][] {
  const apps = new Map<string, ModelLabel[]>();
  for (const model of models) {
    const list = apps.get(model.appLabel) ?? [];
    list.push(model);
    apps.set(model.appLabel, list);
  }
  return [...apps.values()];
}

/**
 * Gives each model its content type and its four default permissions if it lacks them.
 * `models` must be those of Django's migration state after the migrate (a model whose app
 * has no applied migration gets nothing), grouped by app in INSTALLED_APPS order. Without
 * the contenttypes table nothing happens; without auth's, only content types are made,
 * as in Django, whose handlers find no such models in the migration state then.
 */
export function createContentTypesAndPermissions(db: Database, models: readonly ModelLabel[]): void {
  if (!tableExists(db, 'django_content_type')) return;
  const withPermissions = tableExists(db, 'auth_permission');
  for (const app of byApp(models)) {
    createContentTypes(db, app);
    if (withPermissions) createPermissions(db, app);
  }
}

/** What post_migrate does after every migrate: a content type and the four default permissions for every model that lacks them. */
export function emitPostMigrate(connection: DatabaseWrapper, apps: AppRegistry, state: ProjectState) {
  // Only models the applied migrations know get rows, app by app in INSTALLED_APPS order.
  const models: ModelLabel[] = apps.appConfigs.flatMap((app) => [
    ...BUILTIN_MODELS.filter((m) => m.appLabel === app.label),
    ...[...state.models.values()]
      .filter((m) => m.appLabel === app.label)
      .map((m) => {
        const verbose = m.options.get('verbose_name');
        return { appLabel: m.appLabel, modelName: m.name.toLowerCase(), verboseName: typeof verbose === 'string' ? verbose : camelCaseToSpaces(m.name) };
      }),
  ]);
  createContentTypesAndPermissions(connection.raw(), models);
  connection.markChanged();
}
