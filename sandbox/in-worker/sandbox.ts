import type initSqlJs from 'sql.js';
import { configureSqlite, inspectProject, inspectTableRows, loadSqlite, loadStandardLibrary } from '../framework';
import { Shell, type ShellState } from '../shell/shell';
import type { Completion } from '../shell/io';
import { restore, snapshot } from './filesystem';
import { dispatch, listeningPorts } from './node-http';
import type { DispatchRequest, DispatchResponse } from '../protocol/dispatch';
import { homedir } from './node-os';
import type { BootStep, FilesystemSnapshot, SavedSandbox } from '../protocol/sandbox-state';
import { restoreHome, saveHome } from './home-files';
import { performFileOperation } from './file-operations';
import type { FileAnswer, FileOperation } from '../protocol/file-operation';
import type { OutputStream, RunResult } from '../protocol/messages';
import { TerminalSession, type TerminalHost } from './terminal-session';
import { StdinReader } from '../protocol/stdin-channel';
import { grade } from '../grader/grade';
import type { Check, CheckResult } from '../grader/checks';
import type { InspectorReport, InspectorRows } from '../protocol/inspector-report';

export type SqliteOptions = Parameters<typeof initSqlJs>[0];

export interface SandboxOptions {
  /** The learner's files to start from (a saved session); without it, an empty home. */
  snapshot?: FilesystemSnapshot;
  /** The shell's folder, variables and history to continue from. */
  shell?: ShellState;
  /** How sql.js finds its WebAssembly: `locateFile`, or `wasmBinary` where nothing can be fetched. */
  sqlite?: SqliteOptions;
  /** A lesson's saved home folder and shell (what the page keeps); replaces `snapshot` and `shell`. */
  saved?: SavedSandbox;
  /** Told of each boot step as it starts. */
  progress?(step: BootStep): void;
}

export interface RunOptions {
  /** Output as it is written. */
  output?(stream: OutputStream, text: string): void;
  /** A line typed while the command runs (its questions); null at the end of input. */
  readLine?(): string | null;
  /** Whether the output goes to a terminal (colours, ls in columns). */
  isTerminal?: boolean;
  columns?: number;
}

export interface WorkerSandbox {
  /**
   * Runs one command line in the sandbox shell. Lines run one after another, as at a
   * terminal; one that goes on (runserver) ends with Ctrl-C: `interrupt()`.
   */
  run(line: string, options?: RunOptions): Promise<RunResult>;
  interrupt(): void;
  /** Whether a command holds the terminal until Ctrl-C: a server, listening or not (its project may be broken). */
  readonly holding: boolean;
  prompt(colour?: boolean): string;
  complete(line: string, cursor: number): Completion;
  /** The shell's state, saved with the files. */
  shellState(): ShellState;
  snapshot(): FilesystemSnapshot;
  restore(taken: FilesystemSnapshot): void;
  /** A request to the development server listening on `port` (rejects with ECONNREFUSED if none). */
  dispatch(port: number, request: DispatchRequest): Promise<DispatchResponse>;
  listeningPorts(): number[];
  /** The interactive terminal, once the page opened it. */
  readonly terminal: TerminalSession | null;
  /** Starts the shell's interactive session; `stdin` is the shared memory keys arrive in while a command runs. */
  openTerminal(host: Pick<TerminalHost, 'write' | 'state' | 'notice' | 'flush'>, columns: number, stdin: SharedArrayBuffer | null): TerminalSession;
  files(operation: FileOperation): FileAnswer;
  /** The home folder and the shell's state. */
  save(): SavedSandbox;
  /** Grades exercise checks against the home folder, its database and the shell. */
  grade(checks: Check[]): Promise<CheckResult[]>;
  /** The inspector's look at the project in the shell's folder: files, history and tables, read without a change. */
  inspect(): Promise<InspectorReport>;
  /** One page of a table of that project's database. */
  inspectRows(table: string, offset: number): Promise<InspectorRows>;
}

/** The sandbox over the Worker's filesystem and servers: there is one of each per Worker. */
export function openSandbox(options: SandboxOptions = {}): WorkerSandbox {
  // The shell loads SQLite on the first line that needs it, from where this bundle says.
  configureSqlite(options.sqlite);
  if (options.saved) {
    options.progress?.('files');
    restoreHome(options.saved);
  } else if (options.snapshot) restore(options.snapshot);
  const shell = new Shell({ home: homedir(), state: options.saved?.shell ?? options.shell });
  let terminal: TerminalSession | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const runNow = async (line: string, opts: RunOptions): Promise<RunResult> => {
    const result: RunResult = { status: 0, stdout: '', stderr: '' };
    const write = (stream: OutputStream) => (text: string) => {
      result[stream] += text;
      opts.output?.(stream, text);
    };
    result.status = await shell.run(line, {
      stdout: write('stdout'),
      stderr: write('stderr'),
      readLine: opts.readLine ?? (() => null),
      isTerminal: opts.isTerminal ?? false,
      columns: opts.columns,
    });
    return result;
  };

  return {
    run(line, opts = {}) {
      const next = queue.then(() => runNow(line, opts));
      queue = next.catch(() => undefined);
      return next;
    },
    interrupt: () => shell.interrupt(),
    get holding() {
      return shell.holding;
    },
    prompt: (colour) => shell.prompt(colour),
    complete: (line, cursor) => shell.complete(line, cursor),
    shellState: () => shell.state(),
    snapshot,
    restore,
    dispatch,
    listeningPorts,
    get terminal() {
      return terminal;
    },
    openTerminal(host, columns, stdin) {
      if (terminal) return terminal;
      terminal = new TerminalSession(shell, { ...host, keys: stdin ? new StdinReader(stdin) : null }, columns);
      void terminal.start();
      return terminal;
    },
    files: performFileOperation,
    save: () => saveHome(shell.state()),
    // Checks import the learner's modules, which may import the standard library.
    grade: async (checks) => {
      await loadStandardLibrary();
      return grade(checks, { home: homedir(), shell: shell.state() });
    },
    // The learner's models import the standard library; the history and the tables are in SQLite.
    inspect: async () => {
      await Promise.all([loadStandardLibrary(), loadSqlite()]);
      return inspectProject({ home: homedir(), cwd: shell.state().cwd });
    },
    inspectRows: async (table, offset) => {
      await Promise.all([loadStandardLibrary(), loadSqlite()]);
      return inspectTableRows({ home: homedir(), cwd: shell.state().cwd }, table, offset);
    },
  };
}
