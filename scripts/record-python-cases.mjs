// Records what CPython 3.12 prints for the standard library's test programs
// (sandbox/framework/stdlib/__cases__/<module>/<name>.py -> <name>.expected): stdout, then the
// last line of the traceback when the program ends in one, as cases.test.ts compares them.
//
//   node scripts/record-python-cases.mjs [substring of a case's path]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cases = path.join(root, 'sandbox/framework/stdlib/__cases__');
const candidates = [process.env.CPYTHON, '/root/.pyenv/versions/3.12.1/bin/python3', 'python3.12'].filter(Boolean);
const python = candidates.find((c) => c.includes('/') ? existsSync(c) : spawnSync(c, ['-V']).status === 0);
if (!python || !String(spawnSync(python, ['-V']).stdout).startsWith('Python 3.12')) {
  console.error('record-python-cases: CPython 3.12 not found (set CPYTHON=/path/to/python3.12)');
  process.exit(1);
}
const filter = process.argv[2] ?? '';
let count = 0;
for (const folder of readdirSync(cases)) {
  for (const file of readdirSync(path.join(cases, folder)).filter((f) => f.endsWith('.py'))) {
    const program = path.join(cases, folder, file);
    if (!program.includes(filter)) continue;
    // Run in an empty folder with a fixed hash seed and time zone, so the output is repeatable.
    const run = spawnSync(python, ['-I', program], { cwd: '/tmp', encoding: 'utf8', env: { PYTHONHASHSEED: '0', TZ: 'UTC', PATH: process.env.PATH } });
    const lastLine = run.status === 0 ? '' : `${run.stderr.trimEnd().split('\n').at(-1)}\n`;
    writeFileSync(program.replace(/\.py$/, '.expected'), run.stdout + lastLine);
    count++;
  }
}
console.log(`record-python-cases: ${count} programs recorded with ${python}`);
