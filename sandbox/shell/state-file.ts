// The shell's state in a file (SANDBOX_STATE), for a host that starts `cli.mjs shell` more
// than once over the same files (WebContainer after `exit`, or on a reload): each shell
// continues in the folder, with the variables and the history the last one left.
import fs from 'node:fs';
import type { ShellState } from './shell';
import { isShellState } from './shell-state';

/** The state stored in `file`; undefined if there is none or it cannot be used. */
export function readShellState(file: string, home: string): ShellState | undefined {
  let state: unknown;
  try {
    state = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (!isShellState(state)) return undefined;
  // The files may have changed since (a reset lesson): a folder that is gone is not a place to start in.
  return isFolder(state.cwd) ? state : { ...state, cwd: home };
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Replaces `file` whole: a reader (the next shell) sees the old state or the new one, never half. */
export function writeShellState(file: string, state: ShellState): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, JSON.stringify(state));
  fs.renameSync(temporary, file);
}
