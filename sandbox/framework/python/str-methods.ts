import { pyError } from './exceptions';
import type { Interpreter } from './interpreter';
import { PyDict, PyList, PyTuple, type Kwargs, type PyValue } from './objects';
import { encodeText } from './bytes-ops';
import { dictGet, dictSet, isInt, newDict, typeName } from './values';

type StrMethod = (s: string, args: PyValue[], kwargs: Kwargs, interp: Interpreter) => PyValue;

function str(v: PyValue | undefined, method: string, what = 'argument'): string {
  if (typeof v !== 'string') throw pyError('TypeError', `${method}() ${what} must be str, not ${typeName(v ?? null)}`);
  return v;
}

function int(v: PyValue | undefined, fallback: number): number {
  if (v === undefined || v === null) return fallback;
  if (!isInt(v)) throw pyError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
  return Number(v);
}

function fillChar(v: PyValue | undefined, method: string): string {
  if (v === undefined) return ' ';
  const c = str(v, method, 'argument 2');
  if ([...c].length !== 1) throw pyError('TypeError', 'The fill character must be exactly one character long');
  return c;
}

function argCount(method: string, args: PyValue[], min: number, max: number) {
  if (args.length < min) throw pyError('TypeError', `${method}() takes ${min === max ? 'exactly' : 'at least'} ${min === 1 ? 'one argument' : `${min} arguments`} (${args.length} given)`);
  if (args.length > max) {
    if (max === 0) throw pyError('TypeError', `str.${method}() takes no arguments (${args.length} given)`);
    throw pyError('TypeError', `${method}() takes ${min === max ? 'exactly' : 'at most'} ${max === 1 ? 'one argument' : `${max} arguments`} (${args.length} given)`);
  }
}

/** The [start, end) window str.find and friends search, with Python's negative and clamped bounds. */
function window(s: string, start: PyValue | undefined, end: PyValue | undefined): [number, number] {
  const n = s.length;
  const norm = (v: PyValue | undefined, d: number) => {
    if (v === undefined || v === null) return d;
    let i = int(v, d);
    if (i < 0) i += n;
    return Math.min(Math.max(i, 0), n);
  };
  return [norm(start, 0), norm(end, n)];
}

const isCased = (c: string) => c.toLowerCase() !== c.toUpperCase();
const isUpper = (c: string) => isCased(c) && c === c.toUpperCase() && c !== c.toLowerCase();
const isLower = (c: string) => isCased(c) && c === c.toLowerCase() && c !== c.toUpperCase();
const every = (s: string, re: RegExp) => s.length > 0 && [...s].every((c) => re.test(c));
const PY_SPACE = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

function pad(s: string, width: number, fill: string, how: '<' | '>' | '^'): string {
  const len = [...s].length;
  if (width <= len) return s;
  const total = width - len;
  if (how === '<') return s + fill.repeat(total);
  if (how === '>') return fill.repeat(total) + s;
  // str.center puts the extra character on the right unless the width is odd... CPython's rule: left = total/2 + (total & width & 1).
  const left = Math.floor(total / 2) + (total & width & 1);
  return fill.repeat(left) + s + fill.repeat(total - left);
}

