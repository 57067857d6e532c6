/**
 * The built-in migrations and post_migrate handlers against real Django: the database the
 * oracle recorded after a first `migrate` (scenario 02, step 7), and the rows
 * scripts/record-builtin-migrations.py recorded (the oracle keeps only row counts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_MIGRATIONS, type BuiltinMigration } from './builtin-migrations';
import { BUILTIN_MODELS } from './builtin-migrations';
import { createContentTypesAndPermissions } from '../core/management/sql';

interface OracleColumn {
  cid: number;
  name: string;
  type: string;
  notnull: number;
  dflt_value: SqlValue;
  pk: number;
}
interface OracleDatabase {
  tables: Record<string, { columns: OracleColumn[]; row_count: number; sql?: string | null }>;
  indexes?: { name: string; table: string; sql: string | null }[];
}
interface OracleStep {
  n?: number;
  stdout?: string;
  db?: OracleDatabase;
}

const scenario = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../__fixtures__/oracle/02-register-apps-and-migrate.json'), 'utf8'),
) as { steps: OracleStep[] };
const firstMigrate = scenario.steps.find((step) => step.n === 7)!;
const oracle = firstMigrate.db!;
const printedOrder = [...firstMigrate.stdout!.matchAll(/Applying (\w+)\.(\w+)\.\.\. OK/g)].map((m) => `${m[1]}.${m[2]}`);

const RECORDER_TABLE =
  'CREATE TABLE "django_migrations" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" datetime NOT NULL)';

/** Recorded by scripts/record-builtin-migrations.py (Django 3.2.25). */
const CONTENT_TYPES = [
  [1, 'admin', 'logentry'],
  [2, 'auth', 'permission'],
  [3, 'auth', 'group'],
  [4, 'auth', 'user'],
  [5, 'contenttypes', 'contenttype'],
  [6, 'sessions', 'session'],
];
const PERMISSIONS = [
  [1, 1, 'add_logentry', 'Can add log entry'],
  [2, 1, 'change_logentry', 'Can change log entry'],
  [3, 1, 'delete_logentry', 'Can delete log entry'],
  [4, 1, 'view_logentry', 'Can view log entry'],
  [5, 2, 'add_permission', 'Can add permission'],
  [6, 2, 'change_permission', 'Can change permission'],
  [7, 2, 'delete_permission', 'Can delete permission'],
  [8, 2, 'view_permission', 'Can view permission'],
  [9, 3, 'add_group', 'Can add group'],
  [10, 3, 'change_group', 'Can change group'],
  [11, 3, 'delete_group', 'Can delete group'],
  [12, 3, 'view_group', 'Can view group'],
  [13, 4, 'add_user', 'Can add user'],
  [14, 4, 'change_user', 'Can change user'],
  [15, 4, 'delete_user', 'Can delete user'],
  [16, 4, 'view_user', 'Can view user'],
  [17, 5, 'add_contenttype', 'Can add content type'],
  [18, 5, 'change_contenttype', 'Can change content type'],
  [19, 5, 'delete_contenttype', 'Can delete content type'],
  [20, 5, 'view_contenttype', 'Can view content type'],
  [21, 6, 'add_session', 'Can add session'],
  [22, 6, 'change_session', 'Can change session'],
  [23, 6, 'delete_session', 'Can delete session'],
  [24, 6, 'view_session', 'Can view session'],
];
/** By rowid: a table rebuilt by INSERT ... SELECT gets its row even when no row was copied. */
const SEQUENCES = [
  ['django_migrations', 18],
  ['django_admin_log', 0],
  ['django_content_type', 6],
  ['auth_permission', 24],
  ['auth_group', 0],
  ['auth_user', 0],
];

const keyOf = (app: string, name: string) => `${app}.${name}`;
const byKey = new Map(BUILTIN_MIGRATIONS.map((m) => [keyOf(m.app, m.name), m]));

