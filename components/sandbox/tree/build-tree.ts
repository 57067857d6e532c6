import type { FileEntry } from '@/sandbox/runtime/runtime';
import { ancestors, baseName, parentOf } from './paths';

export interface TreeNode {
  name: string;
  path: string;
  kind: 'file' | 'folder';
  /** Sorted: folders first, then files, each by name. Empty for files. */
  children: TreeNode[];
  /** A virtual environment (it holds pyvenv.cfg): thousands of files nobody edits. */
  venv: boolean;
}

/**
 * Folders left out of the tree: Python's bytecode caches appear after every run and are
 * never edited. The terminal still shows them, so nothing is really hidden.
 */
const HIDDEN_FOLDERS = new Set(['__pycache__']);

export function isHidden(path: string): boolean {
  return path.split('/').some((part) => HIDDEN_FOLDERS.has(part));
}

/** Folders that are virtual environments: `python -m venv` puts pyvenv.cfg at their top. */
export function venvFolders(entries: readonly FileEntry[]): Set<string> {
  const venvs = new Set<string>();
  for (const entry of entries) {
    const parent = parentOf(entry.path);
    if (entry.kind === 'file' && parent !== null && baseName(entry.path) === 'pyvenv.cfg') venvs.add(parent);
  }
  return venvs;
}

/** The sandbox terminal's `ls` order (C.UTF-8 collation: byte order), folders first. */
export function compareNodes(a: TreeNode, b: TreeNode): number {
  if (a.kind !== b.kind) return a.kind === 'folder' ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The nested tree of a flat listing; folders the listing implies but omits are added. */
export function buildTree(entries: readonly FileEntry[]): TreeNode[] {
  const venvs = venvFolders(entries);
  const root: TreeNode[] = [];
  const nodes = new Map<string, TreeNode>();

  const place = (path: string, kind: TreeNode['kind']): TreeNode => {
    const existing = nodes.get(path);
    if (existing) return existing;
    const node: TreeNode = { name: baseName(path), path, kind, children: [], venv: venvs.has(path) };
    const parent = parentOf(path);
    (parent === null ? root : place(parent, 'folder').children).push(node);
    nodes.set(path, node);
    return node;
  };

  for (const entry of entries) {
    if (isHidden(entry.path) || entry.path === '') continue;
    for (const folder of ancestors(entry.path)) place(folder, 'folder');
    place(entry.path, entry.kind);
  }
  sortDeep(root);
  return root;
}

function sortDeep(nodes: TreeNode[]): void {
  nodes.sort(compareNodes);
  for (const node of nodes) sortDeep(node.children);
}
