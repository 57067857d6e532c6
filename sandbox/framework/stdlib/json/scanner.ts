import { PyFloat, PyList, PyNativeFunction, PyTuple, dictSet, newDict, pyError, typeName, type Interpreter, type PyValue } from '../../python';
import { parseIntText } from '../../python/big-int';

/**
 * The natives behind json: the JSON text scanner (CPython's C scanner's grammar and error
 * messages, positions in code points), string escaping for the encoder, and whitespace skipping.
 */
class ScanError {
  constructor(
    readonly msg: string,
    readonly unit: number,
  ) {}
}

interface Hooks {
  objectHook: PyValue;
  pairsHook: PyValue;
  parseFloat: PyValue;
  parseInt: PyValue;
  parseConstant: PyValue;
  strict: boolean;
}

const NUMBER = /(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?/y;
const SPACE = /[ \t\n\r]*/y;

function skipSpace(s: string, at: number): number {
  SPACE.lastIndex = at;
  SPACE.exec(s);
  return SPACE.lastIndex;
}

/** A UTF-16 offset as Python's str index (pairs of surrogates are one character there). */
function codePoints(s: string, unit: number): number {
  let cp = 0;
  for (let i = 0; i < unit; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < unit && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    cp++;
  }
  return cp;
}

function unitOf(s: string, cp: number): number {
  let unit = 0;
  for (let n = 0; n < cp && unit < s.length; n++) unit += (s.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1;
  return cp > 0 && unit === 0 ? cp : unit;
}

class Scanner {
  constructor(
    private readonly interp: Interpreter,
    private readonly s: string,
    private readonly hooks: Hooks,
  ) {}

  value(at: number): [PyValue, number] {
    const s = this.s;
    const c = s[at];
    if (c === '"') return this.string(at + 1);
    if (c === '{') return this.object(at + 1);
    if (c === '[') return this.array(at + 1);
    if (c === 'n' && s.startsWith('null', at)) return [null, at + 4];
    if (c === 't' && s.startsWith('true', at)) return [true, at + 4];
    if (c === 'f' && s.startsWith('false', at)) return [false, at + 5];
    if (c === 'N' && s.startsWith('NaN', at)) return [this.constant('NaN'), at + 3];
    if (c === 'I' && s.startsWith('Infinity', at)) return [this.constant('Infinity'), at + 8];
    if (c === '-' && s.startsWith('-Infinity', at)) return [this.constant('-Infinity'), at + 9];
    NUMBER.lastIndex = at;
    const m = NUMBER.exec(s);
    if (m === null) throw new ScanError('Expecting value', at);
    const end = at + m[0].length;
    if (m[2] !== undefined || m[3] !== undefined) {
      if (this.hooks.parseFloat !== null) return [this.interp.call(this.hooks.parseFloat, [m[0]]), end];
      return [new PyFloat(Number(m[0])), end];
    }
    if (this.hooks.parseInt !== null) return [this.interp.call(this.hooks.parseInt, [m[0]]), end];
    return [parseIntText(m[0], 10) as PyValue, end];
  }

  private constant(name: string): PyValue {
    if (this.hooks.parseConstant !== null) return this.interp.call(this.hooks.parseConstant, [name]);
    return new PyFloat(name === 'NaN' ? NaN : name === 'Infinity' ? Infinity : -Infinity);
  }

  string(at: number): [string, number] {
    const s = this.s;
    const begin = at - 1;
    let out = '';
    let i = at;
    for (;;) {
      let j = i;
      while (j < s.length) {
        const code = s.charCodeAt(j);
        if (code === 0x22 || code === 0x5c || (code < 0x20 && this.hooks.strict)) break;
        j++;
      }
      out += s.slice(i, j);
      if (j >= s.length) throw new ScanError('Unterminated string starting at', begin);
      const c = s[j]!;
      if (c === '"') return [out, j + 1];
      if (c !== '\\') throw new ScanError('Invalid control character at', j);
      const e = s[j + 1];
      if (e === undefined) throw new ScanError('Unterminated string starting at', begin);
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e in simple) {
        out += simple[e];
        i = j + 2;
        continue;
      }
      if (e !== 'u') throw new ScanError('Invalid \\escape', j);
      let code = this.hex4(j + 2, j + 1);
      i = j + 6;
      if (code >= 0xd800 && code <= 0xdbff && s[i] === '\\' && s[i + 1] === 'u') {
        const low = this.hex4(i + 2, i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          i += 6;
        }
      }
      out += String.fromCodePoint(code);
    }
  }

  private hex4(at: number, errorAt: number): number {
    const digits = this.s.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) throw new ScanError('Invalid \\uXXXX escape', errorAt);
    return parseInt(digits, 16);
  }

  private object(at: number): [PyValue, number] {
    const s = this.s;
    const pairs: [string, PyValue][] = [];
    let i = skipSpace(s, at);
    if (s[i] === '}') return [this.finishObject(pairs), i + 1];
    for (;;) {
      if (s[i] !== '"') throw new ScanError('Expecting property name enclosed in double quotes', i);
      const [key, afterKey] = this.string(i + 1);
      i = skipSpace(s, afterKey);
      if (s[i] !== ':') throw new ScanError("Expecting ':' delimiter", i);
      i = skipSpace(s, i + 1);
      const [value, afterValue] = this.value(i);
      pairs.push([key, value]);
      i = skipSpace(s, afterValue);
      if (s[i] === '}') return [this.finishObject(pairs), i + 1];
      if (s[i] !== ',') throw new ScanError("Expecting ',' delimiter", i);
      i = skipSpace(s, i + 1);
    }
  }

  private finishObject(pairs: [string, PyValue][]): PyValue {
    if (this.hooks.pairsHook !== null) return this.interp.call(this.hooks.pairsHook, [new PyList(pairs.map(([k, v]) => new PyTuple([k, v])))]);
    const dict = newDict();
    for (const [k, v] of pairs) dictSet(dict, k, v);
    if (this.hooks.objectHook !== null) return this.interp.call(this.hooks.objectHook, [dict]);
    return dict;
  }

  private array(at: number): [PyValue, number] {
    const s = this.s;
    const items: PyValue[] = [];
    let i = skipSpace(s, at);
    if (s[i] === ']') return [new PyList(items), i + 1];
    for (;;) {
      const [value, after] = this.value(i);
      items.push(value);
      i = skipSpace(s, after);
      if (s[i] === ']') return [new PyList(items), i + 1];
      if (s[i] !== ',') throw new ScanError("Expecting ',' delimiter", i);
      i = skipSpace(s, i + 1);
    }
  }
}

