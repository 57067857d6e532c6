import { PyClass, PyInstance, PyList, PyNativeFunction, PyTuple, newDict, objectClass, pyError, typeName, type Interpreter, type PyValue } from '../../python';
import { PyLong } from '../../python/big-int';
import { iteratorObject } from '../../python/iteration';
import { parseTemplate } from './template';
import { PatternError, translate, type Translation } from './translate';

/**
 * The native half of `re`: compiling a translated pattern into JavaScript RegExps, and running
 * one match. re's Python half (module-source.ts) builds Pattern and Match objects on top.
 * Positions cross this boundary in code points, as Python indexes strings.
 */
interface Compiled {
  translation: Translation;
  search: RegExp;
  sticky: RegExp;
  full: RegExp;
  /** A match at lastIndex that is not empty, for the search after an empty match. */
  nonEmpty: RegExp;
}

const codeClass = new PyClass('_Code', [objectClass], 're');

/** UTF-16 offsets <-> code-point offsets, for strings with characters outside the BMP. */
class StringIndex {
  private readonly unitOf: number[] | null = null;
  private readonly cpOf: Map<number, number> | null = null;
  readonly length: number;
  constructor(readonly text: string) {
    if (!/[\ud800-\udfff]/.test(text)) {
      this.length = text.length;
      return;
    }
    this.unitOf = [];
    this.cpOf = new Map();
    let unit = 0;
    for (const ch of text) {
      this.cpOf.set(unit, this.unitOf.length);
      this.unitOf.push(unit);
      unit += ch.length;
    }
    this.cpOf.set(unit, this.unitOf.length);
    this.unitOf.push(unit);
    this.length = this.unitOf.length - 1;
  }
  toUnit(cp: number): number {
    return this.unitOf === null ? cp : this.unitOf[cp]!;
  }
  toCp(unit: number): number {
    return this.cpOf === null ? unit : this.cpOf.get(unit)!;
  }
}

let lastIndex: StringIndex | null = null;
function indexOf(text: string): StringIndex {
  if (lastIndex === null || lastIndex.text !== text) lastIndex = new StringIndex(text);
  return lastIndex;
}

function compile(pattern: string, flags: number): Compiled {
  const translation = translate(pattern, flags);
  const base = `dv${translation.flags & 2 ? 'i' : ''}`;
  try {
    return {
      translation,
      search: new RegExp(translation.source, `${base}g`),
      sticky: new RegExp(translation.source, `${base}y`),
      full: new RegExp(`(?:${translation.source})(?![\\s\\S])`, `${base}y`),
      // The text after the start, captured; seeing it all again at the end means nothing was consumed.
      nonEmpty: new RegExp(`(?=(?<rest>[\\s\\S]*))(?:${translation.source})(?!\\k<rest>)`, `${base}y`),
    };
  } catch (err) {
    // A construct the translation lets through but the engine refuses (a lookbehind it can't handle...).
    throw pyError('NotImplementedError', `this regular expression is not available in this sandbox: ${String((err as Error).message)}`);
  }
}

