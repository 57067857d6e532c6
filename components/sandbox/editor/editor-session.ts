import { Text } from '@codemirror/state';
import type { ViewUpdate } from '@codemirror/view';
import { CodeView } from './code-view';
import { editorLanguageFor } from './editor-language';
import { editorSetup } from './editor-setup';
import { readForEditor, type FileContent } from './file-content';
import { grammar } from './language-support';
import { decideReload } from './reload-decision';
import { minimalChange } from './text-change';

/** How the pane reads and writes files: the runtime's readFile and writeFile fit as they are. */
export interface FileIo {
  load(path: string): Promise<Uint8Array>;
  save(path: string, data: Uint8Array): Promise<void>;
  onSaved?(path: string): void;
}

export type PaneView =
  | { kind: 'empty' | 'loading' | 'text' | 'gone' | 'error' }
  | { kind: 'binary'; format: 'sqlite' | null }
  | { kind: 'too-large'; bytes: number };

export interface EditorSnapshot {
  path: string | null;
  view: PaneView;
  dirty: boolean;
  save: 'idle' | 'saving' | 'saved' | 'failed';
  saveError: string | null;
  /** A command changed or removed the file under unsaved edits (which are kept). */
  note: 'changed-on-disk' | 'gone-on-disk' | null;
}

const encoder = new TextEncoder();
const NOT_SEEN = Symbol('not seen');

/**
 * One editor pane's file: what it held when last read or written, the saves in flight,
 * and reloads after commands. Lives outside React so that CodeMirror's key and blur
 * handlers always reach the current file; React subscribes to its snapshots.
 */
export class EditorSession {
  private snapshot: EditorSnapshot = { path: null, view: { kind: 'empty' }, dirty: false, save: 'idle', saveError: null, note: null };
  private readonly listeners = new Set<() => void>();
  private readonly code: CodeView;
  /** The file as last read or written: "unsaved" means the buffer differs from it. */
  private disk = Text.empty;
  /** Bumped by each load: answers about an earlier file are dropped. */
  private generation = 0;
  private reloadTicket = 0;
  private reloadKey: unknown = NOT_SEEN;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private io: FileIo,
    hintId: string,
  ) {
    this.code = new CodeView(editorSetup({ save: () => void this.saveNow(), update: (u) => this.onUpdate(u) }), hintId);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): EditorSnapshot => this.snapshot;

  setIo(io: FileIo): void {
    this.io = io;
  }

  attach(host: HTMLElement): void {
    this.code.attach(host);
  }

  /** On unmount: unsaved edits are saved; the text is kept in case the pane comes back. */
  detach(): void {
    void this.saveNow();
    this.code.detach();
  }

  setDark(dark: boolean): void {
    this.code.setDark(dark);
  }

  /** Shows another file; unsaved edits to the one before are saved first. */
  open(path: string | null): void {
    if (path === this.snapshot.path) return;
    void this.saveNow();
    void this.load(path);
  }

  /** The integrator's reload key changed: a command may have written the open file. */
  syncReloadKey(key: unknown): void {
    const first = this.reloadKey === NOT_SEEN;
    if (key === this.reloadKey) return;
    this.reloadKey = key;
    if (!first) void this.reload();
  }

  /** Drops unsaved edits and shows the file as it is now. */
  discardAndReload(): void {
    void this.load(this.snapshot.path);
  }

  saveNow(): Promise<void> {
    const { path, view, dirty } = this.snapshot;
    if (path === null || view.kind !== 'text' || !dirty) return this.saving;
    const state = this.code.current;
    const text = state.sliceDoc();
    const { io, generation } = this;
    this.publish({ save: 'saving', saveError: null });
    this.saving = this.saving.then(async () => {
      try {
        await io.save(path, encoder.encode(text));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        // Shown even after moving on to another file: those edits are not on disk.
        this.publish({ save: 'failed', saveError: generation === this.generation ? reason : `${path}: ${reason}` });
        return;
      }
      if (generation === this.generation) {
        this.disk = state.doc;
        this.publish({ dirty: !this.code.current.doc.eq(state.doc), save: 'saved', note: null });
      }
      io.onSaved?.(path);
    });
    return this.saving;
  }

  private async load(path: string | null): Promise<void> {
    const generation = ++this.generation;
    this.publish({ path, view: { kind: path === null ? 'empty' : 'loading' }, dirty: false, save: 'idle', saveError: null, note: null });
    if (path === null) {
      this.code.show('', null, '\n');
      return;
    }
    // The previous file stays on screen until this one arrives, without taking keystrokes.
    this.code.lock();
    // A save of this very file may still be on its way.
    await this.saving;
    let content: FileContent;
    try {
      content = readForEditor(await this.io.load(path));
    } catch {
      if (generation === this.generation) this.publish({ view: { kind: 'error' } });
      return;
    }
    if (generation === this.generation) this.show(path, content);
  }

  private show(path: string, content: FileContent): void {
    if (content.kind !== 'text') {
      this.code.show('', null, '\n');
      this.publish({ view: content });
      return;
    }
    this.disk = this.code.show(content.text, path, content.lineBreak);
    this.publish({ view: { kind: 'text' } });
    const generation = this.generation;
    const language = editorLanguageFor(path);
    grammar(language).then(
      (support) => {
        if (generation === this.generation) this.code.setGrammar(language, support);
      },
      // Without its grammar the file is still editable, just not highlighted.
      () => {},
    );
  }

  private async reload(): Promise<void> {
    const { path, view } = this.snapshot;
    if (path === null) return;
    // Nothing typed (or nothing typeable): simply read the file again.
    if (view.kind !== 'text') return this.load(path);
    const ticket = ++this.reloadTicket;
    const generation = this.generation;
    const stale = () => ticket !== this.reloadTicket || generation !== this.generation;
    await this.saving;
    let content: FileContent;
    try {
      content = readForEditor(await this.io.load(path));
    } catch {
      if (stale()) return;
      if (this.snapshot.dirty) this.publish({ note: 'gone-on-disk' });
      else this.publish({ view: { kind: 'gone' } });
      return;
    }
    if (stale()) return;
    if (content.kind !== 'text') {
      if (this.snapshot.dirty) this.publish({ note: 'changed-on-disk' });
      else this.show(path, content);
      return;
    }
    const disk = content.text.replace(/\r\n?/g, '\n');
    const buffer = this.code.current.doc.toString();
    const decision = decideReload(disk, this.disk.toString(), buffer);
    if (decision === 'keep') return this.publish({ note: 'changed-on-disk' });
    // Set first, so the replacement below does not count as an unsaved edit.
    if (decision !== 'same') this.disk = Text.of(disk.split('\n'));
    const change = decision === 'replace' ? minimalChange(buffer, disk) : null;
    if (change) this.code.replace(change);
    this.publish({ dirty: !this.code.current.doc.eq(this.disk), note: null });
  }

  private onUpdate(update: ViewUpdate): void {
    if (!update.docChanged) return;
    const dirty = !update.state.doc.eq(this.disk);
    // Typing after a save clears "Saved", so the next save is announced afresh; a failure
    // stays until a save works.
    const { save } = this.snapshot;
    if (dirty !== this.snapshot.dirty || save === 'saved') this.publish({ dirty, save: save === 'saved' ? 'idle' : save });
  }

  private publish(change: Partial<EditorSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }
}
