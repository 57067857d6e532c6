import type { RuntimeKind } from './runtime';
import type { TerminalNotice } from '../protocol/terminal-notice';

/**
 * What a runtime has to tell the learner about itself, as data: the page words it in the
 * language it is read in (lib/sandbox-strings.ts), and the terminal shows it.
 */
export type RuntimeNotice =
  /** The Worker died (an error it could not catch) and a new one holds the last save. */
  | { kind: 'crashed'; detail: string }
  /** The Worker stopped answering without a word (the browser ended it). */
  | { kind: 'stopped-answering' }
  /** A command kept the Worker busy past the limit (an endless loop?). */
  | { kind: 'ran-too-long'; seconds: number }
  /** A command went on after Ctrl+C. */
  | { kind: 'ignored-interrupt' }
  | { kind: 'could-not-restart'; detail: string }
  /** WebContainer's shell ended before its first prompt: starting it again would fail the same way. */
  | { kind: 'shell-did-not-start'; status: number }
  | { kind: 'shell-did-not-restart'; detail: string }
  | TerminalNotice;

/** Why the sandbox runs where it does: shown beside the runtime's badge. */
export type RuntimeReason =
  /** `?runtime=` in the address. */
  | { kind: 'asked'; runtime: RuntimeKind }
  | { kind: 'isolated' }
  /** WebContainer needs a cross-origin isolated page. */
  | { kind: 'not-isolated' }
  /** Without internet WebContainer never starts. */
  | { kind: 'webcontainer-timeout'; seconds: number }
  | { kind: 'webcontainer-failed'; detail: string };

/** A runtime that cannot start here, and why, in words the page can translate. */
export class RuntimeUnavailable extends Error {
  constructor(
    readonly reason: RuntimeReason,
    message: string,
  ) {
    super(message);
  }
}

/** The reason a failure gives: its own when it has one, else its message. */
export function reasonOf(err: unknown): RuntimeReason {
  if (err instanceof RuntimeUnavailable) return err.reason;
  return { kind: 'webcontainer-failed', detail: err instanceof Error ? err.message : String(err) };
}

/** What a request to a runtime that restarted under it fails with: the page words the notice. */
export class RuntimeRestarted extends Error {
  constructor(readonly notice: RuntimeNotice) {
    super(`the sandbox started again (${notice.kind})`);
  }
}
