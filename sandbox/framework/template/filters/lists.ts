import { PyException, PyInstance, PyList, PySlice, PyTuple, type Interpreter, type PyValue } from '../../python';
import type { FilterDef } from '../library';
import { isSafe, markSafe, toText } from '../safe';

/** Filters on sequences: length, first/last, slice. */
function pyLen(value: PyValue, interp: Interpreter): number | null {
  if (typeof value === 'string') return [...value].length;
  if (isSafe(value)) return [...toText(value, interp)].length;
  if (value instanceof PyList || value instanceof PyTuple) return value.items.length;
  if (value instanceof PyInstance && value.cls.lookup('__len__') === undefined) return null;
  try {
    return interp.iterate(value).length;
  } catch (err) {
    if (err instanceof PyException) return null;
    throw err;
  }
}

function errorNamed(err: unknown, name: string): boolean {
  return err instanceof PyException && err.exc.cls.mro.some((c) => c.name === name);
}

/** value[i] keeping a safe string safe, '' when the sequence is empty (IndexError). */
function item(value: PyValue, index: number, interp: Interpreter): PyValue {
  try {
    if (isSafe(value)) {
      const chars = [...toText(value, interp)];
      if (!chars.length) return '';
      return markSafe(chars[index < 0 ? chars.length + index : index]!);
    }
    return interp.getItem(value, index);
  } catch (err) {
    if (errorNamed(err, 'IndexError')) return '';
    throw err;
  }
}

export const listFilters: Record<string, FilterDef> = {
  length: { arg: 'none', isSafe: false, fn: (v, _a, env) => pyLen(v, env.interp) ?? 0 },
  first: { arg: 'none', isSafe: false, fn: (v, _a, env) => item(v, 0, env.interp) },
  last: { arg: 'none', isSafe: false, fn: (v, _a, env) => item(v, -1, env.interp) },
  slice: {
    arg: 'required',
    isSafe: true,
    fn: (v, arg, env) => {
      const bits = toText(arg ?? null, env.interp).split(':');
      if (bits.length > 3 || bits.some((b) => b !== '' && !/^\s*[-+]?\d+\s*$/.test(b))) return v;
      const nums = bits.map((b) => (b === '' ? null : Number(b)));
      // slice(2) means [:2]; slice(1, None) means [1:].
      const slice = nums.length === 1 ? new PySlice(null, nums[0]!, null) : new PySlice(nums[0]!, nums[1]!, nums[2] ?? null);
      try {
        if (isSafe(v)) return markSafe(toText(env.interp.getItem(toText(v, env.interp), slice), env.interp));
        return env.interp.getItem(v, slice);
      } catch (err) {
        if (errorNamed(err, 'TypeError') || errorNamed(err, 'ValueError')) return v;
        throw err;
      }
    },
  },
};

