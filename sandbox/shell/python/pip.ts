import fs from 'node:fs';
import type { Invocation } from '../resolve';
import type { PythonInstall } from './installs';
import { canonicalName, findPackage, type CataloguePackage } from './catalogue';
import { parseRequirement, satisfies, type Requirement } from './requirements';
import { distributions, filesOf, findDistribution, installDistribution, removeDistribution, wheelName } from './site-packages';
import { PIP_USAGE, pipInstallUsage } from './pip-usage';
import { EXTERNALLY_MANAGED, refusesChanges } from './externally-managed';

export interface Pip {
  inv: Invocation;
  install: PythonInstall;
  /** The Python that scripts' launchers name (`#!.../env/bin/python3`). */
  python: string;
}

/** `pip ARGS` (also `python -m pip ARGS`) for one Python. */
export function pip(p: Pip, args: string[]): number {
  const [command, ...rest] = args.filter((a) => a !== '-q' && a !== '--quiet');
  switch (command) {
    case undefined:
    case 'help':
    case '-h':
    case '--help':
      p.inv.io.stdout(PIP_USAGE);
      return 0;
    case '-V':
    case '--version':
      p.inv.io.stdout(`pip 25.3 from ${p.install.sitePackages}/pip (python 3.12)\n`);
      return 0;
    case 'install':
    case 'uninstall':
      // Ubuntu's and Debian's Python is the system's (PEP 668): pip changes it only in a virtual environment.
      if (refusesChanges(p.install, rest)) {
        p.inv.io.stderr(EXTERNALLY_MANAGED);
        return 1;
      }
      return command === 'install' ? install(p, rest) : uninstall(p, rest);
    case 'list':
      return list(p);
    case 'freeze':
      return freeze(p);
    case 'show':
      return show(p, rest);
    default:
      p.inv.io.stderr(`ERROR: unknown command "${command}"\n`);
      return 1;
  }
}

/** pip's display_path: under the current folder, `./env/lib/...`. */
function displayPath(path: string, cwd: string): string {
  return path.startsWith(cwd + '/') ? `.${path.slice(cwd.length)}` : path;
}

interface Wanted {
  req: Requirement;
  /** pip's "(from ...)" note: the parent requirement or the requirements file line. */
  from: string | null;
}

function readRequirementsFile(p: Pip, file: string): Wanted[] | null {
  let text: string;
  try {
    text = fs.readFileSync(p.inv.shell.resolvePath(file), 'utf8');
  } catch {
    p.inv.io.stderr(`ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'\n`);
    return null;
  }
  const wanted: Wanted[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) return;
    const req = parseRequirement(line);
    if (req) wanted.push({ req, from: `-r ${file} (line ${index + 1})` });
  });
  return wanted;
}

function install(p: Pip, args: string[]): number {
  const { io } = p.inv;
  const wanted: Wanted[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-r' || a === '--requirement') {
      const file = args[++i];
      if (!file) {
        io.stderr(`${pipInstallUsage}\n-r option requires 1 argument\n`);
        return 2;
      }
      const fromFile = readRequirementsFile(p, file);
      if (!fromFile) return 1;
      wanted.push(...fromFile);
    } else if (a.startsWith('-')) continue;
    else {
      const req = parseRequirement(a);
      if (!req) {
        io.stderr(`ERROR: Invalid requirement: '${a}'\n`);
        return 1;
      }
      wanted.push({ req, from: null });
    }
  }
  if (!wanted.length) {
    io.stderr('ERROR: You must give at least one requirement to install (see "pip help install")\n');
    return 1;
  }
  if (!p.install.venv) io.stdout('Defaulting to user installation because normal site-packages is not writeable\n');
  const site = p.install.sitePackages;
  const collected: CataloguePackage[] = [];
  const seen = new Set<string>();
  const queue = [...wanted];
  while (queue.length) {
    const { req, from } = queue.shift()!;
    const key = canonicalName(req.name);
    if (seen.has(key)) continue;
    seen.add(key);
    const note = from ? ` (from ${from})` : '';
    const childFrom = (name: string) => (from ? `${name}->${from}` : name);
    const present = findDistribution(site, req.name);
    if (present && satisfies(present.version, req.spec)) {
      io.stdout(`Requirement already satisfied: ${req.text} in ${displayPath(site, p.inv.shell.cwd)}${note} (${present.version})\n`);
      for (const r of present.requires) queue.push({ req: parseRequirement(r)!, from: childFrom(req.text) });
      continue;
    }
    const pkg = findPackage(req.name);
    io.stdout(`Collecting ${req.text}${note}\n`);
    if (!pkg || !satisfies(pkg.version, req.spec)) {
      io.stderr(`ERROR: Could not find a version that satisfies the requirement ${req.text} (from versions: ${pkg ? pkg.version : 'none'})\n`);
      io.stderr(`ERROR: No matching distribution found for ${req.text}\n`);
      return 1;
    }
    io.stdout(`  Downloading ${wheelName(pkg.name)}-${pkg.version}-py3-none-any.whl.metadata (${pkg.metadataSize})\n`);
    collected.push(pkg);
    for (const r of pkg.requires) queue.push({ req: parseRequirement(r)!, from: childFrom(req.text) });
  }
  if (!collected.length) return 0;
  for (const pkg of collected) {
    io.stdout(`Downloading ${wheelName(pkg.name)}-${pkg.version}-py3-none-any.whl (${pkg.wheelSize})\n`);
    if (io.isTerminal) io.stdout(`   ${'━'.repeat(40)} ${progress(pkg.wheelSize)}\n`);
  }
  // Dependencies are collected after what needs them, and installed before it.
  const order = [...collected].reverse();
  io.stdout(`Installing collected packages: ${order.map((pkg) => canonicalName(pkg.name)).join(', ')}\n`);
  for (const pkg of order) {
    const old = findDistribution(site, pkg.name);
    if (old) {
      io.stdout(`  Attempting uninstall: ${old.name}\n    Found existing installation: ${old.name} ${old.version}\n`);
      io.stdout(`    Uninstalling ${old.name}-${old.version}:\n      Successfully uninstalled ${old.name}-${old.version}\n`);
      removeDistribution(old, p.install);
    }
    installDistribution(pkg, p.install, p.python);
  }
  const done = order.map((pkg) => `${canonicalName(pkg.name)}-${pkg.version}`).sort();
  io.stdout(`Successfully installed ${done.join(' ')}\n`);
  return 0;
}

