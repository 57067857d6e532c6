import type { TreeRow } from './visible-rows';

/** What a key press on the tree asks for (WAI-ARIA tree view pattern). */
export type TreeKeyAction =
  | { type: 'focus'; path: string }
  | { type: 'expand'; path: string }
  | { type: 'collapse'; path: string }
  /** Enter: open a file, or open/close a folder. */
  | { type: 'activate'; path: string };

export function treeKeyAction(rows: readonly TreeRow[], current: string | null, key: string, open: ReadonlySet<string>): TreeKeyAction | null {
  if (rows.length === 0) return null;
  const index = rows.findIndex((r) => r.node.path === current);
  const row = rows[index];
  const focus = (target: TreeRow | undefined): TreeKeyAction | null => (target ? { type: 'focus', path: target.node.path } : null);
  // Focus on nothing yet (or on a row that went away): any movement starts at the top.
  if (!row) return ['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(key) ? focus(key === 'End' ? rows.at(-1) : rows[0]) : null;

  const { node } = row;
  const isOpen = node.kind === 'folder' && open.has(node.path);
  switch (key) {
    case 'ArrowDown':
      return focus(rows[index + 1]);
    case 'ArrowUp':
      return focus(rows[index - 1]);
    case 'Home':
      return focus(rows[0]);
    case 'End':
      return focus(rows.at(-1));
    case 'ArrowRight':
      if (node.kind !== 'folder') return null;
      return isOpen ? focus(node.children.length ? rows[index + 1] : undefined) : { type: 'expand', path: node.path };
    case 'ArrowLeft':
      if (isOpen) return { type: 'collapse', path: node.path };
      return row.parent === null ? null : { type: 'focus', path: row.parent };
    case 'Enter':
    case ' ':
      return { type: 'activate', path: node.path };
    default:
      return typeAhead(rows, index, key);
  }
}

/** A printable character moves to the next visible name starting with it, as file managers do. */
function typeAhead(rows: readonly TreeRow[], index: number, key: string): TreeKeyAction | null {
  if ([...key].length !== 1 || key.trim() === '') return null;
  const letter = key.toLowerCase();
  for (let step = 1; step <= rows.length; step++) {
    const target = rows[(index + step) % rows.length];
    if (target?.node.name.toLowerCase().startsWith(letter)) return { type: 'focus', path: target.node.path };
  }
  return null;
}
