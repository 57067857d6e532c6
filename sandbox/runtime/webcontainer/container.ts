/**
 * The part of WebContainer this runtime drives, in the API's own types. The real class
 * cannot be faked as it is (its private members make it nominal), so the runtime is written
 * against this shape, and `fitsTheApi` below makes the compiler prove that the real class
 * still has it: a change in @webcontainer/api breaks the build here, not in the learner's
 * browser.
 */
import type {
  BootOptions as ApiBootOptions,
  DirEnt,
  ExportOptions,
  FileSystemTree,
  FSWatchCallback,
  FSWatchOptions,
  IFSWatcher,
  LoadFilesOptions,
  PortListener,
  ServerReadyListener,
  SpawnOptions,
  Unsubscribe,
  WebContainer,
  WebContainerProcess,
} from '@webcontainer/api';

/** `WebContainer#fs`: every path is relative to the container's workdir. */
export interface ContainerFiles {
  readdir(path: string, options: { withFileTypes: true }): Promise<DirEnt<string>[]>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  mkdir(path: string, options: { recursive: true }): Promise<string>;
  rm(path: string, options?: { force?: boolean; recursive?: boolean }): Promise<void>;
  rename(oldPath: string, newPath: string): Promise<void>;
  watch(path: string, options: FSWatchOptions, listener: FSWatchCallback): IFSWatcher;
}

export interface Container {
  /** The working directory's full path; `fs`, `mount`, `export` and `spawn`'s cwd start there. */
  readonly workdir: string;
  readonly fs: ContainerFiles;
  mount(tree: FileSystemTree, options?: LoadFilesOptions): Promise<void>;
  spawn(command: string, args: string[], options?: SpawnOptions): Promise<WebContainerProcess>;
  export(path: string, options: ExportOptions & { format: 'json' }): Promise<FileSystemTree>;
  on(event: 'server-ready', listener: ServerReadyListener): Unsubscribe;
  on(event: 'port', listener: PortListener): Unsubscribe;
}

/** How a page boots its one container: `WebContainer.boot`, or a fake in the tests. */
export type BootContainer = (options: ApiBootOptions) => Promise<Container>;

export const fitsTheApi = (container: WebContainer): Container => container;
