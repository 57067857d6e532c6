/**
 * The migrations of Django's built-in apps (contenttypes, auth, admin, sessions) as data:
 * for each one, the SQL real Django 5.2 runs for it on SQLite and what `sqlmigrate` prints
 * for it, both checked against the recording of scripts/record-django/builtin-migrations.py
 * (builtin-migrations.test.ts).
 *
 * `sql` holds only the statements that change the schema or the data. Django wraps each
 * migration in more, which the runner must reproduce: `PRAGMA foreign_keys = OFF` (outside
 * any transaction, else SQLite ignores it), `BEGIN`, the statements, the django_migrations
 * row, `PRAGMA foreign_key_check`, `COMMIT`, `PRAGMA foreign_keys = ON`.
 *
 * Ordering: `dependencies` are the ones Django's loader resolves (`__first__` and the
 * swappable AUTH_USER_MODEL dependency made concrete). With Django's algorithm (the graph's
 * leaf nodes, sorted; for each, a depth-first walk that pushes a node's parents in sorted
 * order and so visits the greatest first, emitting each node after its parents) they give
 * exactly the order `migrate` prints on a fresh project: contenttypes.0001, auth.0001,
 * admin.0001-0003, contenttypes.0002, auth.0002-0012, sessions.0001. The tests check this.
 */

import type { ModelLabel } from './contenttypes/management';
import type { RecordedOperation } from '../db/migrations/migration';

export interface BuiltinMigration {
  app: string;
  name: string;
  dependencies: [string, string][];
  /**
   * Django's files leave `initial` unset; the executor then treats a migration as initial
   * (for --fake-initial) when it depends on nothing in its own app, which is what this says.
   */
  initial: boolean;
  /** What `migrate` runs. */
  sql: string[];
  /** What `sqlmigrate` prints, operation by operation. */
  operations: readonly RecordedOperation[];
  /** The statements the schema editor defers to the end of the migration (the indexes of new tables). */
  deferred?: readonly string[];
}

/** A column as Django's SQLite schema editor declares it: name, then the rest of its definition. */
type Column = readonly [name: string, definition: string];

const ID: Column = ['id', 'integer NOT NULL PRIMARY KEY AUTOINCREMENT'];

/** Django declares foreign keys inline, deferred, so that a transaction may insert in any order. */
function references(table: string, nullable = false): string {
  return `integer ${nullable ? 'NULL' : 'NOT NULL'} REFERENCES "${table}" ("id") DEFERRABLE INITIALLY DEFERRED`;
}

function createTable(table: string, columns: readonly Column[]): string {
  return `CREATE TABLE "${table}" (${columns.map(([name, definition]) => `"${name}" ${definition}`).join(', ')})`;
}

/**
 * SQLite cannot alter or drop a column in place, so Django's schema editor (`_remake_table`)
 * copies the table into `new__<table>`, drops the old one, renames the copy, and recreates
 * the indexes the drop took with it.
 */
function remakeTable(table: string, columns: readonly Column[], indexes: readonly string[] = []): string[] {
  const copy = `new__${table}`;
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  return [
    createTable(copy, columns),
    `INSERT INTO "${copy}" (${names}) SELECT ${names} FROM "${table}"`,
    `DROP TABLE "${table}"`,
    `ALTER TABLE "${copy}" RENAME TO "${table}"`,
    ...indexes,
  ];
}

/**
 * AlterField in Django's migration state: the field keeps its place among the model's fields
 * (the table Django builds next starts from that order, not from the current table's).
 */
function alterField(fields: readonly Column[], name: string, definition: string): Column[] {
  return fields.map((column) => (column[0] === name ? [name, definition] : column));
}

/** The table `_remake_table` builds for an AlterField: the model's fields, the altered one last. */
function alteredLast(fields: readonly Column[], name: string): Column[] {
  return [...fields.filter(([n]) => n !== name), ...fields.filter(([n]) => n === name)];
}

/**
 * sqlmigrate's AlterField on SQLite: the same rebuild as `migrate` runs, but the table it
 * creates puts the altered field right after the primary key (the order `sqlmigrate`'s
 * freshly rendered models give). `select` is what fills the altered column, when not itself.
 */