function splitWhitespace(s: string, max: number, fromRight: boolean): string[] {
  const words = s.split(/[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/).filter((w) => w !== '');
  if (max < 0 || words.length <= max + 1) return words;
  if (!fromRight) {
    const out: string[] = [];
    let rest = s.replace(/^\s+/, '');
    for (let i = 0; i < max; i++) {
      const m = /^(\S+)\s+/.exec(rest)!;
      out.push(m[1]!);
      rest = rest.slice(m[0].length);
    }
    return [...out, rest];
  }
  const out: string[] = [];
  let rest = s.replace(/\s+$/, '');
  for (let i = 0; i < max; i++) {
    const m = /\s+(\S+)$/.exec(rest)!;
    out.unshift(m[1]!);
    rest = rest.slice(0, rest.length - m[0].length);
  }
  return [rest, ...out];
}

function split(s: string, args: PyValue[], kwargs: Kwargs, fromRight: boolean): PyValue {
  const name = fromRight ? 'rsplit' : 'split';
  const sepArg = args[0] ?? kwargs.get('sep') ?? null;
  const max = int(args[1] ?? kwargs.get('maxsplit'), -1);
  if (sepArg === null) return new PyList(splitWhitespace(s, max, fromRight));
  const sep = str(sepArg, name, 'argument 1');
  if (sep === '') throw pyError('ValueError', 'empty separator');
  const parts = s.split(sep);
  if (max < 0 || parts.length <= max + 1) return new PyList(parts);
  if (!fromRight) return new PyList([...parts.slice(0, max), parts.slice(max).join(sep)]);
  return new PyList([parts.slice(0, parts.length - max).join(sep), ...parts.slice(parts.length - max)]);
}

function titleCase(s: string): string {
  let out = '';
  let prevCased = false;
  for (const c of s) {
    out += prevCased ? c.toLowerCase() : c.toUpperCase();
    prevCased = isCased(c);
  }
  return out;
}

function translate(s: string, table: PyValue, interp: Interpreter): string {
  let out = '';
  for (const c of s) {
    let mapped: PyValue | undefined;
    if (table instanceof PyDict) mapped = dictGet(table, c.codePointAt(0)!);
    else {
      try {
        mapped = interp.getItem(table, c.codePointAt(0)!);
      } catch {
        mapped = undefined;
      }
    }
    if (mapped === undefined) out += c;
    else if (mapped === null) continue;
    else if (typeof mapped === 'number') out += String.fromCodePoint(mapped);
    else if (typeof mapped === 'string') out += mapped;
    else throw pyError('TypeError', 'character mapping must return integer, None or str');
  }
  return out;
}

/** The str methods beyond the handful methods.ts has always had. */
export const STR_METHODS: Record<string, StrMethod> = {
  title: (s) => titleCase(s),
  swapcase: (s) => [...s].map((c) => (isUpper(c) ? c.toLowerCase() : isLower(c) ? c.toUpperCase() : c)).join(''),
  casefold: (s) => s.toLowerCase().replace(/ß/g, 'ss'),
  isalnum: (s) => every(s, /[\p{L}\p{N}]/u),
  isalpha: (s) => every(s, /\p{L}/u),
  isupper: (s) => [...s].some(isUpper) && ![...s].some(isLower),
  islower: (s) => [...s].some(isLower) && ![...s].some(isUpper),
  isspace: (s) => every(s, PY_SPACE),
  istitle: (s) => {
    let cased = false;
    let prevCased = false;
    for (const c of s) {
      if (isUpper(c)) {
        if (prevCased) return false;
        prevCased = cased = true;
      } else if (isLower(c)) {
        if (!prevCased) return false;
        prevCased = cased = true;
      } else prevCased = false;
    }
    return cased;
  },
  isnumeric: (s) => every(s, /\p{N}/u),
  isdecimal: (s) => every(s, /\p{Nd}/u),
  isdigit: (s) => every(s, /[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]/u),
  isascii: (s) => /^[\x00-\x7f]*$/.test(s),
  isprintable: (s) => !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(s.replace(/ /g, '')),
  ljust: (s, [w, f]) => pad(s, int(w, 0), fillChar(f, 'ljust'), '<'),
  rjust: (s, [w, f]) => pad(s, int(w, 0), fillChar(f, 'rjust'), '>'),
  center: (s, [w, f]) => pad(s, int(w, 0), fillChar(f, 'center'), '^'),
  zfill: (s, args) => {
    argCount('zfill', args, 1, 1);
    const width = int(args[0], 0);
    const sign = s[0] === '-' || s[0] === '+' ? s[0] : '';
    const len = [...s].length;
    return len >= width ? s : sign + '0'.repeat(width - len) + s.slice(sign.length);
  },
  split: (s, args, kwargs) => split(s, args, kwargs, false),
  rsplit: (s, args, kwargs) => split(s, args, kwargs, true),
  find: (s, [sub, start, end]) => {
    const [a, b] = window(s, start, end);
    const i = s.slice(0, b).indexOf(str(sub, 'find', 'argument'), a);
    return i >= 0 && i + (sub as string).length <= b ? i : -1;
  },
  rfind: (s, [sub, start, end]) => {
    const [a, b] = window(s, start, end);
    const i = s.slice(0, b).lastIndexOf(str(sub, 'rfind', 'argument'));
    return i >= a ? i : -1;
  },
  index: (s, args, k, interp) => {
    const i = STR_METHODS.find!(s, args, k, interp) as number;
    if (i < 0) throw pyError('ValueError', 'substring not found');
    return i;
  },
  rindex: (s, args, k, interp) => {
    const i = STR_METHODS.rfind!(s, args, k, interp) as number;
    if (i < 0) throw pyError('ValueError', 'substring not found');
    return i;
  },
  count: (s, [sub, start, end]) => {
    const [a, b] = window(s, start, end);
    const part = s.slice(a, b);
    const needle = str(sub, 'count', 'argument');
    return needle === '' ? [...part].length + 1 : part.split(needle).length - 1;
  },
  replace: (s, [a, b, count]) => {
    const old = str(a, 'replace', 'argument 1');
    const rep = str(b, 'replace', 'argument 2');
    const n = int(count, -1);
    if (n < 0) return s.split(old).join(rep);
    const parts = s.split(old);
    return parts.slice(0, n + 1).join(rep) + (parts.length > n + 1 ? old + parts.slice(n + 1).join(old) : '');
  },
  partition: (s, [sep]) => {
    const p = str(sep, 'partition', 'argument');
    if (p === '') throw pyError('ValueError', 'empty separator');
    const i = s.indexOf(p);
    return new PyTuple(i < 0 ? [s, '', ''] : [s.slice(0, i), p, s.slice(i + p.length)]);
  },
  rpartition: (s, [sep]) => {
    const p = str(sep, 'rpartition', 'argument');
    if (p === '') throw pyError('ValueError', 'empty separator');
    const i = s.lastIndexOf(p);
    return new PyTuple(i < 0 ? ['', '', s] : [s.slice(0, i), p, s.slice(i + p.length)]);
  },
  removeprefix: (s, [p]) => {
    const prefix = str(p, 'removeprefix', 'argument');
    return prefix && s.startsWith(prefix) ? s.slice(prefix.length) : s;
  },
  removesuffix: (s, [p]) => {
    const suffix = str(p, 'removesuffix', 'argument');
    return suffix && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
  },
  expandtabs: (s, [size]) => {
    const tab = int(size, 8);
    let out = '';
    let col = 0;
    for (const c of s) {
      if (c === '\t') {
        const n = tab > 0 ? tab - (col % tab) : 0;
        out += ' '.repeat(n);
        col += n;
      } else {
        out += c;
        col = c === '\n' || c === '\r' ? 0 : col + 1;
      }
    }
    return out;
  },
  splitlines: (s, [keepArg], kwargs) => {
    const keep = keepArg ?? kwargs.get('keepends') ?? false;
    const lines: string[] = [];
    const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
    let last = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      lines.push(s.slice(last, keep ? m.index + m[0].length : m.index));
      last = m.index + m[0].length;
    }
    if (last < s.length) lines.push(s.slice(last));
    return new PyList(lines);
  },
  startswith: (s, [prefix, start, end]) => affix(s, prefix, start, end, 'startswith'),
  endswith: (s, [suffix, start, end]) => affix(s, suffix, start, end, 'endswith'),
  encode: (s, [encoding, errors], kwargs) => {
    const enc = encoding ?? kwargs.get('encoding');
    const err = errors ?? kwargs.get('errors');
    return encodeText(s, enc === undefined ? 'utf-8' : str(enc, 'encode', 'argument 1'), err === undefined ? 'strict' : str(err, 'encode', 'argument 2'));
  },
  translate: (s, [table], _k, interp) => translate(s, table ?? null, interp),
  format_map: (s, [mapping], _k, interp) => interp.call(interp.getAttr(s, 'format'), [], mappingKwargs(mapping ?? null, interp)),
};

