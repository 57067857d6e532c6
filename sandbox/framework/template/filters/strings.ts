import type { PyValue } from '../../python';
import type { FilterDef } from '../library';
import { markSafe } from '../safe';
import { slugify } from '../../utils/text';

/** Text filters. Each is a stringfilter: it receives str(value). */
const text = (v: PyValue) => v as string;

/** Python's str.title(): a letter after a non-letter is upper case, the others lower. */
function pyTitle(s: string): string {
  let out = '';
  let prevCased = false;
  for (const ch of s) {
    const cased = ch.toLowerCase() !== ch.toUpperCase();
    out += cased ? (prevCased ? ch.toLowerCase() : ch.toUpperCase()) : ch;
    prevCased = cased;
  }
  return out;
}

/** Truncator.chars: `length` characters counting the ellipsis. */
function truncateChars(s: string, length: number): string {
  const chars = [...s.normalize('NFC')];
  if (chars.length <= length) return chars.join('');
  return chars.slice(0, Math.max(length - 1, 0)).join('') + '…';
}

function parseInt10(arg: PyValue | undefined): number | null {
  if (typeof arg === 'number') return arg;
  const s = typeof arg === 'string' ? arg.trim() : null;
  return s !== null && /^[-+]?\d+$/.test(s) ? Number(s) : null;
}

/** Python's urllib.parse.quote: UTF-8 bytes percent-encoded except letters, digits, _.-~ and `safe`. */
function quote(s: string, safe: string): string {
  let out = '';
  for (const ch of s) {
    if (/[A-Za-z0-9_.\-~]/.test(ch) || safe.includes(ch)) out += ch;
    else for (const byte of new TextEncoder().encode(ch)) out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

export const stringFilters: Record<string, FilterDef> = {
  upper: { arg: 'none', isSafe: false, stringFilter: true, fn: (v) => text(v).toUpperCase() },
  lower: { arg: 'none', isSafe: true, stringFilter: true, fn: (v) => text(v).toLowerCase() },
  title: {
    arg: 'none',
    isSafe: true,
    stringFilter: true,
    // Django lowers a letter after an apostrophe or a digit ("it's", "2nd") that title() raised.
    fn: (v) => pyTitle(text(v)).replace(/([a-z])'([A-Z])/g, (m) => m.toLowerCase()).replace(/\d([A-Z])/g, (m) => m.toLowerCase()),
  },
  capfirst: { arg: 'none', isSafe: true, stringFilter: true, fn: (v) => (text(v) ? text(v)[0]!.toUpperCase() + text(v).slice(1) : text(v)) },
  truncatechars: {
    arg: 'required',
    isSafe: true,
    stringFilter: true,
    fn: (v, arg) => {
      const n = parseInt10(arg ?? null);
      return n === null ? text(v) : truncateChars(text(v), n);
    },
  },
  truncatewords: {
    arg: 'required',
    isSafe: true,
    stringFilter: true,
    fn: (v, arg) => {
      const n = parseInt10(arg ?? null);
      if (n === null) return text(v);
      const words = text(v).split(/\s+/).filter(Boolean);
      if (words.length <= n) return words.join(' ');
      const joined = words.slice(0, n).join(' ');
      return joined.endsWith(' …') ? joined : `${joined} …`;
    },
  },
  cut: {
    arg: 'required',
    stringFilter: true,
    fn: (v, arg, env) => {
      const needle = arg === undefined ? '' : typeof arg === 'string' ? arg : env.interp.str(arg);
      const out = text(v).split(needle).join('');
      // Removing ';' could break an entity, so that result is no longer trusted.
      return env.inputSafe && needle !== ';' ? markSafe(out) : out;
    },
  },
  slugify: { arg: 'none', isSafe: true, stringFilter: true, fn: (v) => slugify(text(v)) },
  urlencode: { arg: 'optional', isSafe: false, stringFilter: true, fn: (v, arg, env) => quote(text(v), arg === undefined ? '/' : env.interp.str(arg)) },
  wordcount: { arg: 'none', stringFilter: true, fn: (v) => text(v).split(/\s+/).filter(Boolean).length },
};
