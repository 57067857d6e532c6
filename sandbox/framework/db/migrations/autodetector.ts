import { PyInstance, PyList, PyTuple, valuesEqual, type PyValue } from '../../python';
import { cloneFieldDef, isManyToMany, isRelated, relatedModelKey, type FieldDef } from '../models/field-def';
import { withoutClassDefaults } from '../models/deconstruct';
import type { MigrationGraph } from './graph';
import type { Migration } from './migration';
import {
  ALTER_OPTION_KEYS,
  AddField,
  AlterField,
  AlterModelOptions,
  AlterModelTable,
  CreateModel,
  DeleteModel,
  RemoveField,
  RenameField,
  RenameModel,
  type Operation,
} from './operations';
import type { Questioner } from './questioner';
import { getField, type ModelState, type ProjectState } from './state';

const TEXT_TYPES = new Set(['CharField', 'TextField', 'EmailField', 'SlugField', 'URLField']);
/** Options CreateModel leaves to operations of their own. */
const DEFERRED_OPTIONS = new Set(['indexes', 'constraints', 'unique_together', 'index_together', 'order_with_respect_to']);

/** Equal as deconstruct() gives them: a field read from a migration file still has its class's defaults. */
function fieldsEqual(a: FieldDef, b: FieldDef): boolean {
  if (a.type !== b.type) return false;
  const left = new Map(a.kwargs);
  const right = new Map(b.kwargs);
  withoutClassDefaults(a.type, left);
  withoutClassDefaults(b.type, right);
  if (left.size !== right.size) return false;
  for (const [k, v] of left) {
    const other = right.get(k);
    if (other === undefined || !(valuesEqual(deepDeconstruct(v), deepDeconstruct(other)) || sameStandardValue(v, other))) return false;
  }
  return true;
}

/** deep_deconstruct: a deconstructible object (a validator) compares as its path and the arguments it was made with. */
function deepDeconstruct(value: PyValue): PyValue {
  if (value instanceof PyList) return new PyList(value.items.map(deepDeconstruct));
  if (value instanceof PyTuple) return new PyTuple(value.items.map(deepDeconstruct));
  const made = value instanceof PyInstance ? value.dict.get('_constructor_args') : undefined;
  if (value instanceof PyInstance && made instanceof PyTuple) return new PyTuple([`${value.cls.module}.${value.cls.name}`, ...made.items.map(deepDeconstruct)]);
  return value;
}

/**
 * Two instances of a standard-library value class (a date, a time, a Decimal) with the same
 * content, as Python's == finds them: the default read back from a migration file is
 * another object than the one models.py made.
 */
function sameStandardValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof PyInstance || b instanceof PyInstance) {
    if (!(a instanceof PyInstance && b instanceof PyInstance) || a.cls !== b.cls || a.native === undefined || a.dict.size || b.dict.size) return false;
    return sameStandardValue(a.native, b.native);
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((k) => sameStandardValue(left[k], right[k]));
}

function withoutRelation(field: FieldDef): FieldDef {
  const copy = cloneFieldDef(field);
  copy.kwargs.delete('to');
  return copy;
}

/** A ManyToManyField through a model of the learner's. */
function hasThrough(field: FieldDef): boolean {
  return isManyToMany(field) && field.kwargs.has('through');
}

/** Whether existing rows can take the new column as it is (Django's preserve_default). */
function canAddAsIs(field: FieldDef): boolean {
  if (isManyToMany(field)) return true;
  const k = field.kwargs;
  const autoNow = k.get('auto_now') === true;
  return k.get('null') === true || k.has('default') || (k.get('blank') === true && TEXT_TYPES.has(field.type)) || autoNow;
}

/**
 * django.db.migrations.autodetector.MigrationAutodetector: compares the state the
 * migrations build with the state the models describe, and lists the operations that take
 * one to the other, in Django's order, grouped into a new migration per app.
 */
export class MigrationAutodetector {
  private readonly ops = new Map<string, Operation[]>();

  constructor(
    private readonly from: ProjectState,
    private readonly to: ProjectState,
    private readonly questioner: Questioner,
  ) {}

  private add(app: string, op: Operation) {
    this.ops.set(app, [...(this.ops.get(app) ?? []), op]);
  }

