import fs from 'node:fs';
import path from 'node:path';
import type { Shell } from './shell';
import type { CommandRunner, Invocation, ResolvedCommand } from './resolve';
import { SYSTEM_BIN } from './variables';
import { installOf, type PythonInstall } from './python/installs';
import { pythonProgram, djangoAdminProgram } from './python/programs';
import { pip } from './python/pip';
import { pipenv } from './python/pipenv';

/** The system's Python tools: part of the sandbox, not files (as /usr/bin is on a real machine). */
export const SYSTEM_PROGRAMS = new Set(['python3', 'python3.12', 'pip', 'pip3', 'pip3.12', 'pipenv']);

const PYTHONS = new Set(['python', 'python3', 'python3.12']);
const PIPS = new Set(['pip', 'pip3', 'pip3.12']);

function pipProgram(install: PythonInstall, python: string): CommandRunner {
  return (inv) => pip({ inv, install, python }, inv.args);
}

/** Scripts pip installs that the sandbox knows of but does not run. */
function notInSandbox(inv: Invocation): number {
  inv.io.stderr(`${inv.name}: this program is installed, but the sandbox does not run it.\n`);
  return 1;
}

/** A Python file run directly (`./manage.py`): its `#!/usr/bin/env python` finds python on PATH. */
function scriptProgram(file: string): CommandRunner {
  return (inv) => {
    const first = fs.readFileSync(file, 'utf8').split('\n')[0] ?? '';
    const wanted = /^#!\s*\/usr\/bin\/env\s+(\S+)/.exec(first)?.[1] ?? /^#!\s*(\S+)/.exec(first)?.[1];
    if (!wanted) {
      inv.io.stderr(`bash: ${inv.name}: cannot execute: the sandbox runs Python files only\n`);
      return 126;
    }
    const python = inv.shell.resolveCommand(wanted);
    if (!python) {
      inv.io.stderr(`/usr/bin/env: '${wanted}': No such file or directory\n`);
      return 127;
    }
    return python.run({ ...inv, name: wanted, args: [file, ...inv.args], path: python.path });
  };
}

/** The program a file stands for: a Python, pip or django-admin of some environment, or a script. */
export function programAt(shell: Shell, file: string): ResolvedCommand | null {
  const name = path.basename(file);
  const dir = path.dirname(file);
  if (dir === SYSTEM_BIN) {
    if (!SYSTEM_PROGRAMS.has(name)) return null;
    const install = installOf(file, shell.home);
    if (PYTHONS.has(name)) return { path: file, run: pythonProgram(install, file) };
    if (PIPS.has(name)) return { path: file, run: pipProgram(install, `${SYSTEM_BIN}/python3`) };
    return { path: file, run: pipenv };
  }
  const install = installOf(file, shell.home);
  const python = install.venv ? `${install.venv}/bin/python3` : `${SYSTEM_BIN}/python3`;
  // installOf names a venv only when its pyvenv.cfg is there.
  const inBin = dir === install.binDir;
  if (inBin && PYTHONS.has(name) && install.venv) return { path: file, run: pythonProgram(install, file) };
  if (inBin && PIPS.has(name)) return { path: file, run: pipProgram(install, python) };
  if (inBin && name === 'django-admin') return { path: file, run: djangoAdminProgram(install, python) };
  let stat: fs.Stats;
  try {
    // Following links: one that points nowhere is no program.
    stat = fs.statSync(file);
  } catch {
    return null;
  }
  if (stat.isDirectory()) return { path: file, run: (inv) => (inv.io.stderr(`bash: ${inv.name}: Is a directory\n`), 126) };
  if (inBin) return { path: file, run: notInSandbox };
  return { path: file, run: scriptProgram(file) };
}