/** Python's ordering of (app, name) tuples. */
function compareTuples(a: readonly [string, string], b: readonly [string, string]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

/**
 * Django's `migrate` plan (MigrationGraph.leaf_nodes and iterative_dfs): the leaves (no child
 * in their own app), sorted; for each, a depth-first walk whose stack receives a node's
 * parents in sorted order, so the greatest parent is walked first; a node comes after them.
 */
function djangoPlan(migrations: readonly BuiltinMigration[]): string[] {
  const children = new Map<string, [string, string][]>();
  for (const m of migrations) for (const [app, name] of m.dependencies) children.set(keyOf(app, name), [...(children.get(keyOf(app, name)) ?? []), [m.app, m.name]]);
  const leaves = migrations
    .filter((m) => (children.get(keyOf(m.app, m.name)) ?? []).every(([app]) => app !== m.app))
    .map((m): [string, string] => [m.app, m.name])
    .sort(compareTuples);
  const plan: string[] = [];
  for (const leaf of leaves) {
    const stack: [[string, string], boolean][] = [[leaf, false]];
    while (stack.length) {
      const [node, processed] = stack.pop()!;
      const key = keyOf(...node);
      if (plan.includes(key)) continue;
      if (processed) plan.push(key);
      else stack.push([node, true], ...[...byKey.get(key)!.dependencies].sort(compareTuples).map((p): [[string, string], boolean] => [p, false]));
    }
  }
  return plan;
}

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

function rows(db: Database, sql: string): SqlValue[][] {
  return db.exec(sql)[0]?.values ?? [];
}

/** Applies migrations the way Django's executor wraps each one on SQLite. */
function apply(db: Database, migrations: readonly BuiltinMigration[]): void {
  for (const m of migrations) {
    db.run('PRAGMA foreign_keys = OFF');
    db.run('BEGIN');
    for (const statement of m.sql) db.run(statement);
    db.run('INSERT INTO "django_migrations" ("app", "name", "applied") VALUES (?, ?, ?)', [m.app, m.name, '2026-01-01 00:00:00.000000']);
    db.run('COMMIT');
    db.run('PRAGMA foreign_keys = ON');
  }
}

/** A fresh project's database after its first `migrate`. */
function migratedDatabase(): Database {
  const db = new SQL.Database();
  db.run('PRAGMA foreign_keys = ON'); // as Django opens every connection
  db.run(RECORDER_TABLE);
  apply(db, djangoPlan(BUILTIN_MIGRATIONS).map((key) => byKey.get(key)!));
  createContentTypesAndPermissions(db, BUILTIN_MODELS);
  return db;
}

describe('the built-in migrations', () => {
  it('are the 18 Django applies, each dependency one of them', () => {
    expect(BUILTIN_MIGRATIONS.map((m) => keyOf(m.app, m.name)).sort()).toEqual([...printedOrder].sort());
    for (const m of BUILTIN_MIGRATIONS) for (const [app, name] of m.dependencies) expect(byKey.has(keyOf(app, name)), `${m.app}.${m.name} -> ${app}.${name}`).toBe(true);
  });

  it("run in the order Django printed when planned with Django's algorithm", () => {
    expect(printedOrder).toHaveLength(18);
    expect(djangoPlan(BUILTIN_MIGRATIONS)).toEqual(printedOrder);
  });

  it("leave the oracle's tables, columns, row counts, CREATE statements and indexes", () => {
    const db = migratedDatabase();
    const tables = rows(db, "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name");
    expect(tables.map(([name]) => name)).toEqual(Object.keys(oracle.tables).sort());
    for (const [name, sql] of tables) {
      const expected = oracle.tables[String(name)]!;
      const columns = db.exec(`PRAGMA table_info("${name}")`)[0]!;
      const actual = columns.values.map((values) => Object.fromEntries(columns.columns.map((c, i) => [c, values[i]])));
      expect(actual, `${name} columns`).toEqual(expected.columns);
      expect(rows(db, `SELECT COUNT(*) FROM "${name}"`)[0]![0], `${name} rows`).toBe(expected.row_count);
      if (expected.sql !== undefined) expect(sql, `${name} sql`).toBe(expected.sql);
    }
    const indexes = rows(db, "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY tbl_name, name");
    expect(indexes.map(([name, table, sql]) => ({ name, table, sql }))).toEqual(oracle.indexes);
    expect(rows(db, 'PRAGMA foreign_key_check')).toEqual([]);
    expect(rows(db, 'PRAGMA integrity_check')).toEqual([['ok']]);
  });

  it("leave Django's content types, permissions and sequences", () => {
    const db = migratedDatabase();
    expect(rows(db, 'SELECT * FROM "django_content_type" ORDER BY id')).toEqual(CONTENT_TYPES);
    expect(rows(db, 'SELECT * FROM "auth_permission" ORDER BY id')).toEqual(PERMISSIONS);
    expect(rows(db, 'SELECT * FROM "sqlite_sequence" ORDER BY rowid')).toEqual(SEQUENCES);
    expect(rows(db, 'SELECT app, name FROM "django_migrations" ORDER BY id').map(([app, name]) => `${app}.${name}`)).toEqual(printedOrder);
  });
});

describe('createContentTypesAndPermissions', () => {
  it('adds nothing when run again', () => {
    const db = migratedDatabase();
    createContentTypesAndPermissions(db, BUILTIN_MODELS);
    expect(rows(db, 'SELECT * FROM "django_content_type" ORDER BY id')).toEqual(CONTENT_TYPES);
    expect(rows(db, 'SELECT * FROM "auth_permission" ORDER BY id')).toEqual(PERMISSIONS);
    expect(rows(db, 'SELECT * FROM "sqlite_sequence" ORDER BY rowid')).toEqual(SEQUENCES);
  });

  it("gives a learner's model one content type and four permissions, worded as Django words them", () => {
    const db = migratedDatabase();
    createContentTypesAndPermissions(db, [...BUILTIN_MODELS, { appLabel: 'home', modelName: 'student', verboseName: 'student' }]);
    expect(rows(db, 'SELECT * FROM "django_content_type" WHERE id > 6')).toEqual([[7, 'home', 'student']]);
    expect(rows(db, 'SELECT * FROM "auth_permission" WHERE id > 24 ORDER BY id')).toEqual([
      [25, 7, 'add_student', 'Can add student'],
      [26, 7, 'change_student', 'Can change student'],
      [27, 7, 'delete_student', 'Can delete student'],
      [28, 7, 'view_student', 'Can view student'],
    ]);
  });

  it('uses the verbose name in the names and the model name in the codenames', () => {
    const db = migratedDatabase();
    createContentTypesAndPermissions(db, [{ appLabel: 'home', modelName: 'studentprofile', verboseName: 'student profile' }]);
    expect(rows(db, 'SELECT codename, name FROM "auth_permission" WHERE content_type_id = 7 ORDER BY id')).toEqual([
      ['add_studentprofile', 'Can add student profile'],
      ['change_studentprofile', 'Can change student profile'],
      ['delete_studentprofile', 'Can delete student profile'],
      ['view_studentprofile', 'Can view student profile'],
    ]);
  });

  it('does what `migrate contenttypes` does on a fresh project: one content type, no permission', () => {
    const db = new SQL.Database();
    createContentTypesAndPermissions(db, BUILTIN_MODELS);
    expect(rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'")).toEqual([]);
    db.run(RECORDER_TABLE);
    apply(db, BUILTIN_MIGRATIONS.filter((m) => m.app === 'contenttypes'));
    // Django's migration state then holds only contenttypes' model.
    createContentTypesAndPermissions(db, BUILTIN_MODELS.filter((m) => m.appLabel === 'contenttypes'));
    expect(rows(db, 'SELECT * FROM "django_content_type"')).toEqual([[1, 'contenttypes', 'contenttype']]);
    expect(rows(db, "SELECT name FROM sqlite_master WHERE name = 'auth_permission'")).toEqual([]);
  });
});
