'use client';

import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Lang } from '@/lib/languages';
import { SANDBOX_STRINGS } from '@/lib/sandbox-strings';
import type { FileEntry } from '@/sandbox/runtime/runtime';
import { buildTree, type TreeNode } from './tree/build-tree';
import { NameForm } from './tree/NameForm';
import { checkName } from './tree/names';
import { baseName } from './tree/paths';
import { treeKeyAction } from './tree/tree-keys';
import { TreeItem, type TreeItemContext } from './tree/TreeItem';
import { TreeToolbar } from './tree/TreeToolbar';
import { useOpenFolders } from './tree/use-open-folders';
import { useTreeActions } from './tree/use-tree-actions';
import { visibleRows } from './tree/visible-rows';

export interface FileTreeProps {
  lang: Lang;
  /** The runtime's listFiles(), any order; pass a new listing after every change. */
  entries: readonly FileEntry[];
  /** The file open in the editor. */
  selected: string | null;
  /** A file was chosen (click, Enter, or just created). */
  onOpen(path: string): void;
  /** Create an empty file or a folder. Missing folders above it come first, one call each. */
  onCreate(path: string, kind: 'file' | 'folder'): Promise<void> | void;
  /** Rename or move; `to` may be in another folder, which already exists by then. */
  onRename(from: string, to: string): Promise<void> | void;
  /** Delete a file, or a folder with everything in it (the learner has confirmed). */
  onDelete(path: string): Promise<void> | void;
}

/** How long a focus request waits for its item to appear in the listing. */
const FOCUS_WAIT_MS = 3000;

/** The sandbox's files as an ARIA tree, with a toolbar to create, rename and delete. */
export function FileTree({ lang, entries, selected, onOpen, onCreate, onRename, onDelete }: FileTreeProps) {
  const t = SANDBOX_STRINGS[lang].tree;
  const roots = useMemo(() => buildTree(entries), [entries]);
  const { open, reveal, collapse, toggle } = useOpenFolders(entries, roots, selected);
  const rows = useMemo(() => visibleRows(roots, open), [roots, open]);
  const [current, setCurrent] = useState(selected);
  const [seenSelected, setSeenSelected] = useState(selected);
  const items = useRef(new Map<string, HTMLLIElement>());
  // An item to focus once it is on screen (created or renamed: the listing comes later).
  const pendingFocus = useRef<{ path: string; until: number } | null>(null);

  if (selected !== seenSelected) {
    setSeenSelected(selected);
    if (selected !== null) setCurrent(selected);
  }

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    const element = items.current.get(pending.path);
    if (element) element.focus();
    if (element || Date.now() > pending.until) pendingFocus.current = null;
  });

  const nodes = useMemo(() => new Map(rows.map((r) => [r.node.path, r.node])), [rows]);
  const currentNode = current === null ? undefined : nodes.get(current);
  const tabStop = currentNode ? currentNode.path : (rows[0]?.node.path ?? null);

  const actions = useTreeActions({
    entries,
    rows,
    currentNode,
    callbacks: { onOpen, onCreate, onRename, onDelete },
    confirmDelete: (path, kind) => window.confirm(t.confirmDelete(path, kind)),
    failed: t.failed,
    reveal,
    moveTo: (path) => {
      setCurrent(path);
      if (path !== null) pendingFocus.current = { path, until: Date.now() + FOCUS_WAIT_MS };
    },
  });
  const { form, failure } = actions;

  function activate(node: TreeNode) {
    setCurrent(node.path);
    if (node.kind === 'folder') toggle(node.path);
    else onOpen(node.path);
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'F2' || event.key === 'Delete') {
      event.preventDefault();
      if (event.key === 'F2') actions.startRename();
      else void actions.remove();
      return;
    }
    const action = treeKeyAction(rows, tabStop, event.key, open);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'expand') reveal([action.path]);
    else if (action.type === 'collapse') collapse(action.path);
    else if (action.type === 'activate') {
      const node = nodes.get(action.path);
      if (node) activate(node);
    } else {
      setCurrent(action.path);
      items.current.get(action.path)?.focus();
    }
  }

  // Focus decides the current item, whether it came from a click, Tab or a key.
  function onFocus(event: FocusEvent<HTMLUListElement>) {
    const path = event.target.getAttribute('data-path');
    if (path !== null && event.target.getAttribute('role') === 'treeitem') setCurrent(path);
  }

  const context: TreeItemContext = {
    open,
    current: currentNode ? currentNode.path : null,
    tabStop,
    openFile: selected,
    onClick: activate,
    register: (path, element) => {
      if (element) items.current.set(path, element);
      else items.current.delete(path);
    },
  };

  return (
    <section data-testid="file-tree" aria-label={t.label} className="flex h-full min-h-0 flex-col bg-white text-sm text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">
      <div className="flex min-h-9 items-center justify-between gap-2 border-b border-zinc-200 py-1 pl-3 pr-1 dark:border-zinc-800">
        <span className="text-xs font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{t.label}</span>
        <TreeToolbar
          labels={t}
          hasCurrent={currentNode !== undefined}
          onNewFile={() => actions.startCreate('file')}
          onNewFolder={() => actions.startCreate('folder')}
          onRename={actions.startRename}
          onDelete={() => void actions.remove()}
        />
      </div>
      {form && (
        <NameForm
          key={`${form.mode}:${form.folder ?? ''}:${form.mode === 'rename' ? form.from : ''}`}
          label={form.mode === 'rename' ? t.renameTo(baseName(form.from)) : form.mode === 'file' ? t.newFileIn(form.folder) : t.newFolderIn(form.folder)}
          hint={t.nameHint}
          initial={form.mode === 'rename' ? baseName(form.from) : ''}
          confirm={form.mode === 'rename' ? t.confirmRename : t.create}
          cancel={t.cancel}
          problem={(name) => {
            const problem = checkName(name, { folder: form.folder, entries, from: form.mode === 'rename' ? form.from : undefined });
            return problem && t.problems[problem];
          }}
          failure={failure}
          busy={actions.busy}
          onSubmit={(name) => void actions.submit(name)}
          onCancel={actions.cancel}
        />
      )}
      {failure && !form && (
        <p role="alert" className="border-b border-zinc-200 px-3 py-1.5 text-xs text-red-700 dark:border-zinc-800 dark:text-red-300">
          {failure}
        </p>
      )}
      <div className="min-h-0 flex-1 overflow-auto p-1">
        {rows.length === 0 ? (
          <p className="px-2 py-1 text-zinc-600 dark:text-zinc-400">{t.empty}</p>
        ) : (
          <ul role="tree" aria-label={t.label} onKeyDown={onKeyDown} onFocus={onFocus}>
            {roots.map((node) => (
              <TreeItem key={node.path} node={node} level={1} context={context} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
