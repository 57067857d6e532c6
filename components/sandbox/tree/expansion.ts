import type { FileEntry } from '@/sandbox/runtime/runtime';
import { isHidden, venvFolders, type TreeNode } from './build-tree';
import { ancestors } from './paths';

/**
 * The folders open at first: the home folder's own (a project at a glance) except
 * virtual environments, and those leading to the file already open in the editor.
 */
export function initialOpen(roots: readonly TreeNode[], selected: string | null): Set<string> {
  const open = new Set(roots.filter((n) => n.kind === 'folder' && !n.venv).map((n) => n.path));
  for (const folder of selected ? ancestors(selected) : []) open.add(folder);
  return open;
}

/**
 * Opens the folders that just received something new (a migration, a file the learner or
 * a command created), so it is seen. New folders themselves appear closed: startapp's
 * whole app at once would flood the tree. Nothing inside a virtual environment: pip
 * installs thousands of files there, and nobody reads them.
 */
export function revealNew(open: ReadonlySet<string>, before: readonly FileEntry[], after: readonly FileEntry[]): Set<string> {
  // Folders implied by a path count as known too, should a listing omit them.
  const known = new Set(before.flatMap((e) => [e.path, ...ancestors(e.path)]));
  const venvs = venvFolders(after);
  const next = new Set(open);
  for (const entry of after) {
    if (known.has(entry.path) || isHidden(entry.path)) continue;
    for (const folder of ancestors(entry.path)) {
      if (!known.has(folder) || venvs.has(folder)) break;
      next.add(folder);
    }
  }
  return next;
}

/** The open folders after the listing changed; a first listing is not news, it gets initialOpen. */
export function followListing(
  open: ReadonlySet<string>,
  before: readonly FileEntry[],
  after: readonly FileEntry[],
  roots: readonly TreeNode[],
  selected: string | null,
): Set<string> {
  if (before.length === 0) return new Set([...open, ...initialOpen(roots, selected)]);
  return revealNew(open, before, after);
}
