import type { Database, SqlValue, Statement } from 'sql.js';
import { PyException, PyFloat, exceptionClass, newException, typeName, type PyValue } from '../../../python';
import { ProgrammingError, databaseError } from '../../utils';
import { sqlite } from './engine';
import { registerFunctions } from './functions';
import { decOf, decToString, isDecimal } from '../../../stdlib/decimal';

/** What the cursor needs of a connection: the sql.js handle, and a way to say the file must be written back. */
export interface SqlConnection {
  raw(): Database;
  markChanged(): void;
}

export interface SqlResult {
  /** Column names of a SELECT (cursor.description); empty for other statements. */
  columns: string[];
  rows: PyValue[][];
  /** Rows an INSERT, UPDATE or DELETE changed; -1 otherwise, as Python's sqlite3 says. */
  rowcount: number;
  /** The rowid of the row an INSERT made, else null. */
  lastrowid: number | null;
}

/** One statement run, with its parameters written in (Django's connection.queries). */
export interface QueryRecord {
  sql: string;
}

const logs = new WeakMap<SqlConnection, QueryRecord[]>();
const foreignKeysOn = new WeakSet<Database>();

/** The statements run on a connection since it opened (or since reset_queries()). */
export function queryLog(conn: SqlConnection): QueryRecord[] {
  let log = logs.get(conn);
  if (!log) logs.set(conn, (log = []));
  return log;
}

/** Django's SQLiteCursorWrapper.convert_query: its `%s` placeholders become sqlite3's `?`. */
export function convertQuery(sql: string): string {
  return sql.replace(/(?<!%)%s/g, '?').replace(/%%/g, '%');
}

/** Python's sqlite3 adapters: None, int, float, str, and Decimal (Django registers str for it). */
export function adaptParam(value: PyValue, index: number): SqlValue {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof PyFloat) return value.value;
  if (isDecimal(value)) return decToString(decOf(value));
  throw new PyException(newException(ProgrammingError, [`Error binding parameter ${index + 1}: type '${typeName(value)}' is not supported`]));
}

/** A statement's text with its parameters written in as SQL literals (DatabaseOperations.last_executed_query). */
export function interpolate(sql: string, params: SqlValue[]): string {
  let i = 0;
  return sql.replace(/\?/g, () => {
    const v = params[i++];
    if (v === undefined) return '?';
    if (v === null) return 'NULL';
    if (typeof v === 'string') return `'${v.replace(/'/g, "''")}'`;
    return String(v);
  });
}

/** Whitespace, comments and semicolons: what may follow the one statement a cursor runs. */
function onlyNoise(sql: string): boolean {
  return sql.replace(/--[^\n]*(\n|$)|\/\*[\s\S]*?(\*\/|$)|[\s;]/g, '') === '';
}

function ensureForeignKeys(db: Database) {
  // Django's SQLite backend turns foreign key enforcement on for every connection it opens.
  if (foreignKeysOn.has(db)) return;
  db.run('PRAGMA foreign_keys = ON');
  registerFunctions(db);
  foreignKeysOn.add(db);
}

/**
 * Runs one statement as Python's sqlite3 cursor does and returns typed values: INTEGER as
 * int, REAL as float, TEXT as str, NULL as None. `params === null` runs the text as it is
 * (no placeholders), as Django's cursor does when execute() gets no parameters. SQLite's
 * errors become Django's (OperationalError, IntegrityError...), never JavaScript errors.
 */
export function executeSql(conn: SqlConnection, sql: string, params: PyValue[] | null): SqlResult {
  const text = params === null ? sql : convertQuery(sql);
  const values = (params ?? []).map(adaptParam);
  let db: Database;
  try {
    db = conn.raw();
    ensureForeignKeys(db);
  } catch (err) {
    throw err instanceof PyException ? err : unavailable(err);
  }
  queryLog(conn).push({ sql: interpolate(text, values) });
  let stmt: Statement | undefined;
  try {
    const statements = db.iterateStatements(text);
    const first = statements.next();
    if (first.done) return { columns: [], rows: [], rowcount: -1, lastrowid: null };
    stmt = first.value;
    if (!onlyNoise(statements.getRemainingSQL())) {
      throw new PyException(newException(ProgrammingError, ['You can only execute one statement at a time.']));
    }
    if (values.length) stmt.bind(values);
    const columns = stmt.getColumnNames();
    const rows: PyValue[][] = [];
    const types = columnTypeReader(stmt);
    while (stmt.step()) rows.push(stmt.get().map((v, i) => typed(v, types?.(i))));
    const verb = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? '';
    const changes = ['INSERT', 'UPDATE', 'DELETE', 'REPLACE'].includes(verb);
    if (verb !== 'SELECT') conn.markChanged();
    const lastrowid = verb === 'INSERT' || verb === 'REPLACE' ? Number(db.exec('SELECT last_insert_rowid()')[0]?.values[0]?.[0] ?? 0) : null;
    return { columns, rows, rowcount: changes ? db.getRowsModified() : -1, lastrowid };
  } catch (err) {
    if (err instanceof PyException) throw err;
    throw databaseError(err);
  } finally {
    stmt?.free();
  }
}

function unavailable(err: unknown): PyException {
  const why = err instanceof Error ? err.message : String(err);
  return new PyException(newException(exceptionClass('RuntimeError'), [`the sandbox's database is not available to this command (${why})`]));
}

const SQLITE_INTEGER = 1;
const SQLITE_FLOAT = 2;

/**
 * sql.js gives every number as a JavaScript number, so 9.0 read from a REAL column would
 * look like the integer 9. SQLite knows each value's storage class; sql.js keeps the
 * statement's pointer as the first property of its Statement and exports
 * sqlite3_column_type, which together tell it. When that is not available (another sql.js
 * build), whole numbers are taken for ints.
 */
function columnTypeReader(stmt: Statement): ((i: number) => number) | null {
  const engine = sqlite() as unknown as { _sqlite3_column_type?: (p: number, i: number) => number; _sqlite3_column_count?: (p: number) => number };
  const pointer = Object.values(stmt)[0];
  if (typeof pointer !== 'number' || pointer < 4096 || !engine._sqlite3_column_type || !engine._sqlite3_column_count) return null;
  if (engine._sqlite3_column_count(pointer) !== stmt.getColumnNames().length) return null;
  const columnType = engine._sqlite3_column_type;
  return (i) => columnType(pointer, i);
}

function typed(value: SqlValue, type: number | undefined): PyValue {
  if (value === null || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (type === SQLITE_FLOAT) return new PyFloat(value);
    if (type === SQLITE_INTEGER || Number.isInteger(value)) return value;
    return new PyFloat(value);
  }
  // A BLOB: the sandbox's Python has no bytes; its text is the closest it can show.
  return new TextDecoder().decode(value);
}
