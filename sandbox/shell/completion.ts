import fs from 'node:fs';
import path from 'node:path';
import type { Completion } from './io';
import type { Shell } from './shell';
import { commandNames } from './resolve';
import { COMMANDS, CORE_COMMANDS } from '../framework';

const PIP_COMMANDS = ['freeze', 'help', 'install', 'list', 'show', 'uninstall'];
const PIPENV_COMMANDS = ['--venv', '--where', 'install', 'run', 'shell', 'uninstall'];

/** The names in a folder that start with `prefix`, folders marked with `/`. */
function files(shell: Shell, word: string, onlyDirs: boolean): string[] {
  const slash = word.lastIndexOf('/');
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : '';
  const prefix = word.slice(slash + 1);
  const dir = shell.resolvePath(dirPart.startsWith('~/') ? shell.home + dirPart.slice(1) : dirPart || '.');
  let names: string[];
  try {
    names = fs.readdirSync(dir) as string[];
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names.sort()) {
    if (!name.startsWith(prefix) || (name.startsWith('.') && !prefix.startsWith('.'))) continue;
    let isDir = false;
    try {
      isDir = fs.statSync(path.join(dir, name)).isDirectory();
    } catch {
      // A dangling link (a venv's bin/python) completes as a file.
    }
    if (onlyDirs && !isDir) continue;
    out.push(dirPart + name + (isDir ? '/' : ' '));
  }
  return out;
}

const words = (list: string[], prefix: string) => list.filter((w) => w.startsWith(prefix)).map((w) => w + ' ');

/** Tab completion: command names first, then manage.py and pip subcommands, then file names. */
export function complete(shell: Shell, line: string, cursor: number): Completion {
  const before = line.slice(0, cursor);
  const segment = before.split(/&&|\|\||;/).pop() ?? '';
  const match = /(\S*)$/.exec(segment)!;
  const word = match[1]!;
  const start = cursor - word.length;
  const previous = segment.slice(0, segment.length - word.length).trim().split(/\s+/).filter(Boolean);
  const at = (candidates: string[]): Completion => ({ start, candidates });
  if (!previous.length) {
    if (word.includes('/')) return at(files(shell, word, false));
    return at(words(commandNames(shell), word));
  }
  const [program, ...args] = previous;
  const isManage = (w: string | undefined) => w === 'manage.py' || w === './manage.py';
  const djangoArgs = program === 'django-admin' ? args : /^python/.test(program!) && isManage(args[0]) ? args.slice(1) : isManage(program) ? args : null;
  if (djangoArgs && djangoArgs.length === 0) {
    const subcommands = [...new Set([...CORE_COMMANDS, ...Object.keys(COMMANDS)])].sort();
    return at(words(subcommands, word));
  }
  if (/^pip[0-9.]*$/.test(program!) && args.length === 0) return at(words(PIP_COMMANDS, word));
  if (program === 'pipenv' && args.length === 0) return at(words(PIPENV_COMMANDS, word));
  if (/^python/.test(program!) && args.at(-1) === '-m') return at(words(['django', 'pip', 'venv'], word));
  return at(files(shell, word, program === 'cd'));
}
