import fs from 'node:fs';
import path from 'node:path';
import type { Invocation } from '../resolve';
import { isVenv } from '../python/installs';
import { activate, deactivate } from '../python/venv';

/** `source FILE` / `. FILE`: a virtual environment's activate script, or lines of commands. */
export async function source(inv: Invocation): Promise<number> {
  const name = inv.args[0];
  if (name === undefined) {
    inv.io.stderr(`bash: ${inv.name}: filename argument required\n${inv.name}: usage: ${inv.name} filename [arguments]\n`);
    return 2;
  }
  const file = inv.shell.resolvePath(name);
  let text: string;
  try {
    if (fs.statSync(file).isDirectory()) {
      inv.io.stderr(`bash: ${name}: is a directory\n`);
      return 1;
    }
    text = fs.readFileSync(file, 'utf8');
  } catch {
    inv.io.stderr(`bash: ${name}: No such file or directory\n`);
    return 1;
  }
  const venv = path.dirname(path.dirname(file));
  if (path.basename(file) === 'activate' && isVenv(venv)) {
    activate(inv.shell, venv);
    return 0;
  }
  let status = 0;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    status = await inv.shell.run(line, inv.io, { remember: false });
    if (inv.shell.exitRequested !== null) break;
  }
  return status;
}

/** What an activated environment adds to the shell; gone again once it has run. */
export function deactivateCommand(inv: Invocation): number {
  deactivate(inv.shell);
  return 0;
}
