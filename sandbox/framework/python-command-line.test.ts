/**
 * `python` and `python3` on the command line, as CPython 3.12 runs them: `-c`, `-m`, a
 * program on standard input, the interactive prompt at a terminal, and unknown options
 * (expected output recorded from CPython 3.12.1).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runProgram, type ProgramIO } from './index';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(path.join(tmpdir(), 'python-cli-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

function run(words: string[], input: string[] = [], terminal = false) {
  let stdout = '';
  let stderr = '';
  const lines = [...input];
  const io: ProgramIO = {
    cwd,
    env: {},
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readLine: () => lines.shift() ?? null,
    isTerminal: { stdin: terminal, stdout: terminal, stderr: terminal },
  };
  const status = runProgram(words, io);
  return { status, stdout, stderr };
}

describe('python on the command line', () => {
  it('-c runs the code as __main__ from <string>, with its arguments in sys.argv', () => {
    const ran = run(['python3', '-c', 'import sys; print(sys.argv, __name__); 1/0', 'a', 'b']);
    expect(ran.stdout).toBe("['-c', 'a', 'b'] __main__\n");
    expect(ran.stderr).toBe('Traceback (most recent call last):\n  File "<string>", line 1, in <module>\nZeroDivisionError: division by zero\n');
    expect(ran.status).toBe(1);
  });

  it('-c without code, and an unknown option, print the usage and exit 2', () => {
    const usage = "usage: python3 [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n";
    expect(run(['python3', '-c'])).toEqual({ status: 2, stdout: '', stderr: `Argument expected for the -c option\n${usage}` });
    expect(run(['python3', '-Z'])).toEqual({ status: 2, stdout: '', stderr: `Unknown option: -Z\n${usage}` });
  });

  it('-m runs a module or a package of the current folder as __main__', () => {
    writeFileSync(path.join(cwd, 'tool.py'), 'print("tool", __name__)\n');
    mkdirSync(path.join(cwd, 'pkg'));
    writeFileSync(path.join(cwd, 'pkg', '__main__.py'), 'print("pkg", __name__)\n');
    expect(run(['python3', '-m', 'tool']).stdout).toBe('tool __main__\n');
    expect(run(['python3', '-m', 'pkg']).stdout).toBe('pkg __main__\n');
    expect(run(['python3', '-m', 'nothere'])).toEqual({ status: 1, stdout: '', stderr: '/usr/bin/python3: No module named nothere\n' });
  });

  it('reads the program from standard input when it is not a terminal', () => {
    const ran = run(['python3'], ['total = 0', 'for i in range(4):', '    total += i', 'print(total)', '1/0']);
    expect(ran.stdout).toBe('6\n');
    expect(ran.stderr).toBe('Traceback (most recent call last):\n  File "<stdin>", line 5, in <module>\nZeroDivisionError: division by zero\n');
  });

  it('opens the interactive prompt at a terminal: values echoed, blocks continued, errors shown, ended by exit()', () => {
    const ran = run(['python3'], ['x = 6 * 7', 'x', 'for i in range(2):', '    print(i)', '', 'x / 0', 'exit()', 'print("never")'], true);
    expect(ran.stderr).toBe(
      'Python 3.12.3 (main) [GCC 13.2.0] on linux\nType "help", "copyright", "credits" or "license" for more information.\n' +
        'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n',
    );
    expect(ran.stdout).toBe('>>> >>> 42\n>>> ... ... 0\n1\n>>> >>> ');
    expect(ran.status).toBe(0);
  });
});
