import fs from 'node:fs';
import path from 'node:path';

/** One name in a folder listing, with what ls and tree need to show it. */
export interface Entry {
  name: string;
  full: string;
  stat: fs.Stats;
  /** Where a symbolic link points. */
  link: string | null;
}

export function entry(full: string, name = path.basename(full)): Entry | null {
  try {
    const stat = fs.lstatSync(full);
    return { name, full, stat, link: stat.isSymbolicLink() ? (fs.readlinkSync(full) as string) : null };
  } catch {
    return null;
  }
}

/** Whether anything is at a path, a dangling link included (a venv's bin/python on memfs). */
export function exists(full: string): boolean {
  try {
    fs.lstatSync(full);
    return true;
  } catch {
    return false;
  }
}

/** Whether a folder, following a symbolic link (lib64 -> lib lists as a folder with `ls env/lib64`). */
export function isDirectory(full: string): boolean {
  try {
    return fs.statSync(full).isDirectory();
  } catch {
    return false;
  }
}

/** LANG=C.UTF-8 collation, as the sandbox's terminal has: byte order. */
export const byName = (a: Entry, b: Entry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

export function children(dir: string, all: boolean): Entry[] {
  const names = (fs.readdirSync(dir) as string[]).filter((n) => all || !n.startsWith('.'));
  return names.map((n) => entry(path.join(dir, n), n)).filter((e): e is Entry => e !== null).sort(byName);
}

/** GNU's colours for `ls --color=auto` (Ubuntu's alias) and tree. */
export function colourName(e: Entry): string {
  if (e.link !== null) return `\x1b[01;36m${e.name}\x1b[0m`;
  if (e.stat.isDirectory()) return `\x1b[01;34m${e.name}\x1b[0m`;
  if (e.stat.mode & 0o111) return `\x1b[01;32m${e.name}\x1b[0m`;
  return e.name;
}
