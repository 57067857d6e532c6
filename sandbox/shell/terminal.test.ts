/**
 * The interactive shell on a real pseudo-terminal (util-linux `script`): the virtualenv
 * lesson typed key by key, with Tab completion, history and Ctrl+C on runserver.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'sandbox/dist/cli.mjs');
const hasScript = spawnSync('script', ['--version']).status === 0;
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').replace(/\r/g, '');

/** A terminal session: type keys, wait for text to appear. */
class Session {
  output = '';
  private waiters: { text: string; from: number; resolve: () => void }[] = [];
  readonly child: ChildProcessWithoutNullStreams;
  readonly closed: Promise<number>;

  constructor(cwd: string) {
    // `exec`: script runs the line with $SHELL, and a shell left waiting (dash) would take
    // the terminal's Ctrl+C as its own and end with 130 once the sandbox shell exits.
    this.child = spawn('script', ['-qfec', `exec ${process.execPath} ${cli} shell`, '/dev/null'], {
      cwd,
      env: { ...process.env, TERM: 'xterm-256color', COLUMNS: '100', LINES: '40' },
    });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
      this.waiters = this.waiters.filter((w) => {
        if (!plain(this.output.slice(w.from)).includes(w.text)) return true;
        w.resolve();
        return false;
      });
    });
    this.closed = new Promise((resolve) => this.child.on('close', (code) => resolve(code ?? -1)));
  }

  /** Waits until `text` shows after what was already seen. */
  waitFor(text: string, from = this.output.length): Promise<void> {
    return new Promise((resolve, reject) => {
      if (plain(this.output.slice(from)).includes(text)) return resolve();
      const timer = setTimeout(() => reject(new Error(`never saw ${JSON.stringify(text)} in:\n${plain(this.output.slice(from))}`)), 15_000);
      this.waiters.push({ text, from, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  /** Types a command and waits for the next prompt. */
  async type(keys: string, prompt: string): Promise<string> {
    const from = this.output.length;
    this.child.stdin.write(keys);
    await this.waitFor(`\n${prompt}`, from);
    return plain(this.output.slice(from));
  }
}

describe.skipIf(!hasScript)('the sandbox shell in a real terminal', () => {
  const home = realpathSync(mkdtempSync(path.join(tmpdir(), 'terminal-')));
  beforeAll(() => {
    const built = spawnSync(process.execPath, ['scripts/build-sandbox.mjs'], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(built.stderr);
  }, 120_000);
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('does the virtualenv lesson', async () => {
    const t = new Session(home);
    await t.waitFor('~ $ ', 0);
    await t.type('python3 -m venv env\r', '~ $ ');
    expect(await t.type('django-admin startproject myproject\r', '~ $ ')).toContain('bash: django-admin: command not found');
    // Tab completes the folder names: env/ then bin/ then activate.
    expect(await t.type('source en\tbi\tactiv\t\r', '(env) ~ $ ')).toContain('source env/bin/activate');
    expect(await t.type('pip install django\r', '(env) ~ $ ')).toContain('Successfully installed asgiref-3.10.0 django-5.2.8 sqlparse-0.5.3');
    await t.type('django-admin startproject myproject\r', '(env) ~ $ ');
    expect(readFileSync(path.join(home, 'myproject/manage.py'), 'utf8')).toContain('DJANGO_SETTINGS_MODULE');
    expect(await t.type('ls\r', '(env) ~ $ ')).toContain('env  myproject');
    // Up arrow twice brings back `django-admin startproject myproject`.
    expect(await t.type('\x1b[A\x1b[A\r', '(env) ~ $ ')).toContain("CommandError: '" + home + "/myproject' already exists");
    expect(await t.type('cd myproject && python manage.py migrate\r', '(env) ~/myproject $ ')).toContain('Applying sessions.0001_initial... OK');

    // runserver holds the terminal until Ctrl+C, then the prompt comes back.
    const from = t.output.length;
    t.child.stdin.write('python manage.py runserver 8765\r');
    await t.waitFor('Quit the server with CONTROL-C.', from);
    const page = await fetch('http://127.0.0.1:8765/');
    expect(page.status).toBe(200);
    await t.waitFor('"GET / HTTP/1.1" 200', from);
    expect(await t.type('\x03', '(env) ~/myproject $ ')).toContain('^C');

    expect(await t.type('deactivate\r', '~/myproject $ ')).toContain('deactivate');
    t.child.stdin.write('exit\r');
    expect(await t.closed).toBe(0);
  }, 60_000);
});
