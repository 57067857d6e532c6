import { useState } from 'react';
import type { FileEntry } from '@/sandbox/runtime/runtime';
import type { TreeNode } from './build-tree';
import { cleanName, missingFolders } from './names';
import { ancestors, joinPath, parentOf } from './paths';
import type { TreeRow } from './visible-rows';

/** The name field open in the pane: what it creates or renames, and in which folder. */
export type NameForm = { mode: 'file' | 'folder'; folder: string | null } | { mode: 'rename'; folder: string | null; from: string };

export interface TreeActionsInput {
  entries: readonly FileEntry[];
  rows: readonly TreeRow[];
  /** The item the toolbar acts on, if it is on screen. */
  currentNode: TreeNode | undefined;
  callbacks: {
    onOpen(path: string): void;
    onCreate(path: string, kind: 'file' | 'folder'): Promise<void> | void;
    onRename(from: string, to: string): Promise<void> | void;
    onDelete(path: string): Promise<void> | void;
  };
  confirmDelete(path: string, kind: 'file' | 'folder'): boolean;
  failed(reason: string): string;
  reveal(folders: readonly string[]): void;
  /** Makes a path current and focuses it once it is listed. */
  moveTo(path: string | null): void;
}

/** Creating, renaming and deleting from the tree's toolbar, with the name field's state. */
export function useTreeActions({ entries, rows, currentNode, callbacks, confirmDelete, failed, reveal, moveTo }: TreeActionsInput) {
  const [form, setForm] = useState<NameForm | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs a change; a failure is shown in the pane. Whether it worked. */
  async function run(change: () => Promise<void>): Promise<boolean> {
    setBusy(true);
    setFailure(null);
    try {
      await change();
      return true;
    } catch (error) {
      setFailure(failed(error instanceof Error ? error.message : String(error)));
      return false;
    } finally {
      setBusy(false);
    }
  }

  function startCreate(mode: 'file' | 'folder') {
    // Inside the chosen folder, beside the chosen file, or at the top.
    const folder = currentNode ? (currentNode.kind === 'folder' ? currentNode.path : parentOf(currentNode.path)) : null;
    if (folder !== null) reveal([...ancestors(folder), folder]);
    setFailure(null);
    setForm({ mode, folder });
  }

  function startRename() {
    if (!currentNode) return;
    setFailure(null);
    setForm({ mode: 'rename', folder: parentOf(currentNode.path), from: currentNode.path });
  }

  async function remove() {
    const node = currentNode;
    if (!node || !confirmDelete(node.path, node.kind)) return;
    // Focus goes on to the next item outside the deleted one, else to the one before.
    const index = rows.findIndex((r) => r.node.path === node.path);
    const next = rows.slice(index + 1).find((r) => !r.node.path.startsWith(`${node.path}/`)) ?? rows[index - 1];
    const done = await run(async () => {
      await callbacks.onDelete(node.path);
    });
    if (done) moveTo(next?.node.path ?? null);
  }

  async function submit(input: string) {
    if (!form) return;
    const target = joinPath(form.folder, cleanName(input));
    const done = await run(async () => {
      if (form.mode === 'rename' && target === form.from) return;
      // mkdir -p: the runtime is asked for one folder at a time.
      for (const folder of missingFolders(target, entries)) await callbacks.onCreate(folder, 'folder');
      if (form.mode === 'rename') await callbacks.onRename(form.from, target);
      else await callbacks.onCreate(target, form.mode);
    });
    if (!done) return;
    setForm(null);
    reveal(ancestors(target));
    moveTo(target);
    if (form.mode === 'file') callbacks.onOpen(target);
  }

  function cancel() {
    setForm(null);
    setFailure(null);
    moveTo(currentNode?.path ?? null);
  }

  return { form, failure, busy, startCreate, startRename, remove, submit, cancel };
}
