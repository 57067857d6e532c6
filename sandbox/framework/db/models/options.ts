import { PyClass, PyException, PyList, PyTuple, newException, pyError, type PyValue } from '../../python';
import { FieldError } from '../../core/exceptions';
import { concreteFieldDefs } from './deconstruct';
import { columnName, isRelation, type FieldDef } from './field-def';
import type { FieldInfo } from './fields';
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
  for (const other of opts.orm.apps.allModels()) {
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
  for (const r of reverseRelations(opts)) names.add(r.queryName);
  return [...names].sort();
}

export function cannotResolve(name: string, opts: Options): PyException {
  return new PyException(newException(FieldError, [`Cannot resolve keyword '${name}' into field. Choices are: ${fieldChoices(opts).join(', ')}`]));
}
