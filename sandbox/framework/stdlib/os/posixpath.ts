/** posixpath's string functions, as CPython 3.12 computes them (no disk involved). */

export function join(first: string, rest: string[]): string {
  let path = first;
  for (const b of rest) {
    if (b.startsWith('/')) path = b;
    else if (path === '' || path.endsWith('/')) path += b;
    else path += '/' + b;
  }
  return path;
}

export function split(p: string): [string, string] {
  const i = p.lastIndexOf('/') + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
  return [head, tail];
}

export function splitext(p: string): [string, string] {
  const sepIndex = p.lastIndexOf('/');
  const dotIndex = p.lastIndexOf('.');
  if (dotIndex > sepIndex) {
    for (let i = sepIndex + 1; i < dotIndex; i++) if (p[i] !== '.') return [p.slice(0, dotIndex), p.slice(dotIndex)];
  }
  return [p, ''];
}

export function normpath(path: string): string {
  if (path === '') return '.';
  let initial = path.startsWith('/') ? 1 : 0;
  if (initial && path.startsWith('//') && !path.startsWith('///')) initial = 2;
  const out: string[] = [];
  for (const comp of path.split('/')) {
    if (comp === '' || comp === '.') continue;
    if (comp !== '..' || (!initial && out.length === 0) || (out.length > 0 && out[out.length - 1] === '..')) out.push(comp);
    else if (out.length) out.pop();
  }
  const joined = '/'.repeat(initial) + out.join('/');
  return joined || '.';
}

export function abspath(p: string, cwd: string): string {
  return normpath(p.startsWith('/') ? p : join(cwd, [p]));
}

export function commonprefix(items: string[]): string {
  if (items.length === 0) return '';
  let min = items[0]!;
  let max = items[0]!;
  for (const s of items) {
    if (s < min) min = s;
    if (s > max) max = s;
  }
  let i = 0;
  while (i < min.length && min[i] === max[i]) i++;
  return min.slice(0, i);
}

function commonComponents(lists: string[][]): number {
  let i = 0;
  for (;;) {
    const first = lists[0]![i];
    if (first === undefined || lists.some((l) => l[i] !== first)) return i;
    i++;
  }
}

export function relpath(path: string, start: string, cwd: string): string {
  if (path === '') throw new PathError('no path specified');
  const startList = abspath(start, cwd).split('/').filter(Boolean);
  const pathList = abspath(path, cwd).split('/').filter(Boolean);
  const i = commonComponents([startList, pathList]);
  const rel = [...Array(startList.length - i).fill('..'), ...pathList.slice(i)];
  return rel.length ? join(rel[0]!, rel.slice(1)) : '.';
}

export function commonpath(paths: string[]): string {
  if (paths.length === 0) throw new PathError('commonpath() arg is an empty sequence');
  const absolute = paths.map((p) => p.startsWith('/'));
  if (absolute.some((a) => a !== absolute[0])) throw new PathError("Can't mix absolute and relative paths");
  const lists = paths.map((p) => p.split('/').filter((c) => c !== '' && c !== '.'));
  const common = lists[0]!.slice(0, commonComponents(lists));
  return (absolute[0] ? '/' : '') + common.join('/');
}

export function expandvars(path: string, lookup: (name: string) => string | undefined): string {
  if (!path.includes('$')) return path;
  return path.replace(/\$(\w+|\{[^}]*\})/g, (whole, name: string) => {
    const key = name.startsWith('{') ? name.slice(1, -1) : name;
    return lookup(key) ?? whole;
  });
}

export function expanduser(path: string, home: string): string {
  if (!path.startsWith('~')) return path;
  const slash = path.indexOf('/', 1);
  const end = slash < 0 ? path.length : slash;
  if (end !== 1) return path;
  const base = home === '/' ? '' : home.replace(/\/+$/, '');
  return (base + path.slice(end)) || '/';
}

/** A ValueError the module turns into Python's. */
export class PathError extends Error {}
