import type { LoadedProject } from '../../handlers/project';
import type { DatabaseWrapper } from '../../../db/backends/sqlite3/base';
import { MigrationLoader } from '../../../db/migrations/loader';
import { MigrationAutodetector } from '../../../db/migrations/autodetector';
import { defaultQuestioner } from '../../../db/migrations/questioner';
import { stateFromModels } from '../../../db/migrations/state-from-models';
import { ProjectState, dbTable, type ModelState } from '../../../db/migrations/state';
import { mutateState, type Migration } from '../../../db/migrations/migration';
import type { NodeKey } from '../../../db/migrations/graph';
import { columnName, isManyToMany } from '../../../db/models/field-def';
import { swappableSettings } from '../../../contrib/auth/user-model';
import type { AppRecords, Disagreement } from './report';

/** The database's tables and their columns, as the introspection found them. */
export type TableColumns = Map<string, Set<string>>;

/** A model the migrations give a table of its own (not a proxy, not unmanaged). */
const hasOwnTable = (model: ModelState) => model.options.get('proxy') !== true && model.options.get('managed') !== false;

/**
 * The files (MigrationLoader, its graph), the history (MigrationRecorder's rows) and the
 * models (the autodetector, as `makemigrations --dry-run` runs it) of a loaded project,
 * compared with its tables. Reads only: the loader is given the database to read the
 * history from, and nothing here writes.
 */
export function migrationRecords(project: LoadedProject, db: DatabaseWrapper | null, tables: TableColumns): { apps: AppRecords[]; problems: Disagreement[] } {
  // Unvalidated: a dependency on a file that is gone stays in the graph as a placeholder, to be reported.
  const loader = new MigrationLoader(project.apps, project.interp, db, false);
  const { graph } = loader;
  const applied = loader.appliedMigrations;
  const installed = new Set(project.apps.appConfigs.map((a) => a.label));
  const problems: Disagreement[] = [];

  const missing = graph.missingNodes();
  for (const { key } of missing) problems.push({ kind: 'missing-dependency', app: key[0], migration: key[1] });

  const withoutFile = new Map<string, string[]>();
  for (const row of applied) {
    const dot = row.indexOf('.');
    const [app, name] = [row.slice(0, dot), row.slice(dot + 1)];
    // The rows of an app no longer installed are not this project's business, as for Django.
    if (!installed.has(app) || loader.diskMigrations.has(row)) continue;
    withoutFile.set(app, [...(withoutFile.get(app) ?? []), name]);
    problems.push({ kind: 'history-without-file', app, migration: name });
  }

  // With a link of the chain missing, no state can be built: every migration command stops there.
  const pending = missing.length ? new Map<string, string[]>() : compareStates(project, loader, tables, problems);

  const labels = [...installed].filter((l) => loader.migratedApps.has(l) || withoutFile.has(l) || pending.has(l)).sort();
  const apps = labels.map((label) => ({
    label,
    migrations: migrationsOf(loader, label).map((name) => ({
      name,
      applied: applied.has(`${label}.${name}`),
      dependencies: graph.parents([label, name]).map(([a, n]): [string, string] => [a, n]),
    })),
    historyWithoutFile: withoutFile.get(label) ?? [],
    pendingChanges: pending.get(label) ?? [],
  }));
  const order: Disagreement['kind'][] = ['missing-dependency', 'table-without-history', 'history-without-file', 'history-without-table', 'column-missing'];
  problems.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  return { apps, problems };
}

/** An app's migrations in the order showmigrations lists them: each leaf's plan, its own app's nodes. */
function migrationsOf(loader: MigrationLoader, label: string): string[] {
  const names: string[] = [];
  for (const leaf of loader.graph.leafNodes(label)) {
    for (const [app, name] of loader.graph.forwardsPlan(leaf)) if (app === label && loader.graph.has([app, name]) && !names.includes(name)) names.push(name);
  }
  for (const m of loader.diskMigrations.values()) if (m.appLabel === label && !names.includes(m.name)) names.push(m.name);
  return names;
}

