import { PyDict, PyList, PyTuple, newDict, dictGet, dictSet, pyError, typeName, type Interpreter, type PyValue } from '../../python';
import { PyBytes, decodeBytes } from '../../python/bytes';

/** Percent-encoding (RFC 3986) and query strings, as urllib.parse has them. */
const ALWAYS_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~';

function encodeText(text: string, encoding: PyValue | undefined): Uint8Array {
  const enc = typeof encoding === 'string' ? encoding.toLowerCase().replace('_', '-') : 'utf-8';
  if (enc === 'latin-1' || enc === 'latin1' || enc === 'iso-8859-1' || enc === 'ascii') {
    return Uint8Array.from(text, (c, i) => {
      const code = c.charCodeAt(0);
      if (code > (enc === 'ascii' ? 127 : 255)) throw pyError('UnicodeEncodeError', `'${enc === 'ascii' ? 'ascii' : 'latin-1'}' codec can't encode character '\\x${code.toString(16)}' in position ${i}: ordinal not in range(${enc === 'ascii' ? 128 : 256})`);
      return code;
    });
  }
  if (enc !== 'utf-8' && enc !== 'utf8') throw pyError('LookupError', `unknown encoding: ${String(encoding)}`);
  return new TextEncoder().encode(text);
}

function safeBytes(safe: PyValue | undefined): Set<number> {
  const set = new Set<number>([...ALWAYS_SAFE].map((c) => c.charCodeAt(0)));
  if (typeof safe === 'string') for (const c of safe) if (c.charCodeAt(0) < 128) set.add(c.charCodeAt(0));
  if (safe instanceof PyBytes) for (const b of safe.data) if (b < 128) set.add(b);
  return set;
}

export function quoteFromBytes(data: Uint8Array, safe: PyValue | undefined = '/'): string {
  const keep = safeBytes(safe);
  let out = '';
  for (const b of data) out += keep.has(b) ? String.fromCharCode(b) : '%' + b.toString(16).toUpperCase().padStart(2, '0');
  return out;
}

/** quote(string, safe='/', encoding=None, errors=None). */
export function quote(value: PyValue | undefined, safe: PyValue | undefined = '/', encoding?: PyValue): string {
  if (typeof value === 'string') return value === '' ? '' : quoteFromBytes(encodeText(value, encoding), safe);
  if (encoding !== undefined && encoding !== null) throw pyError('TypeError', "quote() doesn't support 'encoding' for bytes");
  if (!(value instanceof PyBytes)) throw pyError('TypeError', 'quote_from_bytes() expected bytes');
  return quoteFromBytes(value.data, safe);
}

export function quotePlus(value: PyValue | undefined, safe: PyValue | undefined = '', encoding?: PyValue): string {
  const hasSpace = typeof value === 'string' ? value.includes(' ') : value instanceof PyBytes && value.data.includes(0x20);
  if (!hasSpace) return quote(value, safe, encoding);
  const withSpace = safe instanceof PyBytes ? new PyBytes(Uint8Array.from([...safe.data, 0x20])) : `${typeof safe === 'string' ? safe : ''} `;
  return quote(value, withSpace, encoding).replace(/ /g, '+');
}

