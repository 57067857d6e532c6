import { describe, expect, test, vi } from 'vitest';
import { TerminalOutbox } from './terminal-outbox';

describe('terminal output on its way to the page', () => {
  test('a key echoed after a pause goes at once; a burst goes as one message', () => {
    let clock = 1000;
    const sent: string[] = [];
    const box = new TerminalOutbox((t) => sent.push(t), () => clock);
    clock += 100;
    box.write('a');
    expect(sent).toEqual(['a']);
    for (let i = 0; i < 1000; i++) box.write(`${i}\n`);
    // The burst came within the same millisecond: held, then sent together when the clock moves on.
    expect(sent).toHaveLength(1);
    clock += 20;
    box.write('end\n');
    expect(sent).toHaveLength(2);
    expect(sent[1]!.startsWith('0\n1\n') && sent[1]!.endsWith('999\nend\n')).toBe(true);
  });

  test('what waits is sent by a timer when nothing more comes, and by flush() before a state change', () => {
    vi.useFakeTimers();
    try {
      const sent: string[] = [];
      const clock = 5;
      const box = new TerminalOutbox((t) => sent.push(t), () => clock);
      box.write('held');
      expect(sent).toEqual([]);
      vi.runAllTimers();
      expect(sent).toEqual(['held']);
      box.write('more');
      box.flush();
      expect(sent).toEqual(['held', 'more']);
      vi.runAllTimers();
      expect(sent).toEqual(['held', 'more']);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a long computation that lets no timer fire still gets its output out when it ticks', () => {
    let clock = 0;
    const sent: string[] = [];
    const box = new TerminalOutbox((t) => sent.push(t), () => clock);
    box.write('looping\n');
    box.tick();
    expect(sent).toEqual([]);
    clock += 20;
    box.tick();
    expect(sent).toEqual(['looping\n']);
  });

  test('a large batch goes without waiting for the clock', () => {
    const sent: string[] = [];
    const box = new TerminalOutbox((t) => sent.push(t), () => 0);
    box.write('x'.repeat(70_000));
    expect(sent).toHaveLength(1);
  });
});