function alterFieldSql(table: string, fields: readonly Column[], name: string, indexes: readonly string[] = [], select?: string): string[] {
  const [id, ...others] = fields.filter(([n]) => n !== name);
  const altered = fields.find(([n]) => n === name)!;
  const copy = `new__${table}`;
  const names = [...others, altered].map(([n]) => `"${n}"`);
  const selected = select === undefined ? names : [...names.slice(0, -1), select];
  return [
    createTable(copy, [id!, altered, ...others]),
    `INSERT INTO "${copy}" ("${id![0]}", ${names.join(', ')}) SELECT "${id![0]}", ${selected.join(', ')} FROM "${table}"`,
    `DROP TABLE "${table}"`,
    `ALTER TABLE "${copy}" RENAME TO "${table}"`,
    ...indexes,
  ];
}

/** An AlterField both ways, from the model's fields before and after it. */
function alterFieldOperation(model: string, table: string, before: readonly Column[], after: readonly Column[], name: string, indexes: readonly string[] = [], backwardsSelect?: () => string): RecordedOperation {
  return {
    describe: `Alter field ${name} on ${model}`,
    forwards: alterFieldSql(table, after, name, indexes),
    backwards: backwardsSelect ? () => alterFieldSql(table, before, name, indexes, backwardsSelect()) : alterFieldSql(table, before, name, indexes),
  };
}

/** An AlterField SQLite has nothing to do for (choices, validators, help texts). */
function noOpAlterField(model: string, name: string): RecordedOperation {
  return { describe: `Alter field ${name} on ${model}`, forwards: [], backwards: [] };
}

/** CreateModel: the model's table and its many-to-many tables; unapplied, the latter go first. */
function createModel(model: string, table: readonly [string, readonly Column[]], ...m2m: (readonly [string, readonly Column[]])[]): RecordedOperation {
  return {
    describe: `Create model ${model}`,
    forwards: [table, ...m2m].map(([name, columns]) => createTable(name, columns)),
    backwards: [...m2m, table].map(([name]) => `DROP TABLE "${name}"`),
  };
}

const RUN_PYTHON: RecordedOperation = { describe: 'Raw Python operation', forwards: null, backwards: null };

/** timezone.now() as SQLite stores it, naive UTC: the default a NOT NULL datetime column is filled with. */
function nowLiteral(): string {
  const iso = new Date().toISOString();
  return `'${iso.slice(0, 10)} ${iso.slice(11, 23)}000'`;
}

// --- contenttypes -------------------------------------------------------------------------

const CONTENT_TYPE_0001: readonly Column[] = [
  ID,
  ['name', 'varchar(100) NOT NULL'],
  ['app_label', 'varchar(100) NOT NULL'],
  ['model', 'varchar(100) NOT NULL'],
];
const CONTENT_TYPE_NAME_NULL = alterField(CONTENT_TYPE_0001, 'name', 'varchar(100) NULL');
const CONTENT_TYPE_INDEXES = [
  'CREATE UNIQUE INDEX "django_content_type_app_label_model_76bd3d3b_uniq" ON "django_content_type" ("app_label", "model")',
];

// --- auth ---------------------------------------------------------------------------------

const PERMISSION_0001: readonly Column[] = [
  ID,
  ['name', 'varchar(50) NOT NULL'],
  ['content_type_id', references('django_content_type')],
  ['codename', 'varchar(100) NOT NULL'],
];
const PERMISSION_INDEXES = [
  'CREATE UNIQUE INDEX "auth_permission_content_type_id_codename_01ab375a_uniq" ON "auth_permission" ("content_type_id", "codename")',
  'CREATE INDEX "auth_permission_content_type_id_2f476e4b" ON "auth_permission" ("content_type_id")',
];
const PERMISSION_0002 = alterField(PERMISSION_0001, 'name', 'varchar(255) NOT NULL');
const GROUP_0001: readonly Column[] = [ID, ['name', 'varchar(80) NOT NULL UNIQUE']];
const GROUP_0010 = alterField(GROUP_0001, 'name', 'varchar(150) NOT NULL UNIQUE');
const USER_0001: readonly Column[] = [
  ID,
  ['password', 'varchar(128) NOT NULL'],
  ['last_login', 'datetime NOT NULL'],
  ['is_superuser', 'bool NOT NULL'],
  ['username', 'varchar(30) NOT NULL UNIQUE'],
  ['first_name', 'varchar(30) NOT NULL'],
  ['last_name', 'varchar(30) NOT NULL'],
  ['email', 'varchar(75) NOT NULL'],
  ['is_staff', 'bool NOT NULL'],
  ['is_active', 'bool NOT NULL'],
  ['date_joined', 'datetime NOT NULL'],
];
// auth.user's fields after each of its AlterFields.
const USER_0003 = alterField(USER_0001, 'email', 'varchar(254) NOT NULL');
const USER_0005 = alterField(USER_0003, 'last_login', 'datetime NULL');
const USER_0008 = alterField(USER_0005, 'username', 'varchar(150) NOT NULL UNIQUE');
const USER_0009 = alterField(USER_0008, 'last_name', 'varchar(150) NOT NULL');
const USER_0012 = alterField(USER_0009, 'first_name', 'varchar(150) NOT NULL');