/** Every migration on disk in the order the leaves' plans give them (MigrationLoader.project_state's order). */
function fullPlan(loader: MigrationLoader): NodeKey[] {
  const plan: NodeKey[] = [];
  const seen = new Set<string>();
  for (const leaf of loader.graph.leafNodes()) {
    for (const key of loader.graph.forwardsPlan(leaf)) {
      if (seen.has(`${key[0]}.${key[1]}`)) continue;
      seen.add(`${key[0]}.${key[1]}`);
      plan.push(key);
    }
  }
  return plan;
}

const fieldNames = (state: ProjectState) => new Map([...state.models].map(([k, m]) => [k, new Set(m.fields.map(([n]) => n))]));

/**
 * Walks the plan once, building two states: all the files' (what the autodetector compares
 * models.py with) and the applied migrations' alone (what the history says the tables are).
 * Then: a table an unapplied migration would create already exists; a table or a column the
 * history says exists does not. Returns what makemigrations would write, by app.
 */
function compareStates(project: LoadedProject, loader: MigrationLoader, tables: TableColumns, problems: Disagreement[]): Map<string, string[]> {
  const full = new ProjectState();
  let history: ProjectState | null = new ProjectState();
  /** Which applied migration made each model, and each model's field: `app.model` and `app.model.field`. */
  const madeBy = new Map<string, Migration>();
  for (const key of fullPlan(loader)) {
    const migration = loader.graph.migration(key);
    const before = new Set(full.models.keys());
    mutateState(migration, full);
    const isApplied = loader.appliedMigrations.has(`${key[0]}.${key[1]}`);
    if (!isApplied) {
      for (const [k, model] of full.models) {
        if (before.has(k) || !hasOwnTable(model) || !tables.has(dbTable(model))) continue;
        problems.push({ kind: 'table-without-history', app: migration.appLabel, migration: migration.name, table: dbTable(model) });
      }
    } else if (history) {
      const fieldsBefore = fieldNames(history);
      try {
        mutateState(migration, history);
      } catch {
        // The history skips a migration this one builds on (an inconsistent history): it describes no tables.
        history = null;
        continue;
      }
      for (const [k, model] of history.models) {
        const had = fieldsBefore.get(k);
        if (!had) madeBy.set(k, migration);
        for (const [name] of model.fields) if (!had?.has(name)) madeBy.set(`${k}.${name}`, migration);
      }
    }
  }
  if (history) {
    for (const [k, model] of history.models) {
      if (!hasOwnTable(model)) continue;
      const table = dbTable(model);
      const columns = tables.get(table);
      if (!columns) {
        problems.push({ kind: 'history-without-table', app: model.appLabel, migration: madeBy.get(k)?.name, table });
        continue;
      }
      for (const [name, field] of model.fields) {
        const column = columnName(name, field);
        if (isManyToMany(field) || columns.has(column)) continue;
        problems.push({ kind: 'column-missing', app: model.appLabel, migration: madeBy.get(`${k}.${name}`)?.name, table, column });
      }
    }
  }
  return pendingChanges(project, loader, full);
}

/** What `makemigrations --dry-run` would print under each app, one line per operation: "+ Add field email to student". */
function pendingChanges(project: LoadedProject, loader: MigrationLoader, fromFiles: ProjectState): Map<string, string[]> {
  const projectApps = new Set(project.apps.appConfigs.filter((a) => a.module).map((a) => a.label));
  // Without a terminal to ask: a rename is a removal and an addition, a new NOT NULL column waits for its default.
  const detector = new MigrationAutodetector(fromFiles.only(projectApps), stateFromModels(project.apps, project.settings, projectApps), defaultQuestioner);
  const changes = detector.changes(loader.graph, { askInitial: (app) => loader.askInitial(app), swappable: swappableSettings(project.apps, project.settings) });
  return new Map([...changes].map(([app, migrations]) => [app, migrations.flatMap((m) => m.operations.map((op) => `${op.category} ${op.describe()}`))]));
}
