import type { Database } from 'sql.js';
import { Interpreter, PyException, exceptionLine } from '../python';
import { AppRegistry } from '../apps/registry';
import { exceptionsModule } from '../core/exceptions';
import { decimalModule } from '../stdlib/decimal';
import { sqlite } from './backends/sqlite3/engine';
import { SchemaEditor } from './backends/sqlite3/schema';
import { queryLog, type SqlConnection } from './backends/sqlite3/cursor';
import { stateFromModels } from './migrations/state-from-models';
import { dbModule } from './module';
import { utilsModule } from './utils';
import type { OrmContext } from './models/context';
import { modelsModule } from './models/module';
import { EmptyResultSet, FieldDoesNotExist, MultipleObjectsReturned } from './models/exceptions';

export interface OrmSandbox {
  /** Runs Python source (as `manage.py shell -c` would) and returns what it printed, or the traceback's last line. */
  run(code: string): { stdout: string; error: string | null };
  /** Like run(), but fails the test on an exception; returns stdout. */
  out(code: string): string;
  /** The SQL run since the last call, parameters written in. */
  sql(): string[];
  db: Database;
}

/**
 * An app `home` with the given models.py, its tables created in an in-memory SQLite
 * database (as migrate would create them), and the ORM over it. Call loadSqlite() first.
 */
export function ormSandbox(models: string): OrmSandbox {
  const files: Record<string, string> = { 'home/__init__.py': '', 'home/models.py': models };
  const db = new (sqlite().Database)();
  const conn: SqlConnection = { raw: () => db, markChanged: () => {} };
  let stdout = '';
  const apps = new AppRegistry();
  let orm: OrmContext | null = null;
  const ormOf = (interp: Interpreter): OrmContext => (orm ??= { interp, apps, connection: () => conn, settings: () => null });
  const interp: Interpreter = new Interpreter({
    fs: {
      readFile: (p) => files[p.replace(/^\/p\//, '')] ?? null,
      isDirectory: (p) => Object.keys(files).some((f) => `/p/${f}`.startsWith(`${p}/`)),
    },
    sysPath: ['/p'],
    nativeModules: {
      decimal: () => decimalModule(),
      django: () => ({}),
      'django.core': () => ({}),
      'django.core.exceptions': () => ({ ...exceptionsModule(), MultipleObjectsReturned, EmptyResultSet, FieldDoesNotExist }),
      'django.db': (i) => dbModule(ormOf(i)),
      'django.db.utils': () => utilsModule(),
      'django.db.models': (i) => modelsModule(ormOf(i)),
    },
    stdout: (t) => (stdout += t),
  });
  apps.populate(['home'], interp);
  const state = stateFromModels(apps, null, new Set(['home']));
  const editor = new SchemaEditor({ execute: (sql) => db.run(sql) }, state);
  for (const model of state.models.values()) editor.createModel(model);
  editor.flushDeferred();
  let seen = 0;
  const run = (code: string) => {
    stdout = '';
    interp.resetSteps();
    try {
      interp.runSource(code);
      return { stdout, error: null };
    } catch (err) {
      if (!(err instanceof PyException)) throw err;
      return { stdout, error: exceptionLine(err, interp) };
    }
  };
  return {
    run,
    out(code) {
      const result = run(code);
      if (result.error) throw new Error(`Python raised ${result.error}\n${result.stdout}`);
      return result.stdout;
    },
    sql() {
      const log = queryLog(conn).slice(seen).map((q) => q.sql);
      seen = queryLog(conn).length;
      return log;
    },
    db,
  };
}
