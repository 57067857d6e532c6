import type { FileAnswer, FileOperation } from '../protocol/file-operation';
import * as home from './home-files';

/** What the file tree and the editor ask of the learner's home folder. */
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
