import type { DatabaseWrapper } from '../backends/sqlite3/base';
import { SchemaEditor } from '../backends/sqlite3/schema';
import { columnName } from '../models/field-def';
import type { NodeKey } from './graph';
import type { MigrationLoader } from './loader';
import { migrationKey, mutateState, type Migration } from './migration';
import { AddField, CreateModel, RenameModel } from './operations';
import { renameContentType } from '../../contrib/contenttypes/management';
import { MigrationRecorder } from './recorder';
import { ProjectState, dbTable } from './state';
import { stillWorking } from '../../utils/still-working';

export type PlanStep = { migration: Migration; backwards: boolean };
export type ProgressEvent = 'apply_start' | 'apply_success' | 'unapply_start' | 'unapply_success' | 'render_start' | 'render_success';
export type Progress = (event: ProgressEvent, migration: Migration | null, fake: boolean) => void;

const keyOf = (m: Migration) => migrationKey(m);

/** django.db.migrations.executor.MigrationExecutor: plans and applies (or unapplies) migrations. */
export class MigrationExecutor {
  readonly recorder: MigrationRecorder;

  constructor(
    readonly connection: DatabaseWrapper,
    readonly loader: MigrationLoader,
    private readonly progress: Progress = () => {},
  ) {
    this.recorder = new MigrationRecorder(connection);
  }

  private addBackwards(plan: PlanStep[], applied: Set<string>, from: NodeKey) {
    for (const key of this.loader.graph.backwardsPlan(from)) {
      const k = migrationKey({ appLabel: key[0], name: key[1] });
      if (applied.has(k)) {
        plan.push({ migration: this.loader.graph.migration(key), backwards: true });
        applied.delete(k);
      }
    }
  }

  /** The migrations to run to reach `targets` ([app, name], or [app, null] for none of the app). */
  migrationPlan(targets: [string, string | null][], cleanStart = false): PlanStep[] {
    const graph = this.loader.graph;
    const applied = cleanStart ? new Set<string>() : new Set(this.loader.appliedMigrations);
    const plan: PlanStep[] = [];
    for (const [app, name] of targets) {
      if (name === null) {
        for (const root of graph.rootNodes(app)) this.addBackwards(plan, applied, root);
      } else if (applied.has(`${app}.${name}`)) {
        // Back through the target's children in its own app, no further.
        const next = graph.children([app, name]).filter((c) => c[0] === app).sort();
        for (const child of next) this.addBackwards(plan, applied, child);
      } else {
        for (const key of graph.forwardsPlan([app, name])) {
          const k = migrationKey({ appLabel: key[0], name: key[1] });
          if (!applied.has(k)) {
            plan.push({ migration: graph.migration(key), backwards: false });
            applied.add(k);
          }
        }
      }
    }
    return plan;
  }

  private fullPlan(): Migration[] {
    return this.migrationPlan(this.loader.graph.leafNodes(), true).map((s) => s.migration);
  }

  /** The state of the models after the migrations applied so far. */
  appliedProjectState(): ProjectState {
    const state = new ProjectState();
    for (const m of this.fullPlan()) if (this.loader.appliedMigrations.has(keyOf(m))) mutateState(m, state);
    return state;
  }

  /** Runs a plan, all forwards or all backwards, and returns the state of the models after it. */
  migrate(plan: PlanStep[], { fake = false, fakeInitial = false }: { fake?: boolean; fakeInitial?: boolean } = {}): ProjectState {
    if (plan.length === 0) return this.appliedProjectState();
    this.recorder.ensureSchema();
    if (plan.every((s) => !s.backwards)) {
      const state = this.appliedProjectState();
      for (const { migration } of plan) this.applyMigration(state, migration, fake, fakeInitial);
      return state;
    }
    return this.migrateAllBackwards(plan, fake);
  }

  private migrateAllBackwards(plan: PlanStep[], fake: boolean): ProjectState {
    const toRun = new Set(plan.map((s) => keyOf(s.migration)));
    const states = new Map<string, ProjectState>();
    const state = new ProjectState();
    this.progress('render_start', null, fake);
    for (const migration of this.fullPlan()) {
      if (!toRun.size) break;
      const key = keyOf(migration);
      if (toRun.has(key)) {
        states.set(key, state.clone());
        mutateState(migration, state);
        toRun.delete(key);
      } else if (this.loader.appliedMigrations.has(key)) mutateState(migration, state);
    }
    this.progress('render_success', null, fake);
    for (const { migration } of plan) this.unapplyMigration(states.get(keyOf(migration))!, migration, fake);
    return this.appliedProjectStateAfter(plan);
  }

  private appliedProjectStateAfter(plan: PlanStep[]): ProjectState {
    const undone = new Set(plan.map((s) => keyOf(s.migration)));
    const state = new ProjectState();
    for (const m of this.fullPlan()) if (this.loader.appliedMigrations.has(keyOf(m)) && !undone.has(keyOf(m))) mutateState(m, state);
    return state;
  }

