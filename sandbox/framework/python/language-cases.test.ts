import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPython } from './run-python.testkit';

/**
 * Every program under __cases__/ runs as CPython 3.12 ran it: its `.expected` file holds what
 * CPython printed (run as `python3.12 -I FILE` from /tmp with PYTHONHASHSEED=0), and a program
 * that ended in a traceback there has that traceback's last line at the end.
 */
const root = path.join(__dirname, '__cases__');
const programs = readdirSync(root).filter((f) => f.endsWith('.py'));

describe('language programs', () => {
  it.each(programs)('%s prints what CPython 3.12 prints', (program) => {
    const source = readFileSync(path.join(root, program), 'utf8');
    const expected = readFileSync(path.join(root, program.replace(/\.py$/, '.expected')), 'utf8');
    const result = runPython(source);
    expect(result.stdout + (result.error === null ? '' : `${result.error}\n`)).toBe(expected);
  });
});

describe('from module import name', () => {
  it("suggests a close name, as CPython 3.12 does", () => {
    const result = runPython({ 'main.py': 'from m import alpah', 'm.py': 'alpha = 1\nbeta = 2' });
    expect(result.error).toBe("ImportError: cannot import name 'alpah' from 'm' (/p/m.py). Did you mean: 'alpha'?");
  });
});

describe('await', () => {
  it("is refused outside an async def, in CPython's words", () => {
    expect(runPython('await g()\n').error).toBe("SyntaxError: 'await' outside function");
    expect(runPython('def f():\n    await g()\n').error).toBe("SyntaxError: 'await' outside async function");
  });
});