  /** New migrations by app label, named and numbered after the app's leaf in the graph. */
  changes(
    graph: MigrationGraph,
    options: {
      trimToApps?: Set<string>;
      migrationName?: string | null;
      askInitial?: (app: string) => boolean;
      /** Swappable models by lower-cased label: 'auth.user' → 'AUTH_USER_MODEL'. */
      swappable?: Map<string, string>;
    } = {},
  ): Map<string, Migration[]> {
    this.detect();
    const changes = new Map<string, Migration[]>();
    for (const app of [...this.ops.keys()].sort()) {
      if (options.trimToApps && options.trimToApps.size && !options.trimToApps.has(app)) continue;
      const operations = this.ops.get(app)!;
      // An app with no migrations yet gets its first one only if it has an (empty) migrations package.
      if (!graph.leafNodes(app).length && options.askInitial && !options.askInitial(app)) continue;
      changes.set(app, [{ appLabel: app, name: 'auto', dependencies: [], operations, initial: false }]);
    }
    const arranged = arrangeForGraph(changes, graph, this.existingApps(), options.migrationName ?? null);
    addExternalDependencies(arranged, graph, options.swappable ?? new Map());
    return dependenciesFirst(arranged);
  }

  private existingApps(): Set<string> {
    return new Set([...this.from.models.values()].map((m) => m.appLabel));
  }

  private detect() {
    const oldKeys = new Set(this.from.models.keys());
    const newKeys = new Set(this.to.models.keys());
    const renamed = new Map<string, string>(); // new key -> old key
    this.renamedModels(oldKeys, newKeys, renamed);
    this.deletedModels(oldKeys, newKeys);
    this.createdModels(oldKeys, newKeys);
    const kept = [...newKeys].filter((k) => oldKeys.has(k) || renamed.has(k)).sort();
    for (const key of kept) this.alteredOptions(this.from.models.get(renamed.get(key) ?? key)!, this.to.models.get(key)!);
    const pairs = kept.map((key) => [this.from.models.get(renamed.get(key) ?? key)!, this.to.models.get(key)!] as const);
    // Django generates each kind of field change for every model before the next kind.
    const renames = pairs.map(([old, model]) => this.renamedFields(old, model, renamed));
    pairs.forEach(([old, model], i) => this.removedFields(old, model, renames[i]!));
    pairs.forEach(([old, model], i) => this.addedFields(old, model, renames[i]!));
    pairs.forEach(([old, model], i) => this.alteredFields(old, model, renames[i]!, renamed));
    this.deleteModelsLast();
    this.manyToManyModelsLast();
    for (const key of kept) this.alteredDbTable(this.from.models.get(renamed.get(key) ?? key)!, this.to.models.get(key)!);
  }

