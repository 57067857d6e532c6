import { PyClass, PyInstance, PyList, PySlice, objectClass, pyError, type PyValue } from '../python';
import { formatValue } from '../python/format';
import { iteratorObject } from '../python/iteration';
import { binaryOp, compareOp } from '../python/operators';
import { getter, interp, method } from './datetime/runtime';

/**
 * The IntEnums calendar has since 3.12 (`calendar.MONDAY` is `Day.MONDAY`, `monthrange` gives
 * `(calendar.THURSDAY, 29)`): members that print as their int, repr as `calendar.NAME`, and
 * take part in arithmetic and comparisons as that int. Also the `_localized_month` /
 * `_localized_day` sequences of names.
 */
export interface IntEnum {
  cls: PyClass;
  members: PyInstance[];
}

interface Member {
  name: string;
  value: number;
}

const valueOf = (v: PyValue | undefined): PyValue => (v instanceof PyInstance && isMember(v) ? (v.native as Member).value : (v ?? null));
const enumClasses = new Set<PyClass>();
const isMember = (v: PyInstance) => [...enumClasses].some((c) => v.cls.isSubclassOf(c));

export function intEnum(name: string, names: string[], start: number): IntEnum {
  const cls = new PyClass(name, [objectClass], 'calendar', {});
  enumClasses.add(cls);
  const members = names.map((n, i) => {
    const m = new PyInstance(cls);
    m.native = { name: n, value: start + i } satisfies Member;
    cls.dict.set(n, m);
    return m;
  });
  cls.hooks.construct = (_cls, [value]) => {
    const found = members.find((m) => interp().equal((m.native as Member).value, valueOf(value)));
    if (!found) throw pyError('ValueError', `${interp().repr(value ?? null)} is not a valid ${name}`);
    return found;
  };
  const member = (self: PyInstance) => self.native as Member;
  getter(cls, 'name', (self) => member(self).name);
  getter(cls, 'value', (self) => member(self).value);
  method(cls, '__repr__', (self) => `calendar.${member(self).name}`);
  method(cls, '__str__', (self) => String(member(self).value));
  method(cls, '__format__', (self, [spec]) => formatValue(member(self).value, typeof spec === 'string' ? spec : '', interp()));
  method(cls, '__index__', (self) => member(self).value);
  method(cls, '__int__', (self) => member(self).value);
  method(cls, '__hash__', (self) => member(self).value);
  method(cls, '__bool__', (self) => member(self).value !== 0);
  for (const [op, dunder] of [['+', 'add'], ['-', 'sub'], ['*', 'mul'], ['//', 'floordiv'], ['%', 'mod'], ['/', 'truediv']] as const) {
    method(cls, `__${dunder}__`, (self, [other]) => binaryOp(op, member(self).value, valueOf(other), interp()));
    method(cls, `__r${dunder}__`, (self, [other]) => binaryOp(op, valueOf(other), member(self).value, interp()));
  }
  for (const [op, dunder] of [['==', 'eq'], ['!=', 'ne'], ['<', 'lt'], ['<=', 'le'], ['>', 'gt'], ['>=', 'ge']] as const) {
    method(cls, `__${dunder}__`, (self, [other]) => compareOp(op, member(self).value, valueOf(other), interp()));
  }
  return { cls, members };
}

/** calendar.month_name and friends: a read-only sequence of names, sliced into a list. */
export function localizedNames(className: string, names: string[]): PyInstance {
  const cls = new PyClass(className, [objectClass], 'calendar', {});
  method(cls, '__len__', () => names.length);
  method(cls, '__iter__', () => iteratorObject('list_iterator', names[Symbol.iterator]()));
  method(cls, '__getitem__', (_self, [key]) => {
    const list = new PyList([...names]);
    if (key instanceof PySlice) return interp().getItem(list, key);
    return interp().getItem(list, key ?? null);
  });
  return new PyInstance(cls);
}
