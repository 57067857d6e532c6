import type { FileEntry } from '@/sandbox/runtime/runtime';
import { ancestors, isWithin, joinPath } from './paths';

/** Why a typed name cannot be used; each has a message in the tree's strings. */
export type NameProblem =
  | 'empty'
  /** `/name` or `name/`: a slash may only separate folders (`templates/polls`). */
  | 'slash-ends'
  /** `a//b`, `.` or `..`: a part that names no new file. */
  | 'bad-part'
  | 'exists'
  /** `manage.py/x`: a file cannot hold anything. */
  | 'under-a-file'
  /** Renaming `polls` to `polls/old`. */
  | 'inside-itself';

export interface NameCheck {
  /** The typed name's folder (null: the home folder). */
  folder: string | null;
  entries: readonly FileEntry[];
  /** When renaming: the path being renamed. */
  from?: string;
}

/** The name as it will be used: spaces around it are almost always a slip. */
export function cleanName(input: string): string {
  return input.trim();
}

export function checkName(input: string, { folder, entries, from }: NameCheck): NameProblem | null {
  const name = cleanName(input);
  if (name === '') return 'empty';
  if (name.startsWith('/') || name.endsWith('/')) return 'slash-ends';
  if (name.split('/').some((part) => part === '' || part === '.' || part === '..')) return 'bad-part';
  const target = joinPath(folder, name);
  if (from !== undefined && target !== from && isWithin(target, from)) return 'inside-itself';
  const kinds = new Map(entries.map((e) => [e.path, e.kind]));
  if (ancestors(target).some((p) => kinds.get(p) === 'file')) return 'under-a-file';
  if (kinds.has(target) && target !== from) return 'exists';
  return null;
}

/** Folders to create before `path` can be (`mkdir -p`), outermost first. */
export function missingFolders(path: string, entries: readonly FileEntry[]): string[] {
  const known = new Set(entries.map((e) => e.path));
  return ancestors(path).filter((p) => !known.has(p));
}
