import fs from 'node:fs';
import path from 'node:path';
import type { Check, CheckResult } from './checks';
import { collapseSpaces, homePath, type GradeContext } from './context';
import { venvInstall } from '../shell/python/installs';
import { findDistribution } from '../shell/python/site-packages';

type ShellCheck = Extract<Check, { type: 'command_succeeded' | 'venv_active' | 'package_installed' }>;

/** A command's words, with the spellings that run the same program made one. */
const words = (line: string) =>
  line
    .trim()
    .split(/\s+/)
    .map((w, i) => (i === 0 && w === 'python3' ? 'python' : w));

const starts = (line: string, command: string) => {
  const got = words(line);
  return words(command).every((w, i) => got[i] === w);
};

function commandSucceeded(check: Extract<ShellCheck, { type: 'command_succeeded' }>, context: GradeContext): CheckResult {
  const { command, after } = check;
  let ran = context.shell.ran ?? [];
  if (after !== undefined) {
    const breaking = collapseSpaces(after);
    const last = ran.findLastIndex(({ line }) => collapseSpaces(line).includes(breaking));
    if (last < 0) return { passed: false };
    ran = ran.slice(last + 1);
  }
  // A command run in another project (`check` in the lesson's own project) does not count for this one.
  const folder = check.in === undefined ? undefined : homePath(context, check.in);
  const runs = ran.filter(({ line, cwd }) => starts(line, command) && (folder === undefined || (cwd !== undefined && path.resolve(cwd) === folder)));
  if (runs.some((r) => r.status === 0)) return { passed: true };
  const last = runs[runs.length - 1];
  return { passed: false, found: last ? `exit status ${last.status}` : undefined };
}

export function shellCheck(check: ShellCheck, context: GradeContext): CheckResult {
  switch (check.type) {
    case 'command_succeeded':
      return commandSucceeded(check, context);
    case 'venv_active': {
      const active = context.shell.variables.VIRTUAL_ENV;
      if (!active) return { passed: false };
      const passed = check.venv === undefined || active === homePath(context, check.venv);
      return { passed, found: passed ? undefined : active.replace(context.home, '~') };
    }
    case 'package_installed': {
      const venv = homePath(context, check.venv);
      if (!fs.existsSync(`${venv}/pyvenv.cfg`)) return { passed: false, found: 'no virtual environment there' };
      const dist = findDistribution(venvInstall(venv).sitePackages, check.package);
      if (!dist) return { passed: false };
      const passed = check.version === undefined || dist.version === check.version;
      return { passed, found: passed ? undefined : `${dist.name} ${dist.version}` };
    }
  }
}
