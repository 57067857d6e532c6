import { escapeHtml } from './html-tags';

/**
 * Pages the preview writes itself for answers that are not HTML, styled like a browser's
 * own viewers: plain, readable, light or dark as the reader's system is.
 */
const STYLE = `
  :root { color-scheme: light dark; }
  body { margin: 0; padding: 12px 16px; font: 13px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
  pre { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
  img { max-width: 100%; }
  .key { color: #0c6b42; } .string { color: #9a3412; } .number { color: #1d4ed8; } .literal { color: #7e22ce; }
  @media (prefers-color-scheme: dark) {
    body { background: #09090b; color: #e4e4e7; }
    .key { color: #6ee7b7; } .string { color: #fdba74; } .number { color: #93c5fd; } .literal { color: #d8b4fe; }
  }`;

function page(body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${STYLE}</style></head><body>${body}</body></html>`;
}

export function textPage(text: string): string {
  return page(`<pre>${escapeHtml(text)}</pre>`);
}

const JSON_TOKEN = /("(?:\\.|[^"\\])*")(\s*:)?|\b(true|false|null)\b|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/** Pretty JSON with keys, strings, numbers and literals told apart by colour. */
function highlightJson(pretty: string): string {
  let html = '';
  let at = 0;
  for (const match of pretty.matchAll(JSON_TOKEN)) {
    html += escapeHtml(pretty.slice(at, match.index));
    const kind = match[1] !== undefined ? (match[2] !== undefined ? 'key' : 'string') : match[3] !== undefined ? 'literal' : 'number';
    const token = kind === 'key' ? (match[1] ?? '') : match[0];
    html += `<span class="${kind}">${escapeHtml(token)}</span>`;
    if (kind === 'key') html += escapeHtml(match[2] ?? '');
    at = match.index + match[0].length;
  }
  return html + escapeHtml(pretty.slice(at));
}

/** A JSON answer indented two spaces; text that does not parse is shown as it came. */
export function jsonPage(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return textPage(text);
  }
  return page(`<pre>${highlightJson(JSON.stringify(value, null, 2))}</pre>`);
}

export function imagePage(src: string): string {
  return page(`<img alt="" src="${escapeHtml(src)}">`);
}
