import { PyClass, PyInstance, objectClass, type PyValue } from '../../python';

/**
 * The datetime module's classes, made here without methods so that each concept's file can
 * add its own and still name the others (a date minus a timedelta, a datetime's tzinfo...).
 * Their constructors are set by those files as `construct` hooks.
 */
const MODULE = 'datetime';

export const TimedeltaClass = new PyClass('timedelta', [objectClass], MODULE, {});
export const DateClass = new PyClass('date', [objectClass], MODULE, {});
export const TzinfoClass = new PyClass('tzinfo', [objectClass], MODULE, {});
export const TimezoneClass = new PyClass('timezone', [TzinfoClass], MODULE, {});
export const TimeClass = new PyClass('time', [objectClass], MODULE, {});
export const DatetimeClass = new PyClass('datetime', [DateClass], MODULE, {});
export const IsoCalendarDateClass = new PyClass('IsoCalendarDate', [objectClass], MODULE, {});

export interface TD {
  days: number;
  seconds: number;
  us: number;
}

export interface DateFields {
  year: number;
  month: number;
  day: number;
}

export interface TimeFields {
  hour: number;
  minute: number;
  second: number;
  us: number;
  /** None or a tzinfo instance (a timezone, a ZoneInfo, a learner's subclass). */
  tz: PyValue;
  fold: number;
}

export type DT = DateFields & TimeFields;

export interface Timezone {
  offset: TD;
  name: string | null;
}

function isA(value: PyValue | undefined, cls: PyClass): value is PyInstance {
  return value instanceof PyInstance && value.cls.isSubclassOf(cls);
}

export const isTimedelta = (v: PyValue | undefined): v is PyInstance => isA(v, TimedeltaClass);
/** A date, a datetime too (a datetime is a date). */
export const isDate = (v: PyValue | undefined): v is PyInstance => isA(v, DateClass);
export const isDatetime = (v: PyValue | undefined): v is PyInstance => isA(v, DatetimeClass);
export const isTime = (v: PyValue | undefined): v is PyInstance => isA(v, TimeClass);
export const isTzinfo = (v: PyValue | undefined): v is PyInstance => isA(v, TzinfoClass);
export const isTimezone = (v: PyValue | undefined): v is PyInstance => isA(v, TimezoneClass);

export function tdOf(v: PyInstance): TD {
  return v.native as TD;
}
export function dateOf(v: PyInstance): DateFields {
  return v.native as DateFields;
}
export function dtOf(v: PyInstance): DT {
  return v.native as DT;
}
export function timeOf(v: PyInstance): TimeFields {
  return v.native as TimeFields;
}

export function make<T>(cls: PyClass, native: T): PyInstance {
  const instance = new PyInstance(cls);
  instance.native = native;
  return instance;
}
