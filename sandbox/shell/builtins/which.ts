import type { Invocation } from '../resolve';

/** `which NAME...`: where each program is found on PATH; shell builtins (`cd`) have no file. */
export function which(inv: Invocation): number {
  let status = 0;
  for (const name of inv.args.filter((a) => !a.startsWith('-'))) {
    const found = inv.shell.resolveCommand(name);
    if (found?.path) inv.io.stdout(`${found.path}\n`);
    else status = 1;
  }
  return inv.args.length ? status : 1;
}
