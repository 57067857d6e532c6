import { pyError } from './exceptions';
import type { Interpreter } from './interpreter';
import { PyInstance, type PyValue } from './objects';
import { objectId, setInstanceHasher } from './values';

/**
 * Dict and set keys are strings; an instance whose class defines __hash__ gets the key of the
 * first equal instance seen with the same hash, so equal objects share a key as in Python.
 */
export function installInstanceHasher(interp: Interpreter): void {
  const seen = new Map<string, WeakRef<PyInstance>[]>();
  setInstanceHasher((value) => {
    const method = value.cls.lookup('__hash__');
    if (method === undefined) return undefined;
    if (method === null) throw pyError('TypeError', `unhashable type: '${value.cls.name}'`);
    const h: PyValue = interp.call(method, [value]);
    if (typeof h !== 'number' && typeof h !== 'boolean') throw pyError('TypeError', '__hash__ method should return an integer');
    const bucket = 'h' + Number(h);
    const reps = seen.get(bucket) ?? [];
    seen.set(bucket, reps);
    for (const ref of reps) {
      const rep = ref.deref();
      if (rep !== undefined && (rep === value || interp.equal(rep, value))) return `${bucket}#${objectId(rep)}`;
    }
    reps.push(new WeakRef(value));
    return `${bucket}#${objectId(value)}`;
  });
}
