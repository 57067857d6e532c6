import type { PyValue } from '../../../python';
import type { SchemaEditor } from '../../backends/sqlite3/schema';
import type { FieldDef } from '../../models/field-def';
import type { ProjectState } from '../state';

/** An argument as a migration file writes it: a Python value, a field, or the field list of CreateModel. */
export type OperationArg = { value: PyValue } | { field: FieldDef } | { fields: [string, FieldDef][] } | { options: Map<string, PyValue> };

/** OperationCategory (Django 5.1+): the sign makemigrations prints before each operation. */
export type OperationCategory = '+' | '-' | '~' | 'p' | 's' | '?';

/** django.db.migrations.operations.base.Operation. */
export interface Operation {
  /** The class name in django.db.migrations: CreateModel, AddField... */
  readonly type: string;
  /** Whether it adds, removes or alters something: `+ Create model Student`. */
  readonly category: OperationCategory;
  /** Keyword arguments in the order Django's deconstruct() gives them, defaults left out. */
  args(): [string, OperationArg][];
  stateForwards(appLabel: string, state: ProjectState): void;
  databaseForwards(appLabel: string, editor: SchemaEditor, from: ProjectState, to: ProjectState): void;
  /** Undoes the operation: `from` is the state with it applied, `to` the state before it. */
  databaseBackwards(appLabel: string, editor: SchemaEditor, from: ProjectState, to: ProjectState): void;
  /** The line makemigrations prints: "Create model Student". */
  describe(): string;
  /** The part of an automatic migration name: "student_address". */
  nameFragment(): string;
  /** Whether it changes the model named (for the autodetector's dependencies). */
  referencesModel(name: string): boolean;
}
