import { PyBytes, decodeBytes } from './bytes';
import { BYTES_TEXT_METHODS } from './bytes-ops';
import { pyError } from './exceptions';
import type { Interpreter } from './interpreter';
import type { Kwargs, PyValue } from './objects';

type Method = (self: PyBytes, args: PyValue[], kwargs: Kwargs, interp: Interpreter) => PyValue;

function text(v: PyValue | undefined, fallback: string): string {
  if (v === undefined) return fallback;
  if (typeof v !== 'string') throw pyError('TypeError', `decode() argument must be str, not ${v === null ? 'None' : typeof v}`);
  return v;
}

export const BYTES_METHODS: Record<string, Method> = {
  ...BYTES_TEXT_METHODS,
  decode: (b, [encoding, errors], kwargs) => decodeBytes(b, text(encoding ?? kwargs.get('encoding'), 'utf-8'), text(errors ?? kwargs.get('errors'), 'strict')),
  hex: (b) => [...b.data].map((x) => x.toString(16).padStart(2, '0')).join(''),
  startswith: (b, [p]) => p instanceof PyBytes && p.data.every((x, i) => b.data[i] === x),
  endswith: (b, [p]) => p instanceof PyBytes && p.data.every((x, i) => b.data[b.data.length - p.data.length + i] === x),
  upper: (b) => new PyBytes(b.data.map((x) => (x >= 97 && x <= 122 ? x - 32 : x)), b.mutable),
  lower: (b) => new PyBytes(b.data.map((x) => (x >= 65 && x <= 90 ? x + 32 : x)), b.mutable),
  append: (b, [x]) => {
    if (!b.mutable) throw pyError('AttributeError', "'bytes' object has no attribute 'append'");
    const next = new Uint8Array(b.data.length + 1);
    next.set(b.data);
    next[b.data.length] = Number(x);
    b.data = next;
    return null;
  },
};
