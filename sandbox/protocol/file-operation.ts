import type { FileEntry } from './sandbox-state';

/** What the page's file tree and editor ask of the Worker's files, and the answer. */
export type FileOperation =
  | { op: 'list' }
  | { op: 'read'; path: string }
  | { op: 'write'; path: string; data: Uint8Array }
  | { op: 'mkdir'; path: string }
  | { op: 'rename'; path: string; to: string }
  | { op: 'remove'; path: string };

export interface FileAnswer {
  entries?: FileEntry[];
  data?: Uint8Array;
}
