import type { PyInstance } from '../python';
import type { ResponseData } from './response';

/** One cookie as HttpResponse.set_cookie records it. */
export interface CookieOptions {
  maxAge?: number | null;
  /** An HTTP date, e.g. 'Thu, 01 Jan 1970 00:00:00 GMT'. */
  expires?: string | null;
  path?: string;
  domain?: string | null;
  secure?: boolean;
  httponly?: boolean;
  samesite?: string | null;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** django.utils.http.http_date: RFC 7231's date, in GMT. */
export function httpDate(seconds: number): string {
  const d = new Date(Math.floor(seconds) * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} GMT`;
}

/** http.cookies' _quote: values of legal characters only go bare, others in quotes with escapes. */
function quote(value: string): string {
  if (/^[A-Za-z0-9!#$%&'*+\-.^_`|~:]+$/.test(value)) return value;
  return '"' + value.replace(/["\\]/g, (c) => '\\' + c).replace(/[\x00-\x1f\x7f-\xff,;]/g, (c) => '\\' + c.charCodeAt(0).toString(8).padStart(3, '0')) + '"';
}

/** The Set-Cookie value Morsel.OutputString writes: its attributes in sorted order. */
function cookieLine(key: string, value: string, o: CookieOptions): string {
  const parts = [`${key}=${quote(value)}`];
  if (o.domain) parts.push(`Domain=${o.domain}`);
  if (o.expires) parts.push(`expires=${o.expires}`);
  if (o.httponly) parts.push('HttpOnly');
  if (o.maxAge !== undefined && o.maxAge !== null) parts.push(`Max-Age=${o.maxAge}`);
  parts.push(`Path=${o.path ?? '/'}`);
  if (o.samesite) parts.push(`SameSite=${o.samesite}`);
  if (o.secure) parts.push('Secure');
  return parts.join('; ');
}

function cookiesOf(response: PyInstance): Map<string, string> {
  const data = response.native as ResponseData;
  data.cookies ??= new Map();
  return data.cookies;
}

/** HttpResponse.set_cookie: a max_age sets `expires` too (now + max_age). */
export function setCookie(response: PyInstance, key: string, value: string, options: CookieOptions = {}): void {
  const expires = options.expires ?? (options.maxAge !== undefined && options.maxAge !== null ? httpDate(Date.now() / 1000 + options.maxAge) : null);
  cookiesOf(response).set(key, cookieLine(key, value, { ...options, expires }));
}

/** HttpResponse.delete_cookie: an empty value that expired at the epoch. */
export function deleteCookie(response: PyInstance, key: string, options: { path?: string; domain?: string | null; samesite?: string | null } = {}): void {
  const secure = key.startsWith('__Secure-') || key.startsWith('__Host-') || options.samesite?.toLowerCase() === 'none';
  setCookie(response, key, '', { ...options, maxAge: 0, expires: 'Thu, 01 Jan 1970 00:00:00 GMT', secure });
}

/** The Set-Cookie lines a response sends, in the order its cookies were first set. */
export function setCookieLines(response: PyInstance): string[] {
  return [...((response.native as ResponseData).cookies?.values() ?? [])];
}

/** Cookie header → name/value pairs, as Django's parse_cookie reads it (the last of a repeated name wins). */
export function parseCookieHeader(header: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const chunk of header.split(';')) {
    const at = chunk.indexOf('=');
    const [key, raw] = at < 0 ? ['', chunk] : [chunk.slice(0, at), chunk.slice(at + 1)];
    const k = key.trim();
    let v = raw.trim();
    if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1).replace(/\\(\d{3}|.)/g, (_m, c: string) => (c.length === 3 ? String.fromCharCode(parseInt(c, 8)) : c));
    if (k || v) out.set(k, v);
  }
  return out;
}
