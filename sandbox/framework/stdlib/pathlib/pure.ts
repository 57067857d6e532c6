import { fnmatchCase } from '../glob';

/** A parsed PurePosixPath: its root ('', '/' or '//') and its parts after the root. */
export interface Parsed {
  root: string;
  parts: string[];
}

/** How pathlib normalizes a path: '.' parts and repeated slashes go, '..' stays. */
export function parse(text: string): Parsed {
  let root = '';
  if (text.startsWith('/')) root = text.startsWith('//') && !text.startsWith('///') ? '//' : '/';
  const parts = text.split('/').filter((p) => p !== '' && p !== '.');
  return { root, parts };
}

export function format(p: Parsed): string {
  const body = p.root + p.parts.join('/');
  return body || '.';
}

/** Joins segments as Path(a, b, ...) does: an absolute segment starts over. */
export function joinSegments(segments: string[]): string {
  let out = '';
  for (const s of segments) {
    if (s === '') continue;
    if (s.startsWith('/') || out === '') out = s;
    else out = out.endsWith('/') ? out + s : `${out}/${s}`;
  }
  return format(parse(out));
}

export function nameOf(p: Parsed): string {
  return p.parts[p.parts.length - 1] ?? '';
}

export function suffixOf(name: string): string {
  const i = name.lastIndexOf('.');
  return i > 0 && i < name.length - 1 ? name.slice(i) : '';
}

export function suffixesOf(name: string): string[] {
  if (name.endsWith('.')) return [];
  const trimmed = name.replace(/^\.+/, '');
  const pieces = trimmed.split('.').slice(1);
  return pieces.map((s) => `.${s}`);
}

export function stemOf(name: string): string {
  const suffix = suffixOf(name);
  return suffix ? name.slice(0, -suffix.length) : name;
}

export function parentOf(p: Parsed): Parsed {
  return p.parts.length ? { root: p.root, parts: p.parts.slice(0, -1) } : p;
}

/** PurePath.match(pattern): matched from the right, part by part (an absolute pattern must match whole). */
export function matchPattern(p: Parsed, pattern: string): boolean {
  const pat = parse(pattern);
  if (pat.parts.length === 0 && !pat.root) throw new Error('empty pattern');
  if (pat.root) {
    if (p.root !== pat.root || p.parts.length !== pat.parts.length) return false;
  } else if (pat.parts.length > p.parts.length) return false;
  const tail = p.parts.slice(p.parts.length - pat.parts.length);
  return pat.parts.every((part, i) => fnmatchCase(tail[i]!, part));
}
