import type { FileEntry } from '../runtime/runtime';
import * as home from './home-files';

/** What the file tree and the editor ask of the learner's home folder. */
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

export function performFileOperation(operation: FileOperation): FileAnswer {
  switch (operation.op) {
    case 'list':
      return { entries: home.listFiles() };
    case 'read':
      return { data: home.readFile(operation.path) };
    case 'write':
      home.writeFile(operation.path, operation.data);
      return {};
    case 'mkdir':
      home.makeFolder(operation.path);
      return {};
    case 'rename':
      home.rename(operation.path, operation.to);
      return {};
    case 'remove':
      home.remove(operation.path);
      return {};
  }
}
