import { PyClass, PyException, PyList, PyTuple, newException, pyError, type PyValue } from '../../python';
import { FieldError } from '../../core/exceptions';
import { concreteFieldDefs, manyToManyFieldDefs } from './deconstruct';
import { DELETION_HANDLERS } from './on-delete';
import { columnName, isRelation, type FieldDef } from './field-def';
import type { FieldInfo } from './fields';
import { setMeta as setMetaOf } from './meta';
import type { OrmContext } from './context';

/** The table a model lives in: Meta.db_table, else `app_label_modelname`. */
export function tableName(appLabel: string, name: string, dbTableOption: PyValue | undefined): string {
  return typeof dbTableOption === 'string' ? dbTableOption : `${appLabel}_${name.toLowerCase()}`;
}

/** A ForeignKey's or OneToOneField's other end. */
export interface Relation {
  /** The related model, lower-cased `app_label.modelname`. */
  to: string;
  onDelete: PyValue;
  relatedName: string | null;
  relatedQueryName: string | null;
  toField: string | null;
  oneToOne: boolean;
}

/** A concrete field as the ORM uses it (Django's Field, with its column resolved). */
export interface OrmField {
  name: string;
  /** The attribute holding the database value: `student_id` for a ForeignKey `student`. */
  attname: string;
  column: string;
  /** The field class: CharField, ForeignKey... */
  type: string;
  def: FieldDef;
  primaryKey: boolean;
  null: boolean;
  relation: Relation | null;
  model: Options;
}

/** A relation pointing at a model from another one (Django's ManyToOneRel / OneToOneRel). */
export interface ReverseRelation {
  /** The ForeignKey on the other model. */
  field: OrmField;
  /** The model holding it. */
  model: Options;
  /** `student.enrollment_set` (or related_name). */
  accessorName: string;
  /** The name lookups use: `Student.objects.filter(enrollment__course=...)`. */
  queryName: string;
}

/**
 * A ManyToManyField as the ORM uses it: the field, the model it points to, and the model of
 * its table of links (Django's auto-created `through`, `Post_tags`), whose two ForeignKeys
 * are `source` (to the model declaring the field) and `target` (to the other model).
 */
export interface ManyToManyField {
  name: string;
  def: FieldDef;
  model: Options;
  /** The related model, lower-cased `app_label.modelname`. */
  to: string;
  symmetrical: boolean;
  relatedName: string | null;
  relatedQueryName: string | null;
  through: Options;
  source: OrmField;
  target: OrmField;
}

/** A ManyToManyField seen from the model it points to (Django's ManyToManyRel). */
export interface ReverseManyToMany {
  field: ManyToManyField;
  /** `tag.post_set` (or related_name). */
  accessorName: string;
  queryName: string;
  /** Hidden (related_name ending in '+', or symmetrical to itself): no accessor, no lookup name. */
  hidden: boolean;
}

/**
 * django.db.models.options.Options, a model's `_meta`: made when the model class is created,
 * from what the class says (its name, app, fields and Meta). The concrete fields and the
 * primary key are worked out on first use, from the OrmContext, as deconstruct() gives them
 * (the view migrations share): the automatic primary key comes from DEFAULT_AUTO_FIELD and
 * the app's config, and settings are not read while models.py runs.
 */
export class Options {
  /** `Student` (object_name) and `student` (model_name). */
  readonly objectName: string;
  readonly modelName: string;
  /** `home.Student`, as delete() counts it. */
  readonly label: string;
  readonly table: string;
  /** Meta.ordering. */
  readonly ordering: string[];
  /** The Field objects the class declares, a concrete parent's first, in order (without the automatic primary key). */
  readonly localFields: FieldInfo[] = [];
  private resolved: { fields: OrmField[]; pk: OrmField } | null = null;
  private m2m: ManyToManyField[] | null = null;
  /** Set on the model of a ManyToManyField's table of links (Meta.auto_created). */
  autoCreated: Options | null = null;

  constructor(
    readonly cls: PyClass,
    readonly appLabel: string,
    /** The inner `class Meta` options, by name. */
    readonly meta: Map<string, PyValue>,
    readonly orm: OrmContext,
  ) {
    this.objectName = cls.name;
    this.modelName = cls.name.toLowerCase();
    this.label = `${appLabel}.${cls.name}`;
    this.table = tableName(appLabel, cls.name, meta.get('db_table'));
    const ordering = meta.get('ordering');
    this.ordering = ordering instanceof PyList || ordering instanceof PyTuple ? [...ordering.items].filter((o): o is string => typeof o === 'string') : [];
  }

  /** The concrete fields, with their columns. */
  get fields(): OrmField[] {
    return this.resolve().fields;
  }

  get pk(): OrmField {
    return this.resolve().pk;
  }

  /** Options.local_many_to_many, with their tables of links. */
  get manyToMany(): ManyToManyField[] {
    // A field through a model that is not there is left out (the checks report it, fields.E331).
    if (!this.m2m) this.m2m = manyToManyFieldDefs(this).map(([name, def]) => manyToManyField(this, name, def)).filter((f): f is ManyToManyField => f !== null);
    return this.m2m;
  }

