import type { WorkerReply, WorkerRequest } from '../../protocol/messages';

type Reply = Extract<WorkerReply, { id: number }>;
type Event = Exclude<WorkerReply, { id: number }>;
/** A request without its id: the client numbers them. */
type Ask = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type Tell = Exclude<WorkerRequest, { id: number }>;

/** The page's end of the Worker's messages: requests answered by id, events passed on. */
export class WorkerClient {
  private next = 0;
  private readonly waiting = new Map<number, { resolve(reply: Reply): void; reject(err: Error): void }>();

  constructor(
    readonly worker: Worker,
    onEvent: (event: Event) => void,
    onCrash: (message: string) => void,
  ) {
    worker.addEventListener('message', ({ data }: MessageEvent<WorkerReply>) => {
      if (!('id' in data) || data.type === 'output') {
        if (!('id' in data)) onEvent(data);
        return;
      }
      const waiter = this.waiting.get(data.id);
      if (!waiter) return;
      this.waiting.delete(data.id);
      if (data.type === 'error') waiter.reject(new Error(data.message));
      else waiter.resolve(data);
    });
    // A script that fails to load or a crash: every pending request learns of it.
    worker.addEventListener('error', (event) => {
      const message = event.message || 'the sandbox worker could not start';
      for (const waiter of this.waiting.values()) waiter.reject(new Error(message));
      this.waiting.clear();
      onCrash(message);
    });
  }

  ask<T extends Reply['type']>(request: Ask, transfer: Transferable[] = []): Promise<Extract<Reply, { type: T }>> {
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (reply: Reply) => void, reject });
      this.worker.postMessage({ ...request, id }, transfer);
    });
  }

  tell(message: Tell): void {
    this.worker.postMessage(message);
  }

  /** Ends the Worker; whoever waits for an answer gets `cause`. */
  terminate(cause: Error): void {
    this.worker.terminate();
    for (const waiter of this.waiting.values()) waiter.reject(cause);
    this.waiting.clear();
  }
}
