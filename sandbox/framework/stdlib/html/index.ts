import { PyList, PyNativeFunction, dictSet, newDict, pyError, typeName, type Interpreter, type PyValue } from '../../python';
import { HTML5_ONLY, LEGACY, NAMED } from './entities';

/** Python's html module: escape and unescape (HTML5's rules for character references). */

function escape(s: string, quote: boolean): string {
  let out = s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  if (quote) out = out.replaceAll('"', '&quot;').replaceAll("'", '&#x27;');
  return out;
}

/** Windows-1252 for the C1 range, as HTML5 reads `&#128;`..`&#159;`. */
const C1 = '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178';

function isInvalidCodepoint(cp: number): boolean {
  return (cp >= 0x1 && cp <= 0x8) || cp === 0xb || (cp >= 0xe && cp <= 0x1f) || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
}

function numeric(body: string): string {
  const hex = body[1] === 'x' || body[1] === 'X';
  const cp = parseInt(body.slice(hex ? 2 : 1).replace(/;$/, ''), hex ? 16 : 10);
  if (cp === 0x0d) return '\r';
  if (cp >= 0x80 && cp <= 0x9f) return C1[cp - 0x80]!;
  if (cp === 0 || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return '\ufffd';
  if (isInvalidCodepoint(cp)) return '';
  return String.fromCodePoint(cp);
}

function named(body: string): string {
  const exact = body.endsWith(';') ? NAMED.get(body.slice(0, -1)) : LEGACY.has(body) ? NAMED.get(body) : undefined;
  if (exact !== undefined) return exact;
  // HTML5 reads the longest legacy name at the start, with or without a following ';' ("&copy2024").
  for (let n = body.length - 1; n > 1; n--) {
    const prefix = body.slice(0, n);
    if (LEGACY.has(prefix)) return NAMED.get(prefix)! + body.slice(n);
  }
  return `&${body}`;
}

const REFERENCE = /&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)/g;

export function unescape(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(REFERENCE, (_m, body: string) => (body.startsWith('#') ? numeric(body) : named(body)));
}

function asStr(v: PyValue | undefined, fn: string): string {
  if (typeof v === 'string') return v;
  if (fn === 'unescape') throw pyError('TypeError', `argument of type '${typeName(v ?? null)}' is not iterable`);
  throw pyError('AttributeError', `'${typeName(v ?? null)}' object has no attribute 'replace'`);
}

export function htmlModule(interp: Interpreter): Record<string, PyValue> {
  return {
    __all__: new PyList(['escape', 'unescape']),
    escape: new PyNativeFunction('escape', ([s, quote], kwargs) => escape(asStr(s, 'escape'), interp.truthy(kwargs.get('quote') ?? quote ?? true))),
    unescape: new PyNativeFunction('unescape', ([s]) => unescape(asStr(s, 'unescape'))),
  };
}

/**
 * html.entities from the same compact table: name2codepoint and codepoint2name (HTML 4's
 * names), entitydefs, and html5 (names with ';', and the legacy ones also without).
 */
export function htmlEntitiesModule(): Record<string, PyValue> {
  const name2codepoint = newDict();
  const codepoint2name = newDict();
  const entitydefs = newDict();
  const html5 = newDict();
  for (const [name, text] of NAMED) {
    html5Set(html5, name, text);
    if (!HTML5_ONLY.has(name) && !(name.toUpperCase() === name && name !== name.toLowerCase() && ['AMP', 'LT', 'GT', 'QUOT', 'COPY', 'REG'].includes(name))) {
      const cp = text.codePointAt(0)!;
      dictSet(name2codepoint, name, cp);
      dictSet(codepoint2name, cp, name);
      dictSet(entitydefs, name, text);
    }
  }
  return { __all__: new PyList(['html5', 'name2codepoint', 'codepoint2name', 'entitydefs']), name2codepoint, codepoint2name, entitydefs, html5 };
}

function html5Set(html5: ReturnType<typeof newDict>, name: string, text: string): void {
  dictSet(html5, `${name};`, text);
  if (LEGACY.has(name)) dictSet(html5, name, text);
}
