import type { HostFiles } from '../python/host-files';

/** fnmatch's translation of a shell pattern (`*`, `?`, `[seq]`, `[!seq]`) into a regular expression's body. */
export function translatePattern(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      while (pattern[i + 1] === '*') i++;
      out += '[\\s\\S]*';
    } else if (c === '?') out += '[\\s\\S]';
    else if (c === '[') {
      let j = i + 1;
      if (pattern[j] === '!') j++;
      if (pattern[j] === ']') j++;
      while (j < pattern.length && pattern[j] !== ']') j++;
      if (j >= pattern.length) out += '\\[';
      else {
        let body = pattern.slice(i + 1, j).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = '^' + body.slice(1);
        else if (body.startsWith('^')) body = '\\' + body;
        out += `[${body}]`;
        i = j;
      }
    } else out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

export function fnmatchRegex(pattern: string): RegExp {
  return new RegExp(`^(?:${translatePattern(pattern)})$`);
}

export function hasMagic(s: string): boolean {
  return /[*?[]/.test(s);
}

/** The names in a folder, or none when it cannot be read (glob ignores such errors). */
function names(files: HostFiles, dir: string): string[] {
  try {
    return files.readdirSync(dir).map(String);
  } catch {
    return [];
  }
}

function isDir(files: HostFiles, p: string): boolean {
  try {
    return files.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * glob.glob(): the paths matching `pattern`, as text relative to where the pattern is
 * (`resolve` maps a pattern's path to the host's absolute one). `**` with `recursive`
 * matches any folders, hidden names only when the pattern part starts with a dot.
 */
export function globPaths(files: HostFiles, pattern: string, resolve: (p: string) => string, options: { recursive: boolean; includeHidden: boolean }): string[] {
  if (pattern === '') return [];
  // A pattern ending in a slash matches folders only, and its results keep the slash.
  if (pattern.endsWith('/') && pattern.replace(/\/+$/, '') !== '') {
    return globPaths(files, pattern.replace(/\/+$/, ''), resolve, options)
      .filter((p) => isDir(files, resolve(p)))
      .map((p) => (p.endsWith('/') ? p : `${p}/`));
  }
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/').filter((p, i) => p !== '' || i === 0);
  let current: string[] = [absolute ? '/' : ''];
  if (absolute) parts.shift();
  const join = (base: string, name: string) => (base === '' ? name : base.endsWith('/') ? base + name : `${base}/${name}`);
  const exists = (p: string) => {
    try {
      files.statSync(resolve(p === '' ? '.' : p));
      return true;
    } catch {
      return false;
    }
  };
  const visible = (name: string, part: string) => options.includeHidden || !name.startsWith('.') || part.startsWith('.');
  parts.forEach((part, index) => {
    const last = index === parts.length - 1;
    const next: string[] = [];
    for (const base of current) {
      const dir = resolve(base === '' ? '.' : base);
      if (options.recursive && part === '**') {
        // Zero or more folders: the base itself, then everything under it.
        const walk = (rel: string, absDir: string) => {
          for (const name of names(files, absDir)) {
            if (!visible(name, '')) continue;
            const child = join(rel, name);
            const childAbs = `${absDir.replace(/\/$/, '')}/${name}`;
            if (isDir(files, childAbs)) {
              next.push(child);
              walk(child, childAbs);
            } else if (last) next.push(child);
          }
        };
        if (!last) next.push(base);
        else if (base !== '') next.push(base.endsWith('/') ? base : `${base}/`);
        walk(base, dir);
      } else if (hasMagic(part)) {
        const re = fnmatchRegex(part);
        for (const name of names(files, dir)) if (re.test(name) && visible(name, part)) next.push(join(base, name));
      } else if (part === '') {
        if (isDir(files, dir)) next.push(base.endsWith('/') ? base : `${base}/`);
      } else {
        const candidate = join(base, part);
        if (exists(candidate)) next.push(candidate);
      }
    }
    current = next;
  });
  return current;
}
