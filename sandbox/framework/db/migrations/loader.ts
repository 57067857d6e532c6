import fs from 'node:fs';
import path from 'node:path';
import { PyClass, PyList, PyTuple, type Interpreter } from '../../python';
import type { AppRegistry } from '../../apps/registry';
import type { AppConfig } from '../../apps/config';
import { BUILTIN_MIGRATIONS } from '../../contrib/builtin-migrations';
import type { DatabaseWrapper } from '../backends/sqlite3/base';
import { BadMigrationError, migrationError } from './exceptions';
import { MigrationGraph, type NodeKey } from './graph';
import { migrationKey, mutateState, type Migration } from './migration';
import { operationOf } from './module';
import { MigrationRecorder } from './recorder';
import { ProjectState } from './state';
import { modelStateFromModel } from './state-from-models';

/**
 * django.db.migrations.loader.MigrationLoader: reads every app's migrations (the learner's
 * files through the interpreter, the built-in apps' from the framework), builds the graph,
 * and knows which are applied.
 */
export class MigrationLoader {
  readonly graph = new MigrationGraph();
  readonly diskMigrations = new Map<string, Migration>();
  readonly migratedApps = new Set<string>();
  readonly unmigratedApps = new Set<string>();
  appliedMigrations = new Set<string>();

  constructor(
    private readonly apps: AppRegistry,
    readonly interp: Interpreter,
    readonly connection: DatabaseWrapper | null,
    /** Off for a look that must see a broken chain rather than stop at it (the inspector): the graph then keeps its placeholders. */
    private readonly validate = true,
  ) {
    this.load();
  }

  /** The folder an app's migrations live in, or null when the app has none. */
  migrationsDir(app: AppConfig): string | null {
    const file = app.module?.file ?? null;
    const pathList = app.module?.dict.get('__path__');
    const base = file ? path.dirname(file) : pathList instanceof PyList && typeof pathList.items[0] === 'string' ? pathList.items[0] : null;
    if (!base) return null;
    const dir = path.join(base, 'migrations');
    return fs.existsSync(path.join(dir, '__init__.py')) ? dir : null;
  }

  /** MigrationQuestioner.ask_initial: an app gets a first migration if its migrations package holds nothing yet. */
  askInitial(appLabel: string, specified: Set<string> = new Set()): boolean {
    if (specified.has(appLabel)) return true;
    const app = this.apps.byLabel(appLabel);
    const dir = app ? this.migrationsDir(app) : null;
    if (!dir) return false;
    return !fs.readdirSync(dir).some((f) => f.endsWith('.py') && f !== '__init__.py');
  }

  private load() {
    for (const app of this.apps.appConfigs) {
      const builtin = BUILTIN_MIGRATIONS.filter((m) => m.app === app.label);
      if (builtin.length) {
        this.migratedApps.add(app.label);
        for (const m of builtin) {
          const stateForwards = m.initial ? (state: ProjectState) => this.addBuiltinModels(app, state) : undefined;
          this.diskMigrations.set(`${m.app}.${m.name}`, { appLabel: m.app, name: m.name, dependencies: m.dependencies, operations: [], initial: m.initial, sql: m.sql, recordedOperations: m.operations, recordedDeferred: m.deferred, stateForwards });
        }
        continue;
      }
      const dir = app.module ? this.migrationsDir(app) : null;
      if (!dir) {
        this.unmigratedApps.add(app.label);
        continue;
      }
      this.migratedApps.add(app.label);
      const names = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.py') && !f.startsWith('_') && !f.startsWith('~'))
        .map((f) => f.slice(0, -3))
        .sort();
      for (const name of names) this.diskMigrations.set(`${app.label}.${name}`, this.readMigration(app, name));
    }
    this.buildGraph();
    if (this.connection) this.appliedMigrations = new MigrationRecorder(this.connection).appliedMigrations();
  }

  /**
   * A built-in app's models (those the framework defines: auth's, contenttypes') enter the
   * migration state with its first migration, so that a project's relation to auth.User
   * resolves there as in Django.
   */
  private addBuiltinModels(app: AppConfig, state: ProjectState) {
    for (const model of app.models.values()) state.add(modelStateFromModel(model, this.apps, null));
  }

  private readMigration(app: AppConfig, name: string): Migration {
    const module = this.interp.importModule(`${app.name}.migrations.${name}`);
    const cls = module.dict.get('Migration');
    if (!(cls instanceof PyClass)) throw migrationError(BadMigrationError, `Migration ${name} in app ${app.label} has no Migration class`);
    const deps = cls.lookup('dependencies');
    const ops = cls.lookup('operations');
    const list = (v: unknown) => (v instanceof PyList || v instanceof PyTuple ? v.items : []);
    return {
      appLabel: app.label,
      name,
      dependencies: list(deps).map((d) => {
        const [a, n] = d instanceof PyTuple || d instanceof PyList ? d.items : [];
        return [String(a), String(n)] as [string, string];
      }),
      operations: list(ops).map((o) => {
        const op = operationOf(o);
        if (!op) throw migrationError(BadMigrationError, `Migration ${name} in app ${app.label} has an operation the sandbox cannot read`);
        return op;
      }),
      initial: cls.lookup('initial') === true,
    };
  }

  /** `__first__` and `__latest__` name an app's first or last migration. */
  private resolve(dep: [string, string]): NodeKey {
    const [app, name] = dep;
    if (name === '__first__' || name === '__latest__') {
      const nodes = name === '__first__' ? this.graph.rootNodes(app) : this.graph.leafNodes(app);
      return nodes[0] ?? [app, name];
    }
    return [app, name];
  }

  private buildGraph() {
    for (const m of this.diskMigrations.values()) this.graph.addNode([m.appLabel, m.name], m);
    for (const m of this.diskMigrations.values()) {
      for (const dep of m.dependencies) if (dep[0] === m.appLabel) this.graph.addDependency([m.appLabel, m.name], this.resolve(dep));
    }
    for (const m of this.diskMigrations.values()) {
      for (const dep of m.dependencies) if (dep[0] !== m.appLabel) this.graph.addDependency([m.appLabel, m.name], this.resolve(dep));
    }
    if (this.validate) this.graph.validateConsistency();
  }

  /** The state after exactly these migrations, applied in the order given. */
  projectStateOf(plan: NodeKey[]): ProjectState {
    const state = new ProjectState();
    for (const key of plan) mutateState(this.graph.migration(key), state);
    return state;
  }

  /** The migration an app's name or unique name prefix means (migrate and sqlmigrate targets). */
  migrationByPrefix(appLabel: string, prefix: string): { match: string } | { ambiguous: true } | null {
    const names = [...this.diskMigrations.values()].filter((m) => m.appLabel === appLabel && m.name.startsWith(prefix)).map((m) => m.name);
    if (names.length > 1) return { ambiguous: true };
    return names[0] ? { match: names[0] } : null;
  }

  /** The state the migrations build, up to the leaves (or up to `nodes`). */
  projectState(nodes: NodeKey[] = this.graph.leafNodes()): ProjectState {
    const plan: NodeKey[] = [];
    const seen = new Set<string>();
    for (const node of nodes) {
      for (const key of this.graph.forwardsPlan(node)) {
        const k = migrationKey({ appLabel: key[0], name: key[1] });
        if (!seen.has(k)) {
          seen.add(k);
          plan.push(key);
        }
      }
    }
    const state = new ProjectState();
    for (const key of plan) mutateState(this.graph.migration(key), state);
    return state;
  }
}