  /**
   * --fake-initial: an initial migration counts as applied when the tables of its
   * CreateModels (and the columns of its AddFields) exist. Only names are compared,
   * which is the trap the lessons show.
   */
  private detectSoftApplied(state: ProjectState, migration: Migration): boolean {
    if (!migration.initial) return false;
    const after = state.clone();
    mutateState(migration, after);
    let found = false;
    for (const op of migration.operations) {
      if (op instanceof CreateModel) {
        if (!this.connection.hasTable(dbTable(after.get(migration.appLabel, op.name)!))) return false;
        found = true;
      } else if (op instanceof AddField) {
        const model = after.get(migration.appLabel, op.modelName)!;
        const table = dbTable(model);
        if (!this.connection.hasTable(table)) return false;
        const columns = this.connection.query(`PRAGMA table_info("${table}")`).map((r) => String(r[1]));
        if (!columns.includes(columnName(op.name, op.field))) return false;
        found = true;
      }
    }
    return found;
  }

  private applyMigration(state: ProjectState, migration: Migration, fake: boolean, fakeInitial: boolean) {
    // Each migration is progress: a long plan on a slow device is not a stuck program.
    stillWorking();
    this.progress('apply_start', migration, fake);
    let faked = fake;
    if (!faked && fakeInitial && this.detectSoftApplied(state, migration)) faked = true;
    if (faked) mutateState(migration, state);
    else {
      this.connection.atomic(() => {
        if (migration.sql) for (const sql of migration.sql) this.connection.execute(sql);
        migration.stateForwards?.(state);
        const editor = new SchemaEditor(this.connection, state, false, this.loader.interp);
        for (const op of migration.operations) {
          const before = state.clone();
          op.stateForwards(migration.appLabel, state);
          editor.useState(state);
          op.databaseForwards(migration.appLabel, editor, before, state);
          if (op instanceof RenameModel) renameContentType(this.connection, migration.appLabel, op.oldName.toLowerCase(), op.newName.toLowerCase());
        }
        editor.flushDeferred();
        this.connection.checkConstraints();
        this.recorder.recordApplied(migration.appLabel, migration.name);
      });
    }
    if (faked) this.recorder.recordApplied(migration.appLabel, migration.name);
    this.progress('apply_success', migration, faked);
  }

  /** Migration.unapply: each operation's database_backwards, last operation first. */
  private unapplyMigration(state: ProjectState, migration: Migration, fake: boolean) {
    stillWorking();
    this.progress('unapply_start', migration, fake);
    if (!fake) {
      this.connection.atomic(() => {
        const steps: { before: ProjectState; after: ProjectState; index: number }[] = [];
        let current = state.clone();
        migration.operations.forEach((op, index) => {
          const before = current.clone();
          op.stateForwards(migration.appLabel, current);
          steps.unshift({ before, after: current.clone(), index });
          current = current.clone();
        });
        const editor = new SchemaEditor(this.connection, state, false, this.loader.interp);
        for (const { before, after, index } of steps) {
          editor.useState(before);
          migration.operations[index]!.databaseBackwards(migration.appLabel, editor, after, before);
        }
        editor.flushDeferred();
        this.recorder.recordUnapplied(migration.appLabel, migration.name);
      });
    } else this.recorder.recordUnapplied(migration.appLabel, migration.name);
    this.progress('unapply_success', migration, fake);
  }

  /**
   * sqlmigrate: the SQL a plan would run, with Django's `-- Operation` comments, from the
   * state just before its first migration, touching nothing.
   */
  collectSql(plan: PlanStep[]): string[] {
    const statements: string[] = [];
    const first = plan[0]!.migration;
    const before = this.loader.graph.forwardsPlan([first.appLabel, first.name]).slice(0, -1);
    const state = this.loader.projectStateOf(before);
    for (const { migration, backwards } of plan) {
      if (migration.recordedOperations) {
        statements.push(...recordedSql(migration, backwards));
        continue;
      }
      const sink = { execute: (sql: string) => statements.push(`${sql};`) };
      const editor = new SchemaEditor(sink, state, true, this.loader.interp);
      const states: ProjectState[] = [];
      for (const op of migration.operations) {
        states.push(state.clone());
        op.stateForwards(migration.appLabel, state);
      }
      const order = backwards ? [...migration.operations.keys()].reverse() : [...migration.operations.keys()];
      for (const i of order) {
        const op = migration.operations[i]!;
        statements.push('--', `-- ${op.describe()}`, '--');
        const written = statements.length;
        const stateBefore = states[i]!;
        const stateAfter = i + 1 < states.length ? states[i + 1]! : state;
        editor.useState(backwards ? stateBefore : stateAfter);
        if (backwards) op.databaseBackwards(migration.appLabel, editor, stateAfter, stateBefore);
        else op.databaseForwards(migration.appLabel, editor, stateBefore, stateAfter);
        if (statements.length === written) statements.push('-- (no-op)');
      }
      editor.flushDeferred();
    }
    return statements;
  }
}

/** What sqlmigrate prints for a built-in migration: Migration.apply(collect_sql=True) on its recorded operations. */
function recordedSql(migration: Migration, backwards: boolean): string[] {
  const operations = migration.recordedOperations ?? [];
  const statements: string[] = [];
  for (const op of backwards ? [...operations].reverse() : operations) {
    statements.push('--', `-- ${op.describe}`, '--');
    const recorded = backwards ? op.backwards : op.forwards;
    if (recorded === null) {
      statements.push('-- THIS OPERATION CANNOT BE WRITTEN AS SQL');
      continue;
    }
    const sql = typeof recorded === 'function' ? recorded() : recorded;
    statements.push(...(sql.length ? sql.map((s) => `${s};`) : ['-- (no-op)']));
  }
  if (!backwards) statements.push(...(migration.recordedDeferred ?? []).map((s) => `${s};`));
  return statements;
}
