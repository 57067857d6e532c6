import { describe, expect, it } from 'vitest';
import { parse, ShellSyntaxError } from './syntax';

const words = (line: string) => parse(line).items.map((i) => i.command.words.map((w) => w.map((p) => p.text).join('')));

describe('parse', () => {
  it('splits words on blanks and keeps quoted blanks', () => {
    expect(words(`echo  "a  b" 'c d' e\\ f`)).toEqual([['echo', 'a  b', 'c d', 'e f']]);
  });

  it('remembers how each part was quoted, so expansion can treat them apart', () => {
    const [word] = parse(`x"$HOME"'$HOME'`).items[0]!.command.words;
    expect(word).toEqual([
      { text: 'x', quote: 'none' },
      { text: '$HOME', quote: 'double' },
      { text: '$HOME', quote: 'single' },
    ]);
  });

  it('joins commands with ;, && and ||', () => {
    const list = parse('cd a && ls; false || echo no');
    expect(list.items.map((i) => i.connector)).toEqual([null, '&&', ';', '||']);
    expect(words('cd a && ls; false || echo no')).toEqual([['cd', 'a'], ['ls'], ['false'], ['echo', 'no']]);
  });

  it('reads redirections: >, >>, 2>, 2>&1, &>', () => {
    const { redirects } = parse('pip freeze > req.txt 2>> err.txt 2>&1 &> all.txt').items[0]!.command;
    expect(redirects.map((r) => [r.fd, r.append, 'duplicate' in r.target ? `&${r.target.duplicate}` : r.target[0]!.text])).toEqual([
      [1, false, 'req.txt'],
      [2, true, 'err.txt'],
      [2, false, '&1'],
      ['both', false, 'all.txt'],
    ]);
    expect(words('echo a2>f')).toEqual([['echo', 'a2']]);
  });

  it('reads NAME=value before a command as an assignment', () => {
    const { assignments, words: w } = parse('DEBUG=1 python manage.py check').items[0]!.command;
    expect(assignments.map((a) => [a.name, a.value[0]!.text])).toEqual([['DEBUG', '1']]);
    expect(w.length).toBe(3);
  });

  it('ignores comments and a trailing ;', () => {
    expect(words('ls # list it;')).toEqual([['ls']]);
    expect(words('ls;')).toEqual([['ls']]);
  });

  it("says what bash says about broken lines", () => {
    expect(() => parse('echo "open')).toThrow(ShellSyntaxError);
    expect(() => parse('; ls')).toThrow("syntax error near unexpected token `;'");
    expect(() => parse('ls >')).toThrow("syntax error near unexpected token `newline'");
    expect(() => parse('ls &&')).toThrow('syntax error: unexpected end of file');
    expect(() => parse('ls | wc')).toThrow('pipes');
  });
});
