import { bytesToHex } from '@noble/hashes/utils.js';
import { md5 } from '@noble/hashes/legacy.js';
import { PyFloat, PyList, PyTuple, pyError, valuesEqual, type Interpreter, type PyValue } from '../../../python';
import { isDate, isDatetime, isTime } from '../../../stdlib/datetime/classes';
import { columnName, fieldDef, isManyToMany, isRelation, relatedModelKey, type FieldDef } from '../../models/field-def';
import { tableName } from '../../models/options';
import type { ModelState, ProjectState } from '../../migrations/state';
import { checkConstraint, dbType, isAutoField } from './types';
import { quoteName } from './operations';

/** SQL literal for a default copied into existing rows (DatabaseSchemaEditor.quote_value). */
export function quoteValue(value: PyValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return String(value);
  if (value instanceof PyFloat) return String(value.value);
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  return `'${String(value)}'`;
}

/** Django's names_digest + _create_index_name: `table_column_1a2b3c4d`. */
export function indexName(table: string, columns: string[], suffix = ''): string {
  const digest = bytesToHex(md5(new TextEncoder().encode(table + columns.join('')))).slice(0, 8);
  const name = `${table}_${columns.join('_')}_${digest}${suffix}`;
  return name.length <= 200 ? name : `${table.slice(0, 100)}_${digest}${suffix}`;
}

/** The fields that are columns (a ManyToManyField is a table of its own). */
/** A ManyToManyField whose table of links Django makes (no `through` model of the learner's). */
function isAutoManyToMany(field: FieldDef): boolean {
  return isManyToMany(field) && !field.kwargs.has('through');
}

function columnFields(model: ModelState): [string, FieldDef][] {
  return model.fields.filter(([, f]) => !isManyToMany(f));
}

/** Model._meta.db_table, read from the model as the migrations describe it. */
function dbTable(model: ModelState): string {
  return tableName(model.appLabel, model.name, model.options.get('db_table'));
}

export interface SqlSink {
  execute(sql: string): void;
}

/**
 * django.db.backends.sqlite3.schema.DatabaseSchemaEditor: turns model changes into the
 * SQL Django runs on SQLite, including its way of rebuilding a table ("remake") for the
 * changes ALTER TABLE cannot make.
 */
export class SchemaEditor {
  private deferred: string[] = [];

  constructor(
    private readonly sink: SqlSink,
    /** The state the models are read from (relations are resolved in it). */
    private state: ProjectState,
    /**
     * sqlmigrate's mode. Real Django then places a rebuilt table's new or changed column
     * right after the automatic primary key instead of last (its field objects sort by
     * creation order), so its printed SQL differs from what migrate runs; recorded in the
     * oracle (scenario 03, sqlmigrate home 0002 and 0003).
     */
    private readonly collectingSql = false,
    /** For defaults that are the learner's callables (`default=timezone.now`). */
    private readonly interp: Interpreter | null = null,
  ) {}

  useState(state: ProjectState) {
    this.state = state;
  }

  private execute(sql: string) {
    this.sink.execute(sql);
  }

  /** Runs the index statements create_model deferred to the end of the migration. */
  flushDeferred() {
    for (const sql of this.deferred) this.execute(sql);
    this.deferred = [];
  }

  private target(field: FieldDef): { table: string; column: string; field: FieldDef } | null {
    if (!isRelation(field)) return null;
    const model = this.state.models.get(relatedModelKey(field)!);
    // Django's lazy reference fails so when the system checks were skipped (E300/E307 otherwise).
    if (!model) throw pyError('ValueError', `Related model '${relatedModelKey(field)}' cannot be resolved`);
    const toField = field.kwargs.get('to_field');
    const [name, pk] = (typeof toField === 'string' ? model.fields.find(([n]) => n === toField) : model.fields.find(([, f]) => f.kwargs.get('primary_key') === true)) ?? model.fields[0]!;
    return { table: dbTable(model), column: columnName(name, pk), field: pk };
  }

  /** One column's definition, as create_model writes it. */
  private columnDefinition(name: string, field: FieldDef): string {
    const target = this.target(field);
    let sql = dbType(field, target?.field);
    const isNull = field.kwargs.get('null') === true;
    sql += isNull ? ' NULL' : ' NOT NULL';
    if (field.kwargs.get('primary_key') === true) sql += ' PRIMARY KEY';
    else if (field.kwargs.get('unique') === true) sql += ' UNIQUE';
    const check = checkConstraint(field, columnName(name, field));
    if (check) sql += ` CHECK (${check})`;
    if (isAutoField(field)) sql += ' AUTOINCREMENT';
    if (target && field.kwargs.get('db_constraint') !== false) {
      sql += ` REFERENCES ${quoteName(target.table)} (${quoteName(target.column)}) DEFERRABLE INITIALLY DEFERRED`;
    }
    return `${quoteName(columnName(name, field))} ${sql}`;
  }

