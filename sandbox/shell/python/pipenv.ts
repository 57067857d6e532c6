import fs from 'node:fs';
import path from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import type { Invocation } from '../resolve';
import { SYSTEM_BIN } from '../variables';
import { PYTHON_VERSION, venvInstall } from './installs';
import { activate, createVenv } from './venv';
import { pip } from './pip';
import { canonicalName, findPackage } from './catalogue';
import { parseRequirement } from './requirements';
import { distributions } from './site-packages';
import { pipfileText, readPipfile, type Pipfile } from './pipfile';

const USAGE = `Usage: pipenv [OPTIONS] COMMAND [ARGS]...
Try 'pipenv -h' for help.
`;

/** The project: the nearest folder (up to three levels up) with a Pipfile, else the current one. */
function projectDir(cwd: string): { dir: string; hasPipfile: boolean } {
  let dir = cwd;
  for (let depth = 0; depth <= 3; depth++) {
    if (fs.existsSync(`${dir}/Pipfile`)) return { dir, hasPipfile: true };
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return { dir: cwd, hasPipfile: false };
}

/** Where pipenv keeps a project's environment: the folder's name and a hash of its path. */
export function venvLocation(home: string, project: string): string {
  const digest = sha256(new TextEncoder().encode(project)).slice(0, 6);
  const encoded = btoa(String.fromCharCode(...digest)).replace(/\+/g, '-').replace(/\//g, '_').slice(0, 8);
  const name = path.basename(project).replace(/[ &$`!*@"()[\]\\\r\n\t]/g, '_').slice(0, 42);
  return `${home}/.local/share/virtualenvs/${name}-${encoded}`;
}

function hex(text: string): string {
  return Array.from(sha256(new TextEncoder().encode(text)), (b) => b.toString(16).padStart(2, '0')).join('');
}

function ensureVenv(inv: Invocation, project: string): string {
  const venv = venvLocation(inv.shell.home, project);
  if (fs.existsSync(`${venv}/pyvenv.cfg`)) return venv;
  const out = inv.io.stdout;
  out('Creating a virtualenv for this project\n');
  out(`Pipfile: ${project}/Pipfile\n`);
  out(`Using ${SYSTEM_BIN}/python3 (${PYTHON_VERSION}) to create virtualenv...\n`);
  createVenv({ ...inv, io: { ...inv.io, stdout: () => undefined } }, [venv, '--prompt', path.basename(project)], `${SYSTEM_BIN}/python3`);
  out(`created virtual environment CPython${PYTHON_VERSION}.final.0-64 in 120ms\n`);
  out('✔ Successfully created virtual environment!\n');
  out(`Virtualenv location: ${venv}\n`);
  return venv;
}

/** Pipfile.lock: the exact versions installed for the Pipfile's packages and their dependencies. */
function writeLock(inv: Invocation, project: string, venv: string, pipfile: Pipfile): string {
  const digest = hex(pipfileText(pipfile));
  const wanted = new Set(Object.keys(pipfile.packages).map(canonicalName));
  const installed = distributions(venvInstall(venv).sitePackages);
  const byName = new Map(installed.map((d) => [canonicalName(d.name), d]));
  const needed = new Set<string>();
  const visit = (name: string) => {
    const key = canonicalName(name);
    if (needed.has(key) || !byName.has(key)) return;
    needed.add(key);
    for (const r of byName.get(key)!.requires) visit(parseRequirement(r)!.name);
  };
  wanted.forEach(visit);
  const entries = [...needed].sort().map((key) => {
    const dist = byName.get(key)!;
    const python = findPackage(dist.name)?.requiresPython;
    const entry: Record<string, string> = { index: 'pypi' };
    if (python) entry.markers = `python_version ${python.replace(/^([<>=!~]+)/, '$1 ')}'`.replace(/ (\d[\d.]*)'$/, " '$1'");
    entry.version = `==${dist.version}`;
    return [key, entry] as const;
  });
  const lock = {
    _meta: {
      hash: { sha256: digest },
      'pipfile-spec': 6,
      requires: { python_version: '3.12' },
      sources: [{ name: 'pypi', url: 'https://pypi.org/simple', verify_ssl: true }],
    },
    default: Object.fromEntries(entries),
    develop: {},
  };
  fs.writeFileSync(`${project}/Pipfile.lock`, JSON.stringify(lock, null, 4) + '\n');
  return digest.slice(0, 6);
}

function install(inv: Invocation, names: string[]): number {
  const out = inv.io.stdout;
  const { dir: project, hasPipfile } = projectDir(inv.shell.cwd);
  const venv = ensureVenv(inv, project);
  const pipfile = readPipfile(project);
  if (!hasPipfile) out('Creating a Pipfile for this project...\n');
  const quiet = { ...inv, io: { ...inv.io, stdout: () => undefined } };
  const installer = { inv: quiet, install: venvInstall(venv), python: `${venv}/bin/python3` };
  const added = new Set<string>();
  for (const name of names) {
    const req = parseRequirement(name);
    out(`Installing ${name}...\n`);
    out(`Resolving ${name}...\n`);
    if (!req || pip(installer, ['install', name]) !== 0) {
      inv.io.stderr(`Error: An error occurred while installing ${name}!\n`);
      inv.io.stderr('✘ Installation Failed\n');
      return 1;
    }
    pipfile.packages[canonicalName(req.name)] = req.spec ? req.spec : '*';
    added.add(canonicalName(req.name));
    out(`Added ${canonicalName(req.name)} to Pipfile's [packages] ...\n`);
    out('✔ Installation Succeeded\n');
  }
  fs.writeFileSync(`${project}/Pipfile`, pipfileText(pipfile));
  // Whatever else the Pipfile lists gets installed too (`pipenv install` in a cloned project).
  const listed = Object.entries(pipfile.packages)
    .filter(([n]) => !added.has(n))
    .map(([n, spec]) => (spec === '*' ? n : `${n}${spec}`));
  if (listed.length && pip(installer, ['install', ...listed]) !== 0) return 1;
  out(fs.existsSync(`${project}/Pipfile.lock`) ? 'Pipfile.lock is out of date, updating...\n' : 'Pipfile.lock not found, creating...\n');
  out('Locking [packages] dependencies...\nBuilding requirements...\nResolving dependencies...\n✔ Success!\n');
  out('Locking [dev-packages] dependencies...\n');
  const digest = writeLock(inv, project, venv, pipfile);
  out(`Updated Pipfile.lock (${digest})!\n`);
  if (!inv.shell.variables.has('PIPENV_ACTIVE')) {
    out("To activate this project's virtualenv, run pipenv shell.\nAlternatively, run a command inside the virtualenv with pipenv run.\n");
  }
  out(`Installing dependencies from Pipfile.lock (${digest})...\n`);
  return 0;
}

function shellCommand(inv: Invocation): number {
  if (inv.shell.variables.has('PIPENV_ACTIVE')) {
    inv.io.stderr('Shell for UNKNOWN_VIRTUAL_ENVIRONMENT already activated.\nNo action taken to avoid nested environments.\n');
    return 1;
  }
  const { dir: project } = projectDir(inv.shell.cwd);
  const venv = ensureVenv(inv, project);
  inv.io.stdout('Launching subshell in virtual environment...\n');
  inv.io.stdout(` . ${venv}/bin/activate\n`);
  activate(inv.shell, venv);
  // `exit` leaves this subshell and its environment (see the exit builtin).
  inv.shell.variables.set('PIPENV_ACTIVE', '1');
  return 0;
}

async function run(inv: Invocation, words: string[]): Promise<number> {
  const [name, ...args] = words;
  if (!name) {
    inv.io.stderr(`${USAGE}\nError: Missing argument 'COMMAND'.\n`);
    return 2;
  }
  const venv = venvLocation(inv.shell.home, projectDir(inv.shell.cwd).dir);
  const saved = new Map(inv.shell.variables);
  if (fs.existsSync(`${venv}/pyvenv.cfg`)) activate(inv.shell, venv);
  try {
    const found = inv.shell.resolveCommand(name);
    if (!found) {
      inv.io.stderr(`Error: the command ${name} could not be found within PATH.\n`);
      return 1;
    }
    return await found.run({ ...inv, name, args, path: found.path });
  } finally {
    inv.shell.variables = saved;
  }
}

function uninstall(inv: Invocation, names: string[]): number {
  const { dir: project, hasPipfile } = projectDir(inv.shell.cwd);
  const venv = venvLocation(inv.shell.home, project);
  if (!hasPipfile || !fs.existsSync(`${venv}/pyvenv.cfg`)) {
    inv.io.stderr('No virtualenv has been created for this project yet!\n');
    return 1;
  }
  const pipfile = readPipfile(project);
  for (const name of names) {
    inv.io.stdout(`Un-installing ${name}...\n`);
    pip({ inv, install: venvInstall(venv), python: `${venv}/bin/python3` }, ['uninstall', '-y', name]);
    delete pipfile.packages[canonicalName(name)];
    inv.io.stdout(`Removing ${name} from Pipfile...\n`);
  }
  fs.writeFileSync(`${project}/Pipfile`, pipfileText(pipfile));
  inv.io.stdout(`Updated Pipfile.lock (${writeLock(inv, project, venv, pipfile)})!\n`);
  return 0;
}

/** `pipenv`: one Pipfile per project and an environment of its own outside the project. */
export async function pipenv(inv: Invocation): Promise<number> {
  const [command, ...rest] = inv.args;
  const { dir: project, hasPipfile } = projectDir(inv.shell.cwd);
  const venv = venvLocation(inv.shell.home, project);
  switch (command) {
    case 'install':
      return install(inv, rest.filter((a) => !a.startsWith('-')));
    case 'uninstall':
      return uninstall(inv, rest.filter((a) => !a.startsWith('-')));
    case 'shell':
      return shellCommand(inv);
    case 'run':
      return run(inv, rest);
    case '--venv':
      if (!hasPipfile || !fs.existsSync(`${venv}/pyvenv.cfg`)) {
        inv.io.stderr('No virtualenv has been created for this project yet!\n');
        return 1;
      }
      inv.io.stdout(`${venv}\n`);
      return 0;
    case '--where':
      if (!hasPipfile) {
        inv.io.stderr('No Pipfile present at project home.\n');
        return 1;
      }
      inv.io.stdout(`${project}\n`);
      return 0;
    case '--version':
      inv.io.stdout('pipenv, version 2025.0.4\n');
      return 0;
    case undefined:
    case '-h':
    case '--help':
      inv.io.stdout(
        `${USAGE.split('\n')[0]}\n\nCommands the sandbox runs:\n  install    Installs provided packages and adds them to Pipfile.\n` +
          '  uninstall  Uninstalls a provided package and removes it from Pipfile.\n  shell      Spawns a shell within the virtualenv.\n' +
          '  run        Spawns a command installed into the virtualenv.\n\nOptions:\n  --where    Output project home information.\n' +
          '  --venv     Output virtualenv information.\n  --version  Show the version and exit.\n',
      );
      return 0;
    default:
      inv.io.stderr(`${USAGE}\nError: No such command '${command}'.\n`);
      return 2;
  }
}
