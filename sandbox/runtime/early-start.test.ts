import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** Records the Workers made; `fail()` plays a script that could not load. */
class FakeWorker {
  static made: FakeWorker[] = [];
  terminated = false;
  private readonly listeners = new Map<string, () => void>();
  constructor(
    readonly url: string,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  addEventListener(type: string, listener: () => void) {
    this.listeners.set(type, listener);
  }
  terminate() {
    this.terminated = true;
  }
  fail() {
    this.listeners.get('error')?.();
  }
}

const noMemory = { getItem: () => null };
const empty = { slug: 'apps', start: 'empty' as const };

/** Each test gets the two modules fresh: what one started early is not the next one's. */
async function modules() {
  vi.resetModules();
  return { early: await import('./early-start'), worker: await import('./worker/early-worker') };
}

beforeEach(() => {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('what the sandbox starts before its code has loaded', () => {
  it('starts the Worker when the Worker is asked for, and hands it over once', async () => {
    const { early, worker } = await modules();
    early.startEarly(empty, '?runtime=worker', noMemory);
    expect(FakeWorker.made.map((w) => [w.url, w.options.type])).toEqual([[worker.WORKER_URL, 'module']]);
    const taken = worker.takeEarlyWorker(worker.WORKER_URL);
    expect(taken).toBe(FakeWorker.made[0]);
    // Once: a restart makes a Worker of its own.
    expect(worker.takeEarlyWorker(worker.WORKER_URL)).toBeNull();
  });

  it('starts the Worker on a page without cross-origin isolation, or after WebContainer failed earlier in the visit', async () => {
    let { early } = await modules();
    early.startEarly(empty, '', noMemory);
    expect(FakeWorker.made).toHaveLength(1);

    vi.stubGlobal('crossOriginIsolated', true);
    ({ early } = await modules());
    early.startEarly(empty, '', { getItem: () => JSON.stringify({ kind: 'timed-out' }) });
    expect(FakeWorker.made).toHaveLength(2);
  });

  it('starts no Worker where WebContainer is to be tried first, but still reads the starting state', async () => {
    vi.stubGlobal('crossOriginIsolated', true);
    const { early, worker } = await modules();
    early.startEarly(empty, '', noMemory);
    early.startEarly(empty, '?runtime=webcontainer', noMemory);
    expect(FakeWorker.made).toHaveLength(0);
    expect(worker.takeEarlyWorker(worker.WORKER_URL)).toBeNull();
    await expect(early.takeEarlyState('apps')).resolves.toBeNull();
  });

  it('gives the starting state once, and only to its own lesson', async () => {
    const { early } = await modules();
    early.startEarly(empty, '?runtime=worker', noMemory);
    expect(early.takeEarlyState('views-and-urls')).toBeNull();
    early.startEarly(empty, '?runtime=worker', noMemory);
    const state = early.takeEarlyState('apps');
    expect(state).not.toBeNull();
    await expect(state).resolves.toBeNull();
    expect(early.takeEarlyState('apps')).toBeNull();
  });

  it('starts nothing once the lesson\'s session has booted without it', async () => {
    const { early, worker } = await modules();
    expect(early.takeEarlyState('apps')).toBeNull();
    early.startEarly(empty, '?runtime=worker', noMemory);
    expect(FakeWorker.made).toHaveLength(0);
    expect(worker.takeEarlyWorker(worker.WORKER_URL)).toBeNull();
    // Another lesson, as the learner moves on, starts early again.
    early.startEarly({ slug: 'views-and-urls', start: 'empty' }, '?runtime=worker', noMemory);
    expect(FakeWorker.made).toHaveLength(1);
  });

  it('does not hand over a Worker whose script failed to load, nor one for another bundle', async () => {
    const { early, worker } = await modules();
    early.startEarly(empty, '?runtime=worker', noMemory);
    FakeWorker.made[0]!.fail();
    expect(worker.takeEarlyWorker(worker.WORKER_URL)).toBeNull();
    expect(FakeWorker.made[0]!.terminated).toBe(true);

    worker.startWorkerEarly();
    expect(worker.takeEarlyWorker('/elsewhere/worker.js')).toBeNull();
    expect(FakeWorker.made[1]!.terminated).toBe(true);
  });
});
