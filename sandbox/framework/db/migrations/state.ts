import type { PyValue } from '../../python';
import { cloneFieldDef, relatedModelKey, type FieldDef } from '../models/field-def';
import { tableName } from '../models/options';

/** django.db.migrations.state.ModelState: a model as the migrations describe it. */
export interface ModelState {
  appLabel: string;
  name: string;
  /** Fields in Django's order (the order migrations built them up in). */
  fields: [string, FieldDef][];
  options: Map<string, PyValue>;
}

export function modelKey(appLabel: string, name: string): string {
  return `${appLabel}.${name.toLowerCase()}`;
}

export function cloneModel(model: ModelState): ModelState {
  return {
    appLabel: model.appLabel,
    name: model.name,
    fields: model.fields.map(([n, f]) => [n, cloneFieldDef(f)]),
    options: new Map(model.options),
  };
}

export function getField(model: ModelState, name: string): FieldDef | undefined {
  return model.fields.find(([n]) => n === name)?.[1];
}

/** django.db.migrations.state.ProjectState: every model, keyed `app_label.modelname`. */
export class ProjectState {
  readonly models = new Map<string, ModelState>();

  clone(): ProjectState {
    const copy = new ProjectState();
    for (const [k, m] of this.models) copy.models.set(k, cloneModel(m));
    return copy;
  }

  /** The models of the apps given only (the autodetector compares a project's own apps). */
  only(appLabels: Set<string>): ProjectState {
    const copy = new ProjectState();
    for (const [k, m] of this.models) if (appLabels.has(m.appLabel)) copy.models.set(k, m);
    return copy;
  }

  get(appLabel: string, name: string): ModelState | undefined {
    return this.models.get(modelKey(appLabel, name));
  }

  add(model: ModelState) {
    this.models.set(modelKey(model.appLabel, model.name), model);
  }

  remove(appLabel: string, name: string) {
    this.models.delete(modelKey(appLabel, name));
  }

  /** Models whose relations point at `key` (for renames and the order of creation). */
  referencing(key: string): ModelState[] {
    return [...this.models.values()].filter((m) => m.fields.some(([, f]) => relatedModelKey(f) === key));
  }
}

/** The table a model lives in: Meta.db_table, else `app_label_modelname`. */
export function dbTable(model: ModelState): string {
  return tableName(model.appLabel, model.name, model.options.get('db_table'));
}
