import type { Invocation } from '../resolve';

/** Short options as coreutils reads them: `-la` is `-l -a`; `--` ends options. */
export function parseOptions(inv: Invocation, allowed: string, long: Record<string, string> = {}): { flags: Set<string>; operands: string[] } | null {
  const flags = new Set<string>();
  const operands: string[] = [];
  let done = false;
  for (const arg of inv.args) {
    if (done || arg === '-' || !arg.startsWith('-')) operands.push(arg);
    else if (arg === '--') done = true;
    else if (arg.startsWith('--')) {
      const short = long[arg];
      if (!short) {
        inv.io.stderr(`${inv.name}: unrecognized option '${arg}'\nTry '${inv.name} --help' for more information.\n`);
        return null;
      }
      flags.add(short);
    } else {
      for (const c of arg.slice(1)) {
        if (!allowed.includes(c)) {
          inv.io.stderr(`${inv.name}: invalid option -- '${c}'\nTry '${inv.name} --help' for more information.\n`);
          return null;
        }
        flags.add(c);
      }
    }
  }
  return { flags, operands };
}

export function missingOperand(inv: Invocation): number {
  inv.io.stderr(`${inv.name}: missing operand\nTry '${inv.name} --help' for more information.\n`);
  return 1;
}