/** startswith/endswith: a str or a tuple of them, matched inside s[start:end]. */
function affix(s: string, what: PyValue | undefined, start: PyValue | undefined, end: PyValue | undefined, method: string): boolean {
  const [a, b] = window(s, start, end);
  const from = start === undefined || start === null ? 0 : int(start, 0);
  const part = s.slice(a, b);
  const options = what instanceof PyTuple ? what.items : [what];
  return options.some((option) => {
    if (typeof option !== 'string') {
      const what2 = what instanceof PyTuple ? `tuple for ${method} must only contain str, not ${typeName(option ?? null)}` : `${method} first arg must be str or a tuple of str, not ${typeName(option ?? null)}`;
      throw pyError('TypeError', what2);
    }
    // Past the end or in an empty window even '' does not match: 'ab'.startswith('', 3) is False.
    if (from > s.length || b - a < option.length) return false;
    return method === 'startswith' ? part.startsWith(option) : part.endsWith(option);
  });
}

function mappingKwargs(mapping: PyValue, interp: Interpreter): Kwargs {
  const out: Kwargs = new Map();
  for (const k of interp.iterate(mapping)) out.set(interp.str(k), interp.getItem(mapping, k));
  return out;
}

/** str.maketrans, reached through the type: `str.maketrans('ab', 'xy')`. */
export function maketrans(args: PyValue[]): PyValue {
  const [a, b, c] = args;
  const table = newDict();
  if (args.length === 1) {
    if (!(a instanceof PyDict)) throw pyError('TypeError', 'if you give only one argument to maketrans it must be a dict');
    for (const { key, value } of a.entries.values()) dictSet(table, typeof key === 'string' ? key.codePointAt(0)! : key, value);
    return table;
  }
  const from = [...str(a, 'maketrans', 'argument 1')];
  const to = [...str(b, 'maketrans', 'argument 2')];
  if (from.length !== to.length) throw pyError('ValueError', 'the first two maketrans arguments must have equal length');
  from.forEach((ch, i) => dictSet(table, ch.codePointAt(0)!, to[i]!.codePointAt(0)!));
  if (c !== undefined) for (const ch of str(c, 'maketrans', 'argument 3')) dictSet(table, ch.codePointAt(0)!, null);
  return table;
}
