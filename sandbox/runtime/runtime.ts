// What the page's sandbox panes see of a runtime. The WebContainer runtime and the Worker
// runtime both run the same sandbox shell; the panes never know which one they talk to.
import type { BootStep, FileEntry, SavedSandbox } from '../protocol/sandbox-state';
import type { Check, CheckResult } from '../grader/checks';
import type { RuntimeNotice } from './notices';
import type { InspectorReport, InspectorRows } from '../protocol/inspector-report';

// The panes name these through this module, as part of what a runtime gives them.
export type { BootStep, FileEntry, SavedSandbox, InspectorReport, InspectorRows };

export type RuntimeKind = 'worker' | 'webcontainer';

/** An HTTP request from the preview to the development server, and its answer. */
export interface PreviewRequest {
  method: string;
  /** Path and query, e.g. `/polls/?page=2`. */
  path: string;
  headers: Record<string, string>;
  body?: Uint8Array;
}

export interface PreviewResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** Where the preview gets its pages from. */
export type PreviewSource =
  /** A real server with its own URL (WebContainer's `server-ready`). */
  | { kind: 'url'; url: string; port: number }
  /** A server inside the runtime that answers requests passed to it (the Worker). */
  | { kind: 'dispatch'; port: number; fetch(request: PreviewRequest): Promise<PreviewResponse> };

export interface RuntimeEvents {
  /** Text for the terminal (ANSI sequences included). */
  output(data: string): void;
  /** A command finished and the prompt is back: the moment to save and refresh the tree. */
  idle(): void;
  /** Files may have changed outside a command (a watcher saw it). */
  filesChanged?(): void;
  /** A development server started (or stopped: null). */
  server(source: PreviewSource | null): void;
  /** Something the learner should know about the runtime itself: the page words it and shows it in the terminal. */
  notice(notice: RuntimeNotice): void;
  /** The runtime had to restart (a command that would not stop): the saved state came back. */
  restarted?(): void;
}

export interface SandboxRuntime {
  readonly kind: RuntimeKind;
  /** Keys typed at the terminal, as xterm's onData gives them. */
  input(data: string): void;
  resize(columns: number, rows: number): void;
  listFiles(): Promise<FileEntry[]>;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  makeFolder(path: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  remove(path: string): Promise<void>;
  /** Everything needed to come back to this state later. */
  save(): Promise<SavedSandbox>;
  /** Grades exercise checks inside the runtime, against the files, database and shell as they are now. */
  grade(checks: Check[]): Promise<CheckResult[]>;
  /** The inspector's look at the project in the terminal's folder, taken between commands; it changes nothing. */
  inspect(): Promise<InspectorReport>;
  /** One page (100 rows from `offset`) of a table of that project's database. */
  inspectRows(table: string, offset: number): Promise<InspectorRows>;
  dispose(): void;
}

export interface BootOptions {
  /** What to start from: the saved state, or the lesson's starting files. */
  initial: SavedSandbox | null;
  columns: number;
  rows: number;
  events: RuntimeEvents;
  /** A step starting, and all the steps this runtime takes before its prompt, in order (the page lists them). */
  progress(step: BootStep, steps: readonly BootStep[]): void;
}
