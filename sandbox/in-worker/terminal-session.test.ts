import fs from 'node:fs';
import { OUTPUT_LIMIT } from './output-limit';
import type { TerminalNotice } from '../protocol/terminal-notice';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { Shell } from '../shell/shell';
import { TerminalSession } from './terminal-session';
import type { TerminalState } from '../protocol/terminal-state';
import type { KeyChannel } from './terminal-input';

const plain = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

/** Keys the learner will type while commands run, arriving one chunk per look at the shared memory. */
class TypedKeys implements KeyChannel {
  chunks: string[] = [];
  pull(): string {
    return this.chunks.shift() ?? '';
  }
  wait(): void {
    if (!this.chunks.length) throw new Error('the command waited for keys nobody typed');
  }
}

function open(keys: KeyChannel | null = new TypedKeys()) {
  const home = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'terminal-session-')));
  const shell = new Shell({ home });
  let output = '';
  const states: TerminalState[] = [];
  const notices: TerminalNotice[] = [];
  const session = new TerminalSession(shell, { write: (t) => void (output += t), state: (s) => states.push(s), notice: (n) => notices.push(n), keys }, 80);
  void session.start();
  /** Types keys at the prompt and waits until the prompt is back. */
  const type = async (data: string) => {
    const from = output.length;
    const prompts = states.filter((s) => s === 'prompt').length;
    session.keys(data);
    for (let i = 0; i < 500 && states.filter((s) => s === 'prompt').length === prompts; i++) await new Promise((r) => setTimeout(r, 5));
    return plain(output.slice(from));
  };
  /** Waits until the terminal shows `text`. */
  const shows = async (text: string) => {
    for (let i = 0; i < 1000 && !plain(output).includes(text); i++) await new Promise((r) => setTimeout(r, 5));
    return plain(output);
  };
  return { home, shell, session, states, notices, type, shows, output: () => plain(output) };
}

describe('the terminal session in the Worker', () => {
  test('a command that floods the terminal has its output cut at the limit, says so, and its error still shows', async () => {
    const t = open();
    const shown = await t.type(`python3 -c "print('x' * ${OUTPUT_LIMIT + 5000}); print('never'); 1 / 0"\r`);
    expect(t.notices).toEqual([{ kind: 'output-dropped', limit: OUTPUT_LIMIT }]);
    expect(shown).not.toContain('\nnever\n');
    expect(shown).toContain('ZeroDivisionError: division by zero');
    // The next command has its whole allowance again.
    expect(await t.type('echo again\r')).toContain('again');
    expect(t.notices).toHaveLength(1);
  });

  test('shows a banner and a prompt, runs what is typed, and comes back to the prompt', async () => {
    const t = open();
    expect(t.output()).toContain('Sandbox shell');
    expect(t.output()).toMatch(/~ \$ $/);
    const shown = await t.type('echo hello\r');
    expect(shown).toBe('echo hello\r\nhello\n~ $ ');
    expect(t.states.slice(-2)).toEqual(['running', 'prompt']);
  });

  test('a command reads its answers through the line discipline, with echo', async () => {
    const keys = new TypedKeys();
    const t = open(keys);
    await t.type('python3 -m venv env && . env/bin/activate && pip install django > /dev/null && pip uninstall django\r'.replace('\r', ''));
    keys.chunks = ['n', '\r'];
    const shown = await t.type('\r');
    expect(shown).toContain('Proceed (Y/n)? n\n');
    expect(t.states).toContain('reading');
    expect(fs.existsSync(path.join(t.home, 'env/bin/django-admin'))).toBe(true);
  });

  test('Ctrl+C stops a Python loop that would run for ever', async () => {
    const keys = new TypedKeys();
    const t = open(keys);
    fs.writeFileSync(path.join(t.home, 'loop.py'), 'n = 0\nwhile True:\n    n += 1\n');
    keys.chunks = ['\x03'];
    const shown = await t.type('python3 loop.py; echo status $?\r');
    expect(shown).toContain('KeyboardInterrupt');
    expect(shown).toContain('status 130');
  });

  test('exit starts a new session instead of closing the terminal', async () => {
    const t = open();
    const shown = await t.type('exit\r');
    expect(shown).toContain('exit\n');
    expect(shown.endsWith('~ $ ')).toBe(true);
  });

  test('keys typed while a command runs wait for the next prompt', async () => {
    const t = open(null);
    t.session.keys('python3 -m venv env\r');
    // Typed before the prompt came back: bash keeps it for the line editor.
    t.session.keys('ls\r');
    for (let i = 0; i < 400 && !t.output().includes('\nenv\n'); i++) await new Promise((r) => setTimeout(r, 5));
    expect(t.output()).toContain('ls\r\nenv\n');
  });

  test('a save waits for the command under way to end (and not at the prompt)', async () => {
    const home = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'terminal-session-')));
    const shell = new Shell({ home });
    const seen: string[][] = [];
    let waited: Promise<void> | null = null;
    const session: TerminalSession = new TerminalSession(
      shell,
      {
        write: () => undefined,
        // Asked the moment the command starts, before any of it ran.
        state: (state) => {
          if (state === 'running' && !waited) waited = session.betweenCommands().then(() => void seen.push(fs.readdirSync(home).sort()));
        },
        notice: () => undefined,
        keys: null,
      },
      80,
    );
    await session.betweenCommands();
    void session.start();
    session.keys('mkdir first; python3 -m venv env; mkdir last\r');
    for (let i = 0; i < 400 && !waited; i++) await new Promise((r) => setTimeout(r, 5));
    await waited;
    expect(seen).toEqual([['env', 'first', 'last']]);
    await session.betweenCommands();
  });

  test("typed in one go, a command, the answer to its question and the next command each reach their reader", async () => {
    for (const keys of [null, new TypedKeys()]) {
      const t = open(keys);
      await t.type('python3 -m venv env && . env/bin/activate && pip install django > /dev/null\r');
      t.session.keys('pip uninstall django\rn\recho kept $?\r');
      const shown = await t.shows('kept 0\n');
      expect(shown).toContain('Proceed (Y/n)? n\n');
      expect(shown).toMatch(/\$ echo kept \$\?\r\nkept 0\n/);
      expect(fs.existsSync(path.join(t.home, 'env/bin/django-admin'))).toBe(true);
    }
  });

  test('Ctrl+C typed ahead stops the command its line started, and the next line still runs', async () => {
    const t = open(new TypedKeys());
    fs.writeFileSync(path.join(t.home, 'loop.py'), 'n = 0\nwhile True:\n    n += 1\n');
    t.session.keys('python3 loop.py; echo status $?\r\x03echo after\r');
    const shown = await t.shows('after\n');
    expect(shown).toContain('KeyboardInterrupt');
    expect(shown).toContain('status 130');
    expect(shown).toMatch(/\$ echo after\r\nafter\n/);
  });
});
