import type { ReactNode } from 'react';
import { DeleteIcon, NewFileIcon, NewFolderIcon, RenameIcon } from './icons';

interface TreeToolbarProps {
  labels: { toolbar: string; newFile: string; newFolder: string; rename: string; delete: string };
  /** Rename and delete need an item to act on. */
  hasCurrent: boolean;
  onNewFile(): void;
  onNewFolder(): void;
  onRename(): void;
  onDelete(): void;
}

/** Icon buttons: the narrow pane has no room for words, so they are the buttons' names. */
export function TreeToolbar({ labels, hasCurrent, onNewFile, onNewFolder, onRename, onDelete }: TreeToolbarProps) {
  return (
    <div aria-label={labels.toolbar} role="group" className="flex items-center gap-0.5">
      <ToolButton label={labels.newFile} onClick={onNewFile}>
        <NewFileIcon />
      </ToolButton>
      <ToolButton label={labels.newFolder} onClick={onNewFolder}>
        <NewFolderIcon />
      </ToolButton>
      <ToolButton label={labels.rename} onClick={onRename} disabled={!hasCurrent}>
        <RenameIcon />
      </ToolButton>
      <ToolButton label={labels.delete} onClick={onDelete} disabled={!hasCurrent}>
        <DeleteIcon />
      </ToolButton>
    </div>
  );
}

function ToolButton({ label, onClick, disabled = false, children }: { label: string; onClick(): void; disabled?: boolean; children: ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={onClick}
      disabled={disabled}
      className="rounded p-1 text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 disabled:opacity-40 disabled:hover:bg-transparent dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100"
    >
      {children}
    </button>
  );
}
