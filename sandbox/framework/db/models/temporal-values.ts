import { PyException, pyError, type Interpreter, type PyValue } from '../../python';
import { validationError } from '../../core/validation-error';
import { settingValue } from '../../conf/lazy-settings';
import { isDate, isDatetime, isTime } from '../../stdlib/datetime/classes';
import { parseDate, parseDatetime, parseTime } from '../../utils/dateparse';
import { warnFromDjango } from '../../utils/django-warnings';
import type { OrmField } from './options';

/**
 * DateField, DateTimeField and TimeField: their values are the standard library's date,
 * datetime and time; SQLite keeps them as text ('2025-01-06 10:30:00.123456'), an aware
 * datetime converted to UTC first, and gives them back aware in UTC when USE_TZ is on,
 * as Django's SQLite backend does.
 */
export const TEMPORAL_TYPES: ReadonlySet<string> = new Set(['DateField', 'DateTimeField', 'TimeField']);

const MESSAGES: Record<string, Record<string, string>> = {
  DateField: {
    invalid: '“%s” value has an invalid date format. It must be in YYYY-MM-DD format.',
    invalid_date: '“%s” value has the correct format (YYYY-MM-DD) but it is an invalid date.',
  },
  DateTimeField: {
    invalid: '“%s” value has an invalid format. It must be in YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ] format.',
    invalid_date: '“%s” value has the correct format (YYYY-MM-DD) but it is an invalid date.',
    invalid_datetime: '“%s” value has the correct format (YYYY-MM-DD HH:MM[:ss[.uuuuuu]][TZ]) but it is an invalid date/time.',
  },
  TimeField: {
    invalid: '“%s” value has an invalid format. It must be in HH:MM[:ss[.uuuuuu]] format.',
    invalid_time: '“%s” value has the correct format (HH:MM[:ss[.uuuuuu]]) but it is an invalid time.',
  },
};

/** Where Django's DateTimeField.get_prep_value warns from, as the warning's first line names it. */
const FIELDS_FILE = 'django/db/models/fields/__init__.py';

export function isTemporal(field: OrmField): boolean {
  return TEMPORAL_TYPES.has(field.type);
}

function interpOf(field: OrmField): Interpreter {
  return field.model.orm.interp;
}

/** USE_TZ and TIME_ZONE of the project (Django's defaults when settings cannot be read). */
export function timeSettings(field: OrmField): { useTz: boolean; timeZone: string } {
  const settings = field.model.orm.settings();
  const interp = interpOf(field);
  const useTz = settings ? settingValue(settings, 'USE_TZ') : true;
  const zone = settings ? settingValue(settings, 'TIME_ZONE') : 'America/Chicago';
  return { useTz: interp.truthy(useTz ?? true), timeZone: typeof zone === 'string' ? zone : 'UTC' };
}

const call = (interp: Interpreter, obj: PyValue, name: string, args: PyValue[] = [], kwargs = new Map<string, PyValue>()) => interp.call(interp.getAttr(obj, name), args, kwargs);

export function utcZone(interp: Interpreter): PyValue {
  return interp.getAttr(interp.getAttr(interp.importModule('datetime'), 'timezone'), 'utc');
}

export function zoneInfo(interp: Interpreter, name: string): PyValue {
  return interp.call(interp.getAttr(interp.importModule('zoneinfo'), 'ZoneInfo'), [name]);
}

export function isAware(interp: Interpreter, value: PyValue): boolean {
  return call(interp, value, 'utcoffset') !== null;
}

/** timezone.make_aware / make_naive with a zone. */
export function makeAware(interp: Interpreter, value: PyValue, zone: PyValue): PyValue {
  return call(interp, value, 'replace', [], new Map([['tzinfo', zone]]));
}

export function makeNaive(interp: Interpreter, value: PyValue, zone: PyValue): PyValue {
  return call(interp, call(interp, value, 'astimezone', [zone]), 'replace', [], new Map([['tzinfo', null]]));
}

function invalid(field: OrmField, code: string, value: PyValue): PyException {
  const interp = interpOf(field);
  return validationError(interp, MESSAGES[field.type]![code]!.replace('%s', interp.str(value)), code);
}

/** Runs a parser; its ValueError (text in the format, but no such date) becomes the field's `code` message. */
function parsed(field: OrmField, code: string, value: PyValue, parse: (interp: Interpreter, v: PyValue) => PyValue): PyValue {
  try {
    return parse(interpOf(field), value);
  } catch (err) {
    if (err instanceof PyException && err.exc.cls.name === 'ValueError') throw invalid(field, code, value);
    throw err;
  }
}

