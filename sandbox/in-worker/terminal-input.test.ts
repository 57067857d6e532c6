import { describe, expect, test } from 'vitest';
import { TerminalInput } from './terminal-input';
import { LineDiscipline } from './line-discipline';

describe("the terminal's input queue", () => {
  test('the line editor gets one line at a time; what follows waits', () => {
    const input = new TerminalInput(null);
    input.push('ls\rpwd\r\x1b[Aecho hi');
    expect(input.takeLine()).toBe('ls\r');
    expect(input.takeLine()).toBe('pwd\r');
    expect(input.takeLine()).toBe('\x1b[Aecho hi');
    expect(input.takeLine()).toBe('');
  });

  test('Ctrl+C before the end of the line being typed is for the command that runs, and flushes what came before', () => {
    const input = new TerminalInput(null);
    input.push('half a line\x03ls\r');
    expect(input.takeInterrupt()).toBe(true);
    expect(input.peek()).toBe('ls\r');
  });

  test('Ctrl+C after an Enter belongs to the command that line starts, not to the one running', () => {
    const input = new TerminalInput(null);
    input.push('python manage.py runserver\r\x03echo next\r');
    expect(input.takeInterrupt()).toBe(false);
    expect(input.takeLine()).toBe('python manage.py runserver\r');
    expect(input.takeInterrupt()).toBe(true);
    expect(input.takeLine()).toBe('echo next\r');
  });

  test("a command's input() reads its line and leaves the keys typed after it", () => {
    const input = new TerminalInput(null);
    const shown: string[] = [];
    input.push('admin\rsecret\recho after\r');
    const discipline = new LineDiscipline(input, (t) => void shown.push(t));
    expect(discipline.readLine()).toBe('admin');
    expect(discipline.readLine(false)).toBe('secret');
    expect(shown.join('')).toBe('admin\n\n');
    expect(input.peek()).toBe('echo after\r');
    // Without shared memory nothing more can come: the end of input.
    input.take(100);
    expect(discipline.readLine()).toBeNull();
  });
});
