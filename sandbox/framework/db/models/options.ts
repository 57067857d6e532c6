import { PyException, PyList, PyTuple, newException, pyError, type PyClass, type PyValue } from '../../python';
import { FieldError } from '../../core/exceptions';
import { concreteFieldDefs } from './deconstruct';
import { columnName, isRelation, type FieldDef } from './field-def';
import type { FieldInfo } from './fields';
import type { OrmContext } from './context';

/** A model class as the framework knows it: Django's `Model._meta`. */
export interface ModelInfo {
  cls: PyClass;
  name: string;
  appLabel: string;
  fields: FieldInfo[];
  /** The inner `class Meta` options, by name. */
  meta: Map<string, PyValue>;
}

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
  model: Opts;
}

/** A relation pointing at a model from another one (Django's ManyToOneRel / OneToOneRel). */
export interface ReverseRelation {
  /** The ForeignKey on the other model. */
  field: OrmField;
  /** The model holding it. */
  model: Opts;
  /** `student.enrollment_set` (or related_name). */
  accessorName: string;
  /** The name lookups use: `Student.objects.filter(enrollment__course=...)`. */
  queryName: string;
}

/** Model._meta: the table, fields and options the ORM needs. */
export interface Opts {
  info: ModelInfo;
  cls: PyClass;
  appLabel: string;
  /** `Student` (object_name) and `student` (model_name). */
  objectName: string;
  modelName: string;
  /** `home.Student`, as delete() counts it. */
  label: string;
  table: string;
  fields: OrmField[];
  pk: OrmField;
  /** Meta.ordering. */
  ordering: string[];
  orm: OrmContext;
}

const cache = new WeakMap<ModelInfo, Opts>();

/** The options of a registered model, worked out once from its fields (as deconstruct() gives them, the view migrations share). */
export function optsOf(info: ModelInfo, orm: OrmContext): Opts {
  const cached = cache.get(info);
  if (cached) return cached;
  const ordering = info.meta.get('ordering');
  const opts: Opts = {
    info,
    cls: info.cls,
    appLabel: info.appLabel,
    objectName: info.name,
    modelName: info.name.toLowerCase(),
    label: `${info.appLabel}.${info.name}`,
    table: tableName(info.appLabel, info.name, info.meta.get('db_table')),
    fields: [],
    pk: null as unknown as OrmField, // set below, once the fields exist
    ordering: ordering instanceof PyList || ordering instanceof PyTuple ? [...ordering.items].filter((o): o is string => typeof o === 'string') : [],
    orm,
  };
  opts.fields = concreteFieldDefs(info, orm.apps, orm.settings()).map(([name, def]) => ormField(name, def, opts));
  opts.pk = opts.fields.find((f) => f.primaryKey) ?? opts.fields[0]!;
  cache.set(info, opts);
  return opts;
}

function ormField(name: string, def: FieldDef, model: Opts): OrmField {
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
export function getField(opts: Opts, name: string): OrmField | undefined {
  if (name === 'pk') return opts.pk;
  return opts.fields.find((f) => f.name === name) ?? opts.fields.find((f) => f.attname === name);
}

/** The model a ForeignKey points to. */
export function relatedOpts(field: OrmField): Opts {
  const orm = field.model.orm;
  const key = field.relation!.to;
  const [app, model] = key.split('.');
  const info = orm.apps.byLabel(app ?? '')?.models.get(model ?? '');
  if (!info) throw pyError('ValueError', `Related model '${key}' cannot be resolved`);
  return optsOf(info, orm);
}

/** The field a ForeignKey's column holds the value of: to_field, or the related primary key. */
export function targetField(field: OrmField): OrmField {
  const related = relatedOpts(field);
  const toField = field.relation!.toField;
  return (toField ? getField(related, toField) : undefined) ?? related.pk;
}

/** Relations from other models to this one; hidden ones (`related_name='+'`) only for deletion, which must follow them too. */
export function reverseRelations(opts: Opts, includeHidden = false): ReverseRelation[] {
  const out: ReverseRelation[] = [];
  const key = `${opts.appLabel}.${opts.modelName}`;
  for (const info of opts.orm.apps.allModels()) {
    const other = optsOf(info, opts.orm);
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
export function fieldChoices(opts: Opts): string[] {
  const names = new Set<string>();
  for (const f of opts.fields) {
    names.add(f.name);
    names.add(f.attname);
  }
  for (const r of reverseRelations(opts)) names.add(r.queryName);
  return [...names].sort();
}

export function cannotResolve(name: string, opts: Opts): PyException {
  return new PyException(newException(FieldError, [`Cannot resolve keyword '${name}' into field. Choices are: ${fieldChoices(opts).join(', ')}`]));
}