const SHORT: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** A str as a JSON string literal; with ensure_ascii, everything outside ' '..'~' as \uXXXX (surrogate pairs for astral characters). */
export function encodeString(s: string, ensureAscii: boolean): string {
  const pattern = ensureAscii ? /[^ -~]|["\\]/g : /[\x00-\x1f"\\]/g;
  return `"${s.replace(pattern, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

function asStr(v: PyValue | undefined, what: string): string {
  if (typeof v !== 'string') throw pyError('TypeError', `${what} must be str, not ${typeName(v ?? null)}`);
  return v;
}

export function jsonNatives(interp: Interpreter): Record<string, PyValue> {
  return {
    _encode_str: new PyNativeFunction('_encode_str', ([s, ensureAscii]) => encodeString(asStr(s, 'first argument'), interp.truthy(ensureAscii ?? true))),
    _skip_space: new PyNativeFunction('_skip_space', ([s, at]) => {
      const text = asStr(s, 'the JSON object');
      return codePoints(text, skipSpace(text, unitOf(text, typeof at === 'number' ? at : 0)));
    }),
    _scan: new PyNativeFunction('_scan', ([s, at, objectHook, pairsHook, parseFloat, parseInt, parseConstant, strict]) => {
      const text = asStr(s, 'the JSON object');
      const hooks: Hooks = {
        objectHook: objectHook ?? null,
        pairsHook: pairsHook ?? null,
        parseFloat: parseFloat ?? null,
        parseInt: parseInt ?? null,
        parseConstant: parseConstant ?? null,
        strict: interp.truthy(strict ?? true),
      };
      const start = typeof at === 'number' ? at : 0;
      if (start < 0) throw pyError('ValueError', 'idx cannot be negative');
      try {
        const [value, end] = new Scanner(interp, text, hooks).value(unitOf(text, start));
        return new PyTuple([true, value, codePoints(text, end)]);
      } catch (err) {
        if (err instanceof ScanError) return new PyTuple([false, err.msg, codePoints(text, err.unit)]);
        throw err;
      }
    }),
  };
}
