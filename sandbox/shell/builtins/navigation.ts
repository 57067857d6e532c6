import fs from 'node:fs';
import type { Invocation } from '../resolve';

/** `cd [DIR]`: home without an argument, `cd -` back to the previous folder. */
export function cd(inv: Invocation): number {
  const { shell, io } = inv;
  if (inv.args.length > 1) {
    io.stderr('bash: cd: too many arguments\n');
    return 1;
  }
  const arg = inv.args[0];
  let target: string;
  if (arg === undefined) target = shell.variables.get('HOME') ?? shell.home;
  else if (arg === '-') {
    const old = shell.variables.get('OLDPWD');
    if (!old) {
      io.stderr('bash: cd: OLDPWD not set\n');
      return 1;
    }
    target = old;
    io.stdout(`${old}\n`);
  } else target = shell.resolvePath(arg);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    io.stderr(`bash: cd: ${arg}: No such file or directory\n`);
    return 1;
  }
  if (!stat.isDirectory()) {
    io.stderr(`bash: cd: ${arg}: Not a directory\n`);
    return 1;
  }
  shell.variables.set('OLDPWD', shell.cwd);
  shell.cwd = target;
  shell.variables.set('PWD', target);
  return 0;
}

export function pwd(inv: Invocation): number {
  inv.io.stdout(`${inv.shell.cwd}\n`);
  return 0;
}
