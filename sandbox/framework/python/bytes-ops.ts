import { PyBytes } from './bytes';
import { pyError } from './exceptions';
import type { Interpreter } from './interpreter';
import { PyList, PyTuple, type Kwargs, type PyValue } from './objects';
import { isInt, typeName } from './values';

/**
 * bytes and bytearray as sequences of text-like bytes: `+`, `*`, ordering, the str-like
 * methods (split, find, strip, join, replace...), `bytes.fromhex` and the codecs `str.encode`
 * knows. The methods work on a Latin-1 string, one character per byte.
 */
const WHITESPACE = ' \t\n\r\x0b\x0c';

function latin(data: Uint8Array): string {
  let s = '';
  for (let i = 0; i < data.length; i += 8192) s += String.fromCharCode(...data.subarray(i, i + 8192));
  return s;
}

function fromLatin(s: string, mutable: boolean): PyBytes {
  return new PyBytes(Uint8Array.from(s, (c) => c.charCodeAt(0)), mutable);
}

/** A bytes-like argument as its Latin-1 string; an int is one byte where CPython takes one (find, count...). */
function arg(value: PyValue | undefined, method: string, intOk = false): string {
  if (value instanceof PyBytes) return latin(value.data);
  if (intOk && isInt(value ?? null)) {
    const n = Number(value);
    if (n < 0 || n > 255) throw pyError('ValueError', 'byte must be in range(0, 256)');
    return String.fromCharCode(n);
  }
  throw pyError('TypeError', intOk ? `argument should be integer or bytes-like object, not '${typeName(value ?? null)}'` : `a bytes-like object is required, not '${typeName(value ?? null)}'`);
}

export function bytesBinaryOp(op: string, a: PyValue, b: PyValue): PyValue | undefined {
  if (op === '+' && a instanceof PyBytes) {
    if (!(b instanceof PyBytes)) throw pyError('TypeError', `can't concat ${typeName(b)} to ${typeName(a)}`);
    const out = new Uint8Array(a.data.length + b.data.length);
    out.set(a.data);
    out.set(b.data, a.data.length);
    return new PyBytes(out, a.mutable);
  }
  if (op === '*' && (a instanceof PyBytes || b instanceof PyBytes)) {
    const [seq, n] = (a instanceof PyBytes ? [a, b] : [b, a]) as [PyBytes, PyValue];
    if (!isInt(n)) throw pyError('TypeError', `can't multiply sequence by non-int of type '${typeName(n)}'`);
    return fromLatin(latin(seq.data).repeat(Math.max(0, Number(n))), seq.mutable);
  }
  return undefined;
}

/** `x in some_bytes`: a byte value or a sub-sequence of bytes. */
export function bytesContain(container: PyBytes, item: PyValue): boolean {
  return latin(container.data).includes(arg(item, 'in', true));
}

export function compareBytes(a: PyBytes, b: PyBytes): number {
  const n = Math.min(a.data.length, b.data.length);
  for (let i = 0; i < n; i++) if (a.data[i] !== b.data[i]) return a.data[i]! - b.data[i]!;
  return a.data.length - b.data.length;
}

function bounds(s: string, start: PyValue | undefined, end: PyValue | undefined): [number, number] {
  const norm = (v: PyValue | undefined, d: number) => {
    if (v === undefined || v === null) return d;
    const n = Number(v);
    return n < 0 ? Math.max(0, s.length + n) : Math.min(n, s.length);
  };
  return [norm(start, 0), norm(end, s.length)];
}

