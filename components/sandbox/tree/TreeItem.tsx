import type { TreeNode } from './build-tree';
import { ChevronIcon } from './icons';

export interface TreeItemContext {
  open: ReadonlySet<string>;
  /** The item the toolbar acts on, marked aria-selected. */
  current: string | null;
  /** The one item reachable with Tab (roving tabindex). */
  tabStop: string | null;
  /** The file open in the editor. */
  openFile: string | null;
  onClick(node: TreeNode): void;
  register(path: string, element: HTMLLIElement | null): void;
}

/** One file or folder, with a folder's visible children nested in a group (ARIA tree). */
export function TreeItem({ node, level, context }: { node: TreeNode; level: number; context: TreeItemContext }) {
  const { open, current, tabStop, openFile, onClick, register } = context;
  const folder = node.kind === 'folder';
  const expanded = folder && open.has(node.path);
  const row = [
    'flex cursor-pointer select-none items-center gap-1 rounded py-0.5 pr-2',
    current === node.path ? 'bg-zinc-200/70 dark:bg-zinc-800' : 'hover:bg-zinc-100 dark:hover:bg-zinc-800/50',
    openFile === node.path ? 'font-medium text-brand-800 dark:text-brand-300' : '',
    node.venv ? 'text-zinc-600 dark:text-zinc-400' : '',
  ];
  return (
    <li
      role="treeitem"
      aria-expanded={folder ? expanded : undefined}
      aria-selected={current === node.path}
      tabIndex={tabStop === node.path ? 0 : -1}
      data-path={node.path}
      ref={(element) => register(node.path, element)}
      // The ring goes on the row: around the <li> it would circle a folder's whole subtree.
      style={{ outline: 'none' }}
      className="[&:focus-visible>div]:outline-2 [&:focus-visible>div]:-outline-offset-2 [&:focus-visible>div]:outline-brand-400"
    >
      <div className={row.join(' ')} style={{ paddingLeft: `${(level - 1) * 0.875 + 0.25}rem` }} onClick={() => onClick(node)}>
        {folder ? <ChevronIcon open={expanded} /> : <span className="size-4 shrink-0" />}
        <span className="truncate">{node.name}</span>
      </div>
      {expanded && node.children.length > 0 && (
        <ul role="group">
          {node.children.map((child) => (
            <TreeItem key={child.path} node={child} level={level + 1} context={context} />
          ))}
        </ul>
      )}
    </li>
  );
}
