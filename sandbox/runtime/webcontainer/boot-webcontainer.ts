/**
 * The WebContainer runtime: the sandbox shell as a real Node process in StackBlitz's
 * WebContainer, the learner's files on its filesystem, runserver on a real port whose URL
 * the preview opens. See layout.ts for where everything lives.
 */
import type { ShellState } from '../../shell/shell';
import type { BootOptions, BootStep, SandboxRuntime, SavedSandbox } from '../runtime';
import { bootFromApi } from './api-boot';
import { bootOnce } from './boot-container';
import type { BootContainer, Container } from './container';
import { HomeFiles } from './home-files';
import { watchHome } from './home-watcher';
import { installRuntime } from './install-runtime';
import { BUNDLE_URL, WASM_URL } from './layout';
import { savedOfTree, treeOfSaved } from './saved-tree';
import { ShellProcess } from './shell-process';
import { gradeInContainer, inspectInContainer, inspectRowsInContainer } from './grade-process';

export interface WebContainerDeps {
  /** Boots the page's container: `WebContainer.boot` unless a test gives a fake. */
  boot: BootContainer;
  /** Fetches the bundle and SQLite's WebAssembly from the site. */
  fetch: (url: string) => Promise<Response>;
  /** How long boot may take; without internet it would never finish. */
  timeoutMs: number;
  /** How long the files must stay still before the page hears they changed. */
  watchDelayMs: number;
}

export const DEFAULT_BOOT_TIMEOUT_MS = 8000;

const defaults: WebContainerDeps = {
  boot: bootFromApi,
  fetch: (url) => fetch(url),
  timeoutMs: DEFAULT_BOOT_TIMEOUT_MS,
  watchDelayMs: 300,
};

/** What a page's one container remembers between the runtimes started on it. */
interface ContainerUse {
  /** The bundle is in place: a later runtime only brings its files and shell state. */
  installed: boolean;
  /** The last runtime's shell, ended before the next one sets up. */
  shell: ShellProcess | null;
}

const uses = new WeakMap<Container, ContainerUse>();

/** How long a new runtime waits for the last one's shell to end (it may be writing its state file). */
const PREVIOUS_SHELL_MS = 2000;

/** SQLite's WebAssembly is copied into the container before the prompt: its Node reads it from there. */
const STEPS: readonly BootStep[] = ['framework', 'database', 'files', 'shell'];

export async function bootWebContainer(options: BootOptions, deps: Partial<WebContainerDeps> = {}): Promise<SandboxRuntime> {
  const { boot, fetch: fetcher, timeoutMs, watchDelayMs } = { ...defaults, ...deps };
  const { events, initial } = options;

  options.progress('framework', STEPS);
  const booting = bootOnce(boot, timeoutMs);
  // Fetched while the container boots; a container that has them already ignores them.
  const script = fetchBytes(fetcher, BUNDLE_URL);
  const wasm = fetchBytes(fetcher, WASM_URL);
  script.catch(() => undefined);
  wasm.catch(() => undefined);
  const container = await booting;
  const use = uses.get(container) ?? { installed: false, shell: null };
  uses.set(container, use);
  const bundleScript = use.installed ? null : await script;
  options.progress('database', STEPS);
  const bundleWasm = use.installed ? null : await wasm;

  if (use.shell) {
    use.shell.kill();
    await Promise.race([use.shell.ended, new Promise((resolve) => setTimeout(resolve, PREVIOUS_SHELL_MS))]);
  }
  await installRuntime(container, {
    bundle: bundleScript && bundleWasm ? { script: bundleScript, wasm: bundleWasm } : null,
    shell: initial?.shell,
  });
  use.installed = true;

  options.progress('files', STEPS);
  const home = new HomeFiles(container.fs);
  await home.clear();
  await container.mount(treeOfSaved(initial ?? { files: {}, folders: [], links: {} }));

  options.progress('shell', STEPS);
  let disposed = false;
  let shellState: ShellState | undefined = initial?.shell;
  let serving: number | null = null;
  const stops = [
    container.on('server-ready', (port, url) => {
      if (disposed) return;
      serving = port;
      events.server({ kind: 'url', url, port });
    }),
    container.on('port', (port, type) => {
      if (disposed || type !== 'close' || port !== serving) return;
      serving = null;
      events.server(null);
    }),
    watchHome(container.fs, watchDelayMs, () => events.filesChanged?.()),
  ];
  const shell = new ShellProcess(
    container,
    {
      output: (text) => events.output(text),
      notice: (notice) => events.notice(notice),
      prompt: (state) => {
        shellState = state ?? shellState;
        events.idle();
      },
    },
    options.columns,
    options.rows,
  );
  use.shell = shell;
  try {
    await shell.start();
  } catch (err) {
    for (const stop of stops) stop();
    throw err;
  }

  return {
    kind: 'webcontainer',
    input: (data) => shell.input(data),
    resize: (columns, rows) => shell.resize(columns, rows),
    listFiles: () => home.list(),
    readFile: (path) => home.read(path),
    writeFile: (path, data) => home.write(path, data),
    makeFolder: (path) => home.makeFolder(path),
    rename: (from, to) => home.rename(from, to),
    remove: (path) => home.remove(path),
    async save(): Promise<SavedSandbox> {
      // export, not a walk through `fs`: only export tells a symlink from what it points to.
      const saved = savedOfTree(await container.export('.', { format: 'json' }));
      // The state the shell sent with its last prompt: its state file is out of the page's reach.
      return shellState ? { ...saved, shell: shellState } : saved;
    },
    grade: (checks) => gradeInContainer(container, checks),
    inspect: () => inspectInContainer(container),
    inspectRows: (table, offset) => inspectRowsInContainer(container, table, offset),
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const stop of stops) stop();
      // The container stays: a page can boot only one, and the next runtime reuses it.
      shell.kill();
    },
  };
}

async function fetchBytes(fetcher: WebContainerDeps['fetch'], url: string): Promise<Uint8Array> {
  const response = await fetcher(url);
  if (!response.ok) throw new Error(`${url} could not be loaded (HTTP ${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}
