/**
 * The preview acts as a browser on the learner's machine: the development server lives at
 * http://127.0.0.1:<port>, and `localhost` or `0.0.0.0` name the same place. Anything else
 * is another site, which the preview does not open.
 */
export const LOCAL_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '0.0.0.0', '[::1]'];

export function siteOrigin(port: number): string {
  return `http://127.0.0.1:${port}`;
}

/** Whether `url` points at the development server on `port`. */
export function isSiteUrl(url: URL, port: number): boolean {
  const urlPort = url.port === '' ? 80 : Number(url.port);
  return url.protocol === 'http:' && LOCAL_HOSTS.includes(url.hostname) && urlPort === port;
}

/**
 * `href` (relative, a path or a full URL) as a path and query on the server, read as a
 * browser would from the page at `fromPath`; null for other sites and non-HTTP links.
 */
export function resolveSitePath(href: string, fromPath: string, port: number): string | null {
  let url: URL;
  try {
    url = new URL(href, siteOrigin(port) + fromPath);
  } catch {
    return null;
  }
  return isSiteUrl(url, port) ? url.pathname + url.search : null;
}

/** A real server's address (WebContainer) with a path on it, for the iframe's src. */
export function serverUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

/**
 * What a learner typed in the address bar, as a path: `polls/`, `/polls/?q=1` or a full
 * `http://127.0.0.1:8000/polls/` (any local host and port: the pane has one server). Null
 * for an address on another site.
 */
export function typedPath(text: string): string | null {
  let typed = text.trim();
  if (typed === '') return '/';
  const hostFirst = new RegExp(`^(${LOCAL_HOSTS.map((h) => h.replace(/[.[\]]/g, '\\$&')).join('|')})(:\\d+)?(?=/|$)`, 'i');
  if (hostFirst.test(typed)) typed = `http://${typed}`;
  if (/^[a-z][a-z\d+.-]*:/i.test(typed)) {
    try {
      const url = new URL(typed);
      return url.protocol === 'http:' && LOCAL_HOSTS.includes(url.hostname) ? url.pathname + url.search : null;
    } catch {
      return null;
    }
  }
  const url = new URL(typed.startsWith('/') ? typed : `/${typed}`, 'http://127.0.0.1');
  return url.pathname + url.search;
}
