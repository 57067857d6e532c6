import { describe, expect, it } from 'vitest';
import { consoleCommands } from './console-commands';

describe('consoleCommands', () => {
  it('takes the commands after each prompt, with the active environment, and skips output', () => {
    const blocks = [
      { lang: 'console', code: '$ python3 -m venv env\n$ source env/bin/activate\n(env) $ pip list\nPackage  Version\n$ not-a-prompt-in-python' },
      { lang: 'python', code: '$ ignored' },
    ];
    expect(consoleCommands(blocks)).toEqual([
      { venv: null, command: 'python3 -m venv env' },
      { venv: null, command: 'source env/bin/activate' },
      { venv: 'env', command: 'pip list' },
      { venv: null, command: 'not-a-prompt-in-python' },
    ]);
  });

  it('does not take output that merely contains a dollar sign', () => {
    expect(consoleCommands([{ lang: 'console', code: '$ echo $HOME\n/home/learner\ncost: $ 5' }])).toEqual([
      { venv: null, command: 'echo $HOME' },
    ]);
  });

  it("leaves out blocks for the learner's own computer", () => {
    expect(consoleCommands([{ lang: 'console', code: '$ pipx install pipenv', runs: 'own-computer' }, { lang: 'console', code: '$ ls' }])).toEqual([{ venv: null, command: 'ls' }]);
  });
});
