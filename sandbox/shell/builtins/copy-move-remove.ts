import fs from 'node:fs';
import path from 'node:path';
import type { Invocation } from '../resolve';
import { missingOperand, parseOptions } from './options';
import { mayWrite } from '../permissions';
import { exists, isDirectory } from './listing';


/** `rm [-r] [-f] FILE...` */
export function rm(inv: Invocation): number {
  const parsed = parseOptions(inv, 'rRfiv', { '--recursive': 'r', '--force': 'f' });
  if (!parsed) return 1;
  const force = parsed.flags.has('f');
  const recursive = parsed.flags.has('r') || parsed.flags.has('R');
  if (!parsed.operands.length) return force ? 0 : missingOperand(inv);
  let status = 0;
  for (const name of parsed.operands) {
    const full = inv.shell.resolvePath(name);
    const fail = (reason: string) => {
      inv.io.stderr(`rm: cannot remove '${name}': ${reason}\n`);
      status = 1;
    };
    if (full === '/' && recursive) {
      inv.io.stderr("rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n");
      status = 1;
    } else if (!exists(full)) {
      if (!force) fail('No such file or directory');
    } else if (!mayWrite(inv.shell.home, full) || full === inv.shell.home) fail('Permission denied');
    else if (fs.lstatSync(full).isDirectory() && !recursive) fail('Is a directory');
    else fs.rmSync(full, { recursive: true, force: true });
  }
  return status;
}

/** Where `cp`/`mv` put SOURCE: into TARGET when it is a folder, else at TARGET. */
function destination(source: string, target: string): string {
  return isDirectory(target) ? path.join(target, path.basename(source)) : target;
}

function copyOrMove(inv: Invocation, move: boolean): number {
  const parsed = parseOptions(inv, move ? 'fiv' : 'rRfiva', { '--recursive': 'r' });
  if (!parsed) return 1;
  const { operands } = parsed;
  const name = move ? 'mv' : 'cp';
  if (operands.length === 0) return missingOperand(inv);
  if (operands.length === 1) {
    inv.io.stderr(`${name}: missing destination file operand after '${operands[0]}'\nTry '${name} --help' for more information.\n`);
    return 1;
  }
  const target = inv.shell.resolvePath(operands[operands.length - 1]!);
  const sources = operands.slice(0, -1);
  if (sources.length > 1 && !isDirectory(target)) {
    inv.io.stderr(`${name}: target '${operands[operands.length - 1]}': Not a directory\n`);
    return 1;
  }
  const recursive = move || parsed.flags.has('r') || parsed.flags.has('R') || parsed.flags.has('a');
  let status = 0;
  for (const source of sources) {
    const from = inv.shell.resolvePath(source);
    const to = destination(from, target);
    if (!exists(from)) {
      inv.io.stderr(`${name}: cannot stat '${source}': No such file or directory\n`);
      status = 1;
    } else if (!recursive && isDirectory(from)) {
      inv.io.stderr(`cp: -r not specified; omitting directory '${source}'\n`);
      status = 1;
    } else if (!mayWrite(inv.shell.home, to) || (move && !mayWrite(inv.shell.home, from))) {
      inv.io.stderr(`${name}: cannot ${move ? 'move' : 'create regular file'} '${source}': Permission denied\n`);
      status = 1;
    } else if (to === from || to.startsWith(from + '/')) {
      inv.io.stderr(`${name}: cannot ${move ? 'move' : 'copy'} '${source}' to a subdirectory of itself\n`);
      status = 1;
    } else if (!fs.existsSync(path.dirname(to))) {
      inv.io.stderr(`${name}: cannot ${move ? 'move' : 'create regular file'} '${source}' to '${operands[operands.length - 1]}': No such file or directory\n`);
      status = 1;
    } else if (move) fs.renameSync(from, to);
    else fs.cpSync(from, to, { recursive: true });
  }
  return status;
}

export const cp = (inv: Invocation) => copyOrMove(inv, false);
export const mv = (inv: Invocation) => copyOrMove(inv, true);
