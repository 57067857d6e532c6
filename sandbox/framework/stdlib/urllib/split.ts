import { pyError } from '../../python';

/** Splitting, joining and resolving URLs (RFC 3986 as CPython 3.12's urllib.parse does it). */
export const USES_RELATIVE = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp', 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss'];
export const USES_NETLOC = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms', 'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss', 'itms-services'];
export const USES_PARAMS = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel'];
const SCHEME_CHARS = /^[A-Za-z0-9+\-.]+$/;

export type Split = [scheme: string, netloc: string, path: string, query: string, fragment: string];
export type Parsed = [scheme: string, netloc: string, path: string, params: string, query: string, fragment: string];

function splitNetloc(url: string, start = 0): [string, string] {
  let delim = url.length;
  for (const c of '/?#') {
    const at = url.indexOf(c, start);
    if (at >= 0) delim = Math.min(delim, at);
  }
  return [url.slice(start, delim), url.slice(delim)];
}

export function urlsplit(input: string, defaultScheme = '', allowFragments = true): Split {
  // Leading C0 controls and spaces go (WHATWG), and tabs and newlines anywhere.
  let url = input.replace(/^[\x00-\x20]+/, '').replace(/[\t\r\n]/g, '');
  let scheme = defaultScheme.replace(/^[\x00-\x20]+/, '').replace(/[\t\r\n]/g, '');
  let netloc = '';
  let query = '';
  let fragment = '';
  const colon = url.indexOf(':');
  if (colon > 0 && /^[A-Za-z]/.test(url) && SCHEME_CHARS.test(url.slice(0, colon))) {
    scheme = url.slice(0, colon).toLowerCase();
    url = url.slice(colon + 1);
  }
  if (url.startsWith('//')) {
    [netloc, url] = splitNetloc(url, 2);
    if (netloc.includes('[') !== netloc.includes(']')) throw pyError('ValueError', 'Invalid IPv6 URL');
  }
  if (allowFragments && url.includes('#')) [url, fragment] = splitOnce(url, '#');
  if (url.includes('?')) [url, query] = splitOnce(url, '?');
  return [scheme, netloc, url, query, fragment];
}

function splitOnce(s: string, sep: string): [string, string] {
  const at = s.indexOf(sep);
  return [s.slice(0, at), s.slice(at + 1)];
}

function splitParams(url: string): [string, string] {
  const at = url.includes('/') ? url.indexOf(';', url.lastIndexOf('/')) : url.indexOf(';');
  if (at < 0) return [url, ''];
  return [url.slice(0, at), url.slice(at + 1)];
}

export function urlparse(url: string, defaultScheme = '', allowFragments = true): Parsed {
  const [scheme, netloc, rest, query, fragment] = urlsplit(url, defaultScheme, allowFragments);
  let path = rest;
  let params = '';
  if (USES_PARAMS.includes(scheme) && path.includes(';')) [path, params] = splitParams(path);
  return [scheme, netloc, path, params, query, fragment];
}

export function urlunsplit([scheme, netloc, path, query, fragment]: Split): string {
  let url = path;
  if (netloc || (scheme && USES_NETLOC.includes(scheme) && url.slice(0, 2) !== '//')) {
    if (url && url[0] !== '/') url = '/' + url;
    url = '//' + netloc + url;
  }
  if (scheme) url = scheme + ':' + url;
  if (query) url += '?' + query;
  if (fragment) url += '#' + fragment;
  return url;
}

export function urlunparse([scheme, netloc, path, params, query, fragment]: Parsed): string {
  return urlunsplit([scheme, netloc, params ? `${path};${params}` : path, query, fragment]);
}

export function urljoin(base: string, url: string, allowFragments = true): string {
  if (!base) return url;
  if (!url) return base;
  const [bscheme, bnetloc, bpath, bparams, bquery] = urlparse(base, '', allowFragments);
  const parsed = urlparse(url, bscheme, allowFragments);
  const [scheme, , path, params, query, fragment] = parsed;
  let netloc = parsed[1];
  if (scheme !== bscheme || !USES_RELATIVE.includes(scheme)) return url;
  if (USES_NETLOC.includes(scheme)) {
    if (netloc) return urlunparse([scheme, netloc, path, params, query, fragment]);
    netloc = bnetloc;
  }
  if (!path && !params) return urlunparse([scheme, netloc, bpath, bparams, query || bquery, fragment]);
  const baseParts = bpath.split('/');
  if (baseParts.at(-1) !== '') baseParts.pop();
  let segments: string[];
  if (path.startsWith('/')) segments = path.split('/');
  else {
    segments = [...baseParts, ...path.split('/')];
    // Empty segments in the middle go: 'a//b' resolves as 'a/b'.
    segments = [segments[0]!, ...segments.slice(1, -1).filter(Boolean), ...(segments.length > 1 ? [segments.at(-1)!] : [])];
  }
  const resolved: string[] = [];
  for (const seg of segments) {
    if (seg === '..') resolved.pop();
    else if (seg !== '.') resolved.push(seg);
  }
  if (segments.at(-1) === '.' || segments.at(-1) === '..') resolved.push('');
  return urlunparse([scheme, netloc, resolved.join('/') || '/', params, query, fragment]);
}
