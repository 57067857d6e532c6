import type { PyValue } from '../../../python';
import type { OrmField } from '../options';
import type { Col, Compiled, SqlCompiler, SqlNode } from '../sql/where';
import { isAware, makeNaive, timeSettings, utcZone } from '../temporal-values';

/**
 * django.db.models.functions.datetime on SQLite: the transforms a date lookup starts with
 * (`pub_date__year`, `pub_date__date__gte`), written as calls of the functions the backend
 * registers (db/backends/sqlite3/functions.ts). A DateTimeField's are computed in the
 * current time zone when USE_TZ is on, from text stored in UTC.
 */

const DATE_PARTS = ['year', 'iso_year', 'month', 'day', 'week', 'week_day', 'iso_week_day', 'quarter'];
const TIME_PARTS = ['hour', 'minute', 'second'];

const TRANSFORMS: Record<string, readonly string[]> = {
  DateField: DATE_PARTS,
  DateTimeField: [...DATE_PARTS, ...TIME_PARTS, 'date', 'time'],
  TimeField: TIME_PARTS,
};

/** The transforms a field's lookups may start with. */
export function transformNames(field: OrmField): readonly string[] {
  return field.relation ? [] : TRANSFORMS[field.type] ?? [];
}

export interface Transform {
  name: string;
  field: OrmField;
  /** The field class of what it gives (Extract is an IntegerField; TruncDate a DateField). */
  outputType: 'IntegerField' | 'DateField' | 'TimeField';
  sql(col: string): Compiled;
}

/** Django's _convert_tznames_to_sql: the current zone's name and the connection's (UTC), or None twice. */
function zoneNames(field: OrmField): [PyValue, PyValue] {
  if (!timeSettings(field).useTz) return [null, null];
  const interp = field.model.orm.interp;
  const timezone = interp.importModule('django.utils.timezone');
  return [interp.call(interp.getAttr(timezone, 'get_current_timezone_name'), []), 'UTC'];
}

export function dateTransform(field: OrmField, name: string): Transform {
  if (name === 'date' || name === 'time') {
    const fn = name === 'date' ? 'django_datetime_cast_date' : 'django_datetime_cast_time';
    return { name, field, outputType: name === 'date' ? 'DateField' : 'TimeField', sql: (col) => ({ sql: `${fn}(${col}, %s, %s)`, params: zoneNames(field) }) };
  }
  const sql = (col: string): Compiled => {
    if (field.type === 'DateTimeField') return { sql: `django_datetime_extract(%s, ${col}, %s, %s)`, params: [name, ...zoneNames(field)] };
    const fn = field.type === 'TimeField' ? 'django_time_extract' : 'django_date_extract';
    return { sql: `${fn}(%s, ${col})`, params: [name] };
  };
  return { name, field, outputType: 'IntegerField', sql };
}

const YEAR_OPERATORS: Record<string, [string, 0 | 1]> = { gt: ['>', 1], gte: ['>=', 0], lt: ['<', 0], lte: ['<=', 1] };

/** Whether `year`/`iso_year` with this lookup is answered by comparing the column with the year's bounds, as YearLookup does. */
export function usesYearBounds(transform: Transform, lookup: string): boolean {
  return (transform.name === 'year' || transform.name === 'iso_year') && (lookup === 'exact' || lookup in YEAR_OPERATORS);
}

/** The first and last instant of a (ISO) year as the column stores them. */
function yearBounds(transform: Transform, year: number): [string, string] {
  const { field } = transform;
  const interp = field.model.orm.interp;
  const datetime = interp.importModule('datetime');
  const get = (obj: PyValue, name: string) => interp.getAttr(obj, name);
  const isDatetime = field.type === 'DateTimeField';
  const cls = get(datetime, isDatetime ? 'datetime' : 'date');
  let first: PyValue;
  let last: PyValue;
  if (transform.name === 'iso_year') {
    const fromIso = get(cls, 'fromisocalendar');
    first = interp.call(fromIso, [year, 1, 1]);
    const step = interp.call(get(datetime, 'timedelta'), [], new Map([[isDatetime ? 'microseconds' : 'days', 1]]));
    last = interp.call(get(interp.call(fromIso, [year + 1, 1, 1]), '__sub__'), [step]);
  } else {
    first = interp.call(cls, [year, 1, 1]);
    last = interp.call(cls, isDatetime ? [year, 12, 31, 23, 59, 59, 999999] : [year, 12, 31]);
  }
  if (!isDatetime || !timeSettings(field).useTz) return [interp.str(first), interp.str(last)];
  const zone = interp.call(get(interp.importModule('django.utils.timezone'), 'get_current_timezone'), []);
  const stored = (value: PyValue) => {
    const aware = isAware(interp, value) ? value : interp.call(get(value, 'replace'), [], new Map([['tzinfo', zone]]));
    return interp.str(makeNaive(interp, aware, utcZone(interp)));
  };
  return [stored(first), stored(last)];
}

/** YearExact, YearGt...: `"pub_date" BETWEEN '2025-01-01 00:00:00' AND '2025-12-31 23:59:59.999999'`. */
export class YearLookup implements SqlNode {
  constructor(
    readonly transform: Transform,
    readonly lookup: string,
    readonly lhs: Col,
    readonly year: number,
  ) {}

  asSql(compiler: SqlCompiler): Compiled {
    const col = compiler.col(this.lhs);
    const [first, last] = yearBounds(this.transform, this.year);
    if (this.lookup === 'exact') return { sql: `${col} BETWEEN %s AND %s`, params: [first, last] };
    const [op, which] = YEAR_OPERATORS[this.lookup]!;
    return { sql: `${col} ${op} %s`, params: [which ? last : first] };
  }
}

/** What a lookup after a transform prepares its value with: a field of the transform's output class. */
export function outputField(transform: Transform): OrmField {
  return { ...transform.field, type: transform.outputType };
}
