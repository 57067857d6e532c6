// What the page and the Worker say about a sandbox's files: both sides import this, it imports neither.
import type { ShellState } from '../shell/shell';

/** Boot steps, in order, shown to the learner while the sandbox starts. */
export type BootStep = 'framework' | 'database' | 'files' | 'shell';

/**
 * A lesson's sandbox as it is saved: every file under the home folder (paths relative to
 * it, `db.sqlite3` included), the empty folders, symlinks (a venv's bin/python), and the
 * shell's folder, variables and history.
 */
export interface SavedSandbox {
  files: Record<string, Uint8Array>;
  folders: string[];
  links: Record<string, string>;
  shell?: ShellState;
}

/** One entry of the file tree, relative to the home folder. */
export interface FileEntry {
  path: string;
  kind: 'file' | 'folder';
}

/**
 * The Worker's whole volume as plain data (what structured clone and IndexedDB store): every
 * file's bytes, db.sqlite3 included, every folder (so empty ones survive) and every link.
 */
export interface FilesystemSnapshot {
  files: Record<string, Uint8Array>;
  folders: string[];
  links: Record<string, string>;
}
