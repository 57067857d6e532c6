import { PyNativeFunction, pyError, type Interpreter, type Kwargs, type PyValue } from '../python';
import type { Settings } from '../conf/settings';

/**
 * django.utils.timezone: aware datetimes in UTC or in TIME_ZONE, built on the standard
 * library's datetime and zoneinfo (Django 5's defaults: USE_TZ = True, TIME_ZONE =
 * 'America/Chicago' when settings.py names none). `activate` sets the current zone for the
 * rest of the run.
 */
export function timezoneModule(interp: Interpreter, settings: () => Settings): Record<string, PyValue> {
  const datetime = () => interp.importModule('datetime');
  const attr = (obj: PyValue, name: string) => interp.getAttr(obj, name);
  const call = (obj: PyValue, name: string, args: PyValue[] = [], kwargs: Kwargs = new Map()) => interp.call(attr(obj, name), args, kwargs);
  const utc = () => attr(attr(datetime(), 'timezone'), 'utc');
  const zone = (name: PyValue) => interp.call(attr(interp.importModule('zoneinfo'), 'ZoneInfo'), [name]);
  let active: PyValue | null = null;

  const setting = (name: string, fallback: PyValue) => settings().get(name) ?? fallback;
  const defaultTimezone = () => zone(setting('TIME_ZONE', 'America/Chicago'));
  const currentTimezone = () => active ?? defaultTimezone();
  const isNaive = (value: PyValue) => call(value, 'utcoffset') === null;
  const now = () => call(attr(datetime(), 'datetime'), 'now', interp.truthy(setting('USE_TZ', true)) ? [utc()] : []);
  const localtime = (value: PyValue | undefined, tz: PyValue | undefined) => {
    const moment = value === undefined || value === null ? now() : value;
    if (isNaive(moment)) throw pyError('ValueError', 'localtime() cannot be applied to a naive datetime');
    return call(moment, 'astimezone', [tz ?? currentTimezone()]);
  };
  const fn = (name: string, body: (args: PyValue[], kwargs: Kwargs) => PyValue) => new PyNativeFunction(name, body);
  const arg = (args: PyValue[], kwargs: Kwargs, i: number, name: string) => (args[i] !== undefined ? args[i] : kwargs.get(name));

  return {
    now: fn('now', () => now()),
    is_aware: fn('is_aware', ([value]) => !isNaive(value!)),
    is_naive: fn('is_naive', ([value]) => isNaive(value!)),
    get_default_timezone: fn('get_default_timezone', () => defaultTimezone()),
    get_default_timezone_name: fn('get_default_timezone_name', () => interp.str(attr(defaultTimezone(), 'key'))),
    get_current_timezone: fn('get_current_timezone', () => currentTimezone()),
    get_current_timezone_name: fn('get_current_timezone_name', () => interp.str(currentTimezone())),
    activate: fn('activate', ([tz]) => {
      active = typeof tz === 'string' ? zone(tz) : tz!;
      return null;
    }),
    deactivate: fn('deactivate', () => {
      active = null;
      return null;
    }),
    localtime: fn('localtime', (args, kwargs) => localtime(arg(args, kwargs, 0, 'value'), arg(args, kwargs, 1, 'timezone'))),
    localdate: fn('localdate', (args, kwargs) => call(localtime(arg(args, kwargs, 0, 'value'), arg(args, kwargs, 1, 'timezone')), 'date')),
    make_aware: fn('make_aware', (args, kwargs) => {
      const value = arg(args, kwargs, 0, 'value')!;
      if (!isNaive(value)) throw pyError('ValueError', `make_aware expects a naive datetime, got ${interp.str(value)}`);
      return call(value, 'replace', [], new Map([['tzinfo', arg(args, kwargs, 1, 'timezone') ?? currentTimezone()]]));
    }),
    make_naive: fn('make_naive', (args, kwargs) => {
      const value = arg(args, kwargs, 0, 'value')!;
      if (isNaive(value)) throw pyError('ValueError', 'make_naive() cannot be applied to a naive datetime');
      const local = call(value, 'astimezone', [arg(args, kwargs, 1, 'timezone') ?? currentTimezone()]);
      return call(local, 'replace', [], new Map([['tzinfo', null]]));
    }),
  };
}
