/**
 * The command-line language the sandbox understands: bash's simple commands joined by
 * `;`, `&&` and `||`, words with quotes, variables and globs, and output redirection.
 * Pipes, subshells and control flow are outside it and say so.
 */

/** A piece of a word; quoting decides which expansions apply to it. */
export interface WordPart {
  text: string;
  quote: 'none' | 'single' | 'double';
}
export type Word = WordPart[];

export interface Redirect {
  /** 1 for stdout, 2 for stderr, 'both' for `&>`. */
  fd: 1 | 2 | 'both';
  append: boolean;
  /** A file to write to, or `&1` / `&2` duplicated (`2>&1`). */
  target: Word | { duplicate: 1 | 2 };
}

export interface SimpleCommand {
  /** `NAME=value` words before the command. */
  assignments: { name: string; value: Word }[];
  words: Word[];
  redirects: Redirect[];
}

/** Commands in order, each run according to how the previous one ended. */
export interface CommandList {
  items: { connector: ';' | '&&' | '||' | null; command: SimpleCommand }[];
}

export class ShellSyntaxError extends Error {}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

type Token = { kind: 'word'; word: Word } | { kind: 'op'; op: string };

function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let parts: Word | null = null;
  const push = (text: string, quote: WordPart['quote']) => {
    parts ??= [];
    const last = parts[parts.length - 1];
    if (last && last.quote === quote) last.text += text;
    else parts.push({ text, quote });
  };
  const endWord = () => {
    if (parts) tokens.push({ kind: 'word', word: parts });
    parts = null;
  };
  while (i < line.length) {
    const c = line[i]!;
    if (c === ' ' || c === '\t') {
      endWord();
      i++;
    } else if (c === '#' && parts === null) {
      break;
    } else if (c === "'") {
      const close = line.indexOf("'", i + 1);
      if (close < 0) throw new ShellSyntaxError("unexpected EOF while looking for matching `''");
      push(line.slice(i + 1, close), 'single');
      if (close === i + 1) push('', 'single');
      i = close + 1;
    } else if (c === '"') {
      let text = '';
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        // Inside double quotes a backslash only escapes $ ` " \ and newline.
        if (line[j] === '\\' && j + 1 < line.length && '$`"\\'.includes(line[j + 1]!)) {
          // Kept escaped so expansion does not see a `$` that was typed as `\$`.
          text += line[j + 1] === '$' ? '\\$' : line[j + 1];
          j++;
        } else text += line[j];
      }
      if (j >= line.length) throw new ShellSyntaxError('unexpected EOF while looking for matching `"\'');
      push(text, 'double');
      if (!text) push('', 'double');
      i = j + 1;
    } else if (c === '\\') {
      if (i + 1 < line.length) push(line[i + 1]!, 'single');
      i += 2;
    } else if (c === ';' || c === '&' || c === '|' || c === '>' || c === '<' || c === '(' || c === ')') {
      const two = line.slice(i, i + 2);
      // `2>` and `2>>`: a lone 2 just before `>` names stderr.
      const fdWord = parts !== null && (parts as Word).length === 1 && (parts as Word)[0]!.quote === 'none' && (parts as Word)[0]!.text === '2' && c === '>';
      if (fdWord) parts = null;
      const op = ['&&', '||', '>>', '&>', ';;'].includes(two) ? two : c;
      endWord();
      i += op.length;
      if (op === '>' || op === '>>') {
        if (line[i] === '&' && (line[i + 1] === '1' || line[i + 1] === '2')) {
          tokens.push({ kind: 'op', op: `${fdWord ? '2' : ''}${op}&${line[i + 1]}` });
          i += 2;
          continue;
        }
      }
      tokens.push({ kind: 'op', op: fdWord ? `2${op}` : op });
    } else {
      push(c, 'none');
      i++;
    }
  }
  endWord();
  return tokens;
}

const UNSUPPORTED: Record<string, string> = {
  '|': 'pipes (|) are not part of the sandbox shell; run the commands one by one',
  '<': 'input redirection (<) is not part of the sandbox shell',
  '&': 'background jobs (&) are not part of the sandbox shell',
  '(': 'subshells are not part of the sandbox shell',
  ')': "syntax error near unexpected token `)'",
  ';;': "syntax error near unexpected token `;;'",
};

/** Parses one command line; throws ShellSyntaxError with bash's wording where bash has one. */
export function parse(line: string): CommandList {
  const tokens = tokenize(line);
  const items: CommandList['items'] = [];
  let connector: ';' | '&&' | '||' | null = null;
  let current: SimpleCommand = { assignments: [], words: [], redirects: [] };
  const isEmpty = (c: SimpleCommand) => c.words.length === 0 && c.assignments.length === 0 && c.redirects.length === 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'word') {
      const first = token.word[0];
      if (current.words.length === 0 && first && first.quote === 'none' && ASSIGNMENT.test(first.text)) {
        const eq = first.text.indexOf('=');
        const value: Word = [{ text: first.text.slice(eq + 1), quote: 'none' }, ...token.word.slice(1)];
        current.assignments.push({ name: first.text.slice(0, eq), value });
      } else current.words.push(token.word);
      continue;
    }
    const op = token.op;
    if (op === ';' || op === '&&' || op === '||') {
      if (isEmpty(current)) throw new ShellSyntaxError(`syntax error near unexpected token \`${op}'`);
      items.push({ connector, command: current });
      connector = op;
      current = { assignments: [], words: [], redirects: [] };
      continue;
    }
    const redirect = /^(2|&)?(>>?)(&[12])?$/.exec(op);
    if (redirect) {
      const fd = redirect[1] === '2' ? 2 : redirect[1] === '&' ? 'both' : 1;
      const append = redirect[2] === '>>';
      if (redirect[3]) {
        current.redirects.push({ fd, append, target: { duplicate: redirect[3] === '&1' ? 1 : 2 } });
        continue;
      }
      const next = tokens[i + 1];
      if (!next || next.kind !== 'word') {
        throw new ShellSyntaxError(`syntax error near unexpected token \`${next && next.kind === 'op' ? next.op : 'newline'}'`);
      }
      current.redirects.push({ fd, append, target: next.word });
      i++;
      continue;
    }
    throw new ShellSyntaxError(UNSUPPORTED[op] ?? `syntax error near unexpected token \`${op}'`);
  }
  if (!isEmpty(current)) items.push({ connector, command: current });
  else if (connector === '&&' || connector === '||') throw new ShellSyntaxError('syntax error: unexpected end of file');
  return { items };
}
