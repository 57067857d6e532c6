import type { SyntaxProblem } from './syntax-error';

/**
 * The errors Python's tokenizer reports before any grammar is involved, found the way the
 * tokenizer finds them: indentation, brackets, strings, and a block header without its
 * colon. @lezer/python recovers from all of these silently, so they are checked here first,
 * which also gives Python's own wording.
 */

const BLOCK_KEYWORDS: Record<string, string> = {
  class: 'class definition',
  def: 'function definition',
  if: "'if' statement",
  elif: "'elif' statement",
  else: "'else' statement",
  for: "'for' statement",
  while: "'while' statement",
  try: "'try' statement",
  except: "'except' statement",
  finally: "'finally' statement",
  with: "'with' statement",
  match: "'match' statement",
  case: "'case' statement",
};

/** `match` and `case` are keywords only where a statement starts with them and ends with a colon. */
const SOFT_KEYWORDS = new Set(['match', 'case']);

const OPENERS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

interface LogicalLine {
  line: number;
  indent: number;
  /** The code with strings blanked out and comments removed, joined across continuation lines. */
  code: string;
  lastLine: number;
  /** Column (0-based, in `lastLine`) just past the last code character. */
  endCol: number;
  /** Whether the line has a ':' at bracket depth 0, and whether it is the last token. */
  colonAtDepth0: boolean;
  endsWithColon: boolean;
}

export function checkSyntax(source: string): SyntaxProblem | null {
  const scan = scanLogicalLines(source);
  if ('problem' in scan) return scan.problem;
  return checkBlocks(scan.lines);
}

function indentWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    if (ch === ' ') width += 1;
    else if (ch === '\t') width = width + 8 - (width % 8);
    else if (ch === '\f') width = 0;
    else break;
  }
  return width;
}

function scanLogicalLines(source: string): { lines: LogicalLine[] } | { problem: SyntaxProblem } {
  const physical = source.split('\n');
  const lines: LogicalLine[] = [];
  const brackets: { ch: string; line: number; col: number }[] = [];
  let current: LogicalLine | null = null;
  let inString: { quote: string; triple: boolean; line: number; col: number } | null = null;

  for (let i = 0; i < physical.length; i++) {
    const text = physical[i]!.replace(/\r$/, '');
    const lineNo = i + 1;
    let col = 0;
    if (!current && !inString) {
      const stripped = text.trimStart();
      if (stripped === '' || stripped.startsWith('#')) continue;
      current = { line: lineNo, indent: indentWidth(text), code: '', lastLine: lineNo, endCol: 0, colonAtDepth0: false, endsWithColon: false };
      col = text.length - stripped.length;
    }
    let continued = false;
    let stringContinues = false;
    while (col < text.length) {
      const ch = text[col]!;
      if (inString) {
        if (ch === '\\') {
          // A backslash ending the line continues even a single-quoted string.
          stringContinues = col === text.length - 1;
          col += 2;
          continue;
        }
        if (inString.triple ? text.startsWith(inString.quote.repeat(3), col) : ch === inString.quote) {
          col += inString.triple ? 3 : 1;
          inString = null;
          current!.code += 'S';
          current!.endsWithColon = false;
          current!.lastLine = lineNo;
          current!.endCol = col;
          continue;
        }
        col++;
        continue;
      }
      if (ch === '#') break;
      if (ch === '\\' && col === text.length - 1) {
        continued = true;
        break;
      }
      if (ch === '"' || ch === "'") {
        const triple = text.startsWith(ch.repeat(3), col);
        inString = { quote: ch, triple, line: lineNo, col };
        col += triple ? 3 : 1;
        continue;
      }
      const cur: LogicalLine = current!;
      if (ch in OPENERS) brackets.push({ ch, line: lineNo, col });
      else if (ch in CLOSERS) {
        const open = brackets.pop();
        if (!open) return { problem: { type: 'SyntaxError', message: `unmatched '${ch}'`, line: lineNo, offset: col + 1 } };
        if (open.ch !== CLOSERS[ch]) {
          const message =
            open.line === lineNo
              ? `closing parenthesis '${ch}' does not match opening parenthesis '${open.ch}'`
              : `closing parenthesis '${ch}' does not match opening parenthesis '${open.ch}' on line ${open.line}`;
          return { problem: { type: 'SyntaxError', message, line: lineNo, offset: col + 1 } };
        }
      }
      if (!/\s/.test(ch)) {
        cur.lastLine = lineNo;
        cur.endCol = col + 1;
        cur.endsWithColon = ch === ':' && brackets.length === 0;
        if (ch === ':' && brackets.length === 0) cur.colonAtDepth0 = true;
      }
      cur.code += ch;
      col++;
    }
    if (inString && !inString.triple && !stringContinues) {
      return { problem: { type: 'SyntaxError', message: `unterminated string literal (detected at line ${lineNo})`, line: inString.line, offset: inString.col + 1 } };
    }
    if (current) current.code += ' ';
    if (!continued && !inString && brackets.length === 0 && current) {
      lines.push(current);
      current = null;
    }
  }
  if (inString) {
    return {
      problem: { type: 'SyntaxError', message: `unterminated triple-quoted string literal (detected at line ${physical.length})`, line: inString.line, offset: inString.col + 1 },
    };
  }
  if (brackets.length > 0) {
    const open = brackets[0]!;
    return { problem: { type: 'SyntaxError', message: `'${open.ch}' was never closed`, line: open.line, offset: open.col + 1 } };
  }
  if (current) lines.push(current);
  return { lines };
}

