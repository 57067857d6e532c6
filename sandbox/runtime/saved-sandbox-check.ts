import type { SavedSandbox } from './runtime';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const allOf = <T>(values: unknown[], test: (value: unknown) => value is T) => values.every(test);
const isString = (value: unknown): value is string => typeof value === 'string';
const isBytes = (value: unknown): value is Uint8Array => value instanceof Uint8Array;

/**
 * What is wrong with a sandbox read back from storage, or null when it can be opened.
 * A saved copy can be damaged (storage cleared halfway, a copy from an older version of
 * the site); it must be caught here, before the sandbox builds a home folder from it.
 */
export function savedSandboxProblem(value: unknown): string | null {
  if (!isRecord(value)) return 'it is not a saved sandbox';
  const { files, folders, links, shell } = value;
  if (!isRecord(files) || !allOf(Object.values(files), isBytes)) return 'its files are damaged';
  if (!Array.isArray(folders) || !allOf(folders, isString)) return 'its folder list is damaged';
  if (!isRecord(links) || !allOf(Object.values(links), isString)) return 'its links are damaged';
  if (shell !== undefined) {
    if (!isRecord(shell) || !isString(shell.cwd) || !isRecord(shell.variables) || !Array.isArray(shell.history) || !allOf(shell.history, isString)) {
      return "the shell's saved state is damaged";
    }
    if (!allOf(Object.values(shell.variables), isString)) return "the shell's variables are damaged";
    if (shell.ran !== undefined && (!Array.isArray(shell.ran) || !shell.ran.every((r) => isRecord(r) && isString(r.line) && typeof r.status === 'number'))) {
      return "the shell's saved commands are damaged";
    }
  }
  const paths = [...Object.keys(files), ...folders, ...Object.keys(links)];
  if (paths.some((p) => p === '' || p.startsWith('/') || p.split('/').includes('..'))) return 'it names a path outside the home folder';
  return null;
}

export const isSavedSandbox = (value: unknown): value is SavedSandbox => savedSandboxProblem(value) === null;
