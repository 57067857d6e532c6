/**
 * The terminal scenario recorded from real Django (oracle 08): commands run in a
 * pseudo-terminal, answers typed at the prompts as a learner types them, colours and
 * echoed answers compared byte for byte (dates and versions masked).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Step {
  kind: string;
  n: number;
  command?: string;
  path?: string;
  content?: string;
  exit_code?: number;
  tty_output?: string;
  typed?: { expected: string; typed: string }[];
}

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'sandbox/dist/cli.mjs');
const scenario = JSON.parse(readFileSync(path.join(import.meta.dirname, '__fixtures__/oracle/08-tty-colours-and-prompts.json'), 'utf8')) as { base_dir: string; steps: Step[] };
const hasScript = spawnSync('script', ['--version']).status === 0;

/** runserver's step makes requests while it runs: the end-to-end test of runserver covers that. */
const LATER = new Set([26]);

function mask(text: string, base: string): string {
  return text
    .split(base)
    .join('<BASE>')
    .replace(/Django [0-9]+\.[0-9]+(\.[0-9]+)?/g, 'Django <V>')
    .replace(/\d{4}-\d\d-\d\d \d\d:\d\d/g, '<DATE>')
    .replace(/^((?:\x1b\[[0-9;]*m)?)Python 3\.[^\r\n]*on linux/m, '$1Python <V> on linux');
}

/**
 * A traceback's frames differ (Django's internals are not the sandbox's); its first and
 * last lines, and everything around it, must not.
 */
function withoutFrames(text: string): string {
  return text.replace(/(Traceback \(most recent call last\):\r\n)(?: {2}[^\r\n]*\r\n)+/g, '$1');
}

function lastLine(text: string): string {
  return text.split('\r\n').filter((l) => l.trim()).pop() ?? '';
}

/** Runs a command line in a pseudo-terminal (util-linux `script`), typing each answer after its prompt. */
function runInTerminal(command: string, cwd: string, typed: { expected: string; typed: string }[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: { ...process.env, TERM: 'xterm-256color', COLUMNS: '100', LINES: '40' } });
    let output = '';
    const answers = [...typed];
    let searchFrom = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const next = answers[0];
      if (next && output.indexOf(next.expected, searchFrom) >= 0) {
        searchFrom = output.length;
        answers.shift();
        child.stdin.write(next.typed);
      }
    });
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

describe.skipIf(!hasScript)('oracle 08: commands in a terminal', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'tty-'));
  beforeAll(() => {
    const built = spawnSync(process.execPath, ['scripts/build-sandbox.mjs'], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(built.stderr);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  for (const step of scenario.steps) {
    if (step.kind === 'cd') continue;
    if (step.kind === 'write' || step.kind === 'edit') {
      it(`(writes ${step.path})`, () => {
        const file = path.join(work, step.path!);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, step.content!);
      });
      continue;
    }
    const cwd = step.n <= 1 ? work : path.join(work, 'myproject');
    const line = `${process.execPath} ${cli} ${step.command!}`;
    if (step.kind === 'command') {
      it(`(sets up: ${step.command})`, () => {
        const [program, ...args] = step.command!.split(' ');
        const result = spawnSync(process.execPath, [cli, program!, ...args], { cwd, encoding: 'utf8' });
        expect(result.status, result.stderr).toBe(0);
      });
      continue;
    }
    (LATER.has(step.n) ? it.skip : it)(`step ${step.n}: ${step.command}`, async () => {
      const { code, output } = await runInTerminal(line, cwd, step.typed ?? []);
      expect(code).toBe(step.exit_code);
      const expected = mask(step.tty_output!, scenario.base_dir);
      const actual = mask(output, work);
      if (step.n === 30) expect(lastLine(actual)).toBe(lastLine(expected));
      else expect(withoutFrames(actual)).toBe(withoutFrames(expected));
    });
  }
});
