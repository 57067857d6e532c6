import { escapeHtml as e } from '../../template/safe';
import type { ErrorReport, ReportFrame } from './exception-reporter';

export type { ErrorReport } from './exception-reporter';

// The page's look is the sandbox's own; its structure, ids and words are Django 5.2's technical_500.html.
const STYLE = `
    html * { padding:0; margin:0; }
    body * { padding:10px 20px; }
    body * * { padding:0; }
    body { font-family: sans-serif; background-color:#fff; color:#000; }
    body > :where(header, main, footer) { border-bottom:1px solid #ddd; }
    h1 { font-weight:normal; }
    h2 { margin-bottom:.8em; }
    h3 { margin:1em 0 .5em 0; }
    h4 { margin:0 0 .5em 0; font-weight:normal; }
    code, pre { font-size:100%; white-space:pre-wrap; word-break:break-word; }
    table { border:1px solid #ccc; border-collapse:collapse; width:100%; background:white; }
    tbody td, tbody th { vertical-align:top; padding:2px 3px; }
    thead th { padding:1px 6px 1px 3px; background:#fefefe; text-align:left; font-weight:normal; font-size:0.6875rem; border:1px solid #ddd; }
    tbody th { width:12em; text-align:right; color:#666; padding-right:.5em; }
    table.req td { font-family:monospace; }
    table td.code { width:100%; }
    ul.traceback { list-style-type:none; color:#222; }
    ul.traceback li.frame { padding-bottom:1em; color:#4f4f4f; }
    ul.traceback li.user { background-color:#e0e0e0; color:#000; }
    div.context { padding:10px 0; overflow:hidden; }
    div.context ol { padding-left:30px; margin:0 10px; list-style-position:inside; }
    div.context ol li { font-family:monospace; white-space:pre; color:#777; cursor:pointer; padding-left:2px; }
    div.context ol li pre { display:inline; }
    div.context ol.context-line li { color:#464646; background-color:#dfdfdf; padding:3px 2px; }
    .user div.context ol.context-line li { background-color:#bbb; color:#000; }
    #summary { background:#ffc; }
    #summary table { border:none; background:transparent; }
    #info { padding:0; }
    #info > * { padding:10px 20px; }
    #explanation { background:#eee; }
    #traceback { background:#eee; }
    #template-not-exist { background:#f6f6f6; }
    #template-not-exist ul { margin:0 0 10px 20px; }
    #requestinfo { background:#f6f6f6; padding-left:120px; }
    #requestinfo h2, #requestinfo h3 { position:relative; margin-left:-100px; }
    #requestinfo h3 { margin-bottom:-1em; }
    h2 span.commands { font-size:0.7rem; font-weight:normal; }
    pre.exception_value { font-family:sans-serif; color:#575757; font-size:1.5rem; margin:10px 0 10px 0; }
    .fname { user-select:all; }
  `;

// Lines around each frame's current line stay folded until clicked; the traceback has a copy-and-paste view.
const SCRIPT = `
    function toggle() {
      for (var i = 0; i < arguments.length; i++) {
        var e = document.getElementById(arguments[i]);
        if (e) e.style.display = e.style.display == 'none' ? 'block' : 'none';
      }
      return false;
    }
    function switchPastebinFriendly(link) {
      var s1 = 'Switch to copy-and-paste view', s2 = 'Switch back to interactive view';
      link.textContent = link.textContent.trim() == s1 ? s2 : s1;
      return toggle('browserTraceback', 'pastebinTraceback');
    }
  `;

const row = (label: string, value: string) => `
    <tr>
      <th scope="row">${label}:</th>
      <td>${value}</td>
    </tr>`;

function frameHtml(f: ReportFrame, n: number): string {
  const toggle = ` onclick="toggle('pre${n}', 'post${n}')"`;
  const items = (lines: { text: string }[]) => lines.map((l) => `\n            <li${toggle}><pre>${e(l.text)}</pre></li>`).join('');
  const pre = f.pre.length ? `\n          <ol start="${f.pre[0]!.line}" class="pre-context" id="pre${n}" style="display: none">${items(f.pre)}\n          </ol>` : '';
  const post = f.post.length ? `\n          <ol start="${f.post[0]!.line}" class="post-context" id="post${n}" style="display: none">${items(f.post)}\n          </ol>` : '';
  return `
      <li class="frame ${f.kind}">
        <code class="fname">${e(f.file)}</code>, line ${f.line}, in ${e(f.name)}
        <div class="context" id="c${n}">${pre}
          <ol start="${f.line}" class="context-line">
            <li${toggle}><pre>${e(f.current)}</pre> <span>…</span></li>
          </ol>${post}
        </div>
      </li>`;
}

