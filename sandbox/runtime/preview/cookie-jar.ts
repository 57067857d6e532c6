import { headerValues } from './headers';
import { parseSetCookie, splitSetCookie } from './set-cookie';

interface StoredCookie {
  name: string;
  value: string;
  path: string;
  expires?: number;
}

/** RFC 6265 5.1.4: a cookie's default path is the request path up to its last '/'. */
function defaultPath(requestPath: string): string {
  const path = requestPath.split('?')[0] ?? '/';
  const slash = path.lastIndexOf('/');
  return slash <= 0 ? '/' : path.slice(0, slash);
}

/** RFC 6265 5.1.4's path-match: `/polls` covers `/polls/1/` but not `/pollster`. */
function pathMatches(requestPath: string, cookiePath: string): boolean {
  const path = requestPath.split('?')[0] ?? '/';
  if (path === cookiePath) return true;
  if (!path.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || path.charAt(cookiePath.length) === '/';
}

/**
 * The cookies a browser would keep for the development server: Django's session and CSRF
 * cookies have to come back on the next request for logins and forms to work.
 */
export class CookieJar {
  private readonly cookies = new Map<string, StoredCookie>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Takes in every Set-Cookie of a response to a request for `requestPath`. */
  store(responseHeaders: Record<string, string>, requestPath: string): void {
    const now = this.now();
    for (const value of headerValues(responseHeaders, 'set-cookie')) {
      for (const line of splitSetCookie(value)) {
        const parsed = parseSetCookie(line, now);
        if (!parsed) continue;
        const cookie: StoredCookie = { ...parsed, path: parsed.path ?? defaultPath(requestPath) };
        const key = `${cookie.path}\u0000${cookie.name}`;
        if (cookie.expires !== undefined && cookie.expires <= now) this.cookies.delete(key);
        else this.cookies.set(key, cookie);
      }
    }
  }

  /** The Cookie header for a request to `requestPath`, or '' when no cookie applies. */
  header(requestPath: string): string {
    const now = this.now();
    const sent: StoredCookie[] = [];
    for (const [key, cookie] of this.cookies) {
      if (cookie.expires !== undefined && cookie.expires <= now) this.cookies.delete(key);
      else if (pathMatches(requestPath, cookie.path)) sent.push(cookie);
    }
    // Browsers list longer paths first, so the most specific cookie of a name wins.
    sent.sort((a, b) => b.path.length - a.path.length);
    return sent.map((c) => `${c.name}=${c.value}`).join('; ');
  }

  clear(): void {
    this.cookies.clear();
  }
}