/** The finished download bar's figures: `8.3/8.3 MB 11.2 MB/s  0:00:00`. */
function progress(size: string): string {
  const [amount, unit] = size.split(' ') as [string, string];
  return `${amount}/${amount} ${unit} 11.2 MB/s  0:00:00`;
}

function uninstall(p: Pip, args: string[]): number {
  const { io } = p.inv;
  const yes = args.includes('-y') || args.includes('--yes');
  const names = args.filter((a) => !a.startsWith('-'));
  if (!names.length) {
    io.stderr('ERROR: You must give at least one requirement to uninstall (see "pip help uninstall")\n');
    return 1;
  }
  for (const name of names) {
    const dist = findDistribution(p.install.sitePackages, name);
    if (!dist) {
      io.stdout(`WARNING: Skipping ${name} as it is not installed.\n`);
      continue;
    }
    io.stdout(`Found existing installation: ${dist.name} ${dist.version}\nUninstalling ${dist.name}-${dist.version}:\n`);
    if (!yes) {
      io.stdout(`  Would remove:\n${filesOf(dist, p.install).map((f) => `    ${f}\n`).join('')}Proceed (Y/n)? `);
      const answer = (io.readLine() ?? 'n').trim().toLowerCase();
      if (answer !== '' && answer !== 'y' && answer !== 'yes') continue;
    }
    removeDistribution(dist, p.install);
    io.stdout(`  Successfully uninstalled ${dist.name}-${dist.version}\n`);
  }
  return 0;
}

function list(p: Pip): number {
  const rows = distributions(p.install.sitePackages).map((d) => [d.name, d.version] as const);
  const table: (readonly [string, string])[] = [['Package', 'Version'], ...rows];
  const width = Math.max(...table.map(([n]) => n.length));
  const versionWidth = Math.max(...table.map(([, v]) => v.length));
  const line = ([n, v]: readonly [string, string]) => `${n.padEnd(width)} ${v}\n`;
  p.inv.io.stdout(line(table[0]!) + `${'-'.repeat(width)} ${'-'.repeat(versionWidth)}\n` + rows.map(line).join(''));
  return 0;
}

/** pip freeze leaves out the installer's own packages. */
const FREEZE_SKIPS = new Set(['pip', 'setuptools', 'wheel', 'distribute']);

function freeze(p: Pip): number {
  const lines = distributions(p.install.sitePackages)
    .filter((d) => !FREEZE_SKIPS.has(canonicalName(d.name)))
    .map((d) => `${d.name}==${d.version}\n`);
  p.inv.io.stdout(lines.join(''));
  return 0;
}

function show(p: Pip, args: string[]): number {
  const { io } = p.inv;
  const names = args.filter((a) => !a.startsWith('-'));
  if (!names.length) {
    io.stderr('ERROR: Please provide a package name or names.\n');
    return 1;
  }
  const all = distributions(p.install.sitePackages);
  const lookup = (n: string) => all.find((d) => canonicalName(d.name) === canonicalName(n));
  const found = names.map(lookup).filter((d) => d !== undefined);
  const missing = names.filter((n) => !lookup(n));
  if (missing.length) io.stderr(`WARNING: Package(s) not found: ${missing.join(', ')}\n`);
  const blocks = found.map((d) => {
    const requiredBy = all.filter((o) => o.requires.some((r) => canonicalName(parseRequirement(r)?.name ?? '') === canonicalName(d.name))).map((o) => o.name);
    return [
      `Name: ${d.name}`,
      `Version: ${d.version}`,
      `Summary: ${d.summary}`,
      `Home-page: ${d.homePage}`,
      'Author: ',
      `Author-email: ${d.authorEmail}`,
      `License-Expression: ${d.license}`,
      `Location: ${p.install.sitePackages}`,
      `Requires: ${d.requires.map((r) => parseRequirement(r)?.name ?? r).join(', ')}`,
      `Required-by: ${requiredBy.join(', ')}`,
    ].join('\n');
  });
  if (blocks.length) io.stdout(blocks.join('\n---\n') + '\n');
  return missing.length ? 1 : 0;
}
