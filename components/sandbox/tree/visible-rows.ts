import type { TreeNode } from './build-tree';

/** A node the reader can see: every folder above it is open. */
export interface TreeRow {
  node: TreeNode;
  /** 1 for the home folder's own entries (aria-level counts from 1). */
  level: number;
  parent: string | null;
}

/** The visible nodes top to bottom, the order arrow keys move through. */
export function visibleRows(nodes: readonly TreeNode[], open: ReadonlySet<string>, level = 1, parent: string | null = null): TreeRow[] {
  return nodes.flatMap((node) => [
    { node, level, parent },
    ...(node.kind === 'folder' && open.has(node.path) ? visibleRows(node.children, open, level + 1, node.path) : []),
  ]);
}
