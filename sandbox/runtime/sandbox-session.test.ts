import { describe, expect, it } from 'vitest';
import type { BootOptions, RuntimeEvents, SandboxRuntime } from './runtime';
import type { RuntimeChoice } from './choose-runtime';
import type { SandboxHost } from '../grader/host';
import { SandboxSession, type SessionPage } from './sandbox-session';

/** A runtime that records what reaches it; the test plays its events. */
class FakeRuntime implements SandboxRuntime {
  readonly kind = 'worker' as const;
  typed = '';
  sizes: [number, number][] = [];
  files = new Map<string, Uint8Array>();
  disposed = false;
  constructor(readonly events: RuntimeEvents) {}
  input(data: string) {
    this.typed += data;
  }
  resize(columns: number, rows: number) {
    this.sizes.push([columns, rows]);
  }
  listFiles = async () => [...this.files.keys()].map((path) => ({ path, kind: 'file' as const }));
  readFile = async (path: string) => {
    const data = this.files.get(path);
    if (!data) throw new Error(`${path}: no such file`);
    return data;
  };
  writeFile = async (path: string, data: Uint8Array) => void this.files.set(path, data);
  makeFolder = async () => undefined;
  rename = async () => undefined;
  remove = async (path: string) => void this.files.delete(path);
  save = async () => ({ files: {}, folders: [], links: {} });
  grade = async () => [];
  inspect = async () => ({ project: 'learn-django/myproject', apps: [], tables: [], problems: [] });
  inspectRows = async (table: string, offset: number) => ({ table, columns: [], rows: [], offset, total: 0 });
  dispose() {
    this.disposed = true;
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function page(size = { columns: 80, rows: 24 }) {
  const shown: string[] = [];
  const hosts: (SandboxHost | null)[] = [];
  const terminal = { write: (data: string) => void shown.push(data), size: () => size };
  const it: SessionPage = {
    terminal,
    words: (notice) => `[${notice.kind}]`,
    settled: () => undefined,
    connect: (host) => {
      hosts.push(host);
      return () => void hosts.push(null);
    },
  };
  return { it, shown, hosts, size };
}

/** A session whose boots wait until the test lets each one finish. */
function session(pageSide = page()) {
  const boots: { options: BootOptions; finish: () => FakeRuntime }[] = [];
  const choose = (options: BootOptions) =>
    new Promise<RuntimeChoice>((resolve) =>
      boots.push({
        options,
        finish: () => {
          const runtime = new FakeRuntime(options.events);
          resolve({ runtime, reason: { kind: 'asked', runtime: 'worker' }, fallback: false });
          return runtime;
        },
      }),
    );
  const started = new SandboxSession({ slug: 'test', start: 'empty' }, pageSide.it, { requested: 'worker', webcontainerTimeoutMs: 0 }, choose);
  const booted = async () => {
    while (!boots.length) await tick();
    return boots.shift()!;
  };
  return { session: started, booted, page: pageSide };
}

describe('SandboxSession', () => {
  it('gives the runtime the keys typed and the size set while it booted, in order', async () => {
    const { session: s, booted, page: p } = session();
    s.input('ls');
    const boot = await booted();
    s.input(' -a\r');
    p.size.columns = 68;
    const runtime = boot.finish();
    await tick();
    expect(boot.options.columns).toBe(80);
    expect(runtime.typed).toBe('ls -a\r');
    expect(runtime.sizes).toEqual([[68, 24]]);
    expect(s.snapshot().boot).toEqual({ phase: 'ready', kind: 'worker', reason: { kind: 'asked', runtime: 'worker' }, fallback: false });
  });

  it("writes a runtime's notice in the page's words", async () => {
    const { session: s, booted, page: p } = session();
    (await booted()).finish().events.notice({ kind: 'ran-too-long', seconds: 10 });
    expect(p.shown.join('')).toContain('\x1b[1;31m[ran-too-long]\x1b[0m');
    s.dispose();
  });

  it('offers the lesson a host whose run stops a server first and waits for the prompt', async () => {
    const { booted, page: p } = session();
    const runtime = (await booted()).finish();
    while (!p.hosts.length) await tick();
    const host = p.hosts[0]!;
    runtime.events.server({ kind: 'url', url: 'http://x', port: 8000 });
    let done = false;
    const running = host.run('python manage.py check').then(() => (done = true));
    await tick();
    expect(runtime.typed).toBe('\x03');
    runtime.events.idle();
    await tick();
    expect(runtime.typed).toBe('\x03python manage.py check\r');
    expect(done).toBe(false);
    runtime.events.idle();
    await running;
    expect(await host.readFile('missing.txt')).toBeNull();
    await host.writeFile('notes.txt', 'hello');
    expect(await host.readFile('notes.txt')).toBe('hello');
  });

  it('restarting drops the boot under way and what its runtime still says', async () => {
    const { session: s, booted, page: p } = session();
    const first = await booted();
    s.restart();
    const second = await booted();
    const late = first.finish();
    await tick();
    expect(late.disposed).toBe(true);
    late.events.output('from the old runtime');
    const current = second.finish();
    await tick();
    current.events.output('from the new one');
    expect(p.shown.join('')).not.toContain('from the old runtime');
    expect(p.shown.join('')).toContain('from the new one');
    expect(p.shown).toContain('\x1bc');
    s.dispose();
    expect(current.disposed).toBe(true);
    expect(p.hosts.at(-1)).toBeNull();
  });

  it("asks the runtime for the inspector's report and rows, and says so while none is running", async () => {
    const { session: s, booted } = session();
    await expect(s.inspect()).rejects.toThrow('the sandbox is not running');
    await expect(s.inspectRows('home_student', 0)).rejects.toThrow('the sandbox is not running');
    (await booted()).finish();
    await tick();
    expect(await s.inspect()).toEqual({ project: 'learn-django/myproject', apps: [], tables: [], problems: [] });
    expect(await s.inspectRows('home_student', 100)).toEqual({ table: 'home_student', columns: [], rows: [], offset: 100, total: 0 });
    s.dispose();
  });
});
