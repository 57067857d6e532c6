import type { CommandRunner } from '../resolve';
import type { Shell } from '../shell';
import { cd, pwd } from './navigation';
import { ls } from './ls';
import { tree } from './tree';
import { cat, mkdir, touch } from './files';
import { cp, mv, rm } from './copy-move-remove';
import { clear, echo, env, exit, exportVariables, history, unset } from './session';
import { deactivateCommand, source } from './environment';
import { which } from './which';
import { help } from './help';

export interface Builtin {
  run: CommandRunner;
  /** A program in /usr/bin on a real system (`which ls` finds it there), not a bash builtin. */
  program?: boolean;
  /** Defined only at some times (`deactivate` while an environment is active). */
  available?(shell: Shell): boolean;
}

export const BUILTINS: Record<string, Builtin> = {
  cd: { run: cd },
  pwd: { run: pwd },
  echo: { run: echo },
  history: { run: history },
  exit: { run: exit },
  export: { run: exportVariables },
  unset: { run: unset },
  source: { run: source },
  '.': { run: source },
  help: { run: help },
  true: { run: () => 0 },
  false: { run: () => 1 },
  deactivate: { run: deactivateCommand, available: (shell) => shell.variables.has('VIRTUAL_ENV') },
  ls: { run: ls, program: true },
  tree: { run: tree, program: true },
  cat: { run: cat, program: true },
  mkdir: { run: mkdir, program: true },
  touch: { run: touch, program: true },
  rm: { run: rm, program: true },
  cp: { run: cp, program: true },
  mv: { run: mv, program: true },
  clear: { run: clear, program: true },
  which: { run: which, program: true },
  env: { run: env, program: true },
};