  private renamedModels(oldKeys: Set<string>, newKeys: Set<string>, renamed: Map<string, string>) {
    const added = [...newKeys].filter((k) => !oldKeys.has(k)).sort();
    for (const key of added) {
      const model = this.to.models.get(key)!;
      const byName = (fields: [string, FieldDef][]) => [...fields].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, f]) => [n, withoutRelation(f)] as const);
      const shape = byName(model.fields);
      const removed = [...oldKeys].filter((k) => !newKeys.has(k)).sort();
      for (const oldKey of removed) {
        const old = this.from.models.get(oldKey)!;
        if (old.appLabel !== model.appLabel) continue;
        const oldShape = byName(old.fields);
        const same = shape.length === oldShape.length && shape.every(([n, f], i) => n === oldShape[i]![0] && fieldsEqual(f, oldShape[i]![1]));
        if (same && this.questioner.askRenameModel(old.appLabel, old.name, model.name)) {
          this.add(model.appLabel, new RenameModel(old.name, model.name));
          renamed.set(key, oldKey);
          oldKeys.delete(oldKey);
          oldKeys.add(key);
          break;
        }
      }
    }
  }

  private deletedModels(oldKeys: Set<string>, newKeys: Set<string>) {
    for (const key of [...oldKeys].filter((k) => !newKeys.has(k)).sort()) {
      const model = this.from.models.get(key)!;
      this.add(model.appLabel, new DeleteModel(model.name));
    }
  }

  /**
   * CreateModel for each new model, relations last; a model another new model points to
   * is created first (Django gets there by sorting on dependencies and optimizing).
   */
  private createdModels(oldKeys: Set<string>, newKeys: Set<string>) {
    const added = [...newKeys].filter((k) => !oldKeys.has(k)).sort();
    const ordered: string[] = [];
    const visit = (key: string, path: Set<string>) => {
      if (ordered.includes(key) || path.has(key)) return;
      path.add(key);
      const model = this.to.models.get(key)!;
      const targets = model.fields
        .map(([, f]) => (isRelated(f) && !hasThrough(f) ? relatedModelKey(f) : null))
        .filter((t): t is string => !!t && t !== key && added.includes(t))
        .sort();
      for (const t of targets) visit(t, path);
      ordered.push(key);
    };
    for (const key of added) visit(key, new Set());
    const throughFields: [string, AddField][] = [];
    // Django adds each CreateModel at the beginning of its app's operations (add_operation's
    // `beginning`): before the deleted models' operations generated earlier.
    const created = new Map<string, Operation[]>();
    for (const key of ordered) {
      const model = this.to.models.get(key)!;
      const plain = model.fields.filter(([, f]) => !isRelated(f));
      const related = model.fields.filter(([, f]) => isRelated(f) && !hasThrough(f)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      // A ManyToManyField through a model of the learner's waits for that model: an AddField after the new models.
      for (const [n, f] of model.fields) if (hasThrough(f)) throughFields.push([model.appLabel, new AddField(model.name.toLowerCase(), n, cloneFieldDef(f))]);
      const options = new Map([...model.options].filter(([k]) => !DEFERRED_OPTIONS.has(k)));
      const op = new CreateModel(model.name, [...plain, ...related].map(([n, f]) => [n, cloneFieldDef(f)]), options);
      created.set(model.appLabel, [...(created.get(model.appLabel) ?? []), op]);
      if (related.some(([, f]) => isManyToMany(f))) this.withManyToMany.add(op);
    }
    for (const [app, ops] of created) this.ops.set(app, [...ops, ...(this.ops.get(app) ?? [])]);
    for (const [app, op] of throughFields) this.add(app, op);
  }

  /** New models with a ManyToManyField (their CreateModel takes the place of its AddField, so after the app's other changes). */
  private readonly withManyToMany = new Set<CreateModel>();

  /**
   * Django makes a new model's relations AddFields of their own, sorted after the operations
   * that need nothing of the app's, and its optimizer folds them back into the CreateModel at
   * the AddField's place: a new model with a ManyToManyField comes after the app's other
   * changes, such models in the order of their names.
   */
  private manyToManyModelsLast() {
    for (const [app, ops] of this.ops) {
      const moved = ops.filter((op): op is CreateModel => op instanceof CreateModel && this.withManyToMany.has(op));
      if (!moved.length) continue;
      moved.sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0));
      this.ops.set(app, [...ops.filter((op) => !moved.includes(op as CreateModel)), ...moved]);
    }
  }

  /**
   * A deleted model's DeleteModel depends on removing the relations pointing at it, so it
   * moves after those RemoveFields (Django's dependency sort does the same).
   */
  private deleteModelsLast() {
    for (const [app, ops] of this.ops) {
      const deletes = ops.filter((op): op is DeleteModel => op instanceof DeleteModel);
      for (const del of deletes) {
        const key = `${app}.${del.name.toLowerCase()}`;
        const lastIncoming = ops.findLastIndex((op) => {
          if (!(op instanceof RemoveField)) return false;
          const field = this.from.get(app, op.modelName)?.fields.find(([n]) => n === op.name)?.[1];
          return !!field && relatedModelKey(field) === key;
        });
        const at = ops.indexOf(del);
        if (lastIncoming > at) {
          ops.splice(at, 1);
          ops.splice(lastIncoming, 0, del);
        }
      }
    }
  }

  private alteredOptions(old: ModelState, model: ModelState) {
    const pick = (m: ModelState) => new Map([...m.options].filter(([k]) => ALTER_OPTION_KEYS.includes(k)));
    const a = pick(old);
    const b = pick(model);
    const same = a.size === b.size && [...a].every(([k, v]) => b.has(k) && valuesEqual(v, b.get(k)!));
    if (!same) this.add(model.appLabel, new AlterModelOptions(model.name.toLowerCase(), b));
  }

  private alteredDbTable(old: ModelState, model: ModelState) {
    const a = old.options.get('db_table') ?? null;
    const b = model.options.get('db_table') ?? null;
    if (a !== b) this.add(model.appLabel, new AlterModelTable(model.name.toLowerCase(), (b as string | null) ?? null));
  }

  /** A relation to a renamed model compares as a relation to its old name. */
  private normalizer(renamedModels: Map<string, string>) {
    return (f: FieldDef) => {
      const target = relatedModelKey(f);
      const oldTarget = target ? renamedModels.get(target) : undefined;
      if (!oldTarget) return f;
      const copy = cloneFieldDef(f);
      copy.kwargs.set('to', oldTarget);
      return copy;
    };
  }

  /** New field name -> old name, for the renames the learner confirms. */
  private renamedFields(old: ModelState, model: ModelState, renamedModels: Map<string, string>): Map<string, string> {
    const normalize = this.normalizer(renamedModels);
    const oldNames = new Set(old.fields.map(([n]) => n));
    const newNames = new Set(model.fields.map(([n]) => n));
    const renames = new Map<string, string>();
    for (const added of [...newNames].filter((n) => !oldNames.has(n)).sort()) {
      const field = getField(model, added)!;
      for (const removed of [...oldNames].filter((n) => !newNames.has(n) && ![...renames.values()].includes(n)).sort()) {
        if (!fieldsEqual(normalize(getField(old, removed)!), normalize(field))) continue;
        if (this.questioner.askRename(model.name.toLowerCase(), removed, added, field.type)) {
          this.add(model.appLabel, new RenameField(model.name.toLowerCase(), removed, added));
          renames.set(added, removed);
          break;
        }
      }
    }
    return renames;
  }

  private removedFields(old: ModelState, model: ModelState, renames: Map<string, string>) {
    const newNames = new Set(model.fields.map(([n]) => n));
    const renamedOld = new Set(renames.values());
    for (const [removed] of [...old.fields].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (!newNames.has(removed) && !renamedOld.has(removed)) this.add(model.appLabel, new RemoveField(model.name.toLowerCase(), removed));
    }
  }

  private addedFields(old: ModelState, model: ModelState, renames: Map<string, string>) {
    const oldNames = new Set(old.fields.map(([n]) => n));
    for (const added of model.fields.map(([n]) => n).filter((n) => !oldNames.has(n) && !renames.has(n)).sort()) this.addedField(model, added);
  }

  /** _generate_added_field: AddField, with a one-off default asked for when existing rows need one. */
  private addedField(model: ModelState, added: string) {
    const name = model.name.toLowerCase();
    const field = getField(model, added)!;
    if (canAddAsIs(field)) {
      this.add(model.appLabel, new AddField(name, added, cloneFieldDef(field)));
      return;
    }
    const autoNowAdd = ['DateField', 'DateTimeField', 'TimeField'].includes(field.type) && field.kwargs.get('auto_now_add') === true;
    const answer = autoNowAdd ? this.questioner.askAutoNowAddAddition(added, name) : this.questioner.askNotNullAddition(added, name);
    const withDefault = cloneFieldDef(field);
    withDefault.kwargs.set('default', answer ? answer.value : (null as PyValue));
    this.add(model.appLabel, new AddField(name, added, withDefault, false));
  }

  private alteredFields(old: ModelState, model: ModelState, renames: Map<string, string>, renamedModels: Map<string, string>) {
    const normalize = this.normalizer(renamedModels);
    const oldNames = new Set(old.fields.map(([n]) => n));
    for (const fieldName of model.fields.map(([n]) => n).filter((n) => oldNames.has(n) || renames.has(n)).sort()) {
      const previous = getField(old, renames.get(fieldName) ?? fieldName)!;
      const field = getField(model, fieldName)!;
      // A field cannot be altered to or from a ManyToManyField: Django removes it and adds the new one.
      if (isManyToMany(previous) !== isManyToMany(field)) {
        this.add(model.appLabel, new RemoveField(model.name.toLowerCase(), fieldName));
        this.addedField(model, fieldName);
        continue;
      }
      if (!fieldsEqual(normalize(previous), normalize(field))) this.add(model.appLabel, new AlterField(model.name.toLowerCase(), fieldName, cloneFieldDef(field)));
    }
  }
}

