import type { SchemaEditor } from '../../backends/sqlite3/schema';
import { cloneFieldDef, type FieldDef } from '../../models/field-def';
import { getField, type ProjectState } from '../state';
import type { Operation, OperationArg } from './base';

abstract class FieldOperation {
  constructor(
    readonly modelName: string,
    readonly name: string,
  ) {}

  referencesModel(name: string) {
    return name.toLowerCase() === this.modelName.toLowerCase();
  }
}

/** AddField and AlterField: a field's whole definition, and whether its default stays. */
abstract class FieldDefinitionOperation extends FieldOperation {
  constructor(
    modelName: string,
    name: string,
    readonly field: FieldDef,
    readonly preserveDefault = true,
  ) {
    super(modelName, name);
  }

  /** The arguments the writer prints: preserve_default only when it is False. */
  args(): [string, OperationArg][] {
    const args: [string, OperationArg][] = [
      ['model_name', { value: this.modelName }],
      ['name', { value: this.name }],
      ['field', { field: this.field }],
    ];
    if (!this.preserveDefault) args.push(['preserve_default', { value: false }]);
    return args;
  }
}

export class AddField extends FieldDefinitionOperation implements Operation {
  readonly category = '+' as const;
  readonly type = 'AddField';
  stateForwards(appLabel: string, state: ProjectState) {
    const field = cloneFieldDef(this.field);
    // A one-off default fills the existing rows, then leaves the model as it was written.
    if (!this.preserveDefault) field.kwargs.delete('default');
    state.get(appLabel, this.modelName)!.fields.push([this.name, field]);
  }

  databaseForwards(appLabel: string, editor: SchemaEditor, from: ProjectState) {
    editor.addField(from.get(appLabel, this.modelName)!, this.name, this.field);
  }

  databaseBackwards(appLabel: string, editor: SchemaEditor, from: ProjectState) {
    editor.removeField(from.get(appLabel, this.modelName)!, this.name);
  }

  describe() {
    return `Add field ${this.name} to ${this.modelName}`;
  }

  nameFragment() {
    return `${this.modelName.toLowerCase()}_${this.name.toLowerCase()}`;
  }
}

export class RemoveField extends FieldOperation implements Operation {
  readonly category = '-' as const;
  readonly type = 'RemoveField';

  args(): [string, OperationArg][] {
    return [
      ['model_name', { value: this.modelName }],
      ['name', { value: this.name }],
    ];
  }

  stateForwards(appLabel: string, state: ProjectState) {
    const model = state.get(appLabel, this.modelName)!;
    model.fields = model.fields.filter(([n]) => n !== this.name);
  }

  databaseForwards(appLabel: string, editor: SchemaEditor, from: ProjectState) {
    editor.removeField(from.get(appLabel, this.modelName)!, this.name);
  }

  databaseBackwards(appLabel: string, editor: SchemaEditor, from: ProjectState, to: ProjectState) {
    editor.addField(from.get(appLabel, this.modelName)!, this.name, getField(to.get(appLabel, this.modelName)!, this.name)!);
  }

  describe() {
    return `Remove field ${this.name} from ${this.modelName}`;
  }

  nameFragment() {
    return `remove_${this.modelName.toLowerCase()}_${this.name.toLowerCase()}`;
  }
}

export class AlterField extends FieldDefinitionOperation implements Operation {
  readonly category = '~' as const;
  readonly type = 'AlterField';
  stateForwards(appLabel: string, state: ProjectState) {
    const model = state.get(appLabel, this.modelName)!;
    const field = cloneFieldDef(this.field);
    if (!this.preserveDefault) field.kwargs.delete('default');
    model.fields = model.fields.map(([n, f]) => (n === this.name ? [n, field] : [n, f]));
  }

  databaseForwards(appLabel: string, editor: SchemaEditor, from: ProjectState, to: ProjectState) {
    const old = from.get(appLabel, this.modelName)!;
    editor.alterField(old, this.name, getField(old, this.name)!, this.name, getField(to.get(appLabel, this.modelName)!, this.name)!);
  }

  databaseBackwards(appLabel: string, editor: SchemaEditor, from: ProjectState, to: ProjectState) {
    this.databaseForwards(appLabel, editor, from, to);
  }

  describe() {
    return `Alter field ${this.name} on ${this.modelName}`;
  }

  nameFragment() {
    return `alter_${this.modelName.toLowerCase()}_${this.name.toLowerCase()}`;
  }
}

export class RenameField implements Operation {
  readonly category = '~' as const;
  readonly type = 'RenameField';
  constructor(
    readonly modelName: string,
    readonly oldName: string,
    readonly newName: string,
  ) {}

  args(): [string, OperationArg][] {
    return [
      ['model_name', { value: this.modelName }],
      ['old_name', { value: this.oldName }],
      ['new_name', { value: this.newName }],
    ];
  }

  stateForwards(appLabel: string, state: ProjectState) {
    const model = state.get(appLabel, this.modelName)!;
    // Django 3.2 pops the field from the state's dict and sets it under its new name: it
    // moves to the end, which decides the column order of the next table rebuild.
    const field = getField(model, this.oldName)!;
    model.fields = [...model.fields.filter(([n]) => n !== this.oldName), [this.newName, field]];
  }

  databaseForwards(appLabel: string, editor: SchemaEditor, from: ProjectState, to: ProjectState) {
    const old = from.get(appLabel, this.modelName)!;
    editor.alterField(old, this.oldName, getField(old, this.oldName)!, this.newName, getField(to.get(appLabel, this.modelName)!, this.newName)!);
  }

  databaseBackwards(appLabel: string, editor: SchemaEditor, from: ProjectState, to: ProjectState) {
    const current = from.get(appLabel, this.modelName)!;
    editor.alterField(current, this.newName, getField(current, this.newName)!, this.oldName, getField(to.get(appLabel, this.modelName)!, this.oldName)!);
  }

  describe() {
    return `Rename field ${this.oldName} on ${this.modelName} to ${this.newName}`;
  }

  nameFragment() {
    return `rename_${this.oldName.toLowerCase()}_${this.modelName.toLowerCase()}_${this.newName.toLowerCase()}`;
  }

  referencesModel(name: string) {
    return name.toLowerCase() === this.modelName.toLowerCase();
  }
}