  private needsIndex(field: FieldDef): boolean {
    if (field.kwargs.get('primary_key') === true || field.kwargs.get('unique') === true) return false;
    if (isRelation(field)) return field.kwargs.get('db_index') !== false;
    return field.kwargs.get('db_index') === true;
  }

  private indexSql(table: string, column: string): string {
    return `CREATE INDEX ${quoteName(indexName(table, [column]))} ON ${quoteName(table)} (${quoteName(column)})`;
  }

  /** CREATE TABLE, its indexes deferred; then the tables of links of its ManyToManyFields (not for a rebuild's copy). */
  createModel(model: ModelState, table = dbTable(model)) {
    const columns = columnFields(model).map(([name, field]) => this.columnDefinition(name, field));
    this.execute(`CREATE TABLE ${quoteName(table)} (${columns.join(', ')})`);
    // unique_together, which only a through model's state carries here (a learner's goes by AlterUniqueTogether).
    for (const group of this.uniqueTogether(model)) this.deferred.push(`CREATE UNIQUE INDEX ${quoteName(indexName(dbTable(model), group, '_uniq'))} ON ${quoteName(dbTable(model))} (${group.map(quoteName).join(', ')})`);
    for (const [name, field] of columnFields(model)) {
      if (this.needsIndex(field)) this.deferred.push(this.indexSql(dbTable(model), columnName(name, field)));
    }
    if (table !== dbTable(model)) return;
    for (const [name, field] of model.fields) if (isAutoManyToMany(field)) this.createLinks(model, name, field);
  }

  private uniqueTogether(model: ModelState): string[][] {
    const groups = model.options.get('unique_together');
    if (!(groups instanceof PyList)) return [];
    return groups.items.map((g) => (g instanceof PyTuple || g instanceof PyList ? g.items : []).map((n) => {
      const field = model.fields.find(([f]) => f === n)?.[1];
      return field ? columnName(String(n), field) : String(n);
    }));
  }

  /** A ManyToManyField's table: `store_post_tags` (or db_table). */
  private linksTable(model: ModelState, name: string, field: FieldDef): string {
    const table = field.kwargs.get('db_table');
    return typeof table === 'string' ? table : `${dbTable(model)}_${name}`;
  }

  /**
   * The auto-created through model as a model state: an id and a ForeignKey to each side
   * (`from_person`/`to_person` for a field pointing at its own model), unique together.
   */
  private linksModel(model: ModelState, name: string, field: FieldDef): ModelState {
    const own = `${model.appLabel}.${model.name.toLowerCase()}`;
    const to = relatedModelKey(field)!;
    const target = this.state.models.get(to);
    if (!target) throw pyError('ValueError', `Related model '${to}' cannot be resolved`);
    const toName = target.name.toLowerCase();
    const [from, other] = to === own ? [`from_${toName}`, `to_${toName}`] : [model.name.toLowerCase(), toName];
    const constraint: [string, PyValue][] = field.kwargs.get('db_constraint') === false ? [['db_constraint', false]] : [];
    return {
      appLabel: model.appLabel,
      name: `${model.name}_${name}`,
      fields: [
        ['id', fieldDef('AutoField', [['auto_created', true], ['primary_key', true]])],
        [from, fieldDef('ForeignKey', [['to', own], ...constraint])],
        [other, fieldDef('ForeignKey', [['to', to], ...constraint])],
      ],
      options: new Map<string, PyValue>([['db_table', this.linksTable(model, name, field)], ['unique_together', new PyList([new PyTuple([from, other])])]]),
    };
  }

  /** The through model's table, its indexes deferred like any new table's (the unique pair first). */
  private createLinks(model: ModelState, name: string, field: FieldDef) {
    this.createModel(this.linksModel(model, name, field));
  }

  /**
   * A renamed ManyToManyField (RenameField): Django's _alter_many_to_many makes the new
   * table, copies the links, drops the old one.
   */
  private renameLinks(model: ModelState, oldName: string, oldField: FieldDef, newName: string, newField: FieldDef) {
    const old = this.linksModel(model, oldName, oldField);
    const links = this.linksModel(model, newName, newField);
    const columns = (m: ModelState) => m.fields.map(([n, f]) => columnName(n, f)).join(', ');
    this.createModel(links);
    this.execute(`INSERT INTO ${quoteName(dbTable(links))} (${columns(links)}) SELECT ${columns(old)} FROM ${quoteName(dbTable(old))}`);
    this.dropTable(dbTable(old));
  }

