import fs from 'node:fs';
import path from 'node:path';
import type { Invocation } from '../resolve';
import { missingOperand, parseOptions } from './options';
import { mayWrite } from '../permissions';

/** `cat FILE...` */
export function cat(inv: Invocation): number {
  let status = 0;
  for (const name of inv.args) {
    const full = inv.shell.resolvePath(name);
    try {
      if (fs.statSync(full).isDirectory()) {
        inv.io.stderr(`cat: ${name}: Is a directory\n`);
        status = 1;
        continue;
      }
      inv.io.stdout(fs.readFileSync(full, 'utf8'));
    } catch {
      inv.io.stderr(`cat: ${name}: No such file or directory\n`);
      status = 1;
    }
  }
  return status;
}

/** `touch FILE...`: creates empty files, or updates their time. */
export function touch(inv: Invocation): number {
  if (!inv.args.length) return missingOperand(inv);
  let status = 0;
  for (const name of inv.args.filter((a) => !a.startsWith('-'))) {
    const full = inv.shell.resolvePath(name);
    if (!mayWrite(inv.shell.home, full)) {
      inv.io.stderr(`touch: cannot touch '${name}': Permission denied\n`);
      status = 1;
      continue;
    }
    try {
      if (fs.existsSync(full)) fs.utimesSync(full, new Date(), new Date());
      else fs.writeFileSync(full, '');
    } catch {
      inv.io.stderr(`touch: cannot touch '${name}': No such file or directory\n`);
      status = 1;
    }
  }
  return status;
}

/** `mkdir [-p] DIR...` */
export function mkdir(inv: Invocation): number {
  const parsed = parseOptions(inv, 'pv', { '--parents': 'p' });
  if (!parsed) return 1;
  if (!parsed.operands.length) return missingOperand(inv);
  const parents = parsed.flags.has('p');
  let status = 0;
  for (const name of parsed.operands) {
    const full = inv.shell.resolvePath(name);
    const fail = (reason: string) => {
      inv.io.stderr(`mkdir: cannot create directory ‘${name}’: ${reason}\n`);
      status = 1;
    };
    if (!mayWrite(inv.shell.home, full)) fail('Permission denied');
    else if (fs.existsSync(full)) {
      if (!parents || !fs.statSync(full).isDirectory()) fail('File exists');
    } else if (!parents && !fs.existsSync(path.dirname(full))) fail('No such file or directory');
    else {
      try {
        fs.mkdirSync(full, { recursive: parents });
      } catch {
        fail('Not a directory');
      }
    }
  }
  return status;
}
