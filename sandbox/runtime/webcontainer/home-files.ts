/**
 * The learner's home folder as the panes see it, through WebContainer's `fs` (whose paths
 * start at the workdir, which is home). It answers as the Worker runtime's home-files.ts
 * does, so the panes cannot tell the runtimes apart.
 */
import type { FileEntry } from '../runtime';
import type { ContainerFiles } from './container';
import { homeRelative } from '../../protocol/home-path';

const parentOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.');
const join = (folder: string, name: string) => (folder === '.' ? name : `${folder}/${name}`);

export class HomeFiles {
  constructor(private readonly fs: ContainerFiles) {}

  /** Every entry under home, depth first, names sorted; a symlink is listed as a file. */
  async list(): Promise<FileEntry[]> {
    const entries: FileEntry[] = [];
    const visit = async (folder: string) => {
      const children = await this.fs.readdir(folder, { withFileTypes: true });
      for (const child of children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const path = join(folder, child.name);
        if (child.isDirectory()) {
          entries.push({ path, kind: 'folder' });
          await visit(path);
        } else entries.push({ path, kind: 'file' });
      }
    };
    await visit('.');
    return entries;
  }

  async read(path: string): Promise<Uint8Array> {
    return this.fs.readFile(homeRelative(path));
  }

  async write(path: string, data: Uint8Array): Promise<void> {
    const relative = homeRelative(path);
    await this.fs.mkdir(parentOf(relative), { recursive: true });
    await this.fs.writeFile(relative, data);
  }

  async makeFolder(path: string): Promise<void> {
    await this.fs.mkdir(homeRelative(path), { recursive: true });
  }

  async rename(from: string, to: string): Promise<void> {
    const target = homeRelative(to);
    if (await this.exists(target)) throw new Error(`${to} already exists`);
    await this.fs.rename(homeRelative(from), target);
  }

  async remove(path: string): Promise<void> {
    const relative = homeRelative(path);
    if (relative === '.') throw new Error('the home folder cannot be removed');
    await this.fs.rm(relative, { recursive: true, force: true });
  }

  /** Empties home: a second lesson in the same page must not find the first one's files. */
  async clear(): Promise<void> {
    for (const child of await this.fs.readdir('.', { withFileTypes: true })) await this.fs.rm(child.name, { recursive: true, force: true });
  }

  /** `fs` has no stat: an entry exists if its folder lists it. */
  private async exists(path: string): Promise<boolean> {
    const name = path.slice(path.lastIndexOf('/') + 1);
    try {
      return (await this.fs.readdir(parentOf(path), { withFileTypes: true })).some((entry) => entry.name === name);
    } catch {
      return false;
    }
  }
}
