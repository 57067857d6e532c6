import type { Invocation } from '../resolve';
import { deactivate } from '../python/venv';

/** `echo [-n] WORD...` */
export function echo(inv: Invocation): number {
  const noNewline = inv.args[0] === '-n';
  const words = noNewline ? inv.args.slice(1) : inv.args;
  inv.io.stdout(words.join(' ') + (noNewline ? '' : '\n'));
  return 0;
}

/** Clears the screen and the scrollback, as `clear` does in a modern terminal. */
export function clear(inv: Invocation): number {
  inv.io.stdout('\x1b[H\x1b[2J\x1b[3J');
  return 0;
}

/** `history [-c]`: what was typed, numbered as bash numbers it. */
export function history(inv: Invocation): number {
  if (inv.args[0] === '-c') {
    inv.shell.history.length = 0;
    return 0;
  }
  inv.io.stdout(inv.shell.history.map((line, i) => `${String(i + 1).padStart(5)}  ${line}\n`).join(''));
  return 0;
}

/** `exit [N]`: leaves a `pipenv shell` subshell, else ends the session. */
export function exit(inv: Invocation): number {
  const code = inv.args[0] === undefined ? inv.shell.lastStatus : Number(inv.args[0]) & 255;
  inv.io.stdout('exit\n');
  if (inv.shell.variables.has('PIPENV_ACTIVE')) {
    deactivate(inv.shell);
    return 0;
  }
  inv.shell.exitRequested = Number.isNaN(code) ? 2 : code;
  return inv.shell.exitRequested;
}

/** `export NAME=value` (every variable of the sandbox's shell reaches its programs). */
export function exportVariables(inv: Invocation): number {
  if (!inv.args.length || inv.args[0] === '-p') {
    const lines = [...inv.shell.variables].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `declare -x ${k}="${v}"\n`);
    inv.io.stdout(lines.join(''));
    return 0;
  }
  let status = 0;
  for (const arg of inv.args) {
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      inv.io.stderr(`bash: export: \`${arg}': not a valid identifier\n`);
      status = 1;
    } else if (eq >= 0) inv.shell.variables.set(name, arg.slice(eq + 1));
  }
  return status;
}

export function unset(inv: Invocation): number {
  for (const name of inv.args) inv.shell.variables.delete(name);
  return 0;
}

export function env(inv: Invocation): number {
  inv.io.stdout([...inv.shell.variables].map(([k, v]) => `${k}=${v}\n`).join(''));
  return 0;
}
