import {
  PyBoundMethod,
  PyClass,
  PyException,
  PyFloat,
  PyFunction,
  PyInstance,
  PyNativeFunction,
  exceptionClass,
  newException,
  type PyValue,
} from '../../python';
import { validationError } from '../../core/validation-error';
import { createDecimalFromFloat, decToFixed, decimalFrom, isDecimal, newDecimal, parseDecimal, quantize, roundToPrecision, type Dec } from '../../stdlib/decimal';
import { targetField, type OrmField } from './options';
import { isTemporal, temporalDbValue, temporalFromDb, temporalNow } from './temporal-values';

/**
 * What each field class does with values on their way to and from SQLite: Django's
 * get_prep_value (lookups), get_db_prep_save (INSERT and UPDATE), the SQLite backend's
 * converters (SELECT), and get_default (a new instance).
 */

const INTEGER_TYPES = new Set([
  'AutoField', 'BigAutoField', 'SmallAutoField', 'IntegerField', 'BigIntegerField', 'SmallIntegerField',
  'PositiveIntegerField', 'PositiveSmallIntegerField', 'PositiveBigIntegerField',
]);
const TEXT_TYPES = new Set(['CharField', 'TextField', 'EmailField', 'SlugField', 'URLField']);

/** Field.empty_strings_allowed: a field without a default starts as '' if so, else None. */
export function emptyStringsAllowed(field: OrmField): boolean {
  return TEXT_TYPES.has(field.type) || field.type === 'Field';
}

function isCallable(value: PyValue): boolean {
  if (value instanceof PyFunction || value instanceof PyNativeFunction || value instanceof PyBoundMethod || value instanceof PyClass) return true;
  return value instanceof PyInstance && value.cls.lookup('__call__') !== undefined;
}

/** Field.get_default: the default (called if callable), else None or ''. */
export function defaultValue(field: OrmField): PyValue {
  const dflt = field.def.kwargs.get('default');
  if (dflt !== undefined) return isCallable(dflt) ? field.model.orm.interp.call(dflt, []) : dflt;
  if (!emptyStringsAllowed(field) || field.null) return null;
  return '';
}

/** A field's ValidationError, made as Django makes it (it prints the list of its messages: ['“x” value must be a decimal number.']). */
function invalid(field: OrmField, message: string): PyException {
  return validationError(field.model.orm.interp, message, 'invalid');
}

/** int() or float() of a value, with Django's message when it is not a number. */
function number(field: OrmField, value: PyValue, builtin: 'int' | 'float'): PyValue {
  const interp = field.model.orm.interp;
  try {
    return interp.call(interp.builtins.get(builtin)!, [value]);
  } catch (err) {
    if (err instanceof PyException && (err.exc.cls.name === 'TypeError' || err.exc.cls.name === 'ValueError')) {
      const cls = exceptionClass(err.exc.cls.name);
      const wrapped = new PyException(newException(cls, [`Field '${field.name}' expected a number but got ${interp.repr(value)}.`]));
      wrapped.cause = err;
      throw wrapped;
    }
    throw err;
  }
}

/** BooleanField.to_python. */
function toBoolean(field: OrmField, value: PyValue): PyValue {
  if (value === null && field.null) return null;
  if (value === true || value === 1) return true;
  if (value === false || value === 0) return false;
  if (value === 't' || value === 'True' || value === '1') return true;
  if (value === 'f' || value === 'False' || value === '0') return false;
  const shown = field.model.orm.interp.str(value);
  throw invalid(field, field.null ? `“${shown}” value must be either True, False, or None.` : `“${shown}” value must be either True or False.`);
}

function intOption(field: OrmField, name: string): number | null {
  const v = field.def.kwargs.get(name);
  return typeof v === 'number' ? v : null;
}

/** DecimalField.to_python: a float through the field's context (max_digits of precision), else Decimal(value). */
function toDecimal(field: OrmField, value: PyValue): Dec {
  const interp = field.model.orm.interp;
  if (value instanceof PyInstance && !isDecimal(value)) value = interp.str(value);
  if (value instanceof PyFloat) return createDecimalFromFloat(value.value, intOption(field, 'max_digits') ?? 28);
  try {
    return decimalFrom(value);
  } catch (err) {
    if (err instanceof PyException) throw invalid(field, `“${interp.str(value)}” value must be a decimal number.`);
    throw err;
  }
}

/** Field.get_prep_value: the Python value a lookup compares with. */
export function prepValue(field: OrmField, value: PyValue): PyValue {
  if (value === null) return null;
  if (field.relation) return prepValue(targetField(field), value);
  if (INTEGER_TYPES.has(field.type)) return number(field, value, 'int');
  if (field.type === 'FloatField') return number(field, value, 'float');
  if (field.type === 'BooleanField' || field.type === 'NullBooleanField') return toBoolean(field, value);
  if (field.type === 'DecimalField') return newDecimal(toDecimal(field, value));
  if (TEXT_TYPES.has(field.type)) return typeof value === 'string' ? value : field.model.orm.interp.str(value);
  // Lookups compare with what SQLite holds: the text of the date, time or datetime (in UTC).
  if (isTemporal(field)) return temporalDbValue(field, value);
  return value;
}

/** Field.get_db_prep_save: what INSERT and UPDATE store. A Decimal goes in as text rounded to decimal_places, as Django's format_number does. */
export function dbPrepSave(field: OrmField, value: PyValue): PyValue {
  if (value === null) return null;
  if (field.relation) return dbPrepSave(targetField(field), value);
  if (field.type === 'DecimalField') {
    const dec = toDecimal(field, value);
    const places = intOption(field, 'decimal_places');
    const digits = intOption(field, 'max_digits') ?? 28;
    return decToFixed(places === null ? roundToPrecision(dec, digits) : quantize(dec, -places, 'ROUND_HALF_EVEN', digits));
  }
  return prepValue(field, value);
}

/** What update(student=s) stores: a related instance gives its key (Model.prepare_database_save). */
export function relatedValueForSave(field: OrmField, value: PyValue): PyValue {
  if (value instanceof PyInstance && value.dict.has(targetField(field).attname)) return value.dict.get(targetField(field).attname) ?? null;
  return value;
}

/** The SQLite backend's converters: 1/0 to True/False, a stored number to a Decimal with decimal_places. */
export function fromDbValue(field: OrmField, value: PyValue): PyValue {
  if (value === null) return null;
  if (isTemporal(field)) return temporalFromDb(field, value);
  if (field.type === 'BooleanField' || field.type === 'NullBooleanField') return value === 1 || value === 0 ? value === 1 : value;
  if (field.type === 'DecimalField') {
    // SQLite keeps 15 significant digits of a decimal column; digits from float noise are dropped first.
    let dec: Dec | null = null;
    if (typeof value === 'number') dec = createDecimalFromFloat(value, 15);
    else if (value instanceof PyFloat) dec = createDecimalFromFloat(value.value, 15);
    else if (typeof value === 'string') dec = parseDecimal(value);
    if (!dec) return value;
    const places = intOption(field, 'decimal_places');
    return newDecimal(places === null ? dec : quantize(dec, -places, 'ROUND_HALF_EVEN', intOption(field, 'max_digits') ?? 28));
  }
  return value;
}

/** The value of an `auto_now`/`auto_now_add` field when it is saved: the sandbox clock's now, today or time of day. */
export function autoNowValue(field: OrmField, adding: boolean): PyValue | undefined {
  const now = field.def.kwargs.get('auto_now') === true || (adding && field.def.kwargs.get('auto_now_add') === true);
  if (!now || !isTemporal(field)) return undefined;
  return temporalNow(field);
}
