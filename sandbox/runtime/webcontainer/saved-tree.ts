/**
 * A saved sandbox (paths relative to home) as WebContainer's FileSystemTree, and back.
 * The tree carries symlinks both ways (`{ file: { symlink } }`): mount creates them and
 * export reports them, so a venv's `bin/python` and `lib64` survive a save and a reload.
 */
import type { DirectoryNode, FileSystemTree } from '@webcontainer/api';
import type { SavedSandbox } from '../runtime';
import { homeRelative } from '../../protocol/home-path';

type Node = FileSystemTree[string];

/** The learner's files as a tree to mount at home. */
export function treeOfSaved(saved: Pick<SavedSandbox, 'files' | 'folders' | 'links'>): FileSystemTree {
  const root: FileSystemTree = {};
  for (const folder of saved.folders) place(root, folder, null);
  // A copy: mounting must not tie the saved state's buffers to what the container does with them.
  for (const [file, bytes] of Object.entries(saved.files)) place(root, file, { file: { contents: new Uint8Array(bytes) } });
  for (const [link, target] of Object.entries(saved.links)) place(root, link, { file: { symlink: target } });
  return root;
}

/** `node` at `path` under `root`, with the folders on the way; null places just a folder. */
function place(root: FileSystemTree, path: string, node: Node | null): void {
  const relative = homeRelative(path);
  if (relative === '.') return;
  const parts = relative.split('/');
  const name = parts.pop()!;
  let folder = root;
  for (const part of parts) folder = folderIn(folder, part, relative);
  if (!node) folderIn(folder, name, relative);
  else if (folder[name] && 'directory' in folder[name]) throw new Error(`the saved sandbox has both a folder and a file at ${relative}`);
  else folder[name] = node;
}

function folderIn(parent: FileSystemTree, name: string, path: string): FileSystemTree {
  const existing = parent[name];
  if (!existing) {
    const created: DirectoryNode = { directory: {} };
    parent[name] = created;
    return created.directory;
  }
  if ('directory' in existing) return existing.directory;
  throw new Error(`the saved sandbox has both a file and a folder at ${path}`);
}

/** What `export(home, { format: 'json' })` gave, as the files, folders and links of a save. */
export function savedOfTree(tree: FileSystemTree): Pick<SavedSandbox, 'files' | 'folders' | 'links'> {
  const saved: Pick<SavedSandbox, 'files' | 'folders' | 'links'> = { files: {}, folders: [], links: {} };
  const visit = (folder: FileSystemTree, prefix: string) => {
    for (const name of Object.keys(folder).sort()) {
      const node = folder[name]!;
      const path = prefix + name;
      if ('directory' in node) {
        saved.folders.push(path);
        visit(node.directory, `${path}/`);
      } else if ('symlink' in node.file) saved.links[path] = node.file.symlink;
      else {
        // Export gives text as a string and anything else (db.sqlite3) as bytes.
        const { contents } = node.file;
        saved.files[path] = typeof contents === 'string' ? new TextEncoder().encode(contents) : new Uint8Array(contents);
      }
    }
  };
  visit(tree, '');
  return saved;
}
