import type { PyValue } from '../../../python';
import type { FieldDef } from '../../models/field-def';

/** SQLite column types by field class (Django's DatabaseWrapper.data_types for sqlite3). */
const DATA_TYPES: Record<string, string> = {
  AutoField: 'integer', BigAutoField: 'integer', SmallAutoField: 'integer', BinaryField: 'BLOB', BooleanField: 'bool',
  CharField: 'varchar(%(max_length)s)', EmailField: 'varchar(%(max_length)s)', SlugField: 'varchar(%(max_length)s)',
  URLField: 'varchar(%(max_length)s)', DateField: 'date', DateTimeField: 'datetime', DecimalField: 'decimal',
  DurationField: 'bigint', FloatField: 'real', IntegerField: 'integer', BigIntegerField: 'bigint',
  GenericIPAddressField: 'char(39)', JSONField: 'text', OneToOneField: 'integer', PositiveBigIntegerField: 'bigint unsigned',
  PositiveIntegerField: 'integer unsigned', PositiveSmallIntegerField: 'smallint unsigned', SmallIntegerField: 'smallint',
  TextField: 'text', TimeField: 'time', UUIDField: 'char(32)',
};

/** What a relation's column takes from the primary key it points to (Field.rel_db_type). */
const REL_DB_TYPES: Record<string, string> = { AutoField: 'integer', BigAutoField: 'bigint', SmallAutoField: 'smallint' };

const CHECKS: Record<string, string> = {
  PositiveIntegerField: '"%(column)s" >= 0',
  PositiveSmallIntegerField: '"%(column)s" >= 0',
  PositiveBigIntegerField: '"%(column)s" >= 0',
  JSONField: '(JSON_VALID("%(column)s") OR "%(column)s" IS NULL)',
};

const AUTO_TYPES = new Set(['AutoField', 'BigAutoField', 'SmallAutoField']);

function fill(template: string, values: Record<string, PyValue>): string {
  return template.replace(/%\((\w+)\)s/g, (_, k: string) => String(values[k]));
}

export function isAutoField(field: FieldDef): boolean {
  return AUTO_TYPES.has(field.type);
}

/** The column's type, or what a relation to `target` (the primary key it references) takes. */
export function dbType(field: FieldDef, target?: FieldDef): string {
  if (target) return REL_DB_TYPES[target.type] ?? dbType(target);
  const template = DATA_TYPES[field.type];
  if (!template) throw new Error(`No SQLite type for ${field.type}`);
  return fill(template, { max_length: field.kwargs.get('max_length') ?? DEFAULT_MAX_LENGTH[field.type] ?? null });
}

/** The max_length a field has when its deconstruction leaves it out (SlugField's 50, URLField's 200). */
const DEFAULT_MAX_LENGTH: Record<string, number> = { SlugField: 50, URLField: 200, EmailField: 254 };

export function checkConstraint(field: FieldDef, column: string): string | null {
  const template = CHECKS[field.type];
  return template ? fill(template, { column }) : null;
}
