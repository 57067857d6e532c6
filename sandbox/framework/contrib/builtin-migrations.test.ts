/**
 * The built-in migrations and post_migrate handlers against real Django 5.2, recorded by
 * scripts/record-django/builtin-migrations.py on a fresh project: the SQL `migrate` runs for
 * each migration, what `sqlmigrate` prints for it both ways, and the database `migrate`
 * leaves (sqlite_master in order, every table's columns and rows, sqlite_sequence).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILTIN_MIGRATIONS, BUILTIN_MODELS, type BuiltinMigration } from './builtin-migrations';
import { createContentTypesAndPermissions } from '../core/management/sql';
import { prepareProgram, runProgram } from '../index';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}
interface RecordedMigration {
  app: string;
  name: string;
  dependencies: [string, string][];
  treated_as_initial: boolean;
  sqlmigrate: Run;
  sqlmigrate_backwards: Run;
  sql: string[];
}
interface Recording {
  meta: { django: string; python: string; sqlite_version: string };
  stdout: string;
  plan: string[];
  migrations: RecordedMigration[];
  sqlite_master: [type: string, name: string, table: string, sql: string | null][];
  tables: Record<string, { columns: SqlValue[][]; rows: SqlValue[][] }>;
  sqlite_sequence: SqlValue[][];
  home: { models: string; stdout: string; django_content_type: SqlValue[][]; auth_permission: SqlValue[][] };
}

const recording = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../__fixtures__/django52/builtin-migrations/builtin-migrations.json'), 'utf8'),
) as Recording;
const CONTENT_TYPES = recording.tables.django_content_type!.rows;
const PERMISSIONS = recording.tables.auth_permission!.rows;
const SEQUENCES = recording.sqlite_sequence;

const RECORDER_TABLE =
  'CREATE TABLE "django_migrations" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "app" varchar(255) NOT NULL, "name" varchar(255) NOT NULL, "applied" datetime NOT NULL)';

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
const work = mkdtempSync(path.join(tmpdir(), 'builtin-migrations-'));
const project = path.join(work, 'myproject');

async function manage(words: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  await prepareProgram(words);
  const status = runProgram(words, {
    cwd: words[0] === 'django-admin' ? work : project,
    env: { TZ: 'UTC' },
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readLine: () => null,
  });
  return { status, stdout, stderr };
}

beforeAll(async () => {
  SQL = await initSqlJs();
  await manage(['django-admin', 'startproject', 'myproject']);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

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

/** A fresh project's database after its first `migrate`, built from the data alone. */
function migratedDatabase(): Database {
  const db = new SQL.Database();
  db.run('PRAGMA foreign_keys = ON'); // as Django opens every connection
  db.run(RECORDER_TABLE);
  apply(db, djangoPlan(BUILTIN_MIGRATIONS).map((key) => byKey.get(key)!));
  createContentTypesAndPermissions(db, BUILTIN_MODELS);
  return db;
}

/** timezone.now() in the SQL sqlmigrate prints to unapply auth.0005 differs from run to run. */
const maskNow = (text: string) => text.replace(/'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}'/g, "'<now>'");

