import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWithStdlib } from './run-stdlib.testkit';

/**
 * Every program under __cases__/<module>/ runs as CPython 3.12 ran it: its `.expected` file holds
 * what CPython printed (`node scripts/record-python-cases.mjs` records them again), and a
 * program that ended in a traceback there has that traceback's last line at the end.
 */
const root = path.join(__dirname, '__cases__');

describe.each(readdirSync(root))('%s', (module) => {
  const folder = path.join(root, module);
  const programs = readdirSync(folder).filter((f) => f.endsWith('.py'));
  it.each(programs)('%s prints what CPython 3.12 prints', (program) => {
    const source = readFileSync(path.join(folder, program), 'utf8');
    const expected = readFileSync(path.join(folder, program.replace(/\.py$/, '.expected')), 'utf8');
    const result = runWithStdlib(source);
    expect(result.stdout + (result.error === null ? '' : `${result.error}\n`)).toBe(expected);
  });
});
