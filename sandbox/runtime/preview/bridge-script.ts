import { BLOCKED_MESSAGE, NAVIGATE_MESSAGE } from './messages';
import { LOCAL_HOSTS, siteOrigin } from './site-url';
import { startTags } from './html-tags';

/** Marks the injected script, so tests (and curious learners) can find it. */
export const BRIDGE_ATTRIBUTE = 'data-sandbox-preview';

/**
 * Runs inside the preview's iframe. A srcdoc document resolves links against the lesson
 * page's own address, so following a link or sending a form there would load this site,
 * not the learner's server. The script catches both and asks the pane to make the request
 * instead. It resolves addresses itself, against the page's address on the server.
 */
const BRIDGE_SOURCE = `(function (CONFIG) {
  var here = new URL(CONFIG.path, CONFIG.origin);
  function post(message) { parent.postMessage(message, '*'); }
  function local(url) {
    return url.protocol === 'http:' && CONFIG.hosts.indexOf(url.hostname) >= 0 && (url.port || '80') === String(CONFIG.port);
  }
  function opensElsewhere(target) {
    return !!target && ['_self', '_parent', '_top'].indexOf(target.toLowerCase()) < 0;
  }
  function scrollToFragment(hash) {
    var id = hash.slice(1);
    try { id = decodeURIComponent(id); } catch (e) { /* a stray '%' names the fragment as written */ }
    var element = id && (document.getElementById(id) || document.getElementsByName(id)[0]);
    if (element) element.scrollIntoView();
    else if (id === '' || id.toLowerCase() === 'top') window.scrollTo(0, 0);
  }
  function go(method, url, body) {
    var message = { type: CONFIG.navigate, method: method, path: url.pathname + url.search };
    if (body !== undefined) message.body = body;
    post(message);
  }
  document.addEventListener('click', function (event) {
    if (event.defaultPrevented || event.button !== 0) return;
    var link = event.target instanceof Element ? event.target.closest('a[href], area[href]') : null;
    if (!link) return;
    var href = link.getAttribute('href') || '';
    var url;
    try { url = new URL(href, here); } catch (e) { return; }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    event.preventDefault();
    if (!local(url) || opensElsewhere(link.getAttribute('target'))) return post({ type: CONFIG.blocked, url: url.href });
    // A bare '#' leaves url.hash empty, yet in a browser it still only scrolls (to the top).
    if (href.indexOf('#') >= 0 && url.pathname + url.search === here.pathname + here.search) return scrollToFragment(url.hash || '#');
    go('GET', url);
  });
  function send(form, submitter) {
    var attr = function (name) { return (submitter && submitter.getAttribute('form' + name)) || form.getAttribute(name); };
    var method = (attr('method') || 'get').toLowerCase();
    var url = new URL(attr('action') || here.href, here);
    url.hash = '';
    if (!local(url) || opensElsewhere(attr('target'))) return post({ type: CONFIG.blocked, url: url.href });
    var data;
    try { data = new FormData(form, submitter || undefined); } catch (e) {
      data = new FormData(form);
      if (submitter && submitter.name) data.append(submitter.name, submitter.value);
    }
    var fields = new URLSearchParams();
    data.forEach(function (value, name) { fields.append(name, typeof value === 'string' ? value : value.name); });
    if (method === 'post') return go('POST', url, fields.toString());
    url.search = fields.toString();
    go('GET', url);
  }
  document.addEventListener('submit', function (event) {
    if (event.defaultPrevented) return;
    var form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    var method = ((event.submitter && event.submitter.getAttribute('formmethod')) || form.getAttribute('method') || '').toLowerCase();
    if (method === 'dialog') return;
    event.preventDefault();
    send(form, event.submitter);
  });
  // form.submit() sends without a submit event.
  HTMLFormElement.prototype.submit = function () { send(this, null); };
})`;

/** JSON placed inside a <script>: `<` escaped so no `</script>` can end it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** The script, set up for the page at `path` on the server at `port`. */
export function bridgeScript(path: string, port: number): string {
  const config = { path, port, origin: siteOrigin(port), hosts: LOCAL_HOSTS, navigate: NAVIGATE_MESSAGE, blocked: BLOCKED_MESSAGE };
  return `<script ${BRIDGE_ATTRIBUTE}>${BRIDGE_SOURCE}(${scriptJson(config)});</script>`;
}

/**
 * `html` with the script first in <head>, so it is listening before the learner's own
 * scripts run. Without a <head>, after <html> or the doctype (text before a doctype would
 * put the page in quirks mode), else at the very start.
 */
export function injectBridge(html: string, path: string, port: number): string {
  const script = bridgeScript(path, port);
  let at: number | null = null;
  for (const tag of startTags(html)) {
    if (tag.name === 'head') {
      at = tag.end;
      break;
    }
    if (tag.name === 'html') at = tag.end;
    else break;
  }
  if (at === null) at = /^\s*<!doctype[^>]*>/i.exec(html)?.[0].length ?? 0;
  return html.slice(0, at) + script + html.slice(at);
}