/** Django warns from two places: to_python (a date, line 1612) and get_prep_value (a naive datetime, line 1671). */
function naiveWarning(field: OrmField, value: PyValue, line: 1612 | 1671) {
  const interp = interpOf(field);
  const message = `DateTimeField ${field.model.objectName}.${field.name} received a naive datetime (${interp.str(value)}) while time zone support is active.`;
  warnFromDjango(interp, message, 'RuntimeWarning', FIELDS_FILE, line);
}

/** Field.to_python for the three fields. */
export function temporalToPython(field: OrmField, value: PyValue): PyValue {
  if (value === null) return null;
  const interp = interpOf(field);
  if (field.type === 'TimeField') {
    if (isTime(value)) return value;
    if (isDatetime(value)) return call(interp, value, 'time');
    const time = parsed(field, 'invalid_time', value, parseTime);
    if (time !== null) return time;
    throw invalid(field, 'invalid', value);
  }
  if (field.type === 'DateField') {
    if (isDatetime(value)) {
      const { useTz, timeZone } = timeSettings(field);
      const local = useTz && isAware(interp, value) ? makeNaive(interp, value, zoneInfo(interp, timeZone)) : value;
      return call(interp, local, 'date');
    }
    if (isDate(value)) return value;
    const date = parsed(field, 'invalid_date', value, parseDate);
    if (date !== null) return date;
    throw invalid(field, 'invalid', value);
  }
  if (isDatetime(value)) return value;
  const datetimeClass = interp.getAttr(interp.importModule('datetime'), 'datetime');
  const midnight = (d: PyValue) => interp.call(datetimeClass, ['year', 'month', 'day'].map((n) => interp.getAttr(d, n)));
  if (isDate(value)) {
    const naive = midnight(value);
    const { useTz, timeZone } = timeSettings(field);
    if (!useTz) return naive;
    naiveWarning(field, naive, 1612);
    return makeAware(interp, naive, zoneInfo(interp, timeZone));
  }
  const datetime = parsed(field, 'invalid_datetime', value, parseDatetime);
  if (datetime !== null) return datetime;
  const date = parsed(field, 'invalid_date', value, parseDate);
  if (date !== null) return midnight(date);
  throw invalid(field, 'invalid', value);
}

/** get_prep_value: to_python, and for DateTimeField with USE_TZ a naive value taken in TIME_ZONE (with Django's warning). */
function temporalPrep(field: OrmField, value: PyValue): PyValue {
  const python = temporalToPython(field, value);
  if (python === null || field.type !== 'DateTimeField') return python;
  const interp = interpOf(field);
  const { useTz, timeZone } = timeSettings(field);
  if (!useTz || isAware(interp, python)) return python;
  naiveWarning(field, python, 1671);
  return makeAware(interp, python, zoneInfo(interp, timeZone));
}

/** get_db_prep_value on SQLite: the text stored (DatabaseOperations.adapt_*field_value). */
export function temporalDbValue(field: OrmField, value: PyValue): PyValue {
  const prepared = temporalPrep(field, value);
  if (prepared === null) return null;
  const interp = interpOf(field);
  if (field.type === 'DateTimeField' && isAware(interp, prepared)) {
    if (!timeSettings(field).useTz) throw pyError('ValueError', 'SQLite backend does not support timezone-aware datetimes when USE_TZ is False.');
    return interp.str(makeNaive(interp, prepared, utcZone(interp)));
  }
  if (field.type === 'TimeField' && isAware(interp, prepared)) throw pyError('ValueError', 'SQLite backend does not support timezone-aware times.');
  return interp.str(prepared);
}

/** The SQLite backend's converters: text to date, time or datetime (aware in UTC with USE_TZ). */
export function temporalFromDb(field: OrmField, value: PyValue): PyValue {
  if (value === null || typeof value !== 'string') return value;
  const interp = interpOf(field);
  if (field.type === 'DateField') return parseDate(interp, value);
  if (field.type === 'TimeField') return parseTime(interp, value);
  const moment = parseDatetime(interp, value);
  if (moment === null || !timeSettings(field).useTz || isAware(interp, moment)) return moment;
  return makeAware(interp, moment, utcZone(interp));
}

/** pre_save of auto_now/auto_now_add: timezone.now(), date.today() or datetime.now().time(). */
export function temporalNow(field: OrmField): PyValue {
  const interp = interpOf(field);
  const datetime = interp.importModule('datetime');
  if (field.type === 'DateField') return call(interp, interp.getAttr(datetime, 'date'), 'today');
  if (field.type === 'TimeField') return call(interp, call(interp, interp.getAttr(datetime, 'datetime'), 'now'), 'time');
  return interp.call(interp.getAttr(interp.importModule('django.utils.timezone'), 'now'), []);
}
