import { PyInstance, PySlice, PyTuple, hashKey, pyError, reprOf, type PyClass, type PyValue } from '../../python';
import { iteratorObject } from '../../python/iteration';
import { getter, interp, method, qualifiedType } from './runtime';

/**
 * Classes that are tuples with named fields in CPython (IsoCalendarDate, time.struct_time):
 * indexable, iterable, equal to the plain tuple of their values, with one attribute per field.
 * `native` holds the values; `visible` of them are the tuple's items, the rest attributes only.
 */
export function tupleLike(cls: PyClass, fields: readonly string[], reprName: string, visible = fields.length): void {
  const items = (self: PyInstance) => (self.native as PyValue[]).slice(0, visible);
  fields.forEach((field, i) => getter(cls, field, (self) => (self.native as PyValue[])[i] ?? null));
  method(cls, '__len__', () => visible);
  method(cls, '__iter__', (self) => iteratorObject('tuple_iterator', items(self)[Symbol.iterator]()));
  method(cls, '__getitem__', (self, [key]) => {
    const values = items(self);
    if (key instanceof PySlice) return interp().getItem(new PyTuple(values), key);
    if (typeof key !== 'number' && typeof key !== 'boolean') throw pyError('TypeError', `tuple indices must be integers or slices, not ${qualifiedType(key ?? null)}`);
    const at = Number(key) < 0 ? values.length + Number(key) : Number(key);
    if (at < 0 || at >= values.length) throw pyError('IndexError', 'tuple index out of range');
    return values[at]!;
  });
  const asTuple = (v: PyValue | undefined): PyValue[] | null => {
    if (v instanceof PyTuple) return [...v.items];
    if (v instanceof PyInstance && v.cls.isSubclassOf(cls)) return items(v);
    return null;
  };
  method(cls, '__eq__', (self, [other]) => {
    const b = asTuple(other);
    return b !== null && interp().equal(new PyTuple(items(self)), new PyTuple(b));
  });
  method(cls, '__ne__', (self, [other]) => {
    const b = asTuple(other);
    return b === null || !interp().equal(new PyTuple(items(self)), new PyTuple(b));
  });
  method(cls, '__hash__', (self) => {
    const key = hashKey(new PyTuple(items(self)));
    let h = 0;
    for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) | 0;
    return h;
  });
  method(cls, '__repr__', (self) => `${reprName}(${fields.slice(0, visible).map((f, i) => `${f}=${reprOf(items(self)[i]!, interp())}`).join(', ')})`);
}
