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
    body { font:small sans-serif; background:#eee; color:#000; }
    body>div { border-bottom:1px solid #ddd; }
    h1 { font-weight:normal; margin-bottom:.4em; }
    h1 span { font-size:60%; color:#666; font-weight:normal; }
    table { border:none; border-collapse: collapse; width:100%; }
    td, th { vertical-align:top; padding:2px 3px; }
    th { width:12em; text-align:right; color:#666; padding-right:.5em; }
    #info { background:#f6f6f6; }
    #info ol { margin: 0.5em 4em; }
    #info ol li { font-family: monospace; }
    #summary { background: #ffc; }
    #explanation { background:#eee; border-bottom: 0px none; }
    pre.exception_value { font-family: sans-serif; color: #575757; font-size: 1.5em; margin: 10px 0 10px 0; }`;

/** One line of "Django tried these URL patterns": the chain of patterns, then the view's name. */
function triedItem(chain: UrlEntry[]): string {
  const last = chain[chain.length - 1];
  const parts = chain.map((entry) => escapeHtml(entry.pattern.text));
  const name = last?.kind === 'pattern' && last.name ? `\n          [name='${escapeHtml(last.name)}']` : '';
  return `      <li>\n          ${parts.join('\n          ')}${name}\n      </li>`;
}

/**
 * The DEBUG = True "Page not found" page (django/views/templates/technical_404.html): the
 * same title, facts and wording as Django's, in markup of the sandbox's own.
 */
export function technical404(report: NotFoundReport): string {
  const { method, url, urlconf, requestPath, path, tried, raised } = report;
  const list = tried.length
    ? `    <p>
      Using the URLconf defined in <code>${escapeHtml(urlconf)}</code>,
      Django tried these URL patterns, in this order:
    </p>
    <ol>
${tried.map(triedItem).join('\n')}
    </ol>
    <p>
      ${path ? `The current path, <code>${escapeHtml(path)}</code>,` : 'The empty path'}
      ${raised ? 'matched the last one.' : 'didn’t match any of these.'}
    </p>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8">
  <title>Page not found at ${escapeHtml(requestPath)}</title>
  <meta name="robots" content="NONE,NOARCHIVE">
  <style>${STYLE}
  </style>
</head>
<body>
  <div id="summary">
    <h1>Page not found <span>(404)</span></h1>
    ${raised ? `<pre class="exception_value">${escapeHtml(raised.reason)}</pre>` : ''}
    <table class="meta">
      <tr><th>Request Method:</th><td>${escapeHtml(method)}</td></tr>
      <tr><th>Request URL:</th><td>${escapeHtml(url)}</td></tr>
      ${raised?.by ? `<tr><th>Raised by:</th><td>${escapeHtml(raised.by)}</td></tr>` : ''}
    </table>
  </div>
  <div id="info">
${list}
  </div>
  <div id="explanation">
    <p>
      You’re seeing this error because you have <code>DEBUG = True</code> in
      your Django settings file. Change that to <code>False</code>, and Django
      will display a standard 404 page.
    </p>
  </div>
</body>
</html>
`;
}
