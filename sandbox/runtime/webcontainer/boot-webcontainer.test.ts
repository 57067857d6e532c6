/**
 * The WebContainer runtime against a fake container typed with @webcontainer/api's own
 * types (the real one cannot boot without internet). What it mounts, what it spawns, what
 * reaches the terminal and the page, and what a save gives back.
 */
import type { FileSystemTree, SpawnOptions, WebContainer } from '@webcontainer/api';
import { describe, expect, it, vi } from 'vitest';
import type { BootOptions, BootStep, PreviewSource, SavedSandbox } from '../runtime';
import type { ShellState } from '../../shell/shell';
import { bootWebContainer, type WebContainerDeps } from './boot-webcontainer';
import { fitsTheApi, type Container } from './container';
import { FakeContainer } from './fake-container.testkit';
import { promptMark } from '../../protocol/prompt-mark';
import type { RuntimeNotice } from '../notices';

// The real class must still fit what the runtime drives (a compile-time check).
const realFits: (container: WebContainer) => Container = fitsTheApi;
void realFits;

const SCRIPT = new TextEncoder().encode('// the sandbox bundle\n');
const WASM = Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0xff, 0xfe]);
/** A database file: the header and bytes that are not UTF-8. */
const DB = Uint8Array.from([...new TextEncoder().encode('SQLite format 3\0'), 0x00, 0xff, 0x80, 0xc3, 0x28, 0x10]);

const state: ShellState = {
  cwd: '/home/learner/mysite',
  variables: { HOME: '/home/learner', VIRTUAL_ENV: '/home/learner/env', VIRTUAL_ENV_PROMPT: '(env) ' },
  history: ['python3 -m venv env', 'source env/bin/activate', 'cd mysite'],
};

const lesson: SavedSandbox = {
  files: {
    'mysite/manage.py': new TextEncoder().encode('#!/usr/bin/env python\n'),
    'mysite/db.sqlite3': DB,
  },
  folders: ['mysite', 'mysite/static', 'env', 'env/bin'],
  links: { 'env/bin/python': '/usr/bin/python3', 'env/lib64': 'lib' },
  shell: state,
};

class Recorder {
  output = '';
  notices: RuntimeNotice[] = [];
  idles = 0;
  changes = 0;
  servers: (PreviewSource | null)[] = [];
  steps: BootStep[] = [];
  write(text: string) {
    this.output += text;
  }
  idle() {
    this.idles++;
  }
  filesChanged() {
    this.changes++;
  }
  server(source: PreviewSource | null) {
    this.servers.push(source);
  }
}

function fetchFake(): WebContainerDeps['fetch'] {
  const site: Record<string, Uint8Array> = { '/sandbox/sandbox.js': SCRIPT, '/sandbox/sql-wasm.wasm': WASM };
  return async (url) => (site[url] ? new Response(new Uint8Array(site[url])) : new Response('not found', { status: 404 }));
}

/** A page: its own container (booted once), and a runtime started on it. */
async function start(initial: SavedSandbox | null, page = new FakeContainer(), deps: Partial<WebContainerDeps> = {}) {
  const events = new Recorder();
  const options: BootOptions = {
    initial,
    columns: 100,
    rows: 30,
    events: {
      output: (text) => events.write(text),
      notice: (notice) => events.notices.push(notice),
      idle: () => events.idle(),
      filesChanged: () => events.filesChanged(),
      server: (source) => events.server(source),
    },
    progress: (step) => events.steps.push(step),
  };
  const boot = deps.boot ?? pageBoot(page);
  const runtime = await bootWebContainer(options, { fetch: fetchFake(), watchDelayMs: 20, ...deps, boot });
  return { runtime, events, page, boot };
}

