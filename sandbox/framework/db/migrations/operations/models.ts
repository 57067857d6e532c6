import type { PyValue } from '../../../python';
import type { SchemaEditor } from '../../backends/sqlite3/schema';
import { cloneFieldDef, relatedModelKey, type FieldDef } from '../../models/field-def';
import { dbTable, modelKey, type ProjectState } from '../state';
import type { Operation, OperationArg } from './base';

/** Meta options AlterModelOptions manages (the others have operations of their own). */
export const ALTER_OPTION_KEYS = [
  'base_manager_name', 'default_manager_name', 'default_related_name', 'get_latest_by', 'managed', 'ordering',
  'permissions', 'default_permissions', 'select_on_save', 'verbose_name', 'verbose_name_plural',
];

export class CreateModel implements Operation {
  readonly category = '+' as const;
  readonly type = 'CreateModel';
  constructor(
    readonly name: string,
    readonly fields: [string, FieldDef][],
    readonly options: Map<string, PyValue> = new Map(),
  ) {}

  args(): [string, OperationArg][] {
    const args: [string, OperationArg][] = [
      ['name', { value: this.name }],
      ['fields', { fields: this.fields }],
    ];
    if (this.options.size) args.push(['options', { options: this.options }]);
    return args;
  }

  stateForwards(appLabel: string, state: ProjectState) {
    state.add({ appLabel, name: this.name, fields: this.fields.map(([n, f]) => [n, cloneFieldDef(f)]), options: new Map(this.options) });
  }

  databaseForwards(appLabel: string, editor: SchemaEditor, _from: ProjectState, to: ProjectState) {
    editor.createModel(to.get(appLabel, this.name)!);
  }

  databaseBackwards(appLabel: string, editor: SchemaEditor, from: ProjectState) {
    editor.deleteModel(from.get(appLabel, this.name)!);
  }

  describe() {
    return `Create model ${this.name}`;
  }

  nameFragment() {
    return this.name.toLowerCase();
  }

  referencesModel(name: string) {
    return name.toLowerCase() === this.name.toLowerCase() || this.fields.some(([, f]) => relatedModelKey(f)?.endsWith(`.${name.toLowerCase()}`));
  }
}

export class DeleteModel implements Operation {
  readonly category = '-' as const;
  readonly type = 'DeleteModel';
  constructor(readonly name: string) {}

  args(): [string, OperationArg][] {
    return [['name', { value: this.name }]];
  }

  stateForwards(appLabel: string, state: ProjectState) {
    state.remove(appLabel, this.name);
  }

  databaseForwards(appLabel: string, editor: SchemaEditor, from: ProjectState) {
    editor.deleteModel(from.get(appLabel, this.name)!);
  }

  databaseBackwards(appLabel: string, editor: SchemaEditor, _from: ProjectState, to: ProjectState) {
    editor.createModel(to.get(appLabel, this.name)!);
  }

  describe() {
    return `Delete model ${this.name}`;
  }

  nameFragment() {
    return `delete_${this.name.toLowerCase()}`;
  }

  referencesModel(name: string) {
    return name.toLowerCase() === this.name.toLowerCase();
  }
}

export class RenameModel implements Operation {
  readonly category = '~' as const;
  readonly type = 'RenameModel';
  constructor(
    readonly oldName: string,
    readonly newName: string,
  ) {}

  args(): [string, OperationArg][] {
    return [
      ['old_name', { value: this.oldName }],
      ['new_name', { value: this.newName }],
    ];
  }

  stateForwards(appLabel: string, state: ProjectState) {
    const model = state.get(appLabel, this.oldName)!;
    state.remove(appLabel, this.oldName);
    state.add({ ...model, name: this.newName });
    const oldKey = modelKey(appLabel, this.oldName);
    for (const other of state.models.values()) {
      for (const [, field] of other.fields) if (relatedModelKey(field) === oldKey) field.kwargs.set('to', modelKey(appLabel, this.newName));
    }
  }

  databaseForwards(appLabel: string, editor: SchemaEditor, from: ProjectState, to: ProjectState) {
    editor.alterDbTable(dbTable(from.get(appLabel, this.oldName)!), dbTable(to.get(appLabel, this.newName)!));
    editor.renameModelLinks(from, to, modelKey(appLabel, this.oldName), modelKey(appLabel, this.newName));
  }

  databaseBackwards(appLabel: string, editor: SchemaEditor, from: ProjectState, to: ProjectState) {
    editor.alterDbTable(dbTable(from.get(appLabel, this.newName)!), dbTable(to.get(appLabel, this.oldName)!));
    editor.renameModelLinks(from, to, modelKey(appLabel, this.newName), modelKey(appLabel, this.oldName));
  }

  describe() {
    return `Rename model ${this.oldName} to ${this.newName}`;
  }

  nameFragment() {
    return `rename_${this.oldName.toLowerCase()}_${this.newName.toLowerCase()}`;
  }

  referencesModel(name: string) {
    return [this.oldName, this.newName].some((n) => n.toLowerCase() === name.toLowerCase());
  }
}

export class AlterModelOptions implements Operation {
  readonly category = '~' as const;
  readonly type = 'AlterModelOptions';
  constructor(
    readonly name: string,
    readonly options: Map<string, PyValue>,
  ) {}

  args(): [string, OperationArg][] {
    return [
      ['name', { value: this.name }],
      ['options', { options: this.options }],
    ];
  }

  stateForwards(appLabel: string, state: ProjectState) {
    const model = state.get(appLabel, this.name)!;
    for (const key of ALTER_OPTION_KEYS) {
      if (this.options.has(key)) model.options.set(key, this.options.get(key)!);
      else model.options.delete(key);
    }
  }

  databaseForwards() {}

  databaseBackwards() {}

  describe() {
    return `Change Meta options on ${this.name}`;
  }

  nameFragment() {
    return `alter_${this.name.toLowerCase()}_options`;
  }

  referencesModel(name: string) {
    return name.toLowerCase() === this.name.toLowerCase();
  }
}

export class AlterModelTable implements Operation {
  readonly category = '~' as const;
  readonly type = 'AlterModelTable';
  constructor(
    readonly name: string,
    readonly table: string | null,
  ) {}

  args(): [string, OperationArg][] {
    return [
      ['name', { value: this.name }],
      ['table', { value: this.table }],
    ];
  }

  stateForwards(appLabel: string, state: ProjectState) {
    const model = state.get(appLabel, this.name)!;
    if (this.table === null) model.options.delete('db_table');
    else model.options.set('db_table', this.table);
  }

  databaseForwards(appLabel: string, editor: SchemaEditor, from: ProjectState, to: ProjectState) {
    editor.alterDbTable(dbTable(from.get(appLabel, this.name)!), dbTable(to.get(appLabel, this.name)!));
  }

  databaseBackwards(appLabel: string, editor: SchemaEditor, from: ProjectState, to: ProjectState) {
    this.databaseForwards(appLabel, editor, from, to);
  }

  describe() {
    return `Rename table for ${this.name} to ${this.table ?? '(default)'}`;
  }

  nameFragment() {
    return `alter_${this.name.toLowerCase()}_table`;
  }

  referencesModel(name: string) {
    return name.toLowerCase() === this.name.toLowerCase();
  }
}
