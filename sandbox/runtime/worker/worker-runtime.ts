import type { BootOptions, BootStep, PreviewRequest, PreviewResponse, PreviewSource, SandboxRuntime, SavedSandbox } from '../runtime';
import type { TerminalState } from '../../protocol/terminal-state';
import { StdinWriter, createStdinBuffer } from '../../protocol/stdin-channel';
import { WorkerClient } from './worker-client';
import { KeySender } from './key-sender';
import { Watchdog } from './watchdog';
import type { FileOperation } from '../../protocol/file-operation';
import { RuntimeRestarted, type RuntimeNotice } from '../notices';
import { WORKER_URL, takeEarlyWorker } from './early-worker';

export interface WorkerSettings {
  /** Where the Worker bundle is served. */
  url?: string;
  /** How long a command may keep the Worker from answering before it is restarted. */
  limitMs?: number;
  /** How long after Ctrl+C a command that has not stopped is given. */
  interruptGraceMs?: number;
}

const DEFAULTS = { url: WORKER_URL, limitMs: 10_000, interruptGraceMs: 3_000 };

/** The Worker loads SQLite after its prompt, while the learner reads: not a step to wait for. */
const STEPS: readonly BootStep[] = ['framework', 'files', 'shell'];

/** Multiple Set-Cookie headers cannot share one line (Expires has a comma): one per line. */
function headerRecord(headers: [string, string][]): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    record[key] = key in record ? `${record[key]}${key === 'set-cookie' ? '\n' : ', '}${value}` : value;
  }
  return record;
}

/**
 * The Worker runtime: public/sandbox/worker.js in a module Worker, its in-memory
 * filesystem, and runserver answering the preview through messages. A command that keeps
 * the Worker busy past the limit is ended by restarting the Worker from the last save.
 */
