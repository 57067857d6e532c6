import type { PyValue } from '../../python';

/**
 * A field as migrations know it: what Django's Field.deconstruct() gives, the class and the
 * keyword arguments that differ from the defaults. Values are the interpreter's own, so
 * a migration file read back gives the very same definition.
 */
export interface FieldDef {
  /** The class name in django.db.models: CharField, ForeignKey... */
  type: string;
  kwargs: Map<string, PyValue>;
}

export function fieldDef(type: string, kwargs: [string, PyValue][] | Map<string, PyValue>): FieldDef {
  return { type, kwargs: new Map(kwargs) };
}

export function cloneFieldDef(field: FieldDef): FieldDef {
  return { type: field.type, kwargs: new Map(field.kwargs) };
}

export const RELATED_TYPES = new Set(['ForeignKey', 'OneToOneField']);

export function isRelation(field: FieldDef): boolean {
  return RELATED_TYPES.has(field.type);
}

/** A ManyToManyField: no column of its own, a table of links (its `through`). */
export function isManyToMany(field: FieldDef): boolean {
  return field.type === 'ManyToManyField';
}

/** A field pointing at another model: a ForeignKey, OneToOneField or ManyToManyField. */
export function isRelated(field: FieldDef): boolean {
  return isRelation(field) || isManyToMany(field);
}

/** `to` of a relation, lower-cased `app_label.modelname`. */
export function relatedModelKey(field: FieldDef): string | null {
  const to = field.kwargs.get('to');
  return typeof to === 'string' ? to.toLowerCase() : null;
}

/** Field.get_attname_column: db_column, else the name (with `_id` for a relation). */
export function columnName(name: string, field: FieldDef): string {
  const dbColumn = field.kwargs.get('db_column');
  if (typeof dbColumn === 'string') return dbColumn;
  return isRelation(field) ? `${name}_id` : name;
}
