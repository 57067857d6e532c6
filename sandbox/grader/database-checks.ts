import fs from 'node:fs';
import type { Database, SqlValue } from 'sql.js';
import type { Check, CheckResult } from './checks';
import { homePath, type GradeContext } from './context';
import { loadSqlite, sqlite } from '../framework';

type DatabaseCheck = Extract<Check, { type: 'migration_applied' | 'table_exists' | 'table_has_column' | 'row_count' | 'row_exists' }>;

/** The project's database, opened from a copy of its bytes so grading can never change it; null when there is none. */
export async function openDatabase(context: GradeContext, project: string): Promise<Database | null> {
  const file = homePath(context, `${project}/db.sqlite3`);
  if (!fs.existsSync(file)) return null;
  await loadSqlite();
  return new (sqlite().Database)(new Uint8Array(fs.readFileSync(file)));
}

const rows = (db: Database, sql: string, params: SqlValue[] = []): SqlValue[][] => db.exec(sql, params)[0]?.values ?? [];

const hasTable = (db: Database, table: string) => rows(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).length > 0;

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** PRAGMA table_info's rows: cid, name, type, notnull, dflt_value, pk. */
const columnsOf = (db: Database, table: string) => rows(db, `PRAGMA table_info(${quoted(table)})`);

export function databaseCheck(check: DatabaseCheck, db: Database | null): CheckResult {
  if (!db) return { passed: check.type === 'table_exists' && check.exists === false, found: 'no db.sqlite3' };
  switch (check.type) {
    case 'migration_applied': {
      const recorded =
        hasTable(db, 'django_migrations') &&
        rows(db, 'SELECT 1 FROM django_migrations WHERE app = ? AND name = ?', [check.app, check.name]).length > 0;
      return { passed: recorded === (check.applied ?? true) };
    }
    case 'table_exists':
      return { passed: hasTable(db, check.table) === (check.exists ?? true) };
    case 'table_has_column': {
      if (!hasTable(db, check.table)) return { passed: false, found: `no table ${check.table}` };
      const column = columnsOf(db, check.table).find((c) => c[1] === check.column);
      if (check.exists === false) return { passed: !column, found: column ? `${column[2]}${column[3] === 0 ? ' NULL' : ' NOT NULL'}` : undefined };
      if (!column) return { passed: false };
      const nullable = column[3] === 0;
      const passed = check.nullable === undefined || nullable === check.nullable;
      return { passed, found: passed ? undefined : `${column[2]}${nullable ? ' NULL' : ' NOT NULL'}` };
    }
    case 'row_count': {
      if (!hasTable(db, check.table)) return { passed: false, found: `no table ${check.table}` };
      const count = Number(rows(db, `SELECT COUNT(*) FROM ${quoted(check.table)}`)[0]![0]);
      return { passed: count === check.count, found: String(count) };
    }
    case 'row_exists': {
      if (!hasTable(db, check.table)) return { passed: false, found: `no table ${check.table}` };
      const wanted: [string, string | number][] = [[check.column, check.value], ...Object.entries(check.and ?? {})];
      // SQLite reads a quoted name that is no column as a string: ask for the columns first.
      const columns = new Set(columnsOf(db, check.table).map((c) => c[1]));
      const missing = wanted.find(([column]) => !columns.has(column));
      if (missing) return { passed: false, found: `no column ${missing[0]}` };
      const where = wanted.map(([column]) => `${quoted(column)} = ?`).join(' AND ');
      return { passed: rows(db, `SELECT 1 FROM ${quoted(check.table)} WHERE ${where}`, wanted.map(([, v]) => v)).length > 0 };
    }
  }
}
