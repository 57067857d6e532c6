/**
 * A WebContainer for the unit tests (the real one needs StackBlitz's servers): the API's own
 * types, an in-memory disk for the whole machine (memfs), and a record of what the runtime
 * mounted and spawned. `node -e` runs its script against that disk, so the script that moves
 * the runtime's files out of home is tested as it is; any other process is a FakeProcess
 * the test drives.
 */
import path from 'node:path';
import { createFsFromVolume, Volume } from 'memfs';
import type {
  DirEnt,
  ExportOptions,
  FileSystemTree,
  FSWatchCallback,
  LoadFilesOptions,
  PortListener,
  ServerReadyListener,
  SpawnOptions,
  Unsubscribe,
  WebContainerProcess,
} from '@webcontainer/api';
import type { Container, ContainerFiles } from './container';

/** A process on the fake's terminal: the test prints its output and ends it. */
export class FakeProcess implements WebContainerProcess {
  readonly exit: Promise<number>;
  readonly input: WritableStream<string>;
  readonly output: ReadableStream<string>;
  /** Everything written to its input, in order. */
  typed = '';
  sizes: { cols: number; rows: number }[] = [];
  killed = false;
  private controller: ReadableStreamDefaultController<string> | null = null;
  private finish: (status: number) => void = () => undefined;
  private ended = false;

  constructor() {
    this.exit = new Promise((resolve) => (this.finish = resolve));
    this.output = new ReadableStream({ start: (controller) => void (this.controller = controller) });
    this.input = new WritableStream({ write: (data) => void (this.typed += data) });
  }

  print(text: string): void {
    this.controller?.enqueue(text);
  }

  end(status: number): void {
    if (this.ended) return;
    this.ended = true;
    this.controller?.close();
    this.finish(status);
  }

  kill(): void {
    this.killed = true;
    this.end(143);
  }

  resize(dimensions: { cols: number; rows: number }): void {
    this.sizes.push(dimensions);
  }
}

export interface Spawned {
  command: string;
  args: string[];
  options: SpawnOptions | undefined;
  process: FakeProcess;
}

/** One overload per event, as the real `on` has: each listener is called with its own event's arguments. */
type Listener = { event: 'server-ready'; listener: ServerReadyListener } | { event: 'port'; listener: PortListener };

export class FakeContainer implements Container {
  readonly workdir = '/home/learner';
  readonly disk = createFsFromVolume(new Volume());
  readonly mounts: FileSystemTree[] = [];
  readonly spawned: Spawned[] = [];
  readonly watchers = new Set<FSWatchCallback>();
  private listeners: Listener[] = [];
  readonly fs: ContainerFiles;

  constructor() {
    const disk = this.disk;
    const at = (p: string) => path.posix.resolve(this.workdir, p);
    disk.mkdirSync(this.workdir, { recursive: true });
    this.fs = {
      readdir: async (p) =>
        (disk.readdirSync(at(p), { withFileTypes: true }) as { name: unknown; isFile(): boolean; isDirectory(): boolean }[]).map(
          (entry): DirEnt<string> => ({ name: String(entry.name), isFile: () => entry.isFile(), isDirectory: () => entry.isDirectory() }),
        ),
      readFile: async (p) => new Uint8Array(disk.readFileSync(at(p)) as Uint8Array),
      writeFile: async (p, data) => disk.writeFileSync(at(p), data),
      mkdir: async (p) => {
        disk.mkdirSync(at(p), { recursive: true });
        return at(p);
      },
      rm: async (p, options) => disk.rmSync(at(p), options),
      rename: async (from, to) => disk.renameSync(at(from), at(to)),
      watch: (_p, _options, listener) => {
        this.watchers.add(listener);
        return { close: () => this.watchers.delete(listener) };
      },
    } satisfies ContainerFiles;
  }

  async mount(tree: FileSystemTree, options?: LoadFilesOptions): Promise<void> {
    this.mounts.push(tree);
    this.write(tree, path.posix.resolve(this.workdir, options?.mountPoint ?? '.'));
  }

  async spawn(command: string, args: string[], options?: SpawnOptions): Promise<WebContainerProcess> {
    const process = new FakeProcess();
    this.spawned.push({ command, args, options, process });
    if (command === 'node' && args[0] === '-e') {
      process.end(this.runScript(args[1] ?? '', args.slice(2)));
    }
    return process;
  }

  async export(p: string, options: ExportOptions & { format: 'json' }): Promise<FileSystemTree> {
    void options;
    return this.read(path.posix.resolve(this.workdir, p));
  }

  on(event: 'server-ready', listener: ServerReadyListener): Unsubscribe;
  on(event: 'port', listener: PortListener): Unsubscribe;
  on(event: 'server-ready' | 'port', listener: ServerReadyListener | PortListener): Unsubscribe {
    // The overloads above pair each event with its listener's type.
    const entry = { event, listener } as Listener;
    this.listeners.push(entry);
    return () => (this.listeners = this.listeners.filter((l) => l !== entry));
  }

  serverReady(port: number, url: string): void {
    for (const l of this.listeners) if (l.event === 'server-ready') l.listener(port, url);
  }

  port(port: number, type: 'open' | 'close', url: string): void {
    for (const l of this.listeners) if (l.event === 'port') l.listener(port, type, url);
  }

  /** The last interactive process spawned. */
  get shell(): FakeProcess {
    const last = this.spawned.filter((s) => s.args[0] !== '-e').at(-1);
    if (!last) throw new Error('no shell was spawned');
    return last.process;
  }

  private write(tree: FileSystemTree, folder: string): void {
    this.disk.mkdirSync(folder, { recursive: true });
    for (const [name, node] of Object.entries(tree)) {
      const full = path.posix.join(folder, name);
      if ('directory' in node) this.write(node.directory, full);
      else if ('symlink' in node.file) this.disk.symlinkSync(node.file.symlink, full);
      else this.disk.writeFileSync(full, node.file.contents);
    }
  }

  /** As WebContainer's export: text as a string, anything that is not UTF-8 as bytes, links as links. */
  private read(folder: string): FileSystemTree {
    const tree: FileSystemTree = {};
    for (const name of this.disk.readdirSync(folder) as string[]) {
      const full = path.posix.join(folder, name);
      const stat = this.disk.lstatSync(full);
      if (stat.isSymbolicLink()) tree[name] = { file: { symlink: String(this.disk.readlinkSync(full)) } };
      else if (stat.isDirectory()) tree[name] = { directory: this.read(full) };
      else {
        const bytes = new Uint8Array(this.disk.readFileSync(full) as Uint8Array);
        let contents: string | Uint8Array = bytes;
        try {
          contents = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          // Not text: stays bytes.
        }
        tree[name] = { file: { contents } };
      }
    }
    return tree;
  }

  /** `node -e SCRIPT ARGS...` with the machine's disk as node:fs. */
  private runScript(script: string, args: string[]): number {
    const modules: Record<string, unknown> = { 'node:fs': this.disk, 'node:path': path.posix };
    const require = (name: string) => {
      if (!(name in modules)) throw new Error(`the fake node has no ${name}`);
      return modules[name];
    };
    try {
      new Function('require', 'process', script)(require, { argv: ['node', ...args] });
      return 0;
    } catch (err) {
      console.error(err);
      return 1;
    }
  }
}