/**
 * What a new migration's relations to other apps need first (Django's
 * _get_dependencies_for_foreign_key and _build_migration_list): a swappable model (the user
 * model) by its setting, `('__setting__', 'AUTH_USER_MODEL')`, which the writer turns into
 * `migrations.swappable_dependency(settings.AUTH_USER_MODEL)`; another app by the migration
 * made for it in this run, else its latest migration, else its `__first__`.
 */
function addExternalDependencies(changes: Map<string, Migration[]>, graph: MigrationGraph, swappable: Map<string, string>) {
  for (const [app, migrations] of changes) {
    for (const migration of migrations) {
      const seen = new Set(migration.dependencies.map((d) => d.join('.')));
      const add = (dep: [string, string]) => {
        if (seen.has(dep.join('.'))) return;
        seen.add(dep.join('.'));
        migration.dependencies.push(dep);
      };
      for (const op of migration.operations) {
        const fields: FieldDef[] = op instanceof CreateModel ? op.fields.map(([, f]) => f) : op instanceof AddField || op instanceof AlterField ? [op.field] : [];
        for (const field of fields) {
          const target = isRelated(field) ? relatedModelKey(field) : null;
          if (!target) continue;
          const setting = swappable.get(target);
          const targetApp = target.slice(0, target.indexOf('.'));
          if (targetApp === app) continue;
          if (setting) add(['__setting__', setting]);
          else if (changes.get(targetApp)?.length) add([targetApp, changes.get(targetApp)!.at(-1)!.name]);
          else add(graph.leafNodes(targetApp)[0] ?? [targetApp, '__first__']);
        }
      }
    }
  }
}