function checkBlocks(lines: LogicalLine[]): SyntaxProblem | null {
  const stack = [0];
  let opener: { keyword: string; line: number } | null = null;
  for (const logical of lines) {
    const top = stack[stack.length - 1]!;
    if (opener) {
      if (logical.indent <= top) {
        return {
          type: 'IndentationError',
          message: `expected an indented block after ${BLOCK_KEYWORDS[opener.keyword]} on line ${opener.line}`,
          line: logical.line,
          offset: 1,
        };
      }
      stack.push(logical.indent);
    } else if (logical.indent > top) {
      return { type: 'IndentationError', message: 'unexpected indent', line: logical.line, offset: 1 };
    } else if (logical.indent < top) {
      while (stack.length > 1 && stack[stack.length - 1]! > logical.indent) stack.pop();
      if (stack[stack.length - 1] !== logical.indent) {
        return { type: 'IndentationError', message: 'unindent does not match any outer indentation level', line: logical.line, offset: logical.indent + 1 };
      }
    }
    opener = null;
    // `async def`, `async for` and `async with` open blocks as their plain forms do.
    const header = /^async\s+(?=def|for|with)\b/.test(logical.code) ? logical.code.replace(/^async\s+/, '') : logical.code;
    const keyword = /^([a-z]+)\b/.exec(header)?.[1];
    if (keyword && SOFT_KEYWORDS.has(keyword) && !logical.endsWithColon) continue;
    if (keyword && keyword in BLOCK_KEYWORDS && !isNotAHeader(keyword, header)) {
      if (!logical.colonAtDepth0) {
        return { type: 'SyntaxError', message: "expected ':'", line: logical.lastLine, offset: logical.endCol + 1 };
      }
      if (logical.endsWithColon) opener = { keyword, line: logical.line };
    }
  }
  if (opener) {
    const last = lines[lines.length - 1]!;
    return {
      type: 'IndentationError',
      message: `expected an indented block after ${BLOCK_KEYWORDS[opener.keyword]} on line ${opener.line}`,
      line: last.lastLine + 1,
      offset: 1,
    };
  }
  return null;
}

/** `else` and `if` also appear inside expressions; only a line that starts with them is a header. */
function isNotAHeader(keyword: string, code: string): boolean {
  // `print = 1` style assignments to a name that merely starts like a keyword are excluded
  // by the word boundary in the caller; an assignment to a keyword is a different error.
  return /^[a-z]+\s*(=[^=]|\.)/.test(code) && !['else', 'try', 'finally'].includes(keyword);
}
