'use client';

import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { Lang } from '@/lib/languages';
import { SANDBOX_STRINGS } from '@/lib/sandbox-strings';
import { EditorSession, type EditorSnapshot } from './editor/editor-session';
import { formatBytes } from './editor/file-content';
import { usePrefersDark } from './editor/use-prefers-dark';
import { EDITOR_FRAME, EDITOR_HEADER } from './editor/editor-frame';

export interface EditorPaneProps {
  lang: Lang;
  /** The file to show, relative to the home folder; null shows a hint to pick one. */
  path: string | null;
  /**
   * Change it (a counter) when files may have changed behind the editor: after a command
   * (the runtime's `idle`) or a watcher's `filesChanged`. The open file is read again;
   * unsaved edits are never replaced.
   */
  reloadKey?: number;
  /** Reads a file's bytes (the runtime's readFile): bytes, so binary files can be told apart. */
  load(path: string): Promise<Uint8Array>;
  /** Writes a file (the runtime's writeFile). Saves come one at a time, in order. */
  save(path: string, data: Uint8Array): Promise<void>;
  /** After each save that worked: the moment to persist the sandbox, if wanted. */
  onSaved?(path: string): void;
}

/**
 * The sandbox's code editor: CodeMirror with the open file. Saves with Ctrl+S / Cmd+S and
 * when focus leaves it, and only when something changed.
 */
export function EditorPane({ lang, path, reloadKey, load, save, onSaved }: EditorPaneProps) {
  const t = SANDBOX_STRINGS[lang].editor;
  const hintId = useId();
  const [session] = useState(() => new EditorSession({ load, save, onSaved }, hintId));
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  const host = useRef<HTMLDivElement>(null);
  const dark = usePrefersDark();

  // First, so the effects below always use the newest callbacks.
  useEffect(() => session.setIo({ load, save, onSaved }));
  useEffect(() => {
    if (!host.current) return;
    session.attach(host.current);
    return () => session.detach();
  }, [session]);
  useEffect(() => session.setDark(dark), [session, dark]);
  useEffect(() => session.open(path), [session, path]);
  useEffect(() => session.syncReloadKey(reloadKey), [session, reloadKey]);

  // Ctrl+S on the pane's own buttons too; inside the editor, CodeMirror has handled it.
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.defaultPrevented || event.key.toLowerCase() !== 's' || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    void session.saveNow();
  }

  const message = paneMessage(snapshot, t);
  const showsText = snapshot.view.kind === 'text' || snapshot.view.kind === 'loading';
  return (
    <section
      data-testid="editor"
      aria-label={t.label}
      onKeyDown={onKeyDown}
      className={EDITOR_FRAME}
    >
      <div className={EDITOR_HEADER}>
        <span className="truncate font-mono text-xs text-zinc-700 dark:text-zinc-300" title={path ?? undefined}>
          {path ?? t.label}
        </span>
        {snapshot.dirty && (
          <span title={t.unsaved} className="size-2 shrink-0 rounded-full bg-amber-500 dark:bg-amber-400">
            <span className="sr-only">{t.unsaved}</span>
          </span>
        )}
        <span aria-live="polite" className="ml-auto shrink-0 text-xs text-zinc-600 dark:text-zinc-400">
          {statusText(snapshot, t)}
        </span>
      </div>
      {snapshot.note && (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-amber-300 bg-amber-50 px-3 py-2 text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <p role="status">{snapshot.note === 'changed-on-disk' ? t.changedOnDisk : t.goneOnDisk}</p>
          <button
            type="button"
            onClick={() => session.discardAndReload()}
            className="font-medium text-amber-950 underline underline-offset-4 dark:text-amber-50"
          >
            {t.discardEdits}
          </button>
        </div>
      )}
      <div ref={host} hidden={!showsText} className="min-h-0 flex-1 overflow-hidden" />
      {message && <p className="p-4 text-zinc-600 dark:text-zinc-400">{message}</p>}
      <p id={hintId} hidden>
        {t.keyboardHelp}
      </p>
    </section>
  );
}

type EditorStrings = (typeof SANDBOX_STRINGS)[Lang]['editor'];

function statusText(snapshot: EditorSnapshot, t: EditorStrings): string {
  if (snapshot.view.kind === 'loading') return t.opening;
  if (snapshot.save === 'saving') return t.saving;
  if (snapshot.save === 'saved') return t.saved;
  if (snapshot.save === 'failed') return t.saveFailed(snapshot.saveError ?? '');
  return '';
}

/** What the pane says instead of showing text, if anything. */
function paneMessage({ path, view }: EditorSnapshot, t: EditorStrings): string | null {
  const name = path?.slice(path.lastIndexOf('/') + 1) ?? '';
  switch (view.kind) {
    case 'empty':
      return t.pickFile;
    case 'binary':
      return view.format === 'sqlite' ? t.sqlite(name) : t.binary(name);
    case 'too-large':
      return t.tooLarge(name, formatBytes(view.bytes));
    case 'gone':
      return t.gone(path ?? '');
    case 'error':
      return t.openFailed(path ?? '');
    default:
      return null;
  }
}