export function unquoteToBytes(text: string | Uint8Array): Uint8Array {
  const data = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const out: number[] = [];
  for (let i = 0; i < data.length; i++) {
    const hex = String.fromCharCode(data[i + 1] ?? 0, data[i + 2] ?? 0);
    if (data[i] === 0x25 && /^[0-9a-fA-F]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else out.push(data[i]!);
  }
  return Uint8Array.from(out);
}

/** unquote(string, encoding='utf-8', errors='replace'): runs of ASCII are unquoted and decoded; other characters stay. */
export function unquote(value: PyValue | undefined, encoding: PyValue | undefined = 'utf-8', errors: PyValue | undefined = 'replace'): string {
  const enc = typeof encoding === 'string' ? encoding : 'utf-8';
  const err = typeof errors === 'string' ? errors : 'replace';
  if (value instanceof PyBytes) return decodeBytes(new PyBytes(unquoteToBytes(value.data)), enc, err);
  if (typeof value !== 'string') throw pyError('TypeError', `a bytes-like object is required, not '${typeName(value ?? null)}'`);
  if (!value.includes('%')) return value;
  return value.replace(/[\x00-\x7f]+/g, (run) => decodeBytes(new PyBytes(unquoteToBytes(run)), enc, err));
}

export function unquotePlus(value: PyValue | undefined, encoding?: PyValue, errors?: PyValue): string {
  if (typeof value !== 'string') throw pyError('TypeError', `a bytes-like object is required, not '${typeName(value ?? null)}'`);
  return unquote(value.replace(/\+/g, ' '), encoding, errors);
}

export interface QsOptions {
  keepBlank: boolean;
  strict: boolean;
  encoding: PyValue | undefined;
  errors: PyValue | undefined;
  maxFields: number | null;
  separator: PyValue;
}

export function parseQsl(qs: PyValue, options: QsOptions): [string, string][] {
  if (qs === null || qs === '') return [];
  if (qs instanceof PyBytes) throw pyError('NotImplementedError', "urllib.parse with bytes query strings is not available in the sandbox's Python");
  // CPython's _coerce_args takes any non-str for bytes and tries to decode it.
  if (typeof qs !== 'string') throw pyError('AttributeError', `'${typeName(qs)}' object has no attribute 'decode'`);
  const sep = options.separator;
  if (typeof sep !== 'string' || sep === '') throw pyError('ValueError', 'Separator must be of type string or bytes.');
  if (options.maxFields !== null && options.maxFields < qs.split(sep).length) throw pyError('ValueError', 'Max number of fields exceeded');
  const out: [string, string][] = [];
  for (const field of qs.split(sep)) {
    if (!field && !options.strict) continue;
    const at = field.indexOf('=');
    const nv = at < 0 ? [field] : [field.slice(0, at), field.slice(at + 1)];
    if (nv.length !== 2) {
      if (options.strict) throw pyError('ValueError', `bad query field: ${pyStr(field)}`);
      if (!options.keepBlank) continue;
      nv.push('');
    }
    if (nv[1]!.length || options.keepBlank) out.push([unquotePlus(nv[0], options.encoding, options.errors), unquotePlus(nv[1], options.encoding, options.errors)]);
  }
  return out;
}

function pyStr(s: string): string {
  return s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/'/g, "\\'")}'`;
}

export function parseQs(qs: PyValue, options: QsOptions): PyDict {
  const dict = newDict();
  for (const [k, v] of parseQsl(qs, options)) {
    const list = dictGet(dict, k);
    if (list instanceof PyList) list.items.push(v);
    else dictSet(dict, k, new PyList([v]));
  }
  return dict;
}

/** urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus). */
export function urlencode(interp: Interpreter, query: PyValue, doseq: boolean, safe: PyValue, encoding: PyValue, errors: PyValue, quoteVia: PyValue): string {
  let pairs: PyValue[];
  if (query instanceof PyDict) pairs = [...query.entries.values()].map((e) => new PyTuple([e.key, e.value]));
  else if (interp.findAttr(query, 'items') !== undefined && !(query instanceof PyList || query instanceof PyTuple || typeof query === 'string')) {
    pairs = interp.iterate(interp.call(interp.getAttr(query, 'items'), []));
  } else {
    const bad = () => pyError('TypeError', 'not a valid non-string sequence or mapping object');
    if (typeof query === 'string' || query instanceof PyBytes) {
      if (query === '' || (query instanceof PyBytes && !query.data.length)) return '';
      throw bad();
    }
    if (!(query instanceof PyList || query instanceof PyTuple)) throw bad();
    if (query.items.length && !(query.items[0] instanceof PyTuple)) throw bad();
    pairs = [...query.items];
  }
  const q = (v: PyValue): string => {
    const args = v instanceof PyBytes ? [v, safe] : [typeof v === 'string' ? v : interp.str(v), safe, encoding, errors];
    return interp.str(interp.call(quoteVia, args));
  };
  const out: string[] = [];
  for (const pair of pairs) {
    const items = interp.iterate(pair);
    if (items.length !== 2) throw pyError('ValueError', items.length > 2 ? 'too many values to unpack (expected 2)' : `not enough values to unpack (expected 2, got ${items.length})`);
    const [k, v] = items as [PyValue, PyValue];
    const key = q(k);
    if (!doseq || typeof v === 'string' || v instanceof PyBytes || !hasLen(interp, v)) {
      out.push(`${key}=${q(v)}`);
      continue;
    }
    for (const elt of interp.iterate(v)) out.push(`${key}=${q(elt)}`);
  }
  return out.join('&');
}

/** Whether len(value) works: urlencode(doseq=True) expands only values that have one. */
function hasLen(interp: Interpreter, value: PyValue): boolean {
  try {
    interp.call(interp.builtins.get('len')!, [value]);
    return true;
  } catch {
    return false;
  }
}