function splitWhitespace(s: string, maxsplit: number, fromRight: boolean): string[] {
  const words = s.split(/[ \t\n\r\x0b\x0c]+/).filter(Boolean);
  if (maxsplit < 0 || words.length <= maxsplit + 1) return words;
  if (!fromRight) {
    const re = /[ \t\n\r\x0b\x0c]+/g;
    const head: string[] = [];
    let rest = s.replace(/^[ \t\n\r\x0b\x0c]+/, '');
    for (let i = 0; i < maxsplit; i++) {
      re.lastIndex = 0;
      const m = re.exec(rest)!;
      head.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
    }
    return [...head, rest];
  }
  const reversed = splitWhitespace([...s].reverse().join(''), maxsplit, false);
  return reversed.map((w) => [...w].reverse().join('')).reverse();
}

function splitOn(s: string, sep: string, maxsplit: number, fromRight: boolean): string[] {
  if (sep === '') throw pyError('ValueError', 'empty separator');
  const parts = s.split(sep);
  if (maxsplit < 0 || parts.length <= maxsplit + 1) return parts;
  return fromRight ? [parts.slice(0, parts.length - maxsplit).join(sep), ...parts.slice(parts.length - maxsplit)] : [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)];
}

function stripChars(chars: PyValue | undefined): string {
  return chars === undefined || chars === null ? WHITESPACE : arg(chars, 'strip');
}

function strip(s: string, chars: string, left: boolean, right: boolean): string {
  let i = 0;
  let j = s.length;
  if (left) while (i < j && chars.includes(s[i]!)) i++;
  if (right) while (j > i && chars.includes(s[j - 1]!)) j--;
  return s.slice(i, j);
}

type Method = (self: PyBytes, args: PyValue[], kwargs: Kwargs, interp: Interpreter) => PyValue;

function textMethod(body: (s: string, args: PyValue[], kwargs: Kwargs, interp: Interpreter) => string): Method {
  return (self, args, kwargs, interp) => fromLatin(body(latin(self.data), args, kwargs, interp), self.mutable);
}

function listOf(self: PyBytes, parts: string[]): PyList {
  return new PyList(parts.map((p) => fromLatin(p, self.mutable)));
}

function search(name: string, fromRight: boolean, raise: boolean): Method {
  return (self, [sub, start, end]) => {
    const s = latin(self.data);
    const [i, j] = bounds(s, start, end);
    const needle = arg(sub, name, true);
    const window = s.slice(i, j);
    const at = fromRight ? window.lastIndexOf(needle) : window.indexOf(needle);
    if (at < 0 || j - i < needle.length) {
      if (raise) throw pyError('ValueError', `subsection not found`);
      return -1;
    }
    return at + i;
  };
}

const isClass = (re: RegExp): Method => (self) => self.data.length > 0 && re.test(latin(self.data));

