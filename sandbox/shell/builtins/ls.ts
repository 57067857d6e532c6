import path from 'node:path';
import type { Invocation } from '../resolve';
import { parseOptions } from './options';
import { byName, children, colourName, entry, isDirectory, type Entry } from './listing';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function mode(e: Entry): string {
  const type = e.link !== null ? 'l' : e.stat.isDirectory() ? 'd' : '-';
  if (e.link !== null) return 'lrwxrwxrwx';
  // New files get 0666 and folders 0777 less the usual umask 022, as on a real machine.
  const bits = e.stat.mode & 0o777 & ~0o022;
  const rwx = (shift: number) => ['r', 'w', 'x'].map((c, i) => (bits & (1 << (shift + 2 - i)) ? c : '-')).join('');
  return type + rwx(6) + rwx(3) + rwx(0);
}

function longLines(entries: Entry[], inv: Invocation, colour: boolean): string[] {
  const user = inv.shell.variables.get('USER') ?? 'learner';
  const sizes = entries.map((e) => (e.stat.isDirectory() ? 4096 : e.link !== null ? e.link.length : e.stat.size));
  const width = Math.max(0, ...sizes.map((s) => String(s).length));
  return entries.map((e, i) => {
    const d = e.stat.mtime;
    const time = `${MONTHS[d.getMonth()]} ${String(d.getDate()).padStart(2)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    const links = e.stat.isDirectory() ? 2 : 1;
    const name = (colour ? colourName(e) : e.name) + (e.link !== null ? ` -> ${e.link}` : '');
    return `${mode(e)} ${links} ${user} ${user} ${String(sizes[i]).padStart(width)} ${time} ${name}`;
  });
}

/** GNU ls's columns: as many as fit the width, filled top to bottom, two spaces apart. */
function columns(names: string[], widths: number[], lineWidth: number): string[] {
  if (!names.length) return [];
  for (let cols = names.length; cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols);
    const used = Math.ceil(names.length / rows);
    const colWidths = Array.from({ length: used }, (_, c) => Math.max(...widths.slice(c * rows, (c + 1) * rows)));
    const total = colWidths.reduce((a, w) => a + w, 0) + 2 * (used - 1);
    if (total > lineWidth && cols > 1) continue;
    return Array.from({ length: rows }, (_, r) => {
      let line = '';
      for (let c = 0; c < used; c++) {
        const i = c * rows + r;
        if (i >= names.length) break;
        const last = c === used - 1 || (c + 1) * rows + r >= names.length;
        line += last ? names[i] : names[i] + ' '.repeat(colWidths[c]! - widths[i]! + 2);
      }
      return line;
    });
  }
  return names;
}

/** `ls [-a] [-l] [-1] [FILE]...`, coloured and in columns at a terminal, one per line otherwise. */
export function ls(inv: Invocation): number {
  const parsed = parseOptions(inv, 'alA1h', { '--all': 'a' });
  if (!parsed) return 2;
  const { flags, operands } = parsed;
  const all = flags.has('a');
  const colour = inv.io.isTerminal;
  const show = (entries: Entry[]): string[] => {
    if (flags.has('l')) return longLines(entries, inv, colour);
    const names = entries.map((e) => (colour ? colourName(e) : e.name));
    if (flags.has('1') || !inv.io.isTerminal) return names;
    return columns(names, entries.map((e) => e.name.length), inv.io.columns ?? 80);
  };
  let status = 0;
  const files: Entry[] = [];
  const dirs: string[] = [];
  for (const operand of operands.length ? operands : ['.']) {
    const full = inv.shell.resolvePath(operand);
    const found = entry(full, operand);
    if (!found) {
      inv.io.stderr(`ls: cannot access '${operand}': No such file or directory\n`);
      status = 2;
    } else if (isDirectory(full) && !(flags.has('l') && found.link !== null)) dirs.push(operand);
    else files.push(found);
  }
  const blocks: string[][] = [];
  if (files.length) blocks.push(show(files.sort(byName)));
  const labelled = operands.length > 1 || files.length > 0 || status !== 0;
  for (const dir of dirs.sort()) {
    const full = inv.shell.resolvePath(dir);
    let entries = children(full, all);
    if (all) entries = [entry(full, '.'), entry(path.dirname(full), '..'), ...entries].filter((e): e is Entry => e !== null);
    const lines = show(entries);
    if (flags.has('l')) lines.unshift(`total ${entries.reduce((t, e) => t + (e.stat.isDirectory() ? 4 : Math.ceil(e.stat.size / 4096) * 4), 0)}`);
    blocks.push(labelled ? [`${dir}:`, ...lines] : lines);
  }
  inv.io.stdout(blocks.map((b) => b.map((l) => l + '\n').join('')).join('\n'));
  return status;
}
