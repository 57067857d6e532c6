import { describe, expect, it } from 'vitest';
import type { Completion } from './io';
import { LineEditor, type LineEditorHost } from './line-editor';

/**
 * Just enough of a VT100 to check what the editor draws: the sequences it may send, and
 * the right margin's pending wrap (the cursor stays on the last column until the next
 * character). Anything else it is sent fails the test.
 */
class Screen {
  private rows: string[][] = [[]];
  row = 0;
  column = 0;
  pendingWrap = false;
  bells = 0;

  constructor(private readonly width: number) {}

  write(data: string): void {
    let i = 0;
    while (i < data.length) {
      if (data[i] === '\x1b') {
        const match = /^\x1b\[([0-9;]*)([A-Za-z])/.exec(data.slice(i));
        if (!match) throw new Error(`unexpected escape ${JSON.stringify(data.slice(i, i + 8))}`);
        this.control(match[1] ?? '', match[2] ?? '');
        i += match[0].length;
        continue;
      }
      const ch = String.fromCodePoint(data.codePointAt(i) ?? 0);
      i += ch.length;
      if (ch === '\r') this.column = 0;
      else if (ch === '\n') this.row++;
      else if (ch === '\x07') this.bells++;
      else if (ch < ' ') throw new Error(`unexpected control ${JSON.stringify(ch)}`);
      else {
        this.put(ch);
        continue;
      }
      this.pendingWrap = false;
    }
  }

  /** The visible text, without trailing blanks. */
  lines(): string[] {
    const lines = this.rows.map((row) => row.join('').trimEnd());
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines;
  }

  get cursor(): [number, number] {
    return [this.row, this.column];
  }

  private line(): string[] {
    while (this.rows.length <= this.row) this.rows.push([]);
    return this.rows[this.row] ?? [];
  }

  private put(ch: string): void {
    if (this.pendingWrap) {
      this.row++;
      this.column = 0;
      this.pendingWrap = false;
    }
    const line = this.line();
    while (line.length < this.column) line.push(' ');
    line[this.column] = ch;
    if (this.column === this.width - 1) this.pendingWrap = true;
    else this.column++;
  }

  private control(params: string, final: string): void {
    const n = Number(params || '1');
    this.pendingWrap = false;
    if (final === 'A') this.row = Math.max(0, this.row - n);
    else if (final === 'B') this.row += n;
    else if (final === 'C') this.column = Math.min(this.width - 1, this.column + n);
    else if (final === 'D') this.column = Math.max(0, this.column - n);
    // Colours take no room.
    else if (final === 'm') return;
    else if (final === 'H' && params === '') [this.row, this.column] = [0, 0];
    else if (final === 'J' && params === '2') this.rows = [];
    else if (final === 'J' && params === '') {
      this.line().length = Math.min(this.line().length, this.column);
      this.rows.length = Math.min(this.rows.length, this.row + 1);
    } else if (final === 'K' && params === '') this.line().length = Math.min(this.line().length, this.column);
    else throw new Error(`unexpected sequence ${JSON.stringify(params + final)}`);
  }
}

interface Options {
  width?: number;
  history?: string[];
  complete?: (line: string, cursor: number) => Completion;
}

function setup({ width = 80, history = [], complete = () => ({ start: 0, candidates: [] }) }: Options = {}) {
  const screen = new Screen(width);
  const writes: string[] = [];
  const completions: [string, number][] = [];
  const host: LineEditorHost = {
    write(text) {
      writes.push(text);
      screen.write(text);
    },
    complete(line, cursor) {
      completions.push([line, cursor]);
      return complete(line, cursor);
    },
    columns: () => width,
  };
  const editor = new LineEditor(host, history);
  return { editor, screen, writes, completions, output: () => writes.join('') };
}

/** Completes the word before the cursor from a fixed list, as the shell would. */
function wordsFrom(words: string[]) {
  return (line: string, cursor: number): Completion => {
    const start = line.lastIndexOf(' ', cursor - 1) + 1;
    const typed = line.slice(start, cursor);
    return { start, candidates: words.filter((word) => word.startsWith(typed)) };
  };
}

describe('LineEditor', () => {
  it('echoes typed text and resolves with the line on Enter', async () => {
    const t = setup();
    const line = t.editor.read('$ ');
    expect(t.editor.reading).toBe(true);
    t.editor.feed('ls -la');
    t.editor.feed('\r');
    expect(t.editor.reading).toBe(false);
    await expect(line).resolves.toBe('ls -la');
    expect(t.output()).toBe('$ ls -la\r\n');
    expect(t.screen.lines()).toEqual(['$ ls -la']);
    expect(t.screen.cursor).toEqual([1, 0]);
  });

  it('edits in the middle of the line', async () => {
    const t = setup();
    const line = t.editor.read('$ ');
    t.editor.feed('hello world');
    t.editor.feed('\x1b[D\x1b[D\x1bOD\x1b[D\x1b[D');
    t.editor.feed('big ');
    expect(t.screen.lines()).toEqual(['$ hello big world']);
    expect(t.screen.cursor).toEqual([0, 12]);
    t.editor.feed('\x7f');
    t.editor.feed('\x1b[3~');
    t.editor.feed('\b');
    expect(t.screen.lines()).toEqual(['$ hello biorld']);
    expect(t.screen.cursor).toEqual([0, 10]);
    t.editor.feed('\r');
    await expect(line).resolves.toBe('hello biorld');
    expect(t.screen.cursor).toEqual([1, 0]);
  });

  it('moves with every form of the cursor keys', async () => {
    const t = setup();
    const line = t.editor.read('$ ');
    const steps: [string, string, number][] = [
      ['abc', 'abc', 3],
      ['\x1b[HX', 'Xabc', 1],
      ['\x1b[FY', 'XabcY', 5],
      ['\x1bOH1', '1XabcY', 1],
      ['\x1bOF2', '1XabcY2', 7],
      ['\x1b[1~3', '31XabcY2', 1],
      ['\x1b[4~4', '31XabcY24', 9],
      ['\x015', '531XabcY24', 1],
      ['\x056', '531XabcY246', 11],
      ['\x02\x02b', '531XabcY2b46', 10],
      ['\x06f', '531XabcY2b4f6', 12],
      ['\x1bOCR', '531XabcY2b4f6R', 14],
      ['\x1b[C\x1b[C\x1bOC', '531XabcY2b4f6R', 14],
      ['\x1b[D\x02\x1b[D', '531XabcY2b4f6R', 11],
    ];
    for (const [keys, text, cursor] of steps) {
      t.editor.feed(keys);
      expect(t.screen.lines(), JSON.stringify(keys)).toEqual([`$ ${text}`]);
      expect(t.screen.cursor, JSON.stringify(keys)).toEqual([0, 2 + cursor]);
    }
    t.editor.feed('\r');
    await expect(line).resolves.toBe('531XabcY2b4f6R');
  });

  it('moves by words with Ctrl and Alt arrows, Alt+B and Alt+F', () => {
    const t = setup();
    void t.editor.read('$ ');
    t.editor.feed('one two-three');
    const steps: [string, number][] = [
      ['\x1b[1;5D', 8],
      ['\x1bb', 4],
      ['\x1bb', 0],
      ['\x1bb', 0],
      ['\x1b[1;5C', 3],
      ['\x1bf', 7],
      ['\x1b[1;3C', 13],
      ['\x1b[1;3D', 8],
    ];
    for (const [keys, cursor] of steps) {
      t.editor.feed(keys);
      expect(t.screen.cursor, JSON.stringify(keys)).toEqual([0, 2 + cursor]);
    }
    expect(t.screen.lines()).toEqual(['$ one two-three']);
  });

  it('kills to the start, to the end and words, and yanks the last kill back', async () => {
    const t = setup();
    const line = t.editor.read('$ ');
    const steps: [string, string, number][] = [
      ['ls  foo/bar  ', 'ls  foo/bar', 13],
      ['\x17', 'ls', 4],
      ['\x19', 'ls  foo/bar', 13],
      ['\x1b[D\x1b[D', 'ls  foo/bar', 11],
      ['\x1b\x7f', 'ls  foo/', 8],
      ['\x01\x1bd', '  foo/', 0],
      ['\x1bf\x0b', '  foo', 5],
      ['\x19', '  foo/', 8],
      ['\x1b[D\x1b[D\x1b[D\x15', '/', 0],
      ['\x05\x19', '/    foo', 8],
    ];
    for (const [keys, text, cursor] of steps) {
      t.editor.feed(keys);
      expect(t.screen.lines(), JSON.stringify(keys)).toEqual([`$ ${text}`]);
      expect(t.screen.cursor, JSON.stringify(keys)).toEqual([0, 2 + cursor]);
    }
    t.editor.feed('\r');
    await expect(line).resolves.toBe('/    foo');
  });

  it('walks the history and keeps the line being typed', async () => {
    const history = ['one', 'two'];
    const t = setup({ history });
    const line = t.editor.read('$ ');
    t.editor.feed('dr');
    const steps: [string, string][] = [
      ['\x1b[A', 'two'],
      ['\x1bOA', 'one'],
      ['\x10', 'one'],
      ['\x1b[B', 'two'],
      ['X', 'twoX'],
      ['\x1bOB', 'dr'],
      ['\x1b[B', 'dr'],
      ['\x1b[A', 'two'],
    ];
    for (const [keys, text] of steps) {
      t.editor.feed(keys);
      expect(t.screen.lines(), JSON.stringify(keys)).toEqual([`$ ${text}`]);
      expect(t.screen.cursor).toEqual([0, 2 + text.length]);
    }
    t.editor.feed('!\r');
    await expect(line).resolves.toBe('two!');
    expect(history).toEqual(['one', 'two']);
  });

  it('reads the history the shell appends to', async () => {
    const history: string[] = [];
    const t = setup({ history });
    const first = t.editor.read('$ ');
    t.editor.feed('first\r');
    history.push((await first) ?? '');
    const second = t.editor.read('$ ');
    t.editor.feed('\x1b[A\r');
    await expect(second).resolves.toBe('first');
  });

  it('completes a single candidate', async () => {
    const t = setup({ complete: wordsFrom(['manage.py ', 'mysite/']) });
    const line = t.editor.read('$ ');
    t.editor.feed('python ma\t');
    expect(t.completions).toEqual([['python ma', 9]]);
    expect(t.screen.lines()).toEqual(['$ python manage.py']);
    expect(t.screen.cursor).toEqual([0, 19]);
    t.editor.feed('\r');
    await expect(line).resolves.toBe('python manage.py ');
  });

  it('completes in the middle of the line with the text before the cursor', () => {
    const t = setup({ complete: wordsFrom(['mysite/']) });
    void t.editor.read('$ ');
    t.editor.feed('cd my x\x1b[D\x1b[D\t');
    expect(t.completions).toEqual([['cd my x', 5]]);
    expect(t.screen.lines()).toEqual(['$ cd mysite/ x']);
    expect(t.screen.cursor).toEqual([0, 12]);
  });

  it('rings the bell when nothing completes', () => {
    const t = setup();
    void t.editor.read('$ ');
    t.editor.feed('zz\t\t');
    expect(t.output()).toBe('$ zz\x07\x07');
  });

  it('inserts the common prefix, then lists the candidates on a second Tab', () => {
    const t = setup({ complete: wordsFrom(['polls/', 'polls_old/', 'mysite/']) });
    void t.editor.read('$ ');
    t.editor.feed('ls p\t');
    expect(t.screen.lines()).toEqual(['$ ls polls']);
    expect(t.screen.bells).toBe(0);
    t.editor.feed('\t');
    expect(t.screen.lines()).toEqual(['$ ls polls', 'polls/      polls_old/', '$ ls polls']);
    expect(t.screen.cursor).toEqual([2, 10]);
  });

  it('rings on the first Tab without progress and lists in columns, down then across, on the second', () => {
    const commands = ['runserver ', 'migrate ', 'makemigrations ', 'shell ', 'startapp ', 'check '];
    const t = setup({ width: 40, complete: wordsFrom(commands) });
    void t.editor.read('$ ');
    t.editor.feed('x \t');
    expect(t.screen.bells).toBe(1);
    t.editor.feed('\x1b[D\x1b[C\t');
    expect(t.screen.bells).toBe(2);
    t.editor.feed('\t');
    expect(t.screen.lines()).toEqual([
      '$ x',
      'runserver       shell',
      'migrate         startapp',
      'makemigrations  check',
      '$ x',
    ]);
    expect(t.screen.cursor).toEqual([4, 4]);
  });

  it('lists paths by their last component', () => {
    const candidates = ['polls/models.py ', 'polls/apps.py ', 'polls/migrations/'];
    const t = setup({ complete: () => ({ start: 3, candidates }) });
    void t.editor.read('$ ');
    t.editor.feed('ls polls/\t\t');
    expect(t.screen.lines()).toEqual(['$ ls polls/', 'models.py    apps.py      migrations/', '$ ls polls/']);
  });

  it('asks before listing more than a hundred candidates', () => {
    const names = Array.from({ length: 150 }, (_, i) => `f${String(i).padStart(3, '0')}`);
    const t = setup({ complete: wordsFrom(names) });
    void t.editor.read('$ ');
    t.editor.feed('f\t\t');
    expect(t.screen.lines()).toEqual(['$ f', 'Display all 150 possibilities? (y or n)']);
    t.editor.feed('n');
    expect(t.screen.lines()).toEqual(['$ f', 'Display all 150 possibilities? (y or n)', '$ f']);
    t.editor.feed('\t\ty');
    const lines = t.screen.lines();
    // 13 columns of 6 fit in 80: 12 rows, read down then across.
    expect(lines.slice(4, 6)).toEqual([
      Array.from({ length: 13 }, (_, c) => names[c * 12]).join('  '),
      Array.from({ length: 13 }, (_, c) => names[1 + c * 12]).join('  '),
    ]);
    expect(lines.slice(15)).toEqual([names.filter((_, i) => i % 12 === 11).join('  '), '$ f']);
  });

  it('discards the line on Ctrl+C and prompts again for the same read', async () => {
    const t = setup();
    const line = t.editor.read('$ ');
    t.editor.feed('abc\x1b[D\x1b[D\x03');
    expect(t.editor.reading).toBe(true);
    expect(t.screen.lines()).toEqual(['$ abc^C', '$']);
    expect(t.screen.cursor).toEqual([1, 2]);
    t.editor.feed('x\r');
    await expect(line).resolves.toBe('x');
  });

  it('ends input on Ctrl+D at an empty line, and deletes under the cursor otherwise', async () => {
    const t = setup();
    const first = t.editor.read('$ ');
    t.editor.feed('abc\x1b[D\x1b[D\x04');
    expect(t.screen.lines()).toEqual(['$ ac']);
    t.editor.feed('\x05\x04\r');
    await expect(first).resolves.toBe('ac');
    const second = t.editor.read('$ ');
    t.editor.feed('\x04');
    await expect(second).resolves.toBeNull();
    expect(t.editor.reading).toBe(false);
    expect(t.screen.lines()).toEqual(['$ ac', '$']);
  });

  it('clears the screen on Ctrl+L and redraws the whole prompt with the cursor in place', () => {
    const t = setup();
    t.screen.write('earlier output\r\n');
    void t.editor.read('(venv) ~/site\r\n$ ');
    t.editor.feed('hello\x1b[D\x1b[D');
    t.writes.length = 0;
    t.editor.feed('\x0c');
    expect(t.output().startsWith('\x1b[H\x1b[2J')).toBe(true);
    expect(t.screen.lines()).toEqual(['(venv) ~/site', '$ hello']);
    expect(t.screen.cursor).toEqual([1, 5]);
  });

  it('queues the lines of a paste for the next reads', async () => {
    const t = setup();
    const first = t.editor.read('$ ');
    t.editor.feed('one\rtwo\r\nthree\rfou');
    await expect(first).resolves.toBe('one');
    expect(t.editor.reading).toBe(false);
    expect(t.screen.lines()).toEqual(['$ one']);
    await expect(t.editor.read('$ ')).resolves.toBe('two');
    await expect(t.editor.read('$ ')).resolves.toBe('three');
    const fourth = t.editor.read('$ ');
    expect(t.screen.lines()).toEqual(['$ one', '$ two', '$ three', '$ fou']);
    t.editor.feed('r\r');
    await expect(fourth).resolves.toBe('four');
  });

  it('strips bracketed paste markers', async () => {
    const t = setup();
    const line = t.editor.read('$ ');
    t.editor.feed('\x1b[200~echo hi\x1b[201~\r');
    await expect(line).resolves.toBe('echo hi');
  });

  it('joins escape sequences and characters split across chunks, and drops unknown ones', async () => {
    const t = setup();
    const line = t.editor.read('$ ');
    for (const chunk of ['ab', '\x1b', '[', 'D', 'X', '\x1b[1;', '5D', '\ud83d', '\ude00', '\x1b[15~', '\x1bOP', '\x1b[1;2P', '\x1b[Z']) {
      t.editor.feed(chunk);
    }
    expect(t.screen.lines()).toEqual(['$ 😀aXb']);
    expect(t.screen.cursor).toEqual([0, 3]);
    t.editor.feed('\r');
    await expect(line).resolves.toBe('😀aXb');
  });

  it('counts a code point as one column and gives completion UTF-16 offsets', async () => {
    const t = setup({ complete: wordsFrom(['cat ']) });
    const line = t.editor.read('$ ');
    t.editor.feed('héllo 😀\x1b[Dx\x05 ca\t');
    expect(t.completions).toEqual([['héllo x😀 ca', 12]]);
    expect(t.screen.lines()).toEqual(['$ héllo x😀 cat']);
    expect(t.screen.cursor).toEqual([0, 15]);
    t.editor.feed('\r');
    await expect(line).resolves.toBe('héllo x😀 cat ');
  });

  it('ignores keys while not reading', async () => {
    const t = setup();
    t.editor.feed('abc\r\x1b[');
    expect(t.writes).toEqual([]);
    const line = t.editor.read('$ ');
    t.editor.feed('D\r');
    await expect(line).resolves.toBe('D');
  });

  it('refuses a second read while one is pending', async () => {
    const t = setup();
    void t.editor.read('$ ');
    await expect(t.editor.read('$ ')).rejects.toThrow();
  });

  describe('on a narrow terminal', () => {
    const prompt = '\x1b[32muser\x1b[0m:~$ ';

    it('wraps at the margin without leaving the cursor in a pending wrap', () => {
      const t = setup({ width: 20 });
      void t.editor.read(prompt);
      expect(t.screen.cursor).toEqual([0, 8]);
      t.editor.feed('abcdefghijkl');
      expect(t.screen.lines()).toEqual(['user:~$ abcdefghijkl']);
      expect(t.screen.cursor).toEqual([1, 0]);
      expect(t.screen.pendingWrap).toBe(false);
      t.editor.feed('mn');
      expect(t.screen.lines()).toEqual(['user:~$ abcdefghijkl', 'mn']);
      expect(t.screen.cursor).toEqual([1, 2]);
      t.editor.feed('\x1b[HXY');
      expect(t.screen.lines()).toEqual(['user:~$ XYabcdefghij', 'klmn']);
      expect(t.screen.cursor).toEqual([0, 10]);
      t.editor.feed('\x1b[F');
      expect(t.screen.cursor).toEqual([1, 4]);
      t.editor.feed('\x7f\x7f\x7f\x7f');
      expect(t.screen.lines()).toEqual(['user:~$ XYabcdefghij']);
      expect(t.screen.cursor).toEqual([1, 0]);
      expect(t.screen.pendingWrap).toBe(false);
      t.editor.feed('\x7f');
      expect(t.screen.lines()).toEqual(['user:~$ XYabcdefghi']);
      expect(t.screen.cursor).toEqual([0, 19]);
    });

    it('edits a line over three rows', () => {
      const t = setup({ width: 20 });
      void t.editor.read(prompt);
      t.editor.feed('0123456789'.repeat(4) + '01234');
      expect(t.screen.lines()).toEqual(['user:~$ 012345678901', '23456789012345678901', '2345678901234']);
      expect(t.screen.cursor).toEqual([2, 13]);
      t.editor.feed('\x01');
      expect(t.screen.cursor).toEqual([0, 8]);
      t.editor.feed('\x1b[1;5C');
      expect(t.screen.cursor).toEqual([2, 13]);
      t.editor.feed('\x01#');
      expect(t.screen.lines()).toEqual(['user:~$ #01234567890', '12345678901234567890', '12345678901234']);
      expect(t.screen.cursor).toEqual([0, 9]);
      t.editor.feed('\x05' + '\x1b[D'.repeat(15));
      expect(t.screen.cursor).toEqual([1, 19]);
      t.editor.feed('\x0b');
      expect(t.screen.lines()).toEqual(['user:~$ #01234567890', '1234567890123456789']);
      expect(t.screen.cursor).toEqual([1, 19]);
      t.editor.feed('\x1b[D\x15');
      expect(t.screen.lines()).toEqual(['user:~$ 9']);
      expect(t.screen.cursor).toEqual([0, 8]);
    });

    it('redraws a recalled long line and the short draft over it', () => {
      const t = setup({ width: 20, history: ['x'.repeat(30)] });
      void t.editor.read(prompt);
      t.editor.feed('ls\x1b[A');
      expect(t.screen.lines()).toEqual(['user:~$ xxxxxxxxxxxx', 'x'.repeat(18)]);
      expect(t.screen.cursor).toEqual([1, 18]);
      t.editor.feed('\x1b[B');
      expect(t.screen.lines()).toEqual(['user:~$ ls']);
      expect(t.screen.cursor).toEqual([0, 10]);
    });

    it('leaves a wrapped line below its last row on Enter and Ctrl+C', async () => {
      const t = setup({ width: 20 });
      const first = t.editor.read(prompt);
      t.editor.feed('a'.repeat(32) + '\x01\r');
      await expect(first).resolves.toBe('a'.repeat(32));
      void t.editor.read(prompt);
      expect(t.screen.lines()).toEqual(['user:~$ ' + 'a'.repeat(12), 'a'.repeat(20), 'user:~$']);
      expect(t.screen.cursor).toEqual([2, 8]);
      t.editor.feed('b'.repeat(14) + '\x01\x03');
      expect(t.screen.lines().slice(2)).toEqual(['user:~$ ' + 'b'.repeat(12), 'bb^C', 'user:~$']);
      expect(t.screen.cursor).toEqual([4, 8]);
    });

    it('starts on the next row when the prompt fills the width', () => {
      const t = setup({ width: 20 });
      void t.editor.read('x'.repeat(20));
      expect(t.screen.cursor).toEqual([1, 0]);
      expect(t.screen.pendingWrap).toBe(false);
      t.editor.feed('ab\x1b[D');
      expect(t.screen.lines()).toEqual(['x'.repeat(20), 'ab']);
      expect(t.screen.cursor).toEqual([1, 1]);
    });
  });
});