describe(`the built-in migrations against Django ${recording.meta.django}`, () => {
  it('are the ones Django applies, planned in the order it applies them', () => {
    expect(BUILTIN_MIGRATIONS.map((m) => keyOf(m.app, m.name)).sort()).toEqual([...recording.plan].sort());
    expect(djangoPlan(BUILTIN_MIGRATIONS)).toEqual(recording.plan);
  });

  it.each(recording.migrations)('$app $name: dependencies and initial as the loader resolves them', (recorded) => {
    const m = byKey.get(keyOf(recorded.app, recorded.name))!;
    expect([...m.dependencies].sort(compareTuples)).toEqual(recorded.dependencies);
    expect(m.initial).toBe(recorded.treated_as_initial);
  });

  it.each(recording.migrations)('$app $name: migrate runs the same SQL', (recorded) => {
    expect(byKey.get(keyOf(recorded.app, recorded.name))!.sql).toEqual(recorded.sql);
  });

  it.each(recording.migrations)('$app $name: sqlmigrate prints the same, both ways', async (recorded) => {
    const forwards = await manage(['python', 'manage.py', 'sqlmigrate', recorded.app, recorded.name]);
    expect(forwards).toEqual(recorded.sqlmigrate);
    const backwards = await manage(['python', 'manage.py', 'sqlmigrate', recorded.app, recorded.name, '--backwards']);
    expect({ ...backwards, stdout: maskNow(backwards.stdout) }).toEqual({ ...recorded.sqlmigrate_backwards, stdout: maskNow(recorded.sqlmigrate_backwards.stdout) });
  });

  it("migrate prints Django's lines and leaves its sqlite_master, tables, rows and sequences", async () => {
    expect(await manage(['python', 'manage.py', 'migrate'])).toEqual({ status: 0, stdout: recording.stdout, stderr: '' });
    const db = new SQL.Database(readFileSync(path.join(project, 'db.sqlite3')));
    expect(rows(db, 'SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid')).toEqual(recording.sqlite_master);
    for (const [name, { columns, rows: tableRows }] of Object.entries(recording.tables)) {
      expect(rows(db, `PRAGMA table_info("${name}")`), `${name} columns`).toEqual(columns);
      const select = name === 'django_migrations' ? 'SELECT id, app, name' : 'SELECT *';
      expect(rows(db, `${select} FROM "${name}" ORDER BY rowid`), `${name} rows`).toEqual(tableRows);
    }
    expect(rows(db, 'SELECT * FROM sqlite_sequence ORDER BY rowid')).toEqual(SEQUENCES);
    expect(rows(db, 'PRAGMA foreign_key_check')).toEqual([]);
    expect(rows(db, 'PRAGMA integrity_check')).toEqual([['ok']]);
  });

  it("then give a learner's two models their content types and permissions", async () => {
    await manage(['python', 'manage.py', 'startapp', 'home']);
    writeFileSync(path.join(project, 'home', 'models.py'), recording.home.models);
    const settings = path.join(project, 'myproject', 'settings.py');
    writeFileSync(settings, readFileSync(settings, 'utf8').replace("'django.contrib.staticfiles',", "'django.contrib.staticfiles',\n    'home',"));
    expect((await manage(['python', 'manage.py', 'makemigrations', 'home'])).status).toBe(0);
    expect(await manage(['python', 'manage.py', 'migrate'])).toEqual({ status: 0, stdout: recording.home.stdout, stderr: '' });
    const db = new SQL.Database(readFileSync(path.join(project, 'db.sqlite3')));
    // Django orders related models by a Python set, so which of the two comes first depends
    // on the hash seed: compare the rows without their ids, then the ids' sequence.
    const byModel = (table: SqlValue[][], key: (row: SqlValue[]) => string) => [...table].sort((a, b) => key(a).localeCompare(key(b)));
    const types = rows(db, 'SELECT * FROM "django_content_type" ORDER BY id');
    const expectedTypes = recording.home.django_content_type;
    expect(types.map(([id]) => id)).toEqual(expectedTypes.map(([id]) => id));
    expect(byModel(types, (r) => `${r[1]}.${r[2]}`).map(([, ...rest]) => rest)).toEqual(byModel(expectedTypes, (r) => `${r[1]}.${r[2]}`).map(([, ...rest]) => rest));
    const modelOf = (table: SqlValue[][]) => new Map(table.map(([id, app, model]): [SqlValue, string] => [id ?? null, `${app}.${model}`]));
    const permissions = (table: SqlValue[][], models: Map<SqlValue, string>) =>
      byModel(table.map(([, type, codename, name]): SqlValue[] => [models.get(type ?? null) ?? null, codename ?? null, name ?? null]), (r) => `${r[0]}.${r[1]}`);
    const actual = rows(db, 'SELECT * FROM "auth_permission" ORDER BY id');
    expect(actual.map(([id]) => id)).toEqual(recording.home.auth_permission.map(([id]) => id));
    expect(permissions(actual, modelOf(types))).toEqual(permissions(recording.home.auth_permission, modelOf(expectedTypes)));
  });

  it('replayed from the data alone, leave the same schema and rows', () => {
    const db = migratedDatabase();
    expect(rows(db, 'SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid')).toEqual(recording.sqlite_master);
    expect(rows(db, 'SELECT * FROM "django_content_type" ORDER BY id')).toEqual(CONTENT_TYPES);
    expect(rows(db, 'SELECT * FROM "auth_permission" ORDER BY id')).toEqual(PERMISSIONS);
    expect(rows(db, 'SELECT * FROM "sqlite_sequence" ORDER BY rowid')).toEqual(SEQUENCES);
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
