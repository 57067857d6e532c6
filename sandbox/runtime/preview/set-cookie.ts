/** One Set-Cookie line, reduced to what a single-origin jar needs. */
export interface SetCookie {
  name: string;
  value: string;
  /** The Path attribute, if it was given and starts with '/'. */
  path?: string;
  /** When the cookie stops being sent (ms since the epoch); undefined for a session cookie. */
  expires?: number;
}

/**
 * The Set-Cookie lines in a header value. A runtime that keeps headers in a record has to
 * join repeated Set-Cookie headers somehow: by newlines, or by commas as Node joins most
 * headers. A comma also appears inside Expires dates (`Thu, 01 Jan 1970`), so a comma only
 * splits where a new `name=` follows.
 */
export function splitSetCookie(value: string): string[] {
  return value
    .split(/\r?\n|,(?=\s*[^\s;,=]+=)/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** RFC 6265's parsing, minus Domain, Secure and SameSite: the preview has one origin. */
export function parseSetCookie(line: string, now: number): SetCookie | null {
  const [pair = '', ...attributes] = line.split(';');
  const equals = pair.indexOf('=');
  if (equals < 0) return null;
  const name = pair.slice(0, equals).trim();
  if (name === '') return null;
  const cookie: SetCookie = { name, value: pair.slice(equals + 1).trim() };
  let maxAge: number | undefined;
  for (const attribute of attributes) {
    const at = attribute.indexOf('=');
    const key = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
    const value = at < 0 ? '' : attribute.slice(at + 1).trim();
    if (key === 'path' && value.startsWith('/')) cookie.path = value;
    else if (key === 'max-age' && /^-?\d+$/.test(value)) maxAge = Number(value);
    else if (key === 'expires') {
      const date = Date.parse(value);
      if (!Number.isNaN(date)) cookie.expires = date;
    }
  }
  // Max-Age wins over Expires; zero or less means "delete now".
  if (maxAge !== undefined) cookie.expires = maxAge <= 0 ? Number.NEGATIVE_INFINITY : now + maxAge * 1000;
  return cookie;
}
