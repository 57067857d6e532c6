import type { Interpreter } from './interpreter';
import { PyFloat, PyInstance, type PyValue } from './objects';
import { hashKey, objectId } from './values';

/** hash(): equal numbers hash alike, an instance's own __hash__ answers for it; other values get a stable number from their key. */
export function hashOf(value: PyValue, interp: Interpreter): PyValue {
  if (typeof value === 'number') return value === -1 ? -2 : value;
  if (typeof value === 'boolean') return Number(value);
  if (value instanceof PyFloat && Number.isInteger(value.value) && Number.isSafeInteger(value.value)) return value.value === -1 ? -2 : value.value;
  if (value instanceof PyInstance) {
    const method = value.cls.lookup('__hash__');
    if (method !== undefined && method !== null) return interp.call(method, [value]);
    hashKey(value);
    return objectId(value);
  }
  const key = hashKey(value);
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return h === -1 ? -2 : h;
}