/** The tables of the many-to-many fields, created right after the model that declares them. */
const GROUP_PERMISSIONS: readonly Column[] = [ID, ['group_id', references('auth_group')], ['permission_id', references('auth_permission')]];
const USER_GROUPS: readonly Column[] = [ID, ['user_id', references('auth_user')], ['group_id', references('auth_group')]];
const USER_PERMISSIONS: readonly Column[] = [ID, ['user_id', references('auth_user')], ['permission_id', references('auth_permission')]];

/** Django defers index creation to the end of a migration, after all its tables exist. */
const AUTH_0001_INDEXES = [
  ...PERMISSION_INDEXES,
  'CREATE UNIQUE INDEX "auth_group_permissions_group_id_permission_id_0cd325b0_uniq" ON "auth_group_permissions" ("group_id", "permission_id")',
  'CREATE INDEX "auth_group_permissions_group_id_b120cbf9" ON "auth_group_permissions" ("group_id")',
  'CREATE INDEX "auth_group_permissions_permission_id_84c5c92e" ON "auth_group_permissions" ("permission_id")',
  'CREATE UNIQUE INDEX "auth_user_groups_user_id_group_id_94350c0c_uniq" ON "auth_user_groups" ("user_id", "group_id")',
  'CREATE INDEX "auth_user_groups_user_id_6a12ed8b" ON "auth_user_groups" ("user_id")',
  'CREATE INDEX "auth_user_groups_group_id_97559544" ON "auth_user_groups" ("group_id")',
  'CREATE UNIQUE INDEX "auth_user_user_permissions_user_id_permission_id_14a6b632_uniq" ON "auth_user_user_permissions" ("user_id", "permission_id")',
  'CREATE INDEX "auth_user_user_permissions_user_id_a95ead1b" ON "auth_user_user_permissions" ("user_id")',
  'CREATE INDEX "auth_user_user_permissions_permission_id_1fbb5f2c" ON "auth_user_user_permissions" ("permission_id")',
];

// --- admin --------------------------------------------------------------------------------

const LOG_ENTRY_0001: readonly Column[] = [
  ID,
  ['action_time', 'datetime NOT NULL'],
  ['object_id', 'text NULL'],
  ['object_repr', 'varchar(200) NOT NULL'],
  ['action_flag', 'smallint unsigned NOT NULL CHECK ("action_flag" >= 0)'],
  ['change_message', 'text NOT NULL'],
  ['content_type_id', references('django_content_type', true)],
  ['user_id', references('auth_user')],
];
const LOG_ENTRY_INDEXES = [
  'CREATE INDEX "django_admin_log_content_type_id_c4bce8eb" ON "django_admin_log" ("content_type_id")',
  'CREATE INDEX "django_admin_log_user_id_c564eba6" ON "django_admin_log" ("user_id")',
];

// --- sessions -----------------------------------------------------------------------------

const SESSION: readonly Column[] = [
  ['session_key', 'varchar(40) NOT NULL PRIMARY KEY'],
  ['session_data', 'text NOT NULL'],
  ['expire_date', 'datetime NOT NULL'],
];
const SESSION_INDEXES = ['CREATE INDEX "django_session_expire_date_a5c62663" ON "django_session" ("expire_date")'];

// --- the migrations, in the order Django applies them ------------------------------------

