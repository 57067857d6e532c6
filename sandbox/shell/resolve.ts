import fs from 'node:fs';
import path from 'node:path';
import type { CommandIO } from './io';
import type { Shell } from './shell';
import { BUILTINS } from './builtins';
import { programAt, SYSTEM_PROGRAMS } from './programs';
import { SYSTEM_BIN } from './variables';
import { installOf } from './python/installs';
import { exists } from './builtins/listing';

/** One command about to run: its name as typed, its arguments, and where its output goes. */
export interface Invocation {
  name: string;
  args: string[];
  io: CommandIO;
  shell: Shell;
  /** The program's file when it was found on PATH or named by a path. */
  path: string | null;
}

export type CommandRunner = (inv: Invocation) => number | Promise<number>;

export interface ResolvedCommand {
  /** Where `which` finds it; null for a shell builtin such as `cd`. */
  path: string | null;
  run: CommandRunner;
}

/** The program a PATH folder holds under this name, if any. */
function lookIn(shell: Shell, dir: string, name: string): ResolvedCommand | null {
  const file = path.join(dir, name);
  if (dir === SYSTEM_BIN) return SYSTEM_PROGRAMS.has(name) || BUILTINS[name]?.program ? programAt(shell, file) ?? builtinAt(name, file) : null;
  // Only environments' bin folders hold the sandbox's programs; other folders' files (a real
  // /bin when the shell runs on a real disk) are not the sandbox's to run.
  if (installOf(file, shell.home).binDir !== dir) return null;
  return exists(file) ? programAt(shell, file) : null;
}

function builtinAt(name: string, file: string): ResolvedCommand | null {
  const builtin = BUILTINS[name];
  return builtin ? { path: file, run: builtin.run } : null;
}

/** Finds what a command name means, as bash does: a path, a builtin, or the first match on PATH. */
export function resolveCommand(shell: Shell, name: string): ResolvedCommand | null {
  if (name.includes('/')) {
    const file = shell.resolvePath(name);
    return exists(file) ? programAt(shell, file) : null;
  }
  const builtin = BUILTINS[name];
  if (builtin && !builtin.program && (!builtin.available || builtin.available(shell))) return { path: null, run: builtin.run };
  for (const dir of (shell.variables.get('PATH') ?? '').split(':').filter(Boolean)) {
    const found = lookIn(shell, dir, name);
    if (found) return found;
  }
  return null;
}

/** Every command name the shell would run, for completion. */
export function commandNames(shell: Shell): string[] {
  const names = new Set<string>();
  for (const [name, b] of Object.entries(BUILTINS)) if (!b.available || b.available(shell)) names.add(name);
  for (const dir of (shell.variables.get('PATH') ?? '').split(':').filter(Boolean)) {
    if (dir === SYSTEM_BIN) SYSTEM_PROGRAMS.forEach((n) => names.add(n));
    else {
      try {
        for (const n of fs.readdirSync(dir) as string[]) if (lookIn(shell, dir, n)) names.add(n);
      } catch {
        // A PATH entry that does not exist is skipped, as bash skips it.
      }
    }
  }
  return [...names].sort();
}

/** What bash (with Ubuntu's command-not-found helper) says to an unknown command. */
export function commandNotFound(name: string): string {
  if (name === 'python') {
    return "Command 'python' not found, did you mean:\n  command 'python3' from deb python3\n  command 'python' from deb python-is-python3\n";
  }
  if (name.includes('/')) return `bash: ${name}: No such file or directory\n`;
  return `bash: ${name}: command not found\n`;
}