/**
 * The apps in the order Django makes their migrations: by name, except that an app whose new
 * migration depends on another app's new one comes after it (`Migrations for 'shop':` first).
 */
function dependenciesFirst(changes: Map<string, Migration[]>): Map<string, Migration[]> {
  const ordered = new Map<string, Migration[]>();
  const waitsFor = (app: string) =>
    changes.get(app)!.flatMap((m) => m.dependencies.map(([dep]) => dep)).filter((dep) => dep !== app && changes.has(dep) && !ordered.has(dep));
  while (ordered.size < changes.size) {
    const pending = [...changes.keys()].filter((app) => !ordered.has(app));
    // A cycle between new migrations (Django splits one of them) keeps the names' order here.
    const next = pending.find((app) => waitsFor(app).length === 0) ?? pending[0]!;
    ordered.set(next, changes.get(next)!);
  }
  return ordered;
}

/** Numbers and names the new migrations after each app's leaf, as Django's arrange_for_graph. */
export function arrangeForGraph(changes: Map<string, Migration[]>, graph: MigrationGraph, existingApps: Set<string>, migrationName: string | null): Map<string, Migration[]> {
  for (const [app, migrations] of changes) {
    const leaf = graph.leafNodes(app)[0];
    let next = leaf ? (Number(/^\d+/.exec(leaf[1])?.[0] ?? 0) || 0) + 1 : 1;
    migrations.forEach((migration, i) => {
      if (i === 0 && leaf) migration.dependencies.push([leaf[0], leaf[1]]);
      migration.initial = !existingApps.has(app) && !leaf;
      const suffix = migrationName ?? (i === 0 && !leaf ? 'initial' : suggestName(migration).slice(0, 100));
      migration.name = `${String(next).padStart(4, '0')}_${suffix}`;
      next++;
    });
  }
  return changes;
}

/**
 * Migration.suggest_name(): the operations' name fragments joined with `_`, stopping with
 * `_and_more` past 52 characters; a timestamp when an operation has no fragment.
 */
export function suggestName(migration: Migration): string {
  if (migration.initial) return 'initial';
  const fragments = migration.operations.map((o) => o.nameFragment().replace(/\W+/g, '_')).filter((f) => f);
  if (!fragments.length || fragments.length !== migration.operations.length) {
    const now = new Date().toISOString();
    return `auto_${now.slice(0, 4)}${now.slice(5, 7)}${now.slice(8, 10)}_${now.slice(11, 13)}${now.slice(14, 16)}`;
  }
  let name = fragments[0]!;
  for (const fragment of fragments.slice(1)) {
    const longer = `${name}_${fragment}`;
    if (longer.length > 52) return `${name}_and_more`;
    name = longer;
  }
  return name;
}

