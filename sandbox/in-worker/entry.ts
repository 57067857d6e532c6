// The Worker bundle's entry (public/sandbox/worker.js): the sandbox shell and the framework
// in a Web Worker, over an in-memory filesystem, answering the page's messages.
import { serveMessages, type MessageScope } from './serve-messages';
import { loadSqlite, loadStandardLibrary } from '../framework';
import { openSandbox, type SandboxOptions, type WorkerSandbox } from './sandbox';
import { startPbkdf2Bridge } from './pbkdf2-bridge';

export type { FilesystemSnapshot } from '../protocol/sandbox-state';
export type { RunResult, WorkerReply, WorkerRequest } from '../protocol/messages';
export type { SandboxOptions, WorkerSandbox } from './sandbox';

/** The build copies SQLite's WebAssembly next to this bundle. */
const sqliteNextToBundle: SandboxOptions['sqlite'] = { locateFile: (file) => new URL(file, import.meta.url).href };

export async function createWorkerSandbox(options: SandboxOptions = {}): Promise<WorkerSandbox> {
  const sqlite = options.sqlite ?? sqliteNextToBundle;
  const sandbox = openSandbox({ ...options, sqlite });
  // The standard library's chunk, and SQLite for the page's sandbox, come after the prompt,
  // while the learner reads or types; a command that starts before they arrive waits for
  // them (prepareProgram, the database's connection). Driven without a page (no progress),
  // SQLite waits for the first command that opens the database.
  setTimeout(() => {
    // Failing here is not the learner's business yet: the command that needs it tries again and says why.
    if (options.progress) loadSqlite(sqlite).catch(() => undefined);
    void loadStandardLibrary();
  }, 0);
  return sandbox;
}

// Only inside a Worker: the tests import this bundle in Node to drive it directly.
if ('WorkerGlobalScope' in globalThis) {
  // Password hashing by the browser's own PBKDF2, through a helper built beside this bundle.
  startPbkdf2Bridge(new URL('./pbkdf2.js', import.meta.url));
  serveMessages(globalThis as unknown as MessageScope, createWorkerSandbox);
}
