import { PyNativeFunction, pyError, type Interpreter, type Kwargs, type PyValue } from '../python';
import type { Settings } from '../conf/settings';
import { settingValue } from '../conf/lazy-settings';
import { sourceModule } from '../stdlib/types/source-module';
import { isDatetime, isTzinfo } from '../stdlib/datetime/classes';
import { fixedTimezone } from './dateparse';
import source from './timezone.py?raw';

/**
 * django.utils.timezone: aware datetimes in UTC or in TIME_ZONE, built on the standard
 * library's datetime and zoneinfo (Django 5's defaults: USE_TZ = True, TIME_ZONE =
 * 'America/Chicago' when settings.py names none). `activate` sets the current zone for the
 * rest of the run; `override` (written in Python, a ContextDecorator) for a block.
 */
export function timezoneModule(interp: Interpreter, settings: () => Settings): Record<string, PyValue> {
  const datetime = () => interp.importModule('datetime');
  const attr = (obj: PyValue, name: string) => interp.getAttr(obj, name);
  const call = (obj: PyValue, name: string, args: PyValue[] = [], kwargs: Kwargs = new Map()) => interp.call(attr(obj, name), args, kwargs);
  const utc = () => attr(attr(datetime(), 'timezone'), 'utc');
  const zone = (name: PyValue) => interp.call(attr(interp.importModule('zoneinfo'), 'ZoneInfo'), [name]);
  let active: PyValue | null = null;

  const setting = (name: string) => settingValue(settings(), name) ?? null;
  const defaultTimezone = () => zone(setting('TIME_ZONE'));
  const currentTimezone = () => active ?? defaultTimezone();
  /** _get_timezone_name: tzname(None), else str(). */
  const zoneName = (tz: PyValue) => {
    const name = call(tz, 'tzname', [null]);
    return typeof name === 'string' && name ? name : interp.str(tz);
  };
  const isNaive = (value: PyValue) => call(value, 'utcoffset') === null;
  const now = () => call(attr(datetime(), 'datetime'), 'now', [], new Map([['tz', interp.truthy(setting('USE_TZ')) ? utc() : null]]));
  const given = (v: PyValue | undefined) => (v === undefined || v === null ? undefined : v);
  const localtime = (value: PyValue | undefined, tz: PyValue | undefined) => {
    const moment = given(value) ?? now();
    if (isNaive(moment)) throw pyError('ValueError', 'localtime() cannot be applied to a naive datetime');
    return call(moment, 'astimezone', [given(tz) ?? currentTimezone()]);
  };
  const fn = (name: string, body: (args: PyValue[], kwargs: Kwargs) => PyValue) => new PyNativeFunction(name, body);
  const arg = (args: PyValue[], kwargs: Kwargs, i: number, name: string) => (args[i] !== undefined ? args[i] : kwargs.get(name));
  const activate = (tz: PyValue | undefined) => {
    if (isTzinfo(tz)) active = tz;
    else if (typeof tz === 'string') active = zone(tz);
    else throw pyError('ValueError', `Invalid timezone: ${interp.repr(tz ?? null)}`);
    return null;
  };

  const natives: Record<string, PyValue> = {
    now: fn('now', () => now()),
    is_aware: fn('is_aware', ([value]) => !isNaive(value!)),
    is_naive: fn('is_naive', ([value]) => isNaive(value!)),
    get_fixed_timezone: fn('get_fixed_timezone', ([offset]) => {
      const minutes = typeof offset === 'number' ? offset : Math.floor(Number(interp.str(call(offset!, 'total_seconds'))) / 60);
      return fixedTimezone(interp, minutes);
    }),
    get_default_timezone: fn('get_default_timezone', () => defaultTimezone()),
    get_default_timezone_name: fn('get_default_timezone_name', () => zoneName(defaultTimezone())),
    get_current_timezone: fn('get_current_timezone', () => currentTimezone()),
    get_current_timezone_name: fn('get_current_timezone_name', () => zoneName(currentTimezone())),
    activate: fn('activate', ([tz]) => activate(tz)),
    deactivate: fn('deactivate', () => {
      active = null;
      return null;
    }),
    _active: fn('_active', () => active),
    localtime: fn('localtime', (args, kwargs) => localtime(arg(args, kwargs, 0, 'value'), arg(args, kwargs, 1, 'timezone'))),
    localdate: fn('localdate', (args, kwargs) => call(localtime(arg(args, kwargs, 0, 'value'), arg(args, kwargs, 1, 'timezone')), 'date')),
    template_localtime: fn('template_localtime', (args, kwargs) => {
      const value = arg(args, kwargs, 0, 'value') ?? null;
      const useTz = given(arg(args, kwargs, 1, 'use_tz'));
      const convert = isDatetime(value) && interp.truthy(useTz ?? setting('USE_TZ')) && !isNaive(value) && interp.truthy(interp.findAttr(value, 'convert_to_local_time') ?? true);
      return convert ? localtime(value, undefined) : value;
    }),
    make_aware: fn('make_aware', (args, kwargs) => {
      const value = arg(args, kwargs, 0, 'value')!;
      if (!isNaive(value)) throw pyError('ValueError', `make_aware expects a naive datetime, got ${interp.str(value)}`);
      return call(value, 'replace', [], new Map([['tzinfo', given(arg(args, kwargs, 1, 'timezone')) ?? currentTimezone()]]));
    }),
    make_naive: fn('make_naive', (args, kwargs) => {
      const value = arg(args, kwargs, 0, 'value')!;
      if (isNaive(value)) throw pyError('ValueError', 'make_naive() cannot be applied to a naive datetime');
      const local = call(value, 'astimezone', [given(arg(args, kwargs, 1, 'timezone')) ?? currentTimezone()]);
      return call(local, 'replace', [], new Map([['tzinfo', null]]));
    }),
  };
  return sourceModule(interp, 'django.utils.timezone', source, natives);
}
