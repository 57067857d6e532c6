import type { Interpreter, PyValue } from '../python';
import { FUNCTOOLS_SOURCE } from './functools-source';
import { pythonModule } from './python-source';

/** Python's functools: wraps, partial, reduce, lru_cache/cache, cached_property, total_ordering, cmp_to_key, singledispatch. */
export function functoolsModule(interp: Interpreter): Record<string, PyValue> {
  return pythonModule(interp, 'functools', FUNCTOOLS_SOURCE);
}
