import type { FilesystemSnapshot } from './filesystem';
import type { DispatchRequest, DispatchResponse } from './node-http';
import type { OutputStream, RunResult, WorkerSandbox } from './sandbox';

/** What the page sends the Worker. Every message but 'interrupt' gets a reply with its id. */
export type WorkerRequest =
  | { id: number; type: 'run'; line: string; isTerminal?: boolean; columns?: number }
  | { id: number; type: 'request'; port: number; request: DispatchRequest }
  | { id: number; type: 'snapshot' }
  | { id: number; type: 'restore'; snapshot: FilesystemSnapshot }
  | { type: 'interrupt' };

/** What the Worker sends back: a command's output as it is written, then one reply per request. */
export type WorkerReply =
  | { id: number; type: 'output'; stream: OutputStream; text: string }
  | ({ id: number; type: 'result' } & RunResult)
  | { id: number; type: 'response'; response: DispatchResponse }
  | { id: number; type: 'snapshot'; snapshot: FilesystemSnapshot }
  | { id: number; type: 'restored' }
  | { id: number; type: 'error'; message: string };

/** The part of a Worker's global scope the wiring needs (the DOM typings have no WorkerGlobalScope). */
export interface MessageScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
}

/** Answers the page's messages with `sandbox`, which may still be starting when the first arrive. */
export function serveMessages(scope: MessageScope, sandbox: Promise<WorkerSandbox>): void {
  scope.addEventListener('message', async ({ data }) => {
    const box = await sandbox;
    if (data.type === 'interrupt') return box.interrupt();
    const { id } = data;
    try {
      if (data.type === 'run') {
        const output = (stream: 'stdout' | 'stderr', text: string) => scope.postMessage({ id, type: 'output', stream, text });
        const result = await box.run(data.line, { output, isTerminal: data.isTerminal, columns: data.columns });
        scope.postMessage({ id, type: 'result', ...result });
      } else if (data.type === 'request') {
        const response = await box.dispatch(data.port, data.request);
        scope.postMessage({ id, type: 'response', response }, [response.body.buffer as ArrayBuffer]);
      } else if (data.type === 'snapshot') {
        const taken = box.snapshot();
        // Each file's bytes are a copy made for this snapshot: handing them over saves another.
        scope.postMessage({ id, type: 'snapshot', snapshot: taken }, Object.values(taken.files).map((b) => b.buffer as ArrayBuffer));
      } else {
        box.restore(data.snapshot);
        scope.postMessage({ id, type: 'restored' });
      }
    } catch (err) {
      scope.postMessage({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
    }
  });
}
