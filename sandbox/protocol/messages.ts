// What the page and the Worker say to each other: both sides import this, it imports neither.
import type { BootStep, FileEntry, SavedSandbox } from './sandbox-state';
import type { DispatchRequest, DispatchResponse } from './dispatch';
import type { TerminalState } from './terminal-state';
import type { TerminalNotice } from './terminal-notice';
import type { FileOperation } from './file-operation';
import type { Check, CheckResult } from '../grader/checks';
import type { InspectorReport, InspectorRows } from './inspector-report';

/** Where a command's output went. */
export type OutputStream = 'stdout' | 'stderr';

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** What the page sends the Worker. Every message with an id gets a reply with that id. */
export type WorkerRequest =
  // Test-only (e2e/worker-bundle.spec.ts drives the bundle without a terminal): one command
  // line, its output as messages, and Ctrl+C for a server it started.
  | { id: number; type: 'run'; line: string; isTerminal?: boolean; columns?: number }
  | { type: 'interrupt' }
  | { id: number; type: 'request'; port: number; request: DispatchRequest }
  // The terminal: start it from a saved state, then keys and sizes as they come.
  | { id: number; type: 'open'; saved: SavedSandbox | null; columns: number; stdin: SharedArrayBuffer | null }
  // Keys typed: in `data` without shared memory, else waiting in the stdin buffer.
  | { type: 'keys'; data?: string }
  | { type: 'resize'; columns: number }
  | { id: number; type: 'files'; operation: FileOperation }
  | { id: number; type: 'save' }
  | { id: number; type: 'grade'; checks: Check[] }
  // The inspector: the project in the terminal's folder, and one page of a table's rows.
  | { id: number; type: 'inspect' }
  | { id: number; type: 'inspect-rows'; table: string; offset: number }
  | { id: number; type: 'ping' };

/** What the Worker sends back: a command's output as it is written, then one reply per request. */
export type WorkerReply =
  | { id: number; type: 'output'; stream: OutputStream; text: string }
  | ({ id: number; type: 'result' } & RunResult)
  | { id: number; type: 'response'; response: DispatchResponse }
  | { id: number; type: 'error'; message: string }
  | { type: 'progress'; step: BootStep }
  // A long computation in a command is under way (the Worker cannot answer pings meanwhile).
  | { type: 'alive' }
  | { id: number; type: 'opened' }
  | { type: 'terminal'; data: string }
  | { type: 'terminal-state'; state: TerminalState; ports: number[] }
  | { type: 'terminal-notice'; notice: TerminalNotice }
  | { id: number; type: 'files'; entries?: FileEntry[]; data?: Uint8Array }
  | { id: number; type: 'saved'; saved: SavedSandbox }
  | { id: number; type: 'graded'; results: CheckResult[] }
  | { id: number; type: 'inspected'; report: InspectorReport }
  | { id: number; type: 'inspected-rows'; rows: InspectorRows }
  | { id: number; type: 'pong' };