/** One boot function per page: the runtime boots the container once for it. */
const pageBoots = new WeakMap<FakeContainer, WebContainerDeps['boot']>();
function pageBoot(page: FakeContainer): WebContainerDeps['boot'] {
  let boot = pageBoots.get(page);
  if (!boot) {
    boot = vi.fn(async () => page);
    pageBoots.set(page, boot);
  }
  return boot;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the WebContainer runtime', () => {
  it('mounts the bundle outside home, then the learner’s files, bytes and links as they were', async () => {
    const { page, events, runtime } = await start(lesson);
    expect(runtime.kind).toBe('webcontainer');
    expect(events.steps).toEqual(['framework', 'database', 'files', 'shell']);

    const [setup, files] = page.mounts as [FileSystemTree, FileSystemTree];
    expect(setup).toEqual({
      '.sandbox-setup': {
        directory: {
          'sandbox.js': { file: { contents: SCRIPT } },
          'sql-wasm.wasm': { file: { contents: WASM } },
          'shell-state.json': { file: { contents: JSON.stringify(state) } },
        },
      },
    } satisfies FileSystemTree);
    expect(files).toEqual({
      mysite: {
        directory: {
          'manage.py': { file: { contents: new TextEncoder().encode('#!/usr/bin/env python\n') } },
          'db.sqlite3': { file: { contents: DB } },
          static: { directory: {} },
        },
      },
      env: {
        directory: {
          bin: { directory: { python: { file: { symlink: '/usr/bin/python3' } } } },
          lib64: { file: { symlink: 'lib' } },
        },
      },
    } satisfies FileSystemTree);

    // The setup folder's files were moved out of home by the container's own Node.
    expect(new Uint8Array(page.disk.readFileSync('/usr/local/lib/sandbox/sandbox.js') as Uint8Array)).toEqual(SCRIPT);
    expect(new Uint8Array(page.disk.readFileSync('/usr/local/lib/sandbox/sql-wasm.wasm') as Uint8Array)).toEqual(WASM);
    expect(JSON.parse(String(page.disk.readFileSync('/usr/local/lib/sandbox/shell-state.json', 'utf8')))).toEqual(state);
    expect(page.disk.readdirSync('/home/learner')).toEqual(['env', 'mysite']);
    expect(new Uint8Array(page.disk.readFileSync('/home/learner/mysite/db.sqlite3') as Uint8Array)).toEqual(DB);
    expect(page.disk.readlinkSync('/home/learner/env/bin/python')).toBe('/usr/bin/python3');
    runtime.dispose();
  });

  it('spawns the shell on a terminal of the page’s size, in home, with its state file and prompt marks', async () => {
    const { page, runtime } = await start(lesson);
    const [mover, shell] = page.spawned;
    expect(mover?.command).toBe('node');
    expect(mover?.args.slice(0, 1).concat(mover.args.slice(2))).toEqual(['-e', '/home/learner/.sandbox-setup', '/usr/local/lib/sandbox']);
    expect(shell?.command).toBe('node');
    expect(shell?.args).toEqual(['/usr/local/lib/sandbox/sandbox.js', 'shell']);
    expect(shell?.options).toEqual({
      terminal: { cols: 100, rows: 30 },
      cwd: '.',
      env: { SANDBOX_STATE: '/usr/local/lib/sandbox/shell-state.json', SANDBOX_PROMPT_MARKS: '1' },
    } satisfies SpawnOptions);
    runtime.dispose();
  });

  it('sends keys and sizes to the process, and its output to the terminal without the prompt marks', async () => {
    const { page, runtime, events } = await start(lesson);
    runtime.input('ls\r');
    runtime.input('\x03');
    runtime.resize(120, 40);
    await settle();
    expect(page.shell.typed).toBe('ls\r\x03');
    expect(page.shell.sizes).toEqual([{ cols: 120, rows: 40 }]);

    const after: ShellState = { ...state, history: [...state.history, 'ls'] };
    const mark = promptMark(after);
    page.shell.print(`Sandbox shell\r\n${mark.slice(0, 7)}`);
    page.shell.print(`${mark.slice(7)}(env) ~/mysite $ `);
    await settle();
    expect(events.output).toBe('Sandbox shell\r\n(env) ~/mysite $ ');
    expect(events.idles).toBe(1);
    expect((await runtime.save()).shell).toEqual(after);
    runtime.dispose();
    expect(page.shell.killed).toBe(true);
  });

  it('shows the development server’s URL in the preview, and nothing once its port closes', async () => {
    const { page, runtime, events } = await start(null);
    page.serverReady(8000, 'https://learner--8000.local-credentialless.webcontainer-api.io');
    page.port(8000, 'close', 'https://learner--8000.local-credentialless.webcontainer-api.io');
    expect(events.servers).toEqual([{ kind: 'url', url: 'https://learner--8000.local-credentialless.webcontainer-api.io', port: 8000 }, null]);
    runtime.dispose();
    page.serverReady(8000, 'https://elsewhere');
    expect(events.servers).toHaveLength(2);
  });

  it('gives up on a boot that never settles, with the reason, and does not wait again in the same page', async () => {
    const boot = vi.fn(() => new Promise<Container>(() => undefined));
    const started = Date.now();
    const failure = start(null, new FakeContainer(), { boot, timeoutMs: 100 });
    await expect(failure).rejects.toThrow('WebContainer did not start within 0.1 s (it needs an internet connection)');
    await expect(failure).rejects.toHaveProperty('reason', { kind: 'webcontainer-timeout', seconds: 0.1 });
    expect(Date.now() - started).toBeLessThan(5000);
    await expect(start(null, new FakeContainer(), { boot, timeoutMs: 100 })).rejects.toThrow('did not start');
    expect(boot).toHaveBeenCalledTimes(1);
  });

  it('saves what it was given, and what the learner changed, bytes for bytes', async () => {
    const { runtime, page } = await start(lesson);
    await runtime.writeFile('mysite/home/views.py', new TextEncoder().encode('from django.shortcuts import render\n'));
    await runtime.makeFolder('mysite/templates');
    page.disk.writeFileSync('/home/learner/mysite/db.sqlite3', Uint8Array.from([...DB, 0x01]));
    const saved = await runtime.save();
    expect(saved.files['mysite/db.sqlite3']).toEqual(Uint8Array.from([...DB, 0x01]));
    expect(new TextDecoder().decode(saved.files['mysite/home/views.py'])).toBe('from django.shortcuts import render\n');
    expect(saved.links).toEqual(lesson.links);
    expect(saved.folders.sort()).toEqual(['env', 'env/bin', 'mysite', 'mysite/home', 'mysite/static', 'mysite/templates']);
    expect(saved.shell).toEqual(state);
    runtime.dispose();

    // Another page, from the save: the same save again.
    const again = await start(saved);
    const resaved = await again.runtime.save();
    expect(resaved).toEqual({ ...saved, folders: [...saved.folders].sort() });
    again.runtime.dispose();
  });

  it('grades checks with the bundle inside the container, where the learner’s files are', async () => {
    const { page, runtime } = await start(lesson);
    const checks = [{ type: 'file_exists' as const, path: 'mysite/manage.py' }];
    const grading = runtime.grade(checks);
    await settle();
    const spawned = page.spawned.at(-1)!;
    expect([spawned.command, ...spawned.args]).toEqual(['node', '/usr/local/lib/sandbox/sandbox.js', 'grade', JSON.stringify(checks)]);
    expect(spawned.options).toMatchObject({ cwd: '.', env: { SANDBOX_STATE: '/usr/local/lib/sandbox/shell-state.json' } });
    spawned.process.print('(node:42) ExperimentalWarning: something\n');
    spawned.process.print('[{"passed":true}]\n');
    spawned.process.end(0);
    expect(await grading).toEqual([{ passed: true }]);

    const failing = runtime.grade(checks);
    await settle();
    page.spawned.at(-1)!.process.print('grade: check 0: unknown check type\n');
    page.spawned.at(-1)!.process.end(2);
    await expect(failing).rejects.toThrow('grading failed (node exited with 2): grade: check 0: unknown check type');
    runtime.dispose();
  });

  it('inspects the project with the bundle inside the container, as it grades', async () => {
    const { page, runtime } = await start(lesson);
    const report = { project: 'mysite', apps: [], tables: [], problems: [{ kind: 'history-without-file', app: 'home', migration: '0001_initial' }] };
    const inspecting = runtime.inspect();
    await settle();
    const spawned = page.spawned.at(-1)!;
    expect([spawned.command, ...spawned.args]).toEqual(['node', '/usr/local/lib/sandbox/sandbox.js', 'inspect']);
    expect(spawned.options).toMatchObject({ cwd: '.', env: { SANDBOX_STATE: '/usr/local/lib/sandbox/shell-state.json' } });
    spawned.process.print('(node:42) ExperimentalWarning: something\n');
    spawned.process.print(`${JSON.stringify(report)}\n`);
    spawned.process.end(0);
    expect(await inspecting).toEqual(report);

    const rows = { table: 'home_student', columns: ['id', 'name'], rows: [[1, 'Asha']], offset: 100, total: 101 };
    const paging = runtime.inspectRows('home_student', 100);
    await settle();
    expect(page.spawned.at(-1)!.args).toEqual(['/usr/local/lib/sandbox/sandbox.js', 'inspect', 'home_student', '100']);
    page.spawned.at(-1)!.process.print(`${JSON.stringify(rows)}\n`);
    page.spawned.at(-1)!.process.end(0);
    expect(await paging).toEqual(rows);

    const failing = runtime.inspect();
    await settle();
    page.spawned.at(-1)!.process.print('inspect: something went wrong\n');
    page.spawned.at(-1)!.process.end(1);
    await expect(failing).rejects.toThrow('inspecting failed (node exited with 1): inspect: something went wrong');
    runtime.dispose();
  });

  it('answers the panes as the Worker runtime does', async () => {
    const { runtime } = await start(lesson);
    expect(await runtime.listFiles()).toEqual([
      { path: 'env', kind: 'folder' },
      { path: 'env/bin', kind: 'folder' },
      { path: 'env/bin/python', kind: 'file' },
      { path: 'env/lib64', kind: 'file' },
      { path: 'mysite', kind: 'folder' },
      { path: 'mysite/db.sqlite3', kind: 'file' },
      { path: 'mysite/manage.py', kind: 'file' },
      { path: 'mysite/static', kind: 'folder' },
    ]);
    expect(await runtime.readFile('mysite/db.sqlite3')).toEqual(DB);
    await runtime.rename('mysite/manage.py', 'mysite/run.py');
    await expect(runtime.rename('mysite/run.py', 'mysite/db.sqlite3')).rejects.toThrow('already exists');
    await runtime.remove('mysite/static');
    await expect(runtime.remove('.')).rejects.toThrow('cannot be removed');
    await expect(runtime.readFile('../../etc/passwd')).rejects.toThrow('outside the home folder');
    expect((await runtime.listFiles()).filter((e) => e.path.startsWith('mysite/')).map((e) => e.path)).toEqual(['mysite/db.sqlite3', 'mysite/run.py']);
    runtime.dispose();
  });

  it('tells the page once when a burst of changes is over', async () => {
    const { page, runtime, events } = await start(null);
    for (const listener of page.watchers) for (let i = 0; i < 5; i++) listener('change', `file${i}`);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(events.changes).toBe(1);
    runtime.dispose();
    expect(page.watchers.size).toBe(0);
  });

  it('starts a new shell after exit, and a second runtime in the page reuses the container', async () => {
    const page = new FakeContainer();
    const first = await start(lesson, page);
    const shell = page.shell;
    shell.print(promptMark(state));
    await settle();
    shell.end(0);
    await vi.waitFor(() => expect(page.shell).not.toBe(shell));

    first.runtime.dispose();
    const second = await start({ files: { 'notes.txt': new TextEncoder().encode('hi\n') }, folders: [], links: {} }, page);
    expect(page.shell.killed).toBe(false);
    expect(pageBoot(page)).toHaveBeenCalledTimes(1);
    // The bundle is there already; the last lesson's files and shell state are not.
    expect(page.mounts.at(-2)).toEqual({ '.sandbox-setup': { directory: {} } });
    expect(page.disk.readdirSync('/home/learner')).toEqual(['notes.txt']);
    expect(page.disk.existsSync('/usr/local/lib/sandbox/shell-state.json')).toBe(false);
    expect(page.disk.existsSync('/usr/local/lib/sandbox/sandbox.js')).toBe(true);
    second.runtime.dispose();
  });
});
