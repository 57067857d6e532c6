import type { Operation } from './operations';
import type { ProjectState } from './state';

/** django.db.migrations.migration.Migration: one migration file (or a built-in app's migration). */
export interface Migration {
  appLabel: string;
  name: string;
  dependencies: [string, string][];
  operations: Operation[];
  initial: boolean;
  /** The built-in apps' migrations run recorded SQL instead of operations. */
  sql?: readonly string[];
  /** And `sqlmigrate` prints theirs, operation by operation, then the deferred statements. */
  recordedOperations?: readonly RecordedOperation[];
  recordedDeferred?: readonly string[];
  /**
   * What a built-in app's migration does to the migration state, having no operations: its
   * first migration adds the app's models as the framework defines them now (the later
   * AlterFields of their history are already in them).
   */
  stateForwards?: (state: ProjectState) => void;
}

/**
 * One operation of a built-in migration as `sqlmigrate` shows it: its description and its
 * statements each way; null when it cannot be written as SQL (RunPython), a function when
 * they hold a value of the moment (a default of now).
 */
export interface RecordedOperation {
  describe: string;
  forwards: RecordedSql;
  backwards: RecordedSql;
}
export type RecordedSql = readonly string[] | null | (() => readonly string[]);

export function migrationKey(m: { appLabel: string; name: string }): string {
  return `${m.appLabel}.${m.name}`;
}

/** Migration.mutate_state: the project state after this migration. */
export function mutateState(migration: Migration, state: ProjectState): void {
  for (const op of migration.operations) op.stateForwards(migration.appLabel, state);
  migration.stateForwards?.(state);
}
