#!/usr/bin/env node
// How long the sandbox's Python takes on the kinds of work a learner's code does in bulk,
// next to CPython 3.12 on the same programs: a 10,000-item comprehension, a sort of 10,000
// tuples, big-integer arithmetic, and a plain loop. Whole processes (`node cli.mjs python3
// FILE`), with an empty program's time shown apart so the work itself can be read off.
// Run after `npm run build:sandbox`:  node bench/python-programs.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'sandbox', 'dist', 'cli.mjs');
const at = process.argv.indexOf('--runs');
const runs = at >= 0 ? Number(process.argv[at + 1]) : 5;
/** A CPython 3.12 to compare with: $PYTHON312, one on the PATH, or pyenv's. */
function findCpython() {
  const pyenv = path.join(os.homedir(), '.pyenv', 'versions');
  const installed = existsSync(pyenv) ? readdirSync(pyenv).filter((v) => v.startsWith('3.12')).map((v) => path.join(pyenv, v, 'bin', 'python3')) : [];
  const candidates = [process.env.PYTHON312, 'python3.12', ...installed, 'python3'].filter(Boolean);
  return candidates.find((name) => spawnSync(name, ['-c', 'import sys; assert sys.version_info[:2] == (3, 12)']).status === 0);
}
const cpython = findCpython();

const PROGRAMS = {
  'empty program': 'pass\n',
  'loop of 100,000 additions': 'total = 0\nfor i in range(100000):\n    total += i\nprint(total)\n',
  '10,000-item list comprehension': 'squares = [i * i for i in range(10000) if i % 3 != 1]\nprint(len(squares), squares[-1])\n',
  'sort of 10,000 tuples': 'rows = []\nfor i in range(10000):\n    rows.append(((i * 7919) % 10007, str(i)))\nrows.sort()\nprint(rows[0], rows[-1])\n',
  'big integers (500!, 2**4000 % 10**9)': 'n = 1\nfor i in range(1, 501):\n    n *= i\nprint(len(str(n)), 2 ** 4000 % 10 ** 9)\n',
};

if (!existsSync(cli)) {
  console.error('sandbox/dist/cli.mjs is missing: run `npm run build:sandbox` first');
  process.exit(1);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Median wall time of a whole process, in ms, and what it printed; or the reason it failed. */
function time(command, args, cwd) {
  const times = [];
  let stdout = '';
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) return { failed: (result.stderr.trim().split('\n').at(-1) ?? '').slice(0, 90) };
    times.push(ms);
    stdout = result.stdout;
  }
  return { ms: median(times), stdout };
}

const folder = mkdtempSync(path.join(os.tmpdir(), 'python-bench-'));
try {
  console.log(`median of ${runs} runs, whole processes, ms${cpython ? ` (CPython: ${cpython})` : ''}`);
  for (const [name, source] of Object.entries(PROGRAMS)) {
    const file = path.join(folder, 'program.py');
    writeFileSync(file, source);
    const sandbox = time(process.execPath, [cli, 'python3', 'program.py'], folder);
    const real = cpython ? time(cpython, ['program.py'], folder) : null;
    const shown = (r) => (r === null ? '-' : 'failed' in r ? `fails (${r.failed})` : r.ms.toFixed(0));
    // A fast wrong answer is no answer: the sandbox's output must be CPython's.
    const differs = real && 'ms' in real && 'ms' in sandbox && real.stdout !== sandbox.stdout ? `  (prints ${JSON.stringify(sandbox.stdout.trim())}, CPython ${JSON.stringify(real.stdout.trim())})` : '';
    console.log(`${name.padEnd(40)} sandbox ${shown(sandbox).padStart(6)}   CPython ${shown(real).padStart(6)}${differs}`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