export const BYTES_TEXT_METHODS: Record<string, Method> = {
  split: (self, args, kwargs) => {
    const sep = args[0] ?? kwargs.get('sep') ?? null;
    const max = Number(args[1] ?? kwargs.get('maxsplit') ?? -1);
    const s = latin(self.data);
    return listOf(self, sep === null ? splitWhitespace(s, max, false) : splitOn(s, arg(sep, 'split'), max, false));
  },
  rsplit: (self, args, kwargs) => {
    const sep = args[0] ?? kwargs.get('sep') ?? null;
    const max = Number(args[1] ?? kwargs.get('maxsplit') ?? -1);
    const s = latin(self.data);
    return listOf(self, sep === null ? splitWhitespace(s, max, true) : splitOn(s, arg(sep, 'rsplit'), max, true));
  },
  splitlines: (self, [keepends]) => {
    const s = latin(self.data);
    const lines = s.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
    return listOf(self, keepends === true || keepends === 1 ? lines : lines.map((l) => l.replace(/(\r\n|\r|\n)$/, '')));
  },
  join: (self, [items], _kwargs, interp) => {
    const parts = interp.iterate(items ?? null).map((item, i) => {
      if (!(item instanceof PyBytes)) throw pyError('TypeError', `sequence item ${i}: expected a bytes-like object, ${typeName(item)} found`);
      return latin(item.data);
    });
    return fromLatin(parts.join(latin(self.data)), self.mutable);
  },
  find: search('find', false, false),
  rfind: search('rfind', true, false),
  index: search('index', false, true),
  rindex: search('rindex', true, true),
  count: (self, [sub, start, end]) => {
    const s = latin(self.data);
    const [i, j] = bounds(s, start, end);
    const needle = arg(sub, 'count', true);
    if (needle === '') return j - i + 1;
    return s.slice(i, j).split(needle).length - 1;
  },
  replace: textMethod((s, [old, replacement, count]) => {
    const from = arg(old, 'replace');
    const to = arg(replacement, 'replace');
    let n = count === undefined ? -1 : Number(count);
    if (n < 0) return s.split(from).join(to);
    let out = '';
    let rest = s;
    while (n-- > 0) {
      const at = rest.indexOf(from);
      if (at < 0) break;
      out += rest.slice(0, at) + to;
      rest = rest.slice(at + Math.max(from.length, 0));
      if (from === '') {
        out += rest.slice(0, 1);
        rest = rest.slice(1);
      }
    }
    return out + rest;
  }),
  strip: textMethod((s, [chars]) => strip(s, stripChars(chars), true, true)),
  lstrip: textMethod((s, [chars]) => strip(s, stripChars(chars), true, false)),
  rstrip: textMethod((s, [chars]) => strip(s, stripChars(chars), false, true)),
  removeprefix: textMethod((s, [p]) => {
    const prefix = arg(p, 'removeprefix');
    return s.startsWith(prefix) ? s.slice(prefix.length) : s;
  }),
  removesuffix: textMethod((s, [p]) => {
    const suffix = arg(p, 'removesuffix');
    return suffix && s.endsWith(suffix) ? s.slice(0, -suffix.length) : s;
  }),
  partition: (self, [sep]) => {
    const s = latin(self.data);
    const d = arg(sep, 'partition');
    const at = s.indexOf(d);
    const parts = at < 0 ? [s, '', ''] : [s.slice(0, at), d, s.slice(at + d.length)];
    return new PyTuple(parts.map((p) => fromLatin(p, self.mutable)));
  },
  rpartition: (self, [sep]) => {
    const s = latin(self.data);
    const d = arg(sep, 'rpartition');
    const at = s.lastIndexOf(d);
    const parts = at < 0 ? ['', '', s] : [s.slice(0, at), d, s.slice(at + d.length)];
    return new PyTuple(parts.map((p) => fromLatin(p, self.mutable)));
  },
  ljust: textMethod((s, [width, fill]) => s.padEnd(Number(width), fill === undefined ? ' ' : arg(fill, 'ljust'))),
  rjust: textMethod((s, [width, fill]) => s.padStart(Number(width), fill === undefined ? ' ' : arg(fill, 'rjust'))),
  center: textMethod((s, [width, fill]) => {
    const w = Number(width);
    const f = fill === undefined ? ' ' : arg(fill, 'center');
    if (w <= s.length) return s;
    const total = w - s.length;
    const left = Math.floor(total / 2) + (total & w & 1);
    return f.repeat(left) + s + f.repeat(total - left);
  }),
  zfill: textMethod((s, [width]) => {
    const w = Number(width);
    const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
    return s.length >= w ? s : sign + '0'.repeat(w - s.length) + s.slice(sign.length);
  }),
  capitalize: textMethod((s) => s.slice(0, 1).replace(/[a-z]/, (c) => c.toUpperCase()) + s.slice(1).replace(/[A-Z]/g, (c) => c.toLowerCase())),
  swapcase: textMethod((s) => s.replace(/[a-zA-Z]/g, (c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()))),
  title: textMethod((s) => s.replace(/[a-zA-Z]+/g, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())),
  translate: textMethod((s, [table, del]) => {
    const map = table === null || table === undefined ? null : arg(table, 'translate');
    if (map !== null && map.length !== 256) throw pyError('ValueError', 'translation table must be 256 characters long');
    const drop = del === undefined ? '' : arg(del, 'translate');
    let out = '';
    for (const c of s) if (!drop.includes(c)) out += map === null ? c : map[c.charCodeAt(0)]!;
    return out;
  }),
  isdigit: isClass(/^[0-9]+$/),
  isalpha: isClass(/^[a-zA-Z]+$/),
  isalnum: isClass(/^[a-zA-Z0-9]+$/),
  isspace: isClass(/^[ \t\n\r\x0b\x0c]+$/),
  isascii: (self) => self.data.every((b) => b < 128),
  islower: (self) => /[a-z]/.test(latin(self.data)) && !/[A-Z]/.test(latin(self.data)),
  isupper: (self) => /[A-Z]/.test(latin(self.data)) && !/[a-z]/.test(latin(self.data)),
};

