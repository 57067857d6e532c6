import { describe, expect, it } from 'vitest';
import type { ShellState } from '../shell/shell';
import { PromptMarkReader, promptMark } from './prompt-mark';

const state: ShellState = {
  cwd: '/home/learner/mysite',
  variables: { HOME: '/home/learner', GREETING: 'namaste 🙏' },
  // A line with the sequence's own terminator and escape must not end the mark early.
  history: ['echo "\x07\x1b]"', 'python manage.py migrate'],
};

describe('prompt marks', () => {
  it('are taken out of the output wherever the chunks split them', () => {
    const stream = `done\r\n${promptMark(state)}(env) ~ $ ls\r\nmanage.py\r\n${promptMark(state)}~ $ `;
    for (let at = 0; at <= stream.length; at++) {
      const reader = new PromptMarkReader();
      const first = reader.read(stream.slice(0, at));
      const second = reader.read(stream.slice(at));
      expect(first.text + second.text).toBe('done\r\n(env) ~ $ ls\r\nmanage.py\r\n~ $ ');
      expect([...first.prompts, ...second.prompts]).toEqual([state, state]);
    }
  });

  it('leave other escape sequences alone, even ones that begin like a mark', () => {
    const reader = new PromptMarkReader();
    expect(reader.read('\x1b[1;34m~\x1b[0m \x1b]0;title\x07\x1b]7').text).toBe('\x1b[1;34m~\x1b[0m \x1b]0;title\x07');
    expect(reader.read('7;other\x07').text).toBe('\x1b]77;other\x07');
  });

  it('still tell of a prompt whose state cannot be read', () => {
    expect(new PromptMarkReader().read('\x1b]7770;prompt;not base64!\x07$ ')).toEqual({ text: '$ ', prompts: [null] });
  });
});