  private resolve(): { fields: OrmField[]; pk: OrmField } {
    if (!this.resolved) {
      const fields = concreteFieldDefs(this, this.orm.apps, this.orm.settings()).map(([name, def]) => ormField(name, def, this));
      this.resolved = { fields, pk: fields.find((f) => f.primaryKey) ?? fields[0]! };
    }
    return this.resolved;
  }
}

function ormField(name: string, def: FieldDef, model: Options): OrmField {
  const str = (key: string) => {
    const v = def.kwargs.get(key);
    return typeof v === 'string' ? v : null;
  };
  const relation: Relation | null = isRelation(def)
    ? {
        to: String(def.kwargs.get('to')).toLowerCase(),
        onDelete: def.kwargs.get('on_delete') ?? null,
        relatedName: str('related_name'),
        relatedQueryName: str('related_query_name'),
        toField: str('to_field'),
        oneToOne: def.type === 'OneToOneField',
      }
    : null;
  return {
    name,
    attname: relation ? `${name}_id` : name,
    column: columnName(name, def),
    type: def.type,
    def,
    primaryKey: def.kwargs.get('primary_key') === true,
    null: def.kwargs.get('null') === true,
    relation,
    model,
  };
}

/** The class Django's Model is: a through model's class is made from it. */
function modelBase(cls: PyClass): PyClass {
  return cls.mro.find((c) => c.name === 'Model' && c.module === 'django.db.models.base') ?? cls;
}

/**
 * create_many_to_many_intermediary_model: `Post_tags` in table `store_post_tags`, with a
 * ForeignKey to each side (`from_person`/`to_person` when the field points at its own
 * model), cascading, and hidden from the models they point to.
 */
function manyToManyField(model: Options, name: string, def: FieldDef): ManyToManyField | null {
  const to = String(def.kwargs.get('to')).toLowerCase();
  const own = `${model.appLabel}.${model.modelName}`;
  const self = to === own;
  const [toApp, toModel] = to.split('.');
  const related = model.orm.apps.byLabel(toApp ?? '')?.models.get(toModel ?? '');
  const toName = related?.modelName ?? toModel ?? to;
  const given = def.kwargs.get('through');
  if (typeof given === 'string') return declaredThrough(model, name, def, to, given);
  const throughName = `${model.objectName}_${name}`;
  const dbTable = def.kwargs.get('db_table');
  const meta = new Map<string, PyValue>([['db_table', typeof dbTable === 'string' ? dbTable : `${model.table}_${name}`]]);
  const cls = new PyClass(throughName, [modelBase(model.cls)], model.cls.module, {}, throughName);
  const through = new Options(cls, model.appLabel, meta, model.orm);
  through.autoCreated = model;
  const fk = (fieldName: string, target: string, creation: number): FieldInfo => ({
    className: 'ForeignKey',
    options: new Map<string, PyValue>([['related_name', `${throughName}+`]]),
    name: fieldName,
    model: through,
    to: target,
    onDelete: DELETION_HANDLERS.CASCADE!,
    creation,
  });
  const [fromName, toFieldName] = self ? [`from_${model.modelName}`, `to_${model.modelName}`] : [model.modelName, toName];
  through.localFields.push(fk(fromName, own, 0), fk(toFieldName, to, 1));
  setMetaOf(cls, through);
  const str = (key: string) => {
    const v = def.kwargs.get(key);
    return typeof v === 'string' ? v : null;
  };
  // deconstruct() leaves symmetrical out: the field's own option says it.
  const symmetrical = model.localFields.find((f) => f.name === name)?.options.get('symmetrical');
  return {
    name,
    def,
    model,
    to,
    symmetrical: symmetrical === undefined || symmetrical === null ? self : symmetrical === true,
    relatedName: str('related_name'),
    relatedQueryName: str('related_query_name'),
    through,
    get source() {
      return getField(through, fromName)!;
    },
    get target() {
      return getField(through, toFieldName)!;
    },
  };
}

/**
 * A ManyToManyField with `through='Membership'`: the learner's model holds the links; its
 * ForeignKeys to each side are through_fields', else the first to each model.
 */
function declaredThrough(model: Options, name: string, def: FieldDef, to: string, label: string): ManyToManyField | null {
  const [app, throughName] = label.split('.');
  const through = model.orm.apps.byLabel(app ?? '')?.models.get((throughName ?? '').toLowerCase());
  if (!through) return null;
  const own = `${model.appLabel}.${model.modelName}`;
  const named = def.kwargs.get('through_fields');
  const [fromName, toName] = named instanceof PyList || named instanceof PyTuple ? named.items.map(String) : [null, null];
  const fks = through.fields.filter((f) => f.relation);
  const source = (fromName ? fks.find((f) => f.name === fromName) : fks.find((f) => f.relation!.to === own)) ?? null;
  const target = (toName ? fks.find((f) => f.name === toName) : fks.find((f) => f.relation!.to === to && f !== source)) ?? null;
  if (!source || !target) {
    throw pyError('NotImplementedError', `the sandbox cannot tell which ForeignKeys of ${through.objectName} link ${model.objectName}.${name}: give through_fields`);
  }
  const str = (key: string) => {
    const v = def.kwargs.get(key);
    return typeof v === 'string' ? v : null;
  };
  return { name, def, model, to, symmetrical: false, relatedName: str('related_name'), relatedQueryName: str('related_query_name'), through, source, target };
}

