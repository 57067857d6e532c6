import { PyException, type Interpreter, type PyValue } from '../../python';
import { isDatetime } from '../../stdlib/datetime/classes';
import { timesince } from '../../utils/timesince';
import type { FilterDef } from '../library';
import { isSafe, toText } from '../safe';
import { DATE_FORMAT, FormatUnavailable, NAMED_FORMATS, TIME_FORMAT, dateParts, formatDate } from './dateformat';

/**
 * timezone.template_localtime: an aware datetime shown in the current time zone when USE_TZ
 * is on (what `{{ value }}` and the filters that expect local time see). Without settings
 * (a template rendered outside a project) the value stays as it is.
 */
export function templateLocaltime(value: PyValue, interp: Interpreter): PyValue {
  if (!isDatetime(value)) return value;
  try {
    return interp.call(interp.getAttr(interp.importModule('django.utils.timezone'), 'template_localtime'), [value]);
  } catch (err) {
    if (err instanceof PyException && err.exc.cls.name === 'ImproperlyConfigured') return value;
    throw err;
  }
}

function blank(v: PyValue, interp: Interpreter): boolean {
  return v === null || v === '' || (isSafe(v) && toText(v, interp) === '');
}

/** The date and time filters: a format name or a format; '' when the value has no such parts (Django's AttributeError). */
function formatted(value: PyValue, arg: PyValue | undefined, interp: Interpreter, fallback: string, timeOnly: boolean): PyValue {
  if (blank(value, interp)) return '';
  const parts = dateParts(templateLocaltime(value, interp), interp);
  if (!parts) return '';
  const format = arg === undefined || arg === null ? fallback : toText(arg, interp);
  try {
    return formatDate(parts, NAMED_FORMATS[format] ?? format, timeOnly);
  } catch (err) {
    if (err instanceof FormatUnavailable) return '';
    throw err;
  }
}

/** timesince/timeuntil: '' for no value, and for values that cannot be compared (TypeError, ValueError). */
function since(value: PyValue, arg: PyValue | undefined, interp: Interpreter, reversed: boolean): PyValue {
  if (!interp.truthy(value)) return '';
  try {
    return timesince(interp, value, arg === undefined || arg === null || !interp.truthy(arg) ? null : arg, reversed);
  } catch (err) {
    if (err instanceof PyException && ['TypeError', 'ValueError', 'AttributeError'].includes(err.exc.cls.name)) return '';
    throw err;
  }
}

export const dateFilters: Record<string, FilterDef> = {
  date: { arg: 'optional', isSafe: false, fn: (v, arg, env) => formatted(v, arg, env.interp, DATE_FORMAT, false) },
  time: { arg: 'optional', isSafe: false, fn: (v, arg, env) => formatted(v, arg, env.interp, TIME_FORMAT, true) },
  timesince: { arg: 'optional', isSafe: false, fn: (v, arg, env) => since(v, arg, env.interp, false) },
  timeuntil: { arg: 'optional', isSafe: false, fn: (v, arg, env) => since(v, arg, env.interp, true) },
};
