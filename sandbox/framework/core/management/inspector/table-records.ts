import type { DatabaseWrapper } from '../../../db/backends/sqlite3/base';
import type { AppRegistry } from '../../../apps/registry';
import type { TableRecord } from './report';

/** A table some installed model lives in: the model's label and the columns its fields make. */
export interface ModelTable {
  model: string;
  columns: string[];
}

export const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Every table the installed models own (apps.get_models(include_auto_created=True)): each
 * model's own, and the table of links Django makes for a ManyToManyField without `through`.
 */
export function modelTables(apps: AppRegistry): Map<string, ModelTable> {
  const tables = new Map<string, ModelTable>();
  for (const model of apps.allModels()) {
    // A proxy shares its parent's table; the parent is the owner.
    if (model.meta.get('proxy') === true) continue;
    tables.set(model.table, { model: model.label, columns: model.fields.map((f) => f.column) });
    for (const field of model.manyToMany) {
      const through = field.through;
      if (through.autoCreated) tables.set(through.table, { model: through.label, columns: through.fields.map((f) => f.column) });
    }
  }
  return tables;
}

/** The database as Django's introspection sees it: table names (SQLite's own left out), and each one's columns. */
export function introspectTables(db: DatabaseWrapper): { name: string; columns: TableRecord['columns'] }[] {
  return db.tableNames().map((name) => ({
    name,
    // PRAGMA table_info: cid, name, type, notnull, dflt_value, pk.
    columns: db.query(`PRAGMA table_info(${quoteName(name)})`).map((c) => ({ name: String(c[1]), type: String(c[2]), nullable: c[3] === 0 })),
  }));
}

/** The tables with their rows counted, the model that owns each, and the columns the two disagree on. */
export function tableRecords(db: DatabaseWrapper | null, owners: Map<string, ModelTable>): TableRecord[] {
  if (!db) return [];
  return introspectTables(db).map(({ name, columns }) => {
    const owner = owners.get(name);
    const have = new Set(columns.map((c) => c.name));
    const want = new Set(owner?.columns ?? []);
    return {
      name,
      model: owner?.model ?? null,
      rowCount: Number(db.query(`SELECT COUNT(*) FROM ${quoteName(name)}`)[0]?.[0] ?? 0),
      columns,
      missingColumns: owner ? owner.columns.filter((c) => !have.has(c)) : [],
      extraColumns: owner ? columns.filter((c) => !want.has(c.name)).map((c) => c.name) : [],
    };
  });
}
