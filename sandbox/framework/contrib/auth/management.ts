import type { Database } from 'sql.js';
import { contentTypeId, firstValue, type ModelLabel } from '../contenttypes/management';

/** django.contrib.auth.management: the post_migrate handler that gives each model its default permissions. */

/** Options.default_permissions, in Django's order. */
const DEFAULT_PERMISSIONS = ['add', 'change', 'delete', 'view'] as const;

/** create_permissions(): the four default permissions of each model that has a content type, those missing only. */
export function createPermissions(db: Database, models: readonly ModelLabel[]): void {
  for (const model of models) {
    const ctype = contentTypeId(db, model);
    if (ctype === undefined) continue;
    for (const action of DEFAULT_PERMISSIONS) {
      const codename = `${action}_${model.modelName}`;
      const exists = firstValue(db, 'SELECT 1 FROM "auth_permission" WHERE "content_type_id" = ? AND "codename" = ?', [ctype, codename]);
      if (exists === undefined) {
        db.run('INSERT INTO "auth_permission" ("name", "content_type_id", "codename") VALUES (?, ?, ?)', [`Can ${action} ${model.verboseName}`, ctype, codename]);
      }
    }
  }
}
