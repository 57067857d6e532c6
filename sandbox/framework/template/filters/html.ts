import type { PyValue } from '../../python';
import type { FilterDef } from '../library';
import { conditionalEscape, escapeHtml, isSafe, markSafe, toText } from '../safe';

/** Filters about HTML: marking safe, escaping, line breaks, stripping tags. */
const text = (v: PyValue) => v as string;

function normalizeNewlines(s: string): string {
  return s.replace(/\r\n|\r/g, '\n');
}

/** strip_tags: removes tags and comments, leaving text (entities stay as written). */
export function stripTags(s: string): string {
  let prev: string;
  let out = s;
  do {
    prev = out;
    out = out.replace(/<!--[\s\S]*?-->/g, '').replace(/<\/?[a-zA-Z!][^<>]*>/g, '');
  } while (out !== prev && out.includes('<'));
  return out;
}

export const htmlFilters: Record<string, FilterDef> = {
  safe: { arg: 'none', isSafe: true, stringFilter: true, fn: (v) => markSafe(text(v)) },
  escape: { arg: 'none', isSafe: true, stringFilter: true, fn: (v, _a, env) => (env.inputSafe ? markSafe(text(v)) : conditionalEscape(v, env.interp)) },
  force_escape: { arg: 'none', isSafe: true, stringFilter: true, fn: (v) => markSafe(escapeHtml(text(v))) },
  linebreaks: {
    arg: 'none',
    isSafe: true,
    stringFilter: true,
    fn: (v, _a, env) => {
      const escape = env.autoescape && !env.inputSafe;
      const paras = normalizeNewlines(text(v)).split(/\n{2,}/);
      return markSafe(paras.map((p) => `<p>${(escape ? escapeHtml(p) : p).replace(/\n/g, '<br>')}</p>`).join('\n\n'));
    },
  },
  linebreaksbr: {
    arg: 'none',
    isSafe: true,
    stringFilter: true,
    fn: (v, _a, env) => {
      const s = normalizeNewlines(text(v));
      return markSafe((env.autoescape && !env.inputSafe ? escapeHtml(s) : s).replace(/\n/g, '<br>'));
    },
  },
  striptags: { arg: 'none', isSafe: true, stringFilter: true, fn: (v) => stripTags(text(v)) },
  join: {
    arg: 'required',
    isSafe: true,
    fn: (v, arg, env) => {
      const { interp } = env;
      let items: PyValue[];
      try {
        items = interp.iterate(v);
      } catch {
        return v;
      }
      // Python's str.join refuses non-strings; escaping first turns every item into text.
      if (!env.autoescape && items.some((i) => typeof i !== 'string' && !isSafe(i))) return v;
      const parts = items.map((i) => (env.autoescape ? toText(conditionalEscape(i, interp), interp) : toText(i, interp)));
      // Without autoescaping the separator is joined as it is.
      const sep = toText(env.autoescape ? conditionalEscape(arg ?? '', interp) : (arg ?? ''), interp);
      return markSafe(parts.join(sep));
    },
  },
};