function table(heading: string, rows: [string, string][]): string {
  return `
  <table class="req">
    <thead>
      <tr>
        <th scope="col">${heading}</th>
        <th scope="col">Value</th>
      </tr>
    </thead>
    <tbody>${rows.map(([k, v]) => `\n      <tr>\n        <td>${e(k)}</td>\n        <td class="code"><pre>${e(v)}</pre></td>\n      </tr>`).join('')}
    </tbody>
  </table>`;
}

const section = (id: string, title: string, rows: [string, string][], empty: string) =>
  `\n\n  <h3 id="${id}">${title}</h3>\n  ${rows.length ? table('Variable', rows) : `<p>${empty}</p>`}`;

function pastebin(r: ErrorReport): string {
  return `Environment:


Request Method: ${r.method}
Request URL: ${r.url}

Django Version: ${r.djangoVersion}
Python Version: ${r.pythonVersion}
Installed Applications:
${r.installedApps}
Installed Middleware:
${r.middleware}



${r.tracebackText}
Exception Type: ${r.type} at ${r.pathInfo}
Exception Value: ${r.value}
`;
}

function postmortem(r: ErrorReport): string {
  if (!r.postmortem) return '';
  const tried = r.postmortem.map((a) => `\n        <li><code>${e(a.loader)}</code>: ${e(a.path)} (${e(a.reason)})</li>`).join('');
  return `
<div id="template-not-exist">
  <h2>Template-loader postmortem</h2>
  <p class="append-bottom">Django tried loading these templates, in this order:</p>
  <p class="postmortem-section">Using engine <code>django</code>:</p>
  <ul>${tried || '\n        <li>This engine did not provide a list of tried templates.</li>'}
  </ul>
</div>
`;
}

function traceback(r: ErrorReport): string {
  const frames = r.frames.length
    ? `<ul class="traceback">${r.frames.map(frameHtml).join('')}\n    </ul>`
    : '<p>The error was raised by Django itself, not by a line of your code.</p>';
  return `
<div id="traceback">
  <h2>Traceback <span class="commands"><a href="#" role="button" onclick="return switchPastebinFriendly(this);">
    Switch to copy-and-paste view</a></span>
  </h2>
  <div id="browserTraceback">
    ${frames}
  </div>
  <div id="pastebinTraceback" class="pastebin" style="display: none">
    <textarea name="content" id="traceback_area" cols="140" rows="25" readonly>
${e(pastebin(r))}</textarea>
  </div>
</div>`;
}

function requestInfo(r: ErrorReport): string {
  const user = r.user === null ? '' : `\n\n  <h3 id="user-info">USER</h3>\n  <p>${e(r.user)}</p>`;
  return `
<div id="requestinfo">
  <h2>Request information</h2>${user}${section('get-info', 'GET', r.get, 'No GET data')}${section('post-info', 'POST', r.post, 'No POST data')}${section('files-info', 'FILES', [], 'No FILES data')}${section('cookie-info', 'COOKIES', r.cookies, 'No cookie data')}

  <h3 id="meta-info">META</h3>${table('Variable', r.meta)}

  <h3 id="settings-info">Settings</h3>
  <h4>Using settings module <code>${e(r.settingsModule)}</code></h4>${table('Setting', r.settings)}
</div>`;
}

/** The DEBUG = True error page (django/views/templates/technical_500.html), in Django 5.2's structure. */
export function technical500(r: ErrorReport): string {
  const last = r.frames[r.frames.length - 1];
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8">
  <meta name="robots" content="NONE,NOARCHIVE">
  <title>${e(r.type)}
          at ${e(r.pathInfo)}</title>
  <style>${STYLE}</style>
  <script>${SCRIPT}</script>
</head>
<body>
<header id="summary">
  <h1>${e(r.type)}
       at ${e(r.pathInfo)}</h1>
  <pre class="exception_value">${e(r.value || 'No exception message supplied')}</pre>
  <table class="meta">${row('Request Method', e(r.method))}${row('Request URL', e(r.url))}${row('Django Version', e(r.djangoVersion))}${row('Exception Type', e(r.type))}${row('Exception Value', `<pre>${e(r.value)}</pre>`)}${last ? row('Exception Location', `<span class="fname">${e(last.file)}</span>, line ${last.line}, in ${e(last.name)}`) : ''}${r.raisedDuring ? row('Raised during', e(r.raisedDuring)) : ''}${row('Python Executable', e(r.pythonExecutable))}${row('Python Version', e(r.pythonVersion))}${row('Python Path', `<pre><code>${e(r.pythonPath)}</code></pre>`)}${row('Server time', e(r.serverTime))}
  </table>
</header>

<main id="info">
${postmortem(r)}${traceback(r)}
${requestInfo(r)}
</main>

  <footer id="explanation">
    <p>
      You’re seeing this error because you have <code>DEBUG = True</code> in your
      Django settings file. Change that to <code>False</code>, and Django will
      display a standard page generated by the handler for this status code.
    </p>
  </footer>

</body>
</html>
`;
}