function asInt(v: PyValue | undefined, fallback: number): number {
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return Number(v);
  if (v instanceof PyLong) return v.value > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  throw pyError('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
}

/** Python's clamping of pos and endpos: negative means 0, past the end means the end. */
function clamp(n: number, length: number): number {
  return Math.max(0, Math.min(n, length));
}

/** A successful match as re's Python side keeps it: (spans, group texts, pos, endpos); spans flat, -1 for an unmatched group. */
function record(code: Compiled, m: RegExpExecArray, index: StringIndex, start: number, end: number): PyValue {
  const spans: PyValue[] = [index.toCp(m.indices![0]![0]), index.toCp(m.indices![0]![1])];
  const texts: PyValue[] = [m[0]];
  const named = m.indices!.groups ?? {};
  for (let g = 1; g <= code.translation.groups; g++) {
    const span = named[`g${g}`];
    if (span === undefined) {
      spans.push(-1, -1);
      texts.push(null);
    } else {
      spans.push(index.toCp(span[0]), index.toCp(span[1]));
      texts.push(m.groups![`g${g}`]!);
    }
  }
  return new PyTuple([new PyTuple(spans), new PyTuple(texts), start, end]);
}

interface Window {
  index: StringIndex;
  subject: string;
  start: number;
  end: number;
}

/** The part of the string a search sees: Python treats endpos as the string's end. */
function windowOf(text: string, pos: number, endpos: number): Window {
  const index = indexOf(text);
  const start = clamp(pos, index.length);
  const end = clamp(endpos, index.length);
  return { index, start, end, subject: end === index.length ? text : text.slice(0, index.toUnit(end)) };
}

/** One match attempt: mode 0 searches, 1 anchors at pos, 2 must also end at endpos. */
function exec(code: Compiled, text: string, pos: number, endpos: number, mode: number): PyValue {
  const w = windowOf(text, pos, endpos);
  if (w.start > w.end) return null;
  const regex = mode === 0 ? code.search : mode === 1 ? code.sticky : code.full;
  regex.lastIndex = w.index.toUnit(w.start);
  const m = regex.exec(w.subject);
  return m === null ? null : record(code, m, w.index, w.start, w.end);
}

/**
 * Every match from pos on, as finditer, findall, sub and split walk them, at most `limit` of
 * them (0: no limit). As in CPython 3.7+, an empty match may be followed by a non-empty one at
 * the same place (`re.sub('x*|b', ...)` on "b" finds "" and then "b"), else the search moves on.
 * With them the texts between matches (one more than the matches: the rest comes last).
 */
function scanAll(code: Compiled, text: string, pos: number, endpos: number, limit: number): PyValue {
  const w = windowOf(text, pos, endpos);
  const records: PyValue[] = [];
  const gaps: PyValue[] = [];
  const regex = code.search;
  let at = w.index.toUnit(w.start);
  let last = at;
  let afterEmpty = false;
  while (at <= w.subject.length && (limit <= 0 || records.length < limit)) {
    let m: RegExpExecArray | null = null;
    if (afterEmpty) {
      code.nonEmpty.lastIndex = at;
      m = code.nonEmpty.exec(w.subject);
      if (m === null) {
        at += (w.subject.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
        if (at > w.subject.length) break;
      }
    }
    if (m === null) {
      regex.lastIndex = at;
      m = regex.exec(w.subject);
    }
    if (m === null) break;
    const [s, e] = m.indices![0]!;
    records.push(record(code, m, w.index, w.start, w.end));
    gaps.push(text.slice(last, s));
    last = e;
    at = e;
    afterEmpty = e === s;
  }
  gaps.push(text.slice(last));
  return new PyTuple([new PyList(records), new PyList(gaps)]);
}

function codeOf(v: PyValue | undefined): Compiled {
  if (v instanceof PyInstance && v.cls === codeClass) return v.native as Compiled;
  throw pyError('TypeError', 'expected a compiled pattern');
}

function errorTuple(err: unknown): PyValue {
  if (err instanceof PatternError) return new PyTuple([null, err.msg, err.pos]);
  throw err;
}

/** The natives re's Python source calls, by name. */
export function reNatives(interp: Interpreter): Record<string, PyValue> {
  return {
    _native_compile: new PyNativeFunction('_native_compile', ([pattern, flags]) => {
      if (typeof pattern !== 'string') {
        if (pattern instanceof PyInstance || pattern === null || typeof pattern !== 'object') {
          throw pyError('TypeError', 'first argument must be string or compiled pattern');
        }
        throw pyError('NotImplementedError', 'bytes patterns are not available in this sandbox; use a str pattern');
      }
      try {
        const code = compile(pattern, asInt(flags, 0));
        const handle = new PyInstance(codeClass);
        handle.native = code;
        const t = code.translation;
        return new PyTuple([handle, t.groups, newDict([...t.groupIndex].map(([k, v]) => [k, v])), t.flags]);
      } catch (err) {
        return errorTuple(err);
      }
    }),
    // Pattern and Match refuse to be built from Python code, as CPython's do; re builds them here.
    _new_instance: new PyNativeFunction('_new_instance', ([cls]) => {
      if (!(cls instanceof PyClass)) throw pyError('TypeError', 'expected a class');
      return new PyInstance(cls);
    }),
    _exec: new PyNativeFunction('_exec', ([handle, text, pos, endpos, mode]) => {
      if (typeof text !== 'string') throw pyError('TypeError', `expected string or bytes-like object, got '${typeName(text ?? null)}'`);
      return exec(codeOf(handle), text, asInt(pos, 0), asInt(endpos, Number.MAX_SAFE_INTEGER), asInt(mode, 0));
    }),
    _scan_all: new PyNativeFunction('_scan_all', ([handle, text, pos, endpos, limit]) => {
      if (typeof text !== 'string') throw pyError('TypeError', `expected string or bytes-like object, got '${typeName(text ?? null)}'`);
      return scanAll(codeOf(handle), text, asInt(pos, 0), asInt(endpos, Number.MAX_SAFE_INTEGER), asInt(limit, 0));
    }),
    // finditer's result: a lazy iterator of the type CPython names callable_iterator.
    _callable_iterator: new PyNativeFunction('_callable_iterator', ([items, fn]) => {
      const list = items instanceof PyList ? items.items : [];
      let i = 0;
      return iteratorObject('callable_iterator', {
        next: () => (i < list.length ? { done: false, value: interp.call(fn ?? null, [list[i++]!]) } : { done: true, value: null }),
      });
    }),
    _parse_template: new PyNativeFunction('_parse_template', ([template, groups, groupindex]) => {
      if (typeof template !== 'string') throw pyError('TypeError', `expected str instance, ${typeName(template ?? null)} found`);
      try {
        return parseTemplate(template, asInt(groups, 0), groupindex ?? null);
      } catch (err) {
        return errorTuple(err);
      }
    }),
  };
}
