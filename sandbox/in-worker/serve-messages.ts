import type { SandboxOptions, WorkerSandbox } from './sandbox';
import type { BootStep } from '../protocol/sandbox-state';
import type { WorkerReply, WorkerRequest } from '../protocol/messages';
import { onStillWorking } from '../framework';
import { TerminalOutbox } from './terminal-outbox';

/** How often a long computation tells the page it is alive: well inside the watchdog's wait for a ping. */
const ALIVE_EVERY_MS = 250;

/** The part of a Worker's global scope the wiring needs (the DOM typings have no WorkerGlobalScope). */
export interface MessageScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}

const buffersOf = (files: Record<string, Uint8Array>) => Object.values(files).map((b) => b.buffer as ArrayBuffer);

/**
 * Answers the page's messages. The sandbox is made by the first message: 'open' starts it
 * from the learner's saved state, with its boot steps reported; anything else from empty.
 */
export function serveMessages(scope: MessageScope, create: (options: SandboxOptions) => Promise<WorkerSandbox>): void {
  let told = 0;
  let outbox: TerminalOutbox | null = null;
  onStillWorking(() => {
    // A program computing without pause (`print('looping')`, then a loop) still shows what it printed.
    outbox?.tick();
    const now = Date.now();
    if (now - told < ALIVE_EVERY_MS) return;
    told = now;
    scope.postMessage({ type: 'alive' });
  });
  let sandbox: Promise<WorkerSandbox> | null = null;
  const progress = (step: BootStep) => scope.postMessage({ type: 'progress', step });
  scope.addEventListener('message', async ({ data }) => {
    if (data.type === 'open' && !sandbox) sandbox = create({ saved: data.saved ?? undefined, progress });
    const box = await (sandbox ??= create({}));
    if (data.type === 'interrupt') return box.interrupt();
    if (data.type === 'keys') return box.terminal?.keys(data.data);
    if (data.type === 'resize') return box.terminal?.resize(data.columns);
    const { id } = data;
    try {
      if (data.type === 'run') {
        const output = (stream: 'stdout' | 'stderr', text: string) => scope.postMessage({ id, type: 'output', stream, text });
        const result = await box.run(data.line, { output, isTerminal: data.isTerminal, columns: data.columns });
        scope.postMessage({ id, type: 'result', ...result });
      } else if (data.type === 'request') {
        const response = await box.dispatch(data.port, data.request);
        scope.postMessage({ id, type: 'response', response }, [response.body.buffer as ArrayBuffer]);
      } else if (data.type === 'open') {
        const terminalOut = new TerminalOutbox((text) => scope.postMessage({ type: 'terminal', data: text }));
        outbox = terminalOut;
        box.openTerminal(
          {
            write: (text) => terminalOut.write(text),
            // What the terminal printed comes before what it says next.
            state: (state) => (terminalOut.flush(), scope.postMessage({ type: 'terminal-state', state, ports: box.listeningPorts() })),
            notice: (notice) => (terminalOut.flush(), scope.postMessage({ type: 'terminal-notice', notice })),
            flush: () => terminalOut.flush(),
          },
          data.columns,
          data.stdin,
        );
        progress('shell');
        scope.postMessage({ id, type: 'opened' });
      } else if (data.type === 'files') {
        const answer = box.files(data.operation);
        scope.postMessage({ id, type: 'files', ...answer }, answer.data ? [answer.data.buffer as ArrayBuffer] : []);
      } else if (data.type === 'save') {
        await box.terminal?.betweenCommands();
        const saved = box.save();
        scope.postMessage({ id, type: 'saved', saved }, buffersOf(saved.files));
      } else if (data.type === 'grade') {
        // Graded between commands, like a save: a command halfway done is neither right nor wrong yet.
        await box.terminal?.betweenCommands();
        scope.postMessage({ id, type: 'graded', results: await box.grade(data.checks) });
      } else if (data.type === 'inspect') {
        // Looked at between commands too: a command halfway through leaves its records half-written.
        await box.terminal?.betweenCommands();
        scope.postMessage({ id, type: 'inspected', report: await box.inspect() });
      } else if (data.type === 'inspect-rows') {
        await box.terminal?.betweenCommands();
        scope.postMessage({ id, type: 'inspected-rows', rows: await box.inspectRows(data.table, data.offset) });
      } else scope.postMessage({ id, type: 'pong' });
    } catch (err) {
      scope.postMessage({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  });
}
