import { afterEach, expect, test, vi } from 'vitest';
import { Watchdog } from './watchdog';

afterEach(() => void vi.useRealTimers());

test('a Worker that cannot answer pings but says it is still working is left alone; one that says nothing is restarted', async () => {
  vi.useFakeTimers();
  const expired: string[] = [];
  const never = () => new Promise<unknown>(() => undefined);
  const busy = new Watchdog<string>(never, async (reason) => void expired.push(reason));
  busy.start(1_000, 'busy');
  for (let i = 0; i < 20; i++) {
    busy.sawLife();
    await vi.advanceTimersByTimeAsync(250);
  }
  expect(expired).toEqual([]);
  busy.stop();

  const stuck = new Watchdog<string>(never, async (reason) => void expired.push(reason));
  stuck.start(1_000, 'stuck');
  await vi.advanceTimersByTimeAsync(5_000);
  expect(expired).toEqual(['stuck']);
});