/** bytes.fromhex and bytes.maketrans, reached through the type. */
export const BYTES_CLASS_METHODS: Record<string, (args: PyValue[], kwargs: Kwargs, interp: Interpreter) => PyValue> = {
  fromhex: ([s]) => {
    if (typeof s !== 'string') throw pyError('TypeError', `fromhex() argument must be str, not ${typeName(s ?? null)}`);
    const out: number[] = [];
    let i = 0;
    while (i < s.length) {
      if (s[i] === ' ' || (s[i]! >= '\t' && s[i]! <= '\r')) {
        i++;
        continue;
      }
      const pair = s.slice(i, i + 2);
      if (!/^[0-9a-fA-F]{2}$/.test(pair)) {
        const at = /^[0-9a-fA-F]$/.test(s[i]!) ? i + 1 : i;
        throw pyError('ValueError', `non-hexadecimal number found in fromhex() arg at position ${Math.min(at, s.length)}`);
      }
      out.push(parseInt(pair, 16));
      i += 2;
    }
    return new PyBytes(Uint8Array.from(out));
  },
  maketrans: ([from, to]) => {
    const a = arg(from, 'maketrans');
    const b = arg(to, 'maketrans');
    if (a.length !== b.length) throw pyError('ValueError', 'maketrans arguments must have same length');
    const table = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let i = 0; i < a.length; i++) table[a.charCodeAt(i)] = b.charCodeAt(i);
    return new PyBytes(table);
  },
};

/** str.encode(encoding, errors): UTF-8, ASCII and Latin-1, with CPython's UnicodeEncodeError. */
export function encodeText(s: string, encoding: string, errors: string): PyBytes {
  const enc = encoding.toLowerCase().replace(/_/g, '-');
  if (enc === 'utf-8' || enc === 'utf8') return new PyBytes(new TextEncoder().encode(s));
  const limit = enc === 'ascii' || enc === 'us-ascii' ? 128 : ['latin-1', 'latin1', 'iso-8859-1', 'iso8859-1', 'l1'].includes(enc) ? 256 : 0;
  if (limit === 0) throw pyError('LookupError', `unknown encoding: ${encoding}`);
  const name = limit === 128 ? 'ascii' : 'latin-1';
  const out: number[] = [];
  const chars = [...s];
  chars.forEach((c, i) => {
    const code = c.codePointAt(0)!;
    if (code < limit) out.push(code);
    else if (errors === 'ignore') return;
    else if (errors === 'replace') out.push(0x3f);
    else if (errors === 'xmlcharrefreplace') out.push(...[...`&#${code};`].map((x) => x.charCodeAt(0)));
    else {
      const hex = code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : code <= 0xffff ? `\\u${code.toString(16).padStart(4, '0')}` : `\\U${code.toString(16).padStart(8, '0')}`;
      throw pyError('UnicodeEncodeError', `'${name}' codec can't encode character '${hex}' in position ${i}: ordinal not in range(${limit})`);
    }
  });
  return new PyBytes(Uint8Array.from(out));
}
