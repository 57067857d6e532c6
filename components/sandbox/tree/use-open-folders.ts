import { useState } from 'react';
import type { FileEntry } from '@/sandbox/runtime/runtime';
import type { TreeNode } from './build-tree';
import { followListing, initialOpen } from './expansion';
import { ancestors } from './paths';

/**
 * Which folders are open. Kept across listings, and updated while rendering when the
 * listing or the open file changes (React's way to adjust state to new props): new
 * entries and the open file are shown, not hidden in a closed folder.
 */
export function useOpenFolders(entries: readonly FileEntry[], roots: readonly TreeNode[], selected: string | null) {
  const [open, setOpen] = useState(() => initialOpen(roots, selected));
  const [seenEntries, setSeenEntries] = useState(entries);
  const [seenSelected, setSeenSelected] = useState(selected);

  let next = open;
  if (entries !== seenEntries) {
    setSeenEntries(entries);
    next = followListing(next, seenEntries, entries, roots, selected);
  }
  if (selected !== seenSelected) {
    setSeenSelected(selected);
    if (selected !== null) next = withOpen(next, ancestors(selected));
  }
  if (next !== open) setOpen(next);

  return {
    open: next,
    /** Opens folders (a path's ancestors, or a folder itself). */
    reveal: (paths: readonly string[]) => setOpen((o) => withOpen(o, paths)),
    collapse: (path: string) =>
      setOpen((o) => {
        const n = new Set(o);
        n.delete(path);
        return n;
      }),
    toggle: (path: string) => setOpen((o) => (o.has(path) ? new Set([...o].filter((p) => p !== path)) : withOpen(o, [path]))),
  };
}

function withOpen(open: ReadonlySet<string>, paths: readonly string[]): Set<string> {
  return new Set([...open, ...paths]);
}
