import path from 'node:path';
import fs, { restore, snapshot } from './filesystem';
import { homedir } from './node-os';
import type { FileEntry, SavedSandbox } from '../protocol/sandbox-state';
import type { ShellState } from '../shell/shell';
import { homeRelative } from '../protocol/home-path';

/**
 * The learner's home folder as the page's panes see it: paths relative to it, and nothing
 * outside it reachable (a tree entry named `../../etc` opens nothing).
 */
export function homePath(relative: string): string {
  return path.posix.join(homedir(), homeRelative(relative));
}

const relativeTo = (full: string) => path.posix.relative(homedir(), full);

export function listFiles(): FileEntry[] {
  const entries: FileEntry[] = [];
  const visit = (folder: string) => {
    for (const name of (fs.readdirSync(folder) as string[]).sort()) {
      const full = path.posix.join(folder, name);
      const stat = fs.lstatSync(full);
      if (stat.isDirectory()) {
        entries.push({ path: relativeTo(full), kind: 'folder' });
        visit(full);
      } else entries.push({ path: relativeTo(full), kind: 'file' });
    }
  };
  visit(homedir());
  return entries;
}

export function readFile(relative: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(homePath(relative)) as Uint8Array);
}

export function writeFile(relative: string, data: Uint8Array): void {
  const full = homePath(relative);
  fs.mkdirSync(path.posix.dirname(full), { recursive: true });
  fs.writeFileSync(full, data);
}

export function makeFolder(relative: string): void {
  fs.mkdirSync(homePath(relative), { recursive: true });
}

export function rename(from: string, to: string): void {
  const target = homePath(to);
  if (fs.existsSync(target)) throw new Error(`${to} already exists`);
  fs.renameSync(homePath(from), target);
}

export function remove(relative: string): void {
  const full = homePath(relative);
  if (full === homedir()) throw new Error('the home folder cannot be removed');
  fs.rmSync(full, { recursive: true, force: true });
}

/** The home folder and the shell's state, to save. */
export function saveHome(shell: ShellState): SavedSandbox {
  const taken = snapshot(homedir());
  const relative = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).map(([p, v]) => [relativeTo(p), v]));
  return { files: relative(taken.files), folders: taken.folders.map(relativeTo), links: relative(taken.links), shell };
}

/** A fresh machine with `saved` as the learner's home. */
export function restoreHome(saved: SavedSandbox): void {
  const absolute = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).map(([p, v]) => [homePath(p), v]));
  restore({ files: absolute(saved.files), folders: saved.folders.map(homePath), links: absolute(saved.links) });
}
