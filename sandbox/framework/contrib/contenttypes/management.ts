import type { Database, SqlValue } from 'sql.js';
import type { DatabaseWrapper } from '../../db/backends/sqlite3/base';

/**
 * django.contrib.contenttypes.management: the post_migrate handler that gives each model
 * its row in django_content_type (create_contenttypes), and the rename that follows a
 * RenameModel. Checked against scripts/record-django/builtin-migrations.py's recording.
 */

/** A model as the post_migrate handlers see it in the migration state. */
export interface ModelLabel {
  appLabel: string;
  /** Lower case, as Django's `_meta.model_name`. */
  modelName: string;
  /** `_meta.verbose_name_raw`: `verbose_name`, else the class name in lower case words ('student profile'). */
  verboseName: string;
}

export function tableExists(db: Database, table: string): boolean {
  return db.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).length > 0;
}

export function firstValue(db: Database, sql: string, params: SqlValue[]): SqlValue | undefined {
  return db.exec(sql, params)[0]?.values[0]?.[0];
}

export function contentTypeId(db: Database, model: ModelLabel): SqlValue | undefined {
  return firstValue(db, 'SELECT "id" FROM "django_content_type" WHERE "app_label" = ? AND "model" = ?', [model.appLabel, model.modelName]);
}

/** create_contenttypes(): a row for each model that has none (stale rows are left alone, for `remove_stale_contenttypes`). */
export function createContentTypes(db: Database, models: readonly ModelLabel[]): void {
  for (const model of models) {
    if (contentTypeId(db, model) === undefined) {
      db.run('INSERT INTO "django_content_type" ("app_label", "model") VALUES (?, ?)', [model.appLabel, model.modelName]);
    }
  }
}

/**
 * What contenttypes slips into a plan after each RenameModel (RenameContentType): the
 * model's content type row is renamed, so its permissions and admin history follow it.
 */
export function renameContentType(connection: DatabaseWrapper, appLabel: string, oldModel: string, newModel: string) {
  if (!connection.hasTable('django_content_type')) return;
  const taken = connection.query('SELECT 1 FROM "django_content_type" WHERE "app_label" = ? AND "model" = ?', [appLabel, newModel]).length > 0;
  if (taken) return;
  connection.execute('UPDATE "django_content_type" SET "model" = ? WHERE "app_label" = ? AND "model" = ?', [newModel, appLabel, oldModel]);
}
