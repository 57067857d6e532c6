import type { Invocation } from '../resolve';
import { parseOptions } from './options';
import { children, colourName, isDirectory, type Entry } from './listing';

/** `tree [-a] [-L LEVEL] [DIR]`: the folder drawn as tree(1) draws it, with its totals. */
export function tree(inv: Invocation): number {
  const levelAt = inv.args.indexOf('-L');
  const maxDepth = levelAt >= 0 ? Number(inv.args[levelAt + 1]) : Infinity;
  if (levelAt >= 0 && !(maxDepth > 0)) {
    inv.io.stderr('tree: Invalid level, must be greater than 0.\n');
    return 1;
  }
  const args = levelAt >= 0 ? [...inv.args.slice(0, levelAt), ...inv.args.slice(levelAt + 2)] : inv.args;
  const parsed = parseOptions({ ...inv, args }, 'ad');
  if (!parsed) return 1;
  const all = parsed.flags.has('a');
  const onlyDirs = parsed.flags.has('d');
  const colour = inv.io.isTerminal;
  let dirs = 0;
  let files = 0;
  const lines: string[] = [];
  const walk = (dir: string, prefix: string, depth: number) => {
    const entries = children(dir, all).filter((e) => !onlyDirs || isDirectory(e.full));
    entries.forEach((e: Entry, i) => {
      const last = i === entries.length - 1;
      const folder = e.link === null && e.stat.isDirectory();
      const name = (colour ? colourName(e) : e.name) + (e.link !== null ? ` -> ${e.link}` : '');
      lines.push(`${prefix}${last ? '└── ' : '├── '}${name}`);
      if (folder || (e.link !== null && isDirectory(e.full))) dirs++;
      else files++;
      if (folder && depth < maxDepth) walk(e.full, prefix + (last ? '    ' : '│   '), depth + 1);
    });
  };
  let status = 0;
  for (const operand of parsed.operands.length ? parsed.operands : ['.']) {
    const full = inv.shell.resolvePath(operand);
    if (!isDirectory(full)) {
      lines.push(`${operand}  [error opening dir]`);
      status = 2;
      continue;
    }
    lines.push(colour ? `\x1b[01;34m${operand}\x1b[0m` : operand);
    // tree 2 counts the folder it was given, unless it is empty.
    if (children(full, all).length) dirs++;
    walk(full, '', 1);
  }
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  lines.push('', onlyDirs ? plural(dirs, 'directory', 'directories') : `${plural(dirs, 'directory', 'directories')}, ${plural(files, 'file', 'files')}`);
  inv.io.stdout(lines.join('\n') + '\n');
  return status;
}
