import fs from 'node:fs';
import path from 'node:path';
import { PyException, SystemExit, exceptionTypeName } from '../../../python';
import { openProject } from '../../../program';
import { DatabaseWrapper } from '../../../db/backends/sqlite3/base';
import type { LoadedProject } from '../../handlers/project';
import { nearestProject, settingsModuleOf, type FoundProject, type InspectPlace } from './find-project';
import { migrationRecords, type TableColumns } from './migration-records';
import { modelTables, quoteName, tableRecords } from './table-records';
import { ROWS_PER_PAGE, type Inspection, type TableRows } from './report';

/** The last line of the error, as Python ends its traceback with it. */
function errorLine(err: unknown): string {
  if (err instanceof PyException) return err.message ? `${exceptionTypeName(err)}: ${err.message}` : exceptionTypeName(err);
  if (err instanceof SystemExit) return `SystemExit: ${err.code}`;
  // A fault of the sandbox's own, not the project's: said as such, never thrown at the page.
  return `The sandbox could not read the project: ${err instanceof Error ? err.message : String(err)}`;
}

/** Asked first whether it exists: a failed stat costs an error with its stack, every look, every folder up. */
const isFile = (file: string) => fs.existsSync(file) && fs.statSync(file).isFile();

/** The project's settings and models, as `manage.py` loads them; or the reason it cannot. */
function load(found: FoundProject): LoadedProject | { error: string } {
  try {
    return openProject(found.dir, settingsModuleOf(found.dir));
  } catch (err) {
    return { error: errorLine(err) };
  }
}

/**
 * The database, opened from a copy of its bytes in memory: whatever happens here, the file is
 * neither written nor locked. None when the file is not there (opening it would create it).
 */
function openDatabase(file: string): DatabaseWrapper | null {
  return isFile(file) ? new DatabaseWrapper(file) : null;
}

/** settings.DATABASES['default']['NAME'] for a project that loads; db.sqlite3 beside manage.py otherwise. */
const databaseFile = (found: FoundProject, loaded: LoadedProject | { error: string }) =>
  ('connections' in loaded && loaded.connections.path) || path.join(found.dir, 'db.sqlite3');

/** The inspector's look at the project at or above the terminal's folder. Never throws for a broken project. */
export function inspect(place: InspectPlace): Inspection {
  const found = nearestProject(place);
  if (!found) return { project: null, apps: [], tables: [], problems: [] };
  const report: Inspection = { project: found.relative, apps: [], tables: [], problems: [] };
  const loaded = load(found);
  let db: DatabaseWrapper | null = null;
  try {
    db = openDatabase(databaseFile(found, loaded));
    if ('error' in loaded) {
      // The tables can still be shown; whose they are, the models cannot say.
      report.error = loaded.error;
      report.tables = tableRecords(db, new Map());
      return report;
    }
    report.tables = tableRecords(db, modelTables(loaded.apps));
    const columns: TableColumns = new Map(report.tables.map((t) => [t.name, new Set(t.columns.map((c) => c.name))]));
    Object.assign(report, migrationRecords(loaded, db, columns));
  } catch (err) {
    report.error = errorLine(err);
  } finally {
    db?.discard();
    if (!('error' in loaded)) loaded.connections.discardAll();
  }
  return report;
}

type Cell = TableRows['rows'][number][number];

/** A value as the panel shows it: text and numbers as they are, bytes by their length. */
function cell(value: unknown): Cell {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value as Cell;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Uint8Array) return `<${value.length} bytes>`;
  return String(value);
}

/** One page of a table's rows, in the order SQLite keeps them. */
export function tableRows(place: InspectPlace, table: string, offset: number): TableRows {
  const found = nearestProject(place);
  if (!found) throw new Error('No project here: no manage.py in the terminal’s folder or above it.');
  const loaded = load(found);
  const db = openDatabase(databaseFile(found, loaded));
  try {
    if (!db || !db.hasTable(table)) throw new Error(`no such table: ${table}`);
    const start = Math.max(0, Math.floor(offset));
    const columns = db.query(`PRAGMA table_info(${quoteName(table)})`).map((c) => String(c[1]));
    const total = Number(db.query(`SELECT COUNT(*) FROM ${quoteName(table)}`)[0]?.[0] ?? 0);
    const rows = db.query(`SELECT * FROM ${quoteName(table)} LIMIT ? OFFSET ?`, [ROWS_PER_PAGE, start]).map((r) => r.map(cell));
    return { table, columns, rows, offset: start, total };
  } finally {
    db?.discard();
    if (!('error' in loaded)) loaded.connections.discardAll();
  }
}

// The framework's front door names them for what they are to its callers.
export { inspect as inspectProject, tableRows as inspectTableRows };
export type { InspectPlace };
