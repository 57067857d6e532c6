/**
 * Just enough HTML tokenising to find the tags the preview rewrites, without a DOM (this
 * runs in tests under Node too). Comments and the bodies of raw-text elements are skipped,
 * so a `<link>` inside a comment or a script's string is left alone.
 */

export interface StartTag {
  /** Lower-case tag name. */
  name: string;
  attributes: Map<string, string>;
  /** Where the tag starts in the document, and where it (or, for raw-text elements, its end tag) ends. */
  start: number;
  end: number;
  /** The text between a raw-text element's start and end tags (script, style, textarea, title). */
  body?: string;
}

const ATTRIBUTES = String.raw`(?:[^>"']|"[^"]*"|'[^']*')*`;
const TOKEN = new RegExp(
  String.raw`<!--[\s\S]*?(?:-->|$)` +
    String.raw`|<(script|style|textarea|title)\b(${ATTRIBUTES})>([\s\S]*?)(?:<\/\1\s*>|$)` +
    String.raw`|<([a-zA-Z][\w:-]*)(${ATTRIBUTES})>`,
  'gi',
);
const ATTRIBUTE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Character references in an attribute value, the common ones. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (name === '' || attributes.has(name)) continue;
    attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attributes;
}

/** A start tag written back from its attributes. */
export function formatStartTag(name: string, attributes: Map<string, string>): string {
  const parts = [...attributes].map(([key, value]) => (value === '' ? key : `${key}="${escapeHtml(value)}"`));
  return `<${[name, ...parts].join(' ')}>`;
}

/** Every start tag in document order. */
export function* startTags(html: string): Generator<StartTag> {
  for (const match of html.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[1] !== undefined) {
      yield { name: match[1].toLowerCase(), attributes: parseAttributes(match[2] ?? ''), start, end, body: match[3] ?? '' };
    } else if (match[4] !== undefined) {
      yield { name: match[4].toLowerCase(), attributes: parseAttributes(match[5] ?? ''), start, end };
    }
  }
}

/** Each `[start, end, text]` put in place of that part of `html`; the spans must not overlap. */
export function spliceAll(html: string, edits: [number, number, string][]): string {
  const sorted = [...edits].sort((a, b) => a[0] - b[0]);
  let result = '';
  let at = 0;
  for (const [start, end, text] of sorted) {
    result += html.slice(at, start) + text;
    at = end;
  }
  return result + html.slice(at);
}
