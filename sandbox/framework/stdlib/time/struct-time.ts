import { PyClass, PyInstance, objectClass, pyError, type PyValue } from '../../python';
import { tupleLike } from '../datetime/tuple-like';
import { interp } from '../datetime/runtime';

/**
 * time.struct_time: the nine fields of a broken-down time as a tuple, with tm_zone and
 * tm_gmtoff as attributes only (not items), as CPython has it.
 */
const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff'] as const;

export const StructTimeClass = new PyClass('struct_time', [objectClass], 'time', {
  construct: (cls, args) => {
    const items = args[0] === undefined ? [] : interp().iterate(args[0]);
    if (items.length < 9 || items.length > 11) {
      throw pyError('TypeError', `time.struct_time() takes ${items.length < 9 ? 'an at least 9' : 'an at most 11'}-sequence (${items.length}-sequence given)`);
    }
    const instance = new PyInstance(cls);
    instance.native = [...items, ...Array(11 - items.length).fill(null)];
    return instance;
  },
});
tupleLike(StructTimeClass, FIELDS, 'time.struct_time', 9);

export function newStructTime(values: number[], zone: string | null, gmtoff: number | null): PyInstance {
  const instance = new PyInstance(StructTimeClass);
  instance.native = [...values, zone, gmtoff] as PyValue[];
  return instance;
}

export function isStructTime(value: PyValue): value is PyInstance {
  return value instanceof PyInstance && value.cls.isSubclassOf(StructTimeClass);
}
