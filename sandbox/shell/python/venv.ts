import fs from 'node:fs';
import path from 'node:path';
import type { Invocation } from '../resolve';
import { PYTHON_LIB, PYTHON_VERSION, venvInstall } from './installs';
import { installDistribution } from './site-packages';
import { findPackage } from './catalogue';

const USAGE = `usage: venv [-h] [--system-site-packages] [--symlinks | --copies] [--clear]
            [--upgrade] [--without-pip] [--prompt PROMPT] [--upgrade-deps]
            [--without-scm-ignore-files]
            ENV_DIR [ENV_DIR ...]
`;

/** Our own activate script: what `source env/bin/activate` stands for (the shell applies it directly). */
function activateScript(venv: string, prompt: string): string {
  return `# Activates this virtual environment: source bin/activate
# Puts its bin/ folder first on PATH, so python, pip and django-admin are the environment's.
# "deactivate" undoes it.

export VIRTUAL_ENV="${venv}"
export VIRTUAL_ENV_PROMPT="(${prompt}) "
_OLD_VIRTUAL_PATH="$PATH"
PATH="$VIRTUAL_ENV/bin:$PATH"
export PATH
`;
}

/** `python -m venv DIR`: the layout Python 3.12 on Ubuntu creates, pip included. */
export function createVenv(inv: Invocation, args: string[], invokedAs: string): number {
  let prompt: string | null = null;
  let withPip = true;
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-h' || a === '--help') {
      inv.io.stdout(`${USAGE}\nCreates virtual Python environments in one or more target directories.\n`);
      return 0;
    }
    if (a === '--prompt') prompt = args[++i] ?? null;
    else if (a === '--without-pip') withPip = false;
    else if (a.startsWith('-')) continue;
    else dirs.push(a);
  }
  if (!dirs.length) {
    inv.io.stderr(`${USAGE}venv: error: the following arguments are required: ENV_DIR\n`);
    return 2;
  }
  for (const dir of dirs) {
    const venv = inv.shell.resolvePath(dir);
    if (fs.existsSync(venv) && !fs.statSync(venv).isDirectory()) {
      inv.io.stderr(`Error: [Errno 17] File exists: '${venv}'\n`);
      return 1;
    }
    const name = prompt ?? path.basename(venv);
    const install = venvInstall(venv);
    fs.mkdirSync(`${venv}/bin`, { recursive: true });
    fs.mkdirSync(`${venv}/include`, { recursive: true });
    fs.mkdirSync(install.sitePackages, { recursive: true });
    if (!fs.existsSync(`${venv}/lib64`)) fs.symlinkSync('lib', `${venv}/lib64`);
    fs.writeFileSync(
      `${venv}/pyvenv.cfg`,
      `home = /usr/bin\ninclude-system-site-packages = false\nversion = ${PYTHON_VERSION}\nexecutable = /usr/bin/${PYTHON_LIB}\n` +
        `command = ${invokedAs} -m venv ${venv}\n` +
        (prompt ? `prompt = '${prompt}'\n` : ''),
    );
    fs.writeFileSync(`${venv}/.gitignore`, '# Created by venv; see https://docs.python.org/3/library/venv.html\n*\n');
    fs.writeFileSync(`${venv}/bin/activate`, activateScript(venv, name));
    for (const link of ['python', 'python3', PYTHON_LIB]) {
      if (!fs.existsSync(`${venv}/bin/${link}`)) fs.symlinkSync(link === 'python' ? '/usr/bin/python3' : 'python', `${venv}/bin/${link}`);
    }
    if (withPip) installDistribution(findPackage('pip')!, install, `${venv}/bin/python3`);
  }
  return 0;
}

/** The prompt an environment shows: `--prompt` if it was given, else its folder's name. */
export function venvPrompt(venv: string): string {
  try {
    const cfg = fs.readFileSync(`${venv}/pyvenv.cfg`, 'utf8');
    const m = /^prompt = '?(.*?)'?$/m.exec(cfg);
    if (m) return m[1]!;
  } catch {
    // No pyvenv.cfg: not a venv, and the caller says so.
  }
  return path.basename(venv);
}

export function activate(shell: Invocation['shell'], venv: string): void {
  if (shell.variables.has('VIRTUAL_ENV')) deactivate(shell);
  const pathVar = shell.variables.get('PATH') ?? '';
  shell.variables.set('_OLD_VIRTUAL_PATH', pathVar);
  shell.variables.set('PATH', `${venv}/bin:${pathVar}`);
  shell.variables.set('VIRTUAL_ENV', venv);
  shell.variables.set('VIRTUAL_ENV_PROMPT', `(${venvPrompt(venv)}) `);
}

export function deactivate(shell: Invocation['shell']): void {
  const old = shell.variables.get('_OLD_VIRTUAL_PATH');
  if (old !== undefined) shell.variables.set('PATH', old);
  for (const name of ['_OLD_VIRTUAL_PATH', 'VIRTUAL_ENV', 'VIRTUAL_ENV_PROMPT', 'PIPENV_ACTIVE']) shell.variables.delete(name);
}