  /**
   * RenameModel: the tables of links of fields pointing at the model rebuilt with the column
   * renamed (`tag_id` to `label_id`), then the model's own renamed and rebuilt, as Django does.
   * `from` and `to` are the states around the rename; the editor's own is `to`'s.
   */
  renameModelLinks(from: ProjectState, to: ProjectState, oldKey: string, newKey: string) {
    const moved = to.models.get(newKey)!;
    const before = from.models.get(oldKey)!;
    const previous = this.state;
    for (const other of to.models.values()) {
      if (other === moved) continue;
      for (const [name, field] of other.fields) {
        if (!isAutoManyToMany(field) || relatedModelKey(field) !== newKey) continue;
        const otherBefore = from.models.get(`${other.appLabel}.${other.name.toLowerCase()}`);
        const oldField = otherBefore?.fields.find(([n]) => n === name)?.[1];
        if (!otherBefore || !oldField) continue;
        this.useState(from);
        const old = this.linksModel(otherBefore, name, oldField);
        this.useState(to);
        this.remakeLinks(old, this.linksModel(other, name, field));
      }
    }
    for (const [name, field] of before.fields) {
      if (!isAutoManyToMany(field)) continue;
      const newField = moved.fields.find(([n]) => n === name)![1];
      this.useState(from);
      const old = this.linksModel(before, name, field);
      this.useState(to);
      const renamed = this.linksModel(moved, name, newField);
      this.alterDbTable(dbTable(old), dbTable(renamed));
      this.remakeLinks({ ...old, options: renamed.options }, renamed);
    }
    this.useState(previous);
  }

  /** A table of links rebuilt with the other one's columns (a ForeignKey renamed with the model it points to). */
  private remakeLinks(old: ModelState, renamed: ModelState) {
    const differs = ([n, f]: [string, FieldDef], i: number) => {
      const [name, field] = renamed.fields[i]!;
      return n !== name || relatedModelKey(f) !== relatedModelKey(field) || f.kwargs.get('db_constraint') !== field.kwargs.get('db_constraint');
    };
    const changed = old.fields.findIndex(differs);
    if (changed < 0) return;
    const [oldName, oldField] = old.fields[changed]!;
    const [newName, newField] = renamed.fields[changed]!;
    this.remakeTable({ ...old, options: renamed.options }, { alter: [oldName, oldField, newName, newField] });
  }

  private dropTable(table: string) {
    this.execute(`DROP TABLE ${quoteName(table)}`);
    this.deferred = this.deferred.filter((sql) => !sql.includes(`ON ${quoteName(table)} `));
  }

  deleteModel(model: ModelState) {
    // The tables of links go first, as Django's delete_model drops the auto-created through models.
    for (const [name, field] of model.fields) if (isAutoManyToMany(field)) this.dropTable(this.linksTable(model, name, field));
    this.execute(`DROP TABLE ${quoteName(dbTable(model))}`);
    const table = quoteName(dbTable(model));
    this.deferred = this.deferred.filter((sql) => !sql.includes(`ON ${table} `));
  }

  /**
   * A nullable column with no default is added with ADD COLUMN; any other (NOT NULL, unique,
   * with a default rows must get) by rebuilding the table. The new column comes last either way.
   */
  addField(model: ModelState, name: string, field: FieldDef) {
    if (isAutoManyToMany(field)) return this.createLinks(model, name, field);
    // Django's SQLite editor rebuilds the table for a ManyToManyField through a model of the learner's.
    if (isManyToMany(field)) return this.remakeTable(model, {});
    const k = field.kwargs;
    const plain = k.get('null') === true && k.get('primary_key') !== true && k.get('unique') !== true && effectiveDefault(field, this.interp) === null && !k.has('db_default');
    if (!plain) return this.remakeTable(model, { create: [name, field] });
    this.execute(`ALTER TABLE ${quoteName(dbTable(model))} ADD COLUMN ${this.columnDefinition(name, field)}`);
    if (this.needsIndex(field)) this.deferred.push(this.indexSql(dbTable(model), columnName(name, field)));
  }

