import type { Interpreter, PyValue } from '../../python';
import { MAXYEAR, MINYEAR } from './calendar-math';
import { DateClass, DatetimeClass, TimeClass, TimedeltaClass, TimezoneClass, TzinfoClass } from './classes';
import { bindInterpreter } from './runtime';
import { utc } from './tzinfo';
// Each of these adds its class's methods when loaded.
import './timedelta';
import './date';
import './time-of-day';
import './datetime';
import './moments';

/** `import datetime`: the classes, MINYEAR/MAXYEAR and UTC, as CPython 3.12's module has them. */
export function datetimeModule(interp: Interpreter): Record<string, PyValue> {
  bindInterpreter(interp);
  return {
    date: DateClass,
    time: TimeClass,
    datetime: DatetimeClass,
    timedelta: TimedeltaClass,
    tzinfo: TzinfoClass,
    timezone: TimezoneClass,
    MINYEAR,
    MAXYEAR,
    UTC: utc,
  };
}
