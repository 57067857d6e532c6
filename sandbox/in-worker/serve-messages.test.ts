import { describe, expect, it } from 'vitest';
import { serveMessages, type MessageScope } from './serve-messages';
import type { WorkerSandbox } from './sandbox';
import type { WorkerReply, WorkerRequest } from '../protocol/messages';
import type { InspectorReport } from '../protocol/inspector-report';

const REPORT: InspectorReport = { project: 'learn-django/myproject', apps: [], tables: [], problems: [{ kind: 'history-without-file', app: 'home', migration: '0001_initial' }] };

/** A Worker scope the test talks to, over a sandbox whose command under way ends when the test says. */
function worker() {
  const replies: WorkerReply[] = [];
  let listener: (event: MessageEvent<WorkerRequest>) => void = () => undefined;
  const scope: MessageScope = {
    addEventListener: (_type, l) => void (listener = l),
    postMessage: (message) => void replies.push(message),
  };
  let endCommand: () => void = () => undefined;
  const commandEnded = new Promise<void>((resolve) => (endCommand = resolve));
  const looked: string[] = [];
  const box = {
    terminal: { betweenCommands: () => commandEnded },
    inspect: async () => (looked.push('inspect'), REPORT),
    inspectRows: async (table: string, offset: number) => (looked.push(`rows ${table} ${offset}`), { table, columns: ['id'], rows: [[1]], offset, total: 1 }),
  } as unknown as WorkerSandbox;
  serveMessages(scope, async () => box);
  const send = (request: WorkerRequest) => listener({ data: request } as MessageEvent<WorkerRequest>);
  return { replies, looked, send, endCommand };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the Worker's inspector messages", () => {
  it('are answered once the command under way has ended, never while it runs', async () => {
    const w = worker();
    w.send({ id: 1, type: 'inspect' });
    w.send({ id: 2, type: 'inspect-rows', table: 'home_student', offset: 100 });
    await tick();
    expect(w.looked).toEqual([]);
    expect(w.replies).toEqual([]);
    w.endCommand();
    await tick();
    await tick();
    expect(w.looked.sort()).toEqual(['inspect', 'rows home_student 100']);
    expect(w.replies).toContainEqual({ id: 1, type: 'inspected', report: REPORT });
    expect(w.replies).toContainEqual({ id: 2, type: 'inspected-rows', rows: { table: 'home_student', columns: ['id'], rows: [[1]], offset: 100, total: 1 } });
  });
});
