/**
 * The one rule for the paths the panes send, in both runtimes: relative to home, `a/../b`
 * is `b`, and anything that would leave home is refused.
 */
export function homeRelative(path: string): string {
  if (path.startsWith('/')) throw new Error(`outside the home folder: ${path}`);
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part !== '..') parts.push(part);
    else if (parts.pop() === undefined) throw new Error(`outside the home folder: ${path}`);
  }
  return parts.length ? parts.join('/') : '.';
}