  /** DROP COLUMN where SQLite allows it (not a key, unique, indexed or a foreign key); else a rebuild. */
  removeField(model: ModelState, name: string) {
    const field = model.fields.find(([n]) => n === name)?.[1];
    if (field && isManyToMany(field)) {
      // A through model of the learner's keeps its table: its own operations handle it.
      if (isAutoManyToMany(field)) this.dropTable(this.linksTable(model, name, field));
      return;
    }
    const k = field?.kwargs;
    const droppable = field && k!.get('primary_key') !== true && k!.get('unique') !== true && k!.get('db_index') !== true && !(isRelation(field) && k!.get('db_constraint') !== false);
    if (!droppable) return this.remakeTable(model, { remove: name });
    const column = columnName(name, field);
    this.execute(`ALTER TABLE ${quoteName(dbTable(model))} DROP COLUMN ${quoteName(column)}`);
    this.deferred = this.deferred.filter((sql) => !sql.includes(`(${quoteName(column)})`));
  }

  /** RENAME COLUMN when only the name changes; any other change rebuilds the table. */
  alterField(model: ModelState, oldName: string, oldField: FieldDef, newName: string, newField: FieldDef) {
    if (isManyToMany(oldField) || isManyToMany(newField)) return this.alterManyToMany(model, oldName, oldField, newName, newField);
    const oldColumn = columnName(oldName, oldField);
    const newColumn = columnName(newName, newField);
    const sameDefinition = this.columnDefinition(oldName, oldField).slice(quoteName(oldColumn).length) === this.columnDefinition(newName, newField).slice(quoteName(newColumn).length);
    if (!fieldShouldBeAltered(oldColumn, oldField, newColumn, newField)) return;
    if (oldColumn !== newColumn && sameDefinition && !isRelation(oldField) && !isRelation(newField)) {
      this.execute(`ALTER TABLE ${quoteName(dbTable(model))} RENAME COLUMN ${quoteName(oldColumn)} TO ${quoteName(newColumn)}`);
      return;
    }
    this.remakeTable(model, { alter: [oldName, oldField, newName, newField] });
  }

  /** A ManyToManyField's change reaches the database only when its table of links would change. */
  private alterManyToMany(model: ModelState, oldName: string, oldField: FieldDef, newName: string, newField: FieldDef) {
    if (!isManyToMany(oldField) || !isManyToMany(newField) || isAutoManyToMany(oldField) !== isAutoManyToMany(newField)) {
      const label = (name: string) => `${model.appLabel}.${model.name}.${name}`;
      throw pyError('ValueError', `Cannot alter field ${label(oldName)} into ${label(newName)} - they are not compatible types (you cannot alter to or from M2M fields, or add or remove through= on M2M fields)`);
    }
    // Both through models of the learner's: nothing to do here.
    if (!isAutoManyToMany(oldField)) return;
    const sameTable = this.linksTable(model, oldName, oldField) === this.linksTable(model, newName, newField);
    const sameTarget = relatedModelKey(oldField) === relatedModelKey(newField) && (oldField.kwargs.get('db_constraint') ?? true) === (newField.kwargs.get('db_constraint') ?? true);
    if (sameTable && sameTarget) return;
    if (!sameTable) return this.renameLinks(model, oldName, oldField, newName, newField);
    // Another model at the other end: Django rebuilds the table with that ForeignKey changed.
    this.remakeLinks(this.linksModel(model, oldName, oldField), this.linksModel(model, newName, newField));
  }

  alterDbTable(oldTable: string, newTable: string) {
    if (oldTable === newTable) return;
    this.execute(`ALTER TABLE ${quoteName(oldTable)} RENAME TO ${quoteName(newTable)}`);
  }

