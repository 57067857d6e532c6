/**
 * `cli.mjs shell` for a host that runs it more than once over the same files: the state
 * file (SANDBOX_STATE) it starts from and rewrites after every command, and the marks it
 * puts before its prompts (SANDBOX_PROMPT_MARKS) on a real pseudo-terminal.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShellState } from '../shell/shell';
import { PromptMarkReader } from '../protocol/prompt-mark';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'sandbox/dist/cli.mjs');
const hasScript = spawnSync('script', ['--version']).status === 0;
const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'cli-shell-')));

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-sandbox.mjs'], { cwd: root });
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let folders = 0;
/** A home and, outside it, where the state file goes. */
function place() {
  const base = path.join(scratch, String(++folders));
  const home = path.join(base, 'home');
  mkdirSync(home, { recursive: true });
  return { home, stateFile: path.join(base, 'shell-state.json') };
}

function shell(home: string, stateFile: string, lines: string[]) {
  return spawnSync(process.execPath, [cli, 'shell'], {
    cwd: home,
    input: lines.map((l) => `${l}\n`).join(''),
    encoding: 'utf8',
    env: { ...process.env, SANDBOX_STATE: stateFile },
  });
}

const stateIn = (file: string): ShellState => JSON.parse(readFileSync(file, 'utf8'));

describe('the shell state file', () => {
  it('is written after every command, and the next shell continues from it', () => {
    const { home, stateFile } = place();
    const first = shell(home, stateFile, ['mkdir -p mysite/polls', 'cd mysite', 'export GREETING=namaste', 'python3 -m venv env', 'source env/bin/activate']);
    expect(first.status).toBe(0);
    const saved = stateIn(stateFile);
    expect(saved.cwd).toBe(path.join(home, 'mysite'));
    expect(saved.variables).toMatchObject({ GREETING: 'namaste', VIRTUAL_ENV: path.join(home, 'mysite/env'), HOME: home });
    expect(saved.history).toEqual(['mkdir -p mysite/polls', 'cd mysite', 'export GREETING=namaste', 'python3 -m venv env', 'source env/bin/activate']);
    // Written whole: nothing half-written is left beside it.
    expect(readdirSync(path.dirname(stateFile))).toEqual(['home', 'shell-state.json']);

    const second = shell(home, stateFile, ['pwd', 'echo $GREETING $VIRTUAL_ENV', 'cd polls', 'history']);
    expect(second.stdout).toContain(`${home}/mysite\nnamaste ${home}/mysite/env\n`);
    expect(second.stdout).toContain('    5  source env/bin/activate\n    6  pwd\n');
    expect(stateIn(stateFile).cwd).toBe(path.join(home, 'mysite/polls'));
  });

  it('still lets a shell start when it is not usable, or its folder has gone', () => {
    const { home, stateFile } = place();
    writeFileSync(stateFile, '{"cwd": "/home/learner", "variab');
    expect(shell(home, stateFile, ['pwd']).stdout).toBe(`${home}\n`);
    expect(stateIn(stateFile).history).toEqual(['pwd']);

    writeFileSync(stateFile, JSON.stringify({ ...stateIn(stateFile), cwd: path.join(home, 'gone') }));
    expect(shell(home, stateFile, ['pwd']).stdout).toBe(`${home}\n`);
  });

  it('is not written without SANDBOX_STATE', () => {
    const { home, stateFile } = place();
    spawnSync(process.execPath, [cli, 'shell'], { cwd: home, input: 'cd /tmp\n', env: { ...process.env, SANDBOX_STATE: '' } });
    expect(existsSync(stateFile)).toBe(false);
  });
});

describe.skipIf(!hasScript)('prompt marks at a terminal', () => {
  it('come before each prompt, with the state after the command', async () => {
    const { home, stateFile } = place();
    mkdirSync(path.join(home, 'mysite'));
    const child = spawn('script', ['-qfec', `exec ${process.execPath} ${cli} shell`, '/dev/null'], {
      cwd: home,
      env: { ...process.env, TERM: 'xterm-256color', SANDBOX_STATE: stateFile, SANDBOX_PROMPT_MARKS: '1' },
    });
    const marks = new PromptMarkReader();
    const prompts: (ShellState | null)[] = [];
    let text = '';
    /** Waits for the `count`th prompt (its mark and the prompt's own text). */
    const seen = (count: number, prompt: string) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${prompts.length} prompts, not ${count}, in:\n${text}`)), 15_000);
        const check = () => {
          if (prompts.length < count || !text.endsWith(prompt)) return;
          clearTimeout(timer);
          child.stdout.off('data', check);
          resolve();
        };
        child.stdout.on('data', check);
        check();
      });
    child.stdout.on('data', (chunk: Buffer) => {
      const read = marks.read(chunk.toString('utf8'));
      text += read.text;
      prompts.push(...read.prompts);
    });
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));

    await seen(1, '\x1b[1;34m~\x1b[0m $ ');
    expect(prompts[0]?.cwd).toBe(home);
    child.stdin.write('cd mysite\r');
    await seen(2, '\x1b[1;34m~/mysite\x1b[0m $ ');
    expect(prompts[1]).toMatchObject({ cwd: path.join(home, 'mysite'), history: ['cd mysite'] });
    expect(stateIn(stateFile)).toEqual(prompts[1]);
    // What is left once the marks are out is what a terminal shows.
    expect(text).not.toContain('7770');
    child.stdin.write('exit\r');
    expect(await closed).toBe(0);
  }, 30_000);
});
