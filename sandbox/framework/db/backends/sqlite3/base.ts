import fs from 'node:fs';
import type { Database, SqlValue } from 'sql.js';
import { sqlite } from './engine';
import { PyException, newException } from '../../../python';
import { IntegrityError, databaseError } from '../../utils';

/**
 * django.db.backends.sqlite3.base.DatabaseWrapper: the project's db.sqlite3, opened from
 * disk with sql.js and written back when something changed, as a real file.
 */
export class DatabaseWrapper {
  private db: Database | null = null;
  private dirty = false;
  /** Statements run, for sqlmigrate's collected SQL and for tests. */
  onExecute: ((sql: string) => void) | null = null;

  constructor(
    readonly path: string,
    /** A database that lives only in memory (the test database): no file is read or written. */
    readonly inMemory = false,
  ) {}

  private open(): Database {
    if (!this.db && this.inMemory) this.db = new (sqlite().Database)();
    if (!this.db) {
      const bytes = fs.existsSync(this.path) ? fs.readFileSync(this.path) : null;
      this.db = new (sqlite().Database)(bytes && bytes.length ? bytes : undefined);
      // Like Python's sqlite3 module, opening creates the (empty) file.
      if (!bytes) fs.writeFileSync(this.path, new Uint8Array());
    }
    return this.db;
  }

  /** Opens the file without changing it (showmigrations on a new project creates it, empty). */
  ensureConnection() {
    this.open();
  }

  /** Runs a statement; SQLite's errors become Django's (OperationalError, IntegrityError). */
  execute(sql: string, params: SqlValue[] = []): void {
    this.onExecute?.(sql);
    const db = this.open();
    try {
      db.run(sql, params);
    } catch (err) {
      throw databaseError(err);
    }
    this.dirty = true;
  }

  query(sql: string, params: SqlValue[] = []): SqlValue[][] {
    const db = this.open();
    try {
      return db.exec(sql, params)[0]?.values ?? [];
    } catch (err) {
      throw databaseError(err);
    }
  }

  /** Runs `body` in a transaction, rolled back if it throws (Django's atomic migrations). */
  atomic<T>(body: () => T): T {
    const db = this.open();
    db.run('BEGIN');
    try {
      const result = body();
      db.run('COMMIT');
      return result;
    } catch (err) {
      db.run('ROLLBACK');
      throw err;
    }
  }

  /**
   * DatabaseWrapper.check_constraints, run as Django's schema editor closes a migration:
   * rows whose foreign key points at no row (a one-off default of 1 for a new ForeignKey
   * when no row 1 exists) fail the migration with IntegrityError, so it is rolled back.
   */
  checkConstraints(): void {
    const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
    for (const [table, rowid, parent, index] of this.query('PRAGMA foreign_key_check')) {
      const key = this.query(`PRAGMA foreign_key_list(${quoted(String(table))})`)[Number(index)];
      const [column, parentColumn] = [String(key?.[3]), String(key?.[4])];
      const pk = this.query(`PRAGMA table_info(${quoted(String(table))})`).find((c) => Number(c[5]) === 1)?.[1] ?? 'rowid';
      const [pkValue, bad] = this.query(`SELECT ${quoted(String(pk))}, ${quoted(column)} FROM ${quoted(String(table))} WHERE rowid = ?`, [rowid ?? null])[0] ?? [];
      throw new PyException(
        newException(IntegrityError, [
          `The row in table '${table}' with primary key '${pkValue}' has an invalid foreign key: ${table}.${column} contains a value '${bad}' that does not have a corresponding value in ${parent}.${parentColumn}.`,
        ]),
      );
    }
  }

  tableNames(): string[] {
    return this.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").map((r) => String(r[0]));
  }

  hasTable(name: string): boolean {
    return this.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).length > 0;
  }

  /** The sql.js handle, for code that works on SQLite directly (the contrib apps' rows). */
  raw(): Database {
    return this.open();
  }

  markChanged() {
    this.dirty = true;
  }

  /** Closes without writing anything back: what a look that must not change the project (grading) ends with. */
  discard() {
    this.db?.close();
    this.db = null;
    this.dirty = false;
  }

  /** Writes the database back to its file if anything changed, and closes it. */
  close() {
    if (this.db && this.dirty && !this.inMemory) fs.writeFileSync(this.path, this.db.export());
    this.db?.close();
    this.db = null;
    this.dirty = false;
  }
}