/** The models of the installed apps and the tables of links of their ManyToManyFields (a declared through model is one of the models). */
function modelsWithThroughs(opts: Options): Options[] {
  return opts.orm.apps.allModels().flatMap((m) => [m, ...m.manyToMany.filter((f) => f.through.autoCreated).map((f) => f.through)]);
}

/** The name a lookup on the related model takes for the way back along a ManyToManyField (hidden ones too): the related manager's. */
export function reversePathName(field: ManyToManyField): string {
  return `${field.model.label}.${field.name}`;
}

/** A ManyToManyField a lookup name follows from a model: forward (`tags`) or reverse (`post`, `posts`). */
export function manyToManyStep(opts: Options, name: string): { field: ManyToManyField; reverse: boolean } | null {
  const forward = opts.manyToMany.find((f) => f.name === name);
  if (forward) return { field: forward, reverse: false };
  const back = reverseManyToMany(opts).find((r) => (!r.hidden && r.queryName === name) || reversePathName(r.field) === name);
  return back ? { field: back.field, reverse: true } : null;
}

/** ManyToManyFields pointing at a model, as its reverse side sees them. */
export function reverseManyToMany(opts: Options): ReverseManyToMany[] {
  const key = `${opts.appLabel}.${opts.modelName}`;
  const out: ReverseManyToMany[] = [];
  for (const other of opts.orm.apps.allModels()) {
    for (const field of other.manyToMany) {
      if (field.to !== key) continue;
      const selfSymmetrical = field.symmetrical && field.to === `${other.appLabel}.${other.modelName}`;
      out.push({
        field,
        accessorName: field.relatedName ?? `${other.modelName}_set`,
        queryName: field.relatedQueryName ?? field.relatedName ?? other.modelName,
        hidden: selfSymmetrical || (field.relatedName?.endsWith('+') ?? false),
      });
    }
  }
  return out;
}

/** Options.get_field: by name or attname (`student_id`), and `pk`. */
export function getField(opts: Options, name: string): OrmField | undefined {
  if (name === 'pk') return opts.pk;
  return opts.fields.find((f) => f.name === name) ?? opts.fields.find((f) => f.attname === name);
}

/** The model a ForeignKey points to. */
export function relatedOpts(field: OrmField): Options {
  const orm = field.model.orm;
  const key = field.relation!.to;
  const [app, model] = key.split('.');
  const related = orm.apps.byLabel(app ?? '')?.models.get(model ?? '');
  if (!related) throw pyError('ValueError', `Related model '${key}' cannot be resolved`);
  return related;
}

/** The field a ForeignKey's column holds the value of: to_field, or the related primary key. */
export function targetField(field: OrmField): OrmField {
  const related = relatedOpts(field);
  const toField = field.relation!.toField;
  return (toField ? getField(related, toField) : undefined) ?? related.pk;
}

/** Relations from other models to this one; hidden ones (`related_name='+'`) only for deletion, which must follow them too. */
export function reverseRelations(opts: Options, includeHidden = false): ReverseRelation[] {
  const out: ReverseRelation[] = [];
  const key = `${opts.appLabel}.${opts.modelName}`;
  for (const other of modelsWithThroughs(opts)) {
    for (const field of other.fields) {
      const rel = field.relation;
      if (!rel || rel.to !== key || (!includeHidden && rel.relatedName?.endsWith('+'))) continue;
      out.push({
        field,
        model: other,
        accessorName: rel.relatedName ?? (rel.oneToOne ? other.modelName : `${other.modelName}_set`),
        queryName: rel.relatedQueryName ?? rel.relatedName ?? other.modelName,
      });
    }
  }
  return out;
}

/** Every name a lookup may start with, as FieldError lists them ("Choices are: ..."). */
export function fieldChoices(opts: Options): string[] {
  const names = new Set<string>();
  for (const f of opts.fields) {
    names.add(f.name);
    names.add(f.attname);
  }
  for (const f of opts.manyToMany) names.add(f.name);
  for (const r of reverseRelations(opts)) names.add(r.queryName);
  for (const r of reverseManyToMany(opts)) if (!r.hidden) names.add(r.queryName);
  return [...names].sort();
}

export function cannotResolve(name: string, opts: Options): PyException {
  return new PyException(newException(FieldError, [`Cannot resolve keyword '${name}' into field. Choices are: ${fieldChoices(opts).join(', ')}`]));
}