export const BUILTIN_MIGRATIONS: readonly BuiltinMigration[] = [
  {
    app: 'contenttypes',
    name: '0001_initial',
    dependencies: [],
    initial: true,
    sql: [createTable('django_content_type', CONTENT_TYPE_0001), ...CONTENT_TYPE_INDEXES],
    operations: [
      createModel('ContentType', ['django_content_type', CONTENT_TYPE_0001]),
      {
        describe: 'Alter unique_together for contenttype (1 constraint(s))',
        forwards: CONTENT_TYPE_INDEXES,
        backwards: ['DROP INDEX "django_content_type_app_label_model_76bd3d3b_uniq"'],
      },
    ],
  },
  {
    app: 'auth',
    name: '0001_initial',
    // Declared as ('contenttypes', '__first__').
    dependencies: [['contenttypes', '0001_initial']],
    initial: true,
    sql: [
      createTable('auth_permission', PERMISSION_0001),
      createTable('auth_group', GROUP_0001),
      createTable('auth_group_permissions', GROUP_PERMISSIONS),
      createTable('auth_user', USER_0001),
      createTable('auth_user_groups', USER_GROUPS),
      createTable('auth_user_user_permissions', USER_PERMISSIONS),
      ...AUTH_0001_INDEXES,
    ],
    operations: [
      createModel('Permission', ['auth_permission', PERMISSION_0001]),
      createModel('Group', ['auth_group', GROUP_0001], ['auth_group_permissions', GROUP_PERMISSIONS]),
      createModel('User', ['auth_user', USER_0001], ['auth_user_groups', USER_GROUPS], ['auth_user_user_permissions', USER_PERMISSIONS]),
    ],
    deferred: AUTH_0001_INDEXES,
  },
  {
    app: 'admin',
    name: '0001_initial',
    // Declared as swappable_dependency(settings.AUTH_USER_MODEL), i.e. ('auth', '__first__'),
    // and ('contenttypes', '__first__').
    dependencies: [
      ['auth', '0001_initial'],
      ['contenttypes', '0001_initial'],
    ],
    initial: true,
    sql: [createTable('django_admin_log', LOG_ENTRY_0001), ...LOG_ENTRY_INDEXES],
    operations: [createModel('LogEntry', ['django_admin_log', LOG_ENTRY_0001])],
    deferred: LOG_ENTRY_INDEXES,
  },
  {
    app: 'admin',
    name: '0002_logentry_remove_auto_add',
    dependencies: [['admin', '0001_initial']],
    initial: false,
    // Removing auto_now_add changes nothing SQLite stores, yet Django rebuilds the table.
    sql: remakeTable('django_admin_log', alteredLast(LOG_ENTRY_0001, 'action_time'), LOG_ENTRY_INDEXES),
    operations: [alterFieldOperation('logentry', 'django_admin_log', LOG_ENTRY_0001, LOG_ENTRY_0001, 'action_time', LOG_ENTRY_INDEXES)],
  },
  {
    app: 'admin',
    name: '0003_logentry_add_action_flag_choices',
    dependencies: [['admin', '0002_logentry_remove_auto_add']],
    initial: false,
    // Choices are not stored: since Django 4.1 SQLite skips an AlterField that changes only
    // such attributes (3.2 rebuilt the table, moving action_flag last).
    sql: [],
    operations: [noOpAlterField('logentry', 'action_flag')],
  },
  {
    app: 'contenttypes',
    name: '0002_remove_content_type_name',
    dependencies: [['contenttypes', '0001_initial']],
    initial: false,
    // AlterModelOptions runs no SQL; AlterField makes `name` nullable; the RunPython is a no-op
    // forwards (it only fills `name` back in when unapplied); RemoveField drops `name` in
    // place (SQLite 3.35+ can, and Django 5.2 uses it for a plain column).
    sql: [
      ...remakeTable('django_content_type', alteredLast(CONTENT_TYPE_NAME_NULL, 'name'), CONTENT_TYPE_INDEXES),
      'ALTER TABLE "django_content_type" DROP COLUMN "name"',
    ],
    operations: [
      { describe: 'Change Meta options on contenttype', forwards: [], backwards: [] },
      // Unapplied, the rows that get `name` back hold NULL until the RunPython fills it in.
      alterFieldOperation('contenttype', 'django_content_type', CONTENT_TYPE_0001, CONTENT_TYPE_NAME_NULL, 'name', CONTENT_TYPE_INDEXES, () => 'coalesce("name", NULL)'),
      RUN_PYTHON,
      {
        describe: 'Remove field name from contenttype',
        forwards: ['ALTER TABLE "django_content_type" DROP COLUMN "name"'],
        backwards: ['ALTER TABLE "django_content_type" ADD COLUMN "name" varchar(100) NULL'],
      },
    ],
  },
  {
    app: 'auth',
    name: '0002_alter_permission_name_max_length',
    dependencies: [['auth', '0001_initial']],
    initial: false,
    sql: remakeTable('auth_permission', alteredLast(PERMISSION_0002, 'name'), PERMISSION_INDEXES),
    operations: [alterFieldOperation('permission', 'auth_permission', PERMISSION_0001, PERMISSION_0002, 'name', PERMISSION_INDEXES)],
  },
  {
    app: 'auth',
    name: '0003_alter_user_email_max_length',
    dependencies: [['auth', '0002_alter_permission_name_max_length']],
    initial: false,
    sql: remakeTable('auth_user', alteredLast(USER_0003, 'email')),
    operations: [alterFieldOperation('user', 'auth_user', USER_0001, USER_0003, 'email')],
  },
  {
    app: 'auth',
    name: '0004_alter_user_username_opts',
    dependencies: [['auth', '0003_alter_user_email_max_length']],
    initial: false,
    // The AlterField changes only error_messages, help_text and validators, which are not in
    // the database, so the schema editor skips it.
    sql: [],
    operations: [noOpAlterField('user', 'username')],
  },
  {
    app: 'auth',
    name: '0005_alter_user_last_login_null',
    dependencies: [['auth', '0004_alter_user_username_opts']],
    initial: false,
    sql: remakeTable('auth_user', alteredLast(USER_0005, 'last_login')),
    // Unapplied, NOT NULL comes back: empty last logins get the field's default, now.
    operations: [alterFieldOperation('user', 'auth_user', USER_0003, USER_0005, 'last_login', [], () => `coalesce("last_login", ${nowLiteral()})`)],
  },
  {
    app: 'auth',
    name: '0006_require_contenttypes_0002',
    dependencies: [
      ['auth', '0005_alter_user_last_login_null'],
      ['contenttypes', '0002_remove_content_type_name'],
    ],
    initial: false,
    // No operations: it exists only to order contenttypes.0002 before the rest of auth.
    sql: [],
    operations: [],
  },
  {
    app: 'auth',
    name: '0007_alter_validators_add_error_messages',
    dependencies: [['auth', '0006_require_contenttypes_0002']],
    initial: false,
    // Validators and error messages only: nothing in the database changes.
    sql: [],
    operations: [noOpAlterField('user', 'username')],
  },
  {
    app: 'auth',
    name: '0008_alter_user_username_max_length',
    dependencies: [['auth', '0007_alter_validators_add_error_messages']],
    initial: false,
    sql: remakeTable('auth_user', alteredLast(USER_0008, 'username')),
    operations: [alterFieldOperation('user', 'auth_user', USER_0005, USER_0008, 'username')],
  },
  {
    app: 'auth',
    name: '0009_alter_user_last_name_max_length',
    dependencies: [['auth', '0008_alter_user_username_max_length']],
    initial: false,
    sql: remakeTable('auth_user', alteredLast(USER_0009, 'last_name')),
    operations: [alterFieldOperation('user', 'auth_user', USER_0008, USER_0009, 'last_name')],
  },
  {
    app: 'auth',
    name: '0010_alter_group_name_max_length',
    dependencies: [['auth', '0009_alter_user_last_name_max_length']],
    initial: false,
    sql: remakeTable('auth_group', alteredLast(GROUP_0010, 'name')),
    operations: [alterFieldOperation('group', 'auth_group', GROUP_0001, GROUP_0010, 'name')],
  },
  {
    app: 'auth',
    name: '0011_update_proxy_permissions',
    dependencies: [
      ['auth', '0010_alter_group_name_max_length'],
      ['contenttypes', '0002_remove_content_type_name'],
    ],
    initial: false,
    // Only a RunPython that moves the permissions of proxy models to the proxy's own content
    // type. On a fresh project the migration state has no proxy model and no permission
    // exists yet (post_migrate creates them after the last migration), so it runs no SQL.
    sql: [],
    operations: [RUN_PYTHON],
  },
  {
    app: 'auth',
    name: '0012_alter_user_first_name_max_length',
    dependencies: [['auth', '0011_update_proxy_permissions']],
    initial: false,
    sql: remakeTable('auth_user', alteredLast(USER_0012, 'first_name')),
    operations: [alterFieldOperation('user', 'auth_user', USER_0009, USER_0012, 'first_name')],
  },
  {
    app: 'sessions',
    name: '0001_initial',
    dependencies: [],
    initial: true,
    sql: [createTable('django_session', SESSION), ...SESSION_INDEXES],
    operations: [createModel('Session', ['django_session', SESSION])],
    deferred: SESSION_INDEXES,
  },
];

/** The built-in apps' models, in the order Django's migration state lists them after a first migrate. */
export const BUILTIN_MODELS: readonly ModelLabel[] = [
  { appLabel: 'admin', modelName: 'logentry', verboseName: 'log entry' },
  { appLabel: 'auth', modelName: 'permission', verboseName: 'permission' },
  { appLabel: 'auth', modelName: 'group', verboseName: 'group' },
  { appLabel: 'auth', modelName: 'user', verboseName: 'user' },
  { appLabel: 'contenttypes', modelName: 'contenttype', verboseName: 'content type' },
  { appLabel: 'sessions', modelName: 'session', verboseName: 'session' },
];