  /**
   * Django's _remake_table: create "new__table" with the new definition, copy the rows,
   * drop the old table, rename, and recreate the indexes. A changed or added column ends
   * up last; the others keep the order of the model's fields.
   */
  private remakeTable(model: ModelState, change: { create?: [string, FieldDef]; remove?: string; alter?: [string, FieldDef, string, FieldDef] }) {
    const table = dbTable(model);
    // The old table's pending indexes go with it (Django's delete_model drops them); the copy makes its own.
    this.deferred = this.deferred.filter((sql) => !sql.includes(`ON ${quoteName(table)} `));
    const body = new Map<string, FieldDef>(columnFields(model));
    const mapping = new Map<string, string>(columnFields(model).map(([n, f]) => [columnName(n, f), quoteName(columnName(n, f))]));
    if (change.create) {
      const [name, field] = change.create;
      body.set(name, field);
      mapping.set(columnName(name, field), quoteValue(effectiveDefault(field, this.interp)));
    }
    if (change.alter) {
      const [oldName, oldField, newName, newField] = change.alter;
      body.delete(oldName);
      mapping.delete(columnName(oldName, oldField));
      body.set(newName, newField);
      const oldColumn = quoteName(columnName(oldName, oldField));
      mapping.set(
        columnName(newName, newField),
        oldField.kwargs.get('null') === true && newField.kwargs.get('null') !== true ? `coalesce(${oldColumn}, ${quoteValue(effectiveDefault(newField, this.interp))})` : oldColumn,
      );
    }
    if (change.remove !== undefined) {
      const field = body.get(change.remove)!;
      body.delete(change.remove);
      mapping.delete(columnName(change.remove, field));
    }
    const temp = `new__${table}`;
    let fields = [...body.entries()];
    const changed = change.create?.[0] ?? change.alter?.[2];
    if (this.collectingSql && changed !== undefined) {
      const moved = fields.find(([n]) => n === changed)!;
      const rest = fields.filter(([n]) => n !== changed);
      const autoCount = rest.filter(([, f]) => f.kwargs.get('auto_created') === true).length;
      fields = [...rest.slice(0, autoCount), moved, ...rest.slice(autoCount)];
    }
    const newModel: ModelState = { ...model, fields };
    this.createModel(newModel, temp);
    this.execute(`INSERT INTO ${quoteName(temp)} (${[...mapping.keys()].map(quoteName).join(', ')}) SELECT ${[...mapping.values()].join(', ')} FROM ${quoteName(table)}`);
    this.execute(`DROP TABLE ${quoteName(table)}`);
    this.execute(`ALTER TABLE ${quoteName(temp)} RENAME TO ${quoteName(table)}`);
    this.flushDeferred();
  }
}

/**
 * The value rows get for a new column (_effective_default): its default (called when
 * callable), '' for a blank text field, now for auto_now/auto_now_add, else NULL; as
 * SQLite stores it (a date, time or datetime as text, an aware one in UTC). Without an
 * interpreter (no learner's code to call) the default is taken as written.
 */
export function effectiveDefault(field: FieldDef, interp: Interpreter | null = null): PyValue {
  const k = field.kwargs;
  const textual = ['CharField', 'TextField', 'EmailField', 'SlugField', 'URLField'].includes(field.type);
  if (!k.has('default')) {
    if (k.get('null') !== true && k.get('blank') === true && textual) return '';
    const temporal = ['DateField', 'DateTimeField', 'TimeField'].includes(field.type);
    if (!interp || !temporal || (k.get('auto_now') !== true && k.get('auto_now_add') !== true)) return null;
  }
  if (!interp) return k.get('default') ?? null;
  let value = k.get('default');
  if (value === undefined) {
    const datetime = interp.getAttr(interp.importModule('datetime'), 'datetime');
    const now = field.type === 'DateTimeField' ? interp.call(interp.getAttr(interp.importModule('django.utils.timezone'), 'now'), []) : interp.call(interp.getAttr(datetime, 'now'), []);
    value = field.type === 'DateField' ? interp.call(interp.getAttr(now, 'date'), []) : field.type === 'TimeField' ? interp.call(interp.getAttr(now, 'time'), []) : now;
  } else if (interp.truthy(interp.call(interp.builtins.get('callable')!, [value]))) value = interp.call(value, []);
  return storedTemporal(value, interp);
}

/** A date, time or datetime as the SQLite backend stores it; anything else unchanged. */
function storedTemporal(value: PyValue, interp: Interpreter): PyValue {
  if (!isDate(value) && !isTime(value)) return value;
  if (isDatetime(value) && interp.call(interp.getAttr(value, 'utcoffset'), []) !== null) {
    const utc = interp.getAttr(interp.getAttr(interp.importModule('datetime'), 'timezone'), 'utc');
    value = interp.call(interp.getAttr(interp.call(interp.getAttr(value, 'astimezone'), [utc]), 'replace'), [], new Map([['tzinfo', null]]));
  }
  return interp.str(value);
}

/** Options that never reach the database: changing only these alters nothing. */
const NON_DB_ATTRS = new Set(['blank', 'choices', 'editable', 'error_messages', 'help_text', 'limit_choices_to', 'on_delete', 'related_name', 'related_query_name', 'validators', 'verbose_name']);

function fieldShouldBeAltered(oldColumn: string, oldField: FieldDef, newColumn: string, newField: FieldDef): boolean {
  if (oldColumn !== newColumn || oldField.type !== newField.type) return true;
  const keys = new Set([...oldField.kwargs.keys(), ...newField.kwargs.keys()]);
  for (const k of keys) {
    if (NON_DB_ATTRS.has(k)) continue;
    const a = oldField.kwargs.get(k);
    const b = newField.kwargs.get(k);
    if (a === undefined || b === undefined ? a !== b : !valuesEqual(a, b)) return true;
  }
  return false;
}