export async function bootWorker(options: BootOptions, settings: WorkerSettings = {}): Promise<SandboxRuntime> {
  const { url, limitMs, interruptGraceMs } = { ...DEFAULTS, ...settings };
  const { events } = options;
  let columns = options.columns;
  let lastSaved: SavedSandbox | null = options.initial;
  let state: TerminalState = 'running';
  let client: WorkerClient;
  let keys: KeySender | null = null;
  /** Whether an Enter was typed since the command under way started: a later Ctrl+C is for the next command. */
  let enteredWhileRunning = false;
  let serverPort: number | null = null;

  const ranTooLong: RuntimeNotice = { kind: 'ran-too-long', seconds: Math.round(limitMs / 1000) };
  const preview = (port: number): PreviewSource => ({
    kind: 'dispatch',
    port,
    async fetch(request: PreviewRequest): Promise<PreviewResponse> {
      const reply = await watchdog.during(limitMs, ranTooLong, () =>
        client.ask<'response'>({ type: 'request', port, request: { method: request.method, url: request.path, headers: request.headers, body: request.body } }),
      );
      return { status: reply.response.status, headers: headerRecord(reply.response.headers), body: reply.response.body };
    },
  });

  const onState = (next: TerminalState, ports: number[]) => {
    const wasBusy = state === 'running';
    if (next === 'running' && state !== 'running') enteredWhileRunning = false;
    state = next;
    if (next === 'running' && !wasBusy) watchdog.start(limitMs, ranTooLong);
    if (next !== 'running') watchdog.stop();
    const port = ports[0] ?? null;
    if (port !== serverPort) {
      serverPort = port;
      events.server(port === null ? null : preview(port));
    }
    if (next === 'prompt') events.idle();
  };

  const start = async (initial: SavedSandbox | null, progress: BootOptions['progress']) => {
    const worker = takeEarlyWorker(url) ?? new Worker(url, { type: 'module' });
    let opened = false;
    let failedToOpen: (message: string) => void = () => undefined;
    const crash = new Promise<never>((_, reject) => (failedToOpen = (message) => reject(new Error(message))));
    client = new WorkerClient(
      worker,
      (event) => {
        if (event.type === 'progress') progress(event.step, STEPS);
        else if (event.type === 'terminal') events.output(event.data);
        else if (event.type === 'terminal-state') onState(event.state, event.ports);
        else if (event.type === 'terminal-notice') events.notice(event.notice);
        else if (event.type === 'alive') watchdog.sawLife();
      },
      // Before it opened, a crash is the boot failing; after, the Worker is replaced.
      (message) => (opened ? void restart({ kind: 'crashed', detail: message }) : failedToOpen(message)),
    );
    const buffer = createStdinBuffer();
    keys?.dispose();
    keys = new KeySender(buffer ? new StdinWriter(buffer) : null, (data) => client.tell(data === undefined ? { type: 'keys' } : { type: 'keys', data }));
    state = 'running';
    enteredWhileRunning = false;
    await Promise.race([client.ask<'opened'>({ type: 'open', saved: initial, columns, stdin: buffer }), crash]);
    opened = true;
  };

  /** A Worker that crashed or stopped answering is replaced by a new one holding the last save. */
  const restart = async (reason: RuntimeNotice) => {
    watchdog.stop();
    client.terminate(new RuntimeRestarted(reason));
    serverPort = null;
    events.server(null);
    events.notice(reason);
    try {
      await start(lastSaved, () => undefined);
      events.restarted?.();
    } catch (err) {
      events.notice({ kind: 'could-not-restart', detail: err instanceof Error ? err.message : String(err) });
    }
  };

  const watchdog = new Watchdog<RuntimeNotice>(() => client.ask<'pong'>({ type: 'ping' }), restart);

  options.progress('framework', STEPS);
  await start(options.initial, options.progress);

  const files = (operation: FileOperation) => client.ask<'files'>({ type: 'files', operation });

  return {
    kind: 'worker',
    input(data) {
      // Every key takes the same road; the Worker decides who reads it. What follows only
      // decides how long the Worker may stay silent.
      keys?.send(data);
      // A Worker that died silently (the browser ended it) sends nothing more: Enter at the
      // prompt must be followed by the command starting, or by the Worker answering pings.
      if (state === 'prompt' && data.includes('\r')) watchdog.start(limitMs, { kind: 'stopped-answering' });
      if (state === 'running') {
        const interrupt = data.indexOf('\x03');
        const enter = data.search(/[\r\n]/);
        // Typed after an Enter, Ctrl+C is for the command that line starts, not this one.
        if (interrupt >= 0 && !enteredWhileRunning && (enter < 0 || interrupt < enter)) {
          watchdog.start(interruptGraceMs, { kind: 'ignored-interrupt' });
        }
        if (enter >= 0) enteredWhileRunning = true;
      }
    },
    resize(cols) {
      columns = cols;
      client.tell({ type: 'resize', columns: cols });
    },
    listFiles: async () => (await files({ op: 'list' })).entries ?? [],
    readFile: async (path) => (await files({ op: 'read', path })).data ?? new Uint8Array(),
    async writeFile(path, data) {
      await files({ op: 'write', path, data });
    },
    async makeFolder(path) {
      await files({ op: 'mkdir', path });
    },
    async rename(path, to) {
      await files({ op: 'rename', path, to });
    },
    async remove(path) {
      await files({ op: 'remove', path });
    },
    async save() {
      lastSaved = (await client.ask<'saved'>({ type: 'save' })).saved;
      return lastSaved;
    },
    grade: async (checks) => (await client.ask<'graded'>({ type: 'grade', checks })).results,
    inspect: async () => (await client.ask<'inspected'>({ type: 'inspect' })).report,
    inspectRows: async (table, offset) => (await client.ask<'inspected-rows'>({ type: 'inspect-rows', table, offset })).rows,
    dispose() {
      watchdog.stop();
      keys?.dispose();
      client.terminate(new Error('the sandbox was closed'));
    },
  };
}
