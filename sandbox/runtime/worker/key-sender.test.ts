import { expect, test } from 'vitest';
import { StdinReader, StdinWriter } from '../../protocol/stdin-channel';
import { KeySender } from './key-sender';

test('keys written to shared memory arrive in order, however they are cut, and a paste bigger than the buffer is kept whole', async () => {
  const buffer = new SharedArrayBuffer(16 + 16 * 1024);
  const reader = new StdinReader(buffer);
  let pokes = 0;
  const sender = new KeySender(new StdinWriter(buffer), (data) => {
    // With shared memory the message only says that keys wait there.
    expect(data).toBeUndefined();
    pokes++;
  });
  const typed = ['python ', 'manage.py ', 'shell\r', 'print("नमस्ते")\r', 'x'.repeat(40_000), '\r'];
  for (const keys of typed) sender.send(keys);
  let got = reader.pull();
  for (let i = 0; i < 200 && got.length < typed.join('').length; i++) {
    await new Promise((r) => setTimeout(r, 5));
    got += reader.pull();
  }
  expect(got).toBe(typed.join(''));
  expect(pokes).toBeGreaterThan(typed.length);
  sender.dispose();
});

test('without shared memory the keys travel in the message itself', () => {
  const sent: (string | undefined)[] = [];
  const sender = new KeySender(null, (data) => void sent.push(data));
  sender.send('ls\r');
  sender.send('\x03');
  expect(sent).toEqual(['ls\r', '\x03']);
});
