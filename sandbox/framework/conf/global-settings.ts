import { PyDict, PyFloat, PyList, PyTuple, type PyValue } from '../python';
import { dictSet } from '../python';
import recorded from '../__fixtures__/django52/settings/global_settings.json';

/**
 * django.conf.global_settings: Django 5.2's defaults for every setting a project's
 * settings.py does not name, as recorded from real Django
 * (scripts/record-django/global-settings.py). A tuple is recorded as {"__tuple__": [...]}.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function toPython(value: Json): PyValue {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value : new PyFloat(value);
  if (Array.isArray(value)) return new PyList(value.map(toPython));
  const tuple = value.__tuple__;
  if (Array.isArray(tuple) && Object.keys(value).length === 1) return new PyTuple(tuple.map(toPython));
  const dict = new PyDict();
  for (const [k, v] of Object.entries(value)) dictSet(dict, k, toPython(v));
  return dict;
}

const defaults = (recorded as { settings: Record<string, Json> }).settings;

/** The names global_settings defines, sorted as dir() lists them. */
export const GLOBAL_SETTING_NAMES: readonly string[] = Object.keys(defaults).sort();

/** A fresh copy of a default (a learner may change a list in place), or undefined for a name Django does not define. */
export function globalSetting(name: string): PyValue | undefined {
  return Object.prototype.hasOwnProperty.call(defaults, name) ? toPython(defaults[name]!) : undefined;
}
