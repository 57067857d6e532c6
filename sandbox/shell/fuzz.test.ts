/**
 * Random command lines, well-formed and not: the shell answers every one with a status and
 * never throws, and the learner's files outside what a line names survive.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { Shell } from './shell';

const PIECES = [
  'ls', 'cd', 'cat', 'rm', 'mkdir', 'mv', 'cp', 'touch', 'tree', 'echo', 'which', 'history', 'pwd', 'source', '.',
  'python3', 'pip', 'pipenv', 'django-admin', 'deactivate', 'export', 'unset', 'help', 'foo', 'python',
  '-r', '-rf', '-p', '-la', '-m', 'venv', 'install', 'uninstall', 'freeze', 'list', 'show', 'django', 'djangoo==1',
  'env', 'a', 'a/b', '..', '~', '/', '*', '?', '[', '"', "'", '\\', '$', '$?', '$HOME', '${X}', '>', '>>', '2>',
  '2>&1', '&&', '||', ';', '|', '&', '(', ')', '#', 'x=1', '==', 'startproject', 'manage.py', 'runserver', 'shell',
];

function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

it('survives 3,000 random command lines', async () => {
  const home = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'shell-fuzz-')));
  const keep = path.join(home, '.keep', 'precious.txt');
  fs.mkdirSync(path.dirname(keep), { recursive: true });
  fs.writeFileSync(keep, 'mine');
  const rand = random(7);
  const shell = new Shell({ home });
  const io = { stdout: () => undefined, stderr: () => undefined, readLine: () => null, isTerminal: false };
  for (let i = 0; i < 3000; i++) {
    const n = 1 + Math.floor(rand() * 6);
    const line = Array.from({ length: n }, () => PIECES[Math.floor(rand() * PIECES.length)]).join(rand() < 0.8 ? ' ' : '');
    // runserver would hold the terminal: the fuzz test is about lines, not servers.
    if (line.includes('runserver') || line.includes('shell')) continue;
    const status = await shell.run(line, io);
    expect(Number.isInteger(status), line).toBe(true);
    shell.exitRequested = null;
    if (shell.cwd !== home && !fs.existsSync(shell.cwd)) shell.cwd = home;
  }
  expect(fs.readFileSync(keep, 'utf8')).toBe('mine');
  fs.rmSync(home, { recursive: true, force: true });
}, 120_000);
