import { escapeHtml } from '../../template/safe';
import type { UrlEntry } from '../../urls/resolvers';

export interface NotFoundReport {
  method: string;
  /** The absolute URL of the request (request.build_absolute_uri()). */
  url: string;
  /** settings.ROOT_URLCONF. */
  urlconf: string;
  /** request.path_info, for the title. */
  requestPath: string;
  /** The path left when matching stopped (no leading slash). */
  path: string;
  tried: UrlEntry[][];
  /** A 404 a view raised: its message and the view (the page then says what matched). */
  raised: { reason: string; by: string } | null;
}

const STYLE = `
    html * { padding:0; margin:0; }
    body * { padding:10px 20px; }
    body * * { padding:0; }
    body { font-family: sans-serif; background:#eee; color:#000; }
    body > :where(header, main, footer) { border-bottom:1px solid #ddd; }
    h1 { font-weight:normal; margin-bottom:.4em; }
    h1 small { font-size:60%; color:#666; font-weight:normal; }
    table { border:none; border-collapse: collapse; width:100%; }
    td, th { vertical-align:top; padding:2px 3px; }
    th { width:12em; text-align:right; color:#666; padding-right:.5em; }
    #info { background:#f6f6f6; }
    #info ol { margin: 0.5em 4em; }
    #info ol li { font-family: monospace; }
    #summary { background: #ffc; }
    #explanation { background:#eee; border-bottom: 0px none; }
    pre.exception_value { font-family: sans-serif; color: #575757; font-size: 1.5em; margin: 10px 0 10px 0; }
  `;

/*
 * The page's bytes are Django's, blank lines and indents included: runserver logs its size,
 * and lessons show that log. The indents below are where Django's template tags leave them.
 */

/** One step of a tried chain: the pattern, then the view's name on the last step only. */
function step(entry: UrlEntry, last: boolean): string {
  const name = last && entry.kind === 'pattern' && entry.name ? `[name='${escapeHtml(entry.name)}']` : '';
  return `\n              <code>\n                ${escapeHtml(entry.pattern.text)}\n                ${name}\n              </code>\n            `;
}

function triedItem(chain: UrlEntry[]): string {
  return `\n          <li>\n            ${chain.map((entry, i) => step(entry, i === chain.length - 1)).join('')}\n          </li>\n        `;
}

function triedList(report: NotFoundReport): string {
  if (!report.tried.length) return '';
  const where = report.path ? `\n          The current path, <code>${escapeHtml(report.path)}</code>,\n        ` : '\n          The empty path\n        ';
  return `
      <p>
      Using the URLconf defined in <code>${escapeHtml(report.urlconf)}</code>,
      Django tried these URL patterns, in this order:
      </p>
      <ol>
        ${report.tried.map(triedItem).join('')}
      </ol>
      <p>
        ${where}
        ${report.raised ? 'matched the last one.' : 'didn’t match any of these.'}
      </p>
    `;
}

/** The DEBUG = True "Page not found" page (django/views/templates/technical_404.html), as Django 5.2 renders it. */
export function technical404(report: NotFoundReport): string {
  const { method, url, requestPath, raised } = report;
  const reason = raised?.reason ? `<pre class="exception_value">${escapeHtml(raised.reason)}</pre>` : '';
  const raisedBy = raised?.by
    ? `
      <tr>
        <th scope="row">Raised by:</th>
        <td>${escapeHtml(raised.by)}</td>
      </tr>
      `
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8">
  <title>Page not found at ${escapeHtml(requestPath)}</title>
  <meta name="robots" content="NONE,NOARCHIVE">
  <style>${STYLE}</style>
</head>
<body>
  <header id="summary">
    <h1>Page not found <small>(404)</small></h1>
    ${reason}
    <table class="meta">
      <tr>
        <th scope="row">Request Method:</th>
        <td>${escapeHtml(method)}</td>
      </tr>
      <tr>
        <th scope="row">Request URL:</th>
        <td>${escapeHtml(url)}</td>
      </tr>
      ${raisedBy}
    </table>
  </header>

  <main id="info">
    ${triedList(report)}
  </main>

  <footer id="explanation">
    <p>
      You’re seeing this error because you have <code>DEBUG = True</code> in
      your Django settings file. Change that to <code>False</code>, and Django
      will display a standard 404 page.
    </p>
  </footer>
</body>
</html>
`;
}
