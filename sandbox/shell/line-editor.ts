/**
 * The shell's line editor, after bash's readline: editing keys, history, Tab completion.
 * It knows nothing of the terminal it runs on: a host feeds it the key data the terminal
 * sends and gets ANSI text back to write, so a real terminal and xterm.js share it.
 */
import type { Completion } from './io';
import { KeyDecoder, type Key } from './keys';

export interface LineEditorHost {
  /** ANSI text for the terminal. */
  write(text: string): void;
  complete(line: string, cursor: number): Completion;
  /** The terminal's width, for wrapping long lines. */
  columns(): number;
}

/** Above this many candidates, Tab Tab asks before listing them, as readline does. */
const QUERY_ITEMS = 100;
const ANSI_SEQUENCE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[^[\]])/g;
const WORD = /[\p{L}\p{N}_]/u;

/** Columns a prompt takes on screen: colour sequences take none. */
function visibleWidth(text: string): number {
  return [...text.replace(ANSI_SEQUENCE, '').replace(/[\x00-\x1f\x7f]/g, '')].length;
}

const isWord = (ch: string | undefined): boolean => ch !== undefined && WORD.test(ch);

/** Where a word move left from `at` lands: over non-word characters, then a word (readline's backward-word). */
function wordStart(chars: readonly string[], at: number): number {
  let i = at;
  while (i > 0 && !isWord(chars[i - 1])) i--;
  while (i > 0 && isWord(chars[i - 1])) i--;
  return i;
}

function wordEnd(chars: readonly string[], at: number): number {
  let i = at;
  while (i < chars.length && !isWord(chars[i])) i++;
  while (i < chars.length && isWord(chars[i])) i++;
  return i;
}

/** Ctrl+W's word is whitespace-delimited (readline's unix-word-rubout). */
function spaceWordStart(chars: readonly string[], at: number): number {
  let i = at;
  while (i > 0 && chars[i - 1] === ' ') i--;
  while (i > 0 && chars[i - 1] !== ' ') i--;
  return i;
}

function commonPrefix(words: string[]): string {
  let prefix = [...(words[0] ?? '')];
  for (const word of words.slice(1)) {
    const chars = [...word];
    let n = 0;
    while (n < prefix.length && prefix[n] === chars[n]) n++;
    prefix = prefix.slice(0, n);
  }
  return prefix.join('');
}

/** How bash lists a candidate: without the finishing space, and a path by its last component. */
function displayName(candidate: string): string {
  const word = candidate.endsWith(' ') ? candidate.slice(0, -1) : candidate;
  const slash = word.lastIndexOf('/', word.length - 2);
  return word.slice(slash + 1) || word;
}

/** Candidates in columns read down then across, sized as readline sizes them. */
function listing(candidates: string[], width: number): string {
  const names = candidates.map(displayName);
  const cell = names.reduce((max, name) => Math.max(max, [...name].length), 0) + 2;
  let perRow = Math.floor(width / cell);
  // A row filled to the last column would wrap by itself.
  if (perRow !== 1 && perRow * cell === width) perRow--;
  perRow = Math.max(1, perRow);
  const rows = Math.ceil(names.length / perRow);
  let out = '';
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < perRow; column++) {
      const name = names[row + column * rows];
      if (name === undefined) break;
      const more = row + (column + 1) * rows < names.length && column + 1 < perRow;
      out += more ? name + ' '.repeat(cell - [...name].length) : name;
    }
    out += '\r\n';
  }
  return out;
}

/** Relative cursor movement between two offsets of a block drawn from column 0. */
function move(from: number, to: number, width: number): string {
  const rows = Math.floor(to / width) - Math.floor(from / width);
  const fromColumn = from % width;
  const column = to % width;
  let out = rows < 0 ? `\x1b[${-rows}A` : rows > 0 ? `\x1b[${rows}B` : '';
  if (column === 0 && fromColumn !== 0) out += '\r';
  else if (column < fromColumn) out += `\x1b[${fromColumn - column}D`;
  else if (column > fromColumn) out += `\x1b[${column - fromColumn}C`;
  return out;
}

/**
 * After text ending exactly at the right margin, a terminal keeps its cursor on the last
 * column until the next character ("pending wrap"); a space and a carriage return put it
 * at the start of the next row, where the rest of the editor expects it.
 */
function settle(end: number, width: number): string {
  return end > 0 && end % width === 0 ? ' \r' : '';
}

export class LineEditor {
  private readonly decoder = new KeyDecoder();
  /** Keys that came after an accepted line (a multi-line paste): the input of the next reads. */
  private readonly queued: Key[] = [];
  private resolveLine: ((line: string | null) => void) | null = null;
  /** Lines of a multi-line prompt before its last: written once, never redrawn in place. */
  private promptHead = '';
  private prompt = '';
  private promptWidth = 0;
  /** The line as code points, so that one column is one element. Replaced, never mutated. */
  private chars: readonly string[] = [];
  private cursor = 0;
  /** The terminal cursor's offset from the start of the prompt's last line. */
  private shown = 0;
  private historyIndex = 0;
  /** The line being typed, kept while walking the history. */
  private draft: readonly string[] = [];
  private killed = '';
  private lastWasTab = false;
  /** Candidates waiting for the answer to "Display all N possibilities?". */
  private confirming: string[] | null = null;

  constructor(
    private readonly host: LineEditorHost,
    /** Oldest first; the shell appends to it, the editor only reads it. */
    private readonly history: readonly string[] = [],
  ) {}

  get reading(): boolean {
    return this.resolveLine !== null;
  }

  /** Shows the prompt and edits a new line; resolves with the accepted line, or null on Ctrl+D at an empty line. */
  read(prompt: string): Promise<string | null> {
    if (this.resolveLine) return Promise.reject(new Error('a line is already being read'));
    const lastLine = prompt.lastIndexOf('\n') + 1;
    this.promptHead = prompt.slice(0, lastLine);
    this.prompt = prompt.slice(lastLine);
    this.promptWidth = visibleWidth(this.prompt);
    this.chars = [];
    this.cursor = 0;
    this.historyIndex = this.history.length;
    this.draft = [];
    this.lastWasTab = false;
    const line = new Promise<string | null>((resolve) => {
      this.resolveLine = resolve;
    });
    this.redraw('');
    this.drain();
    return line;
  }

  /** Key data from the terminal: several keys, or a pasted text with line breaks. */
  feed(data: string): void {
    // Between reads, keys belong to the running command; the host sends them there.
    if (!this.resolveLine) return this.decoder.reset();
    for (const key of this.decoder.decode(data)) this.queued.push(key);
    this.drain();
  }

  private drain(): void {
    while (this.resolveLine) {
      const key = this.queued.shift();
      if (!key) return;
      this.handle(key);
    }
  }

  private handle(key: Key): void {
    if (this.confirming) return this.answer(key);
    const tabbed = this.lastWasTab;
    this.lastWasTab = 'action' in key && key.action === 'complete';
    if ('text' in key) return this.replace(this.cursor, this.cursor, key.text);
    const { chars, cursor } = this;
    switch (key.action) {
      case 'enter': return this.accept(chars.join(''));
      case 'eof': return chars.length === 0 ? this.accept(null) : this.replace(cursor, Math.min(cursor + 1, chars.length), '');
      case 'delete': return this.replace(cursor, Math.min(cursor + 1, chars.length), '');
      case 'backspace': return this.replace(Math.max(cursor - 1, 0), cursor, '');
      case 'left': return this.moveTo(Math.max(cursor - 1, 0));
      case 'right': return this.moveTo(Math.min(cursor + 1, chars.length));
      case 'home': return this.moveTo(0);
      case 'end': return this.moveTo(chars.length);
      case 'wordLeft': return this.moveTo(wordStart(chars, cursor));
      case 'wordRight': return this.moveTo(wordEnd(chars, cursor));
      case 'killStart': return this.kill(0, cursor);
      case 'killEnd': return this.kill(cursor, chars.length);
      case 'killBackToSpace': return this.kill(spaceWordStart(chars, cursor), cursor);
      case 'killWordBack': return this.kill(wordStart(chars, cursor), cursor);
      case 'killWordForward': return this.kill(cursor, wordEnd(chars, cursor));
      case 'yank': return this.replace(cursor, cursor, this.killed);
      case 'up': return this.recall(-1);
      case 'down': return this.recall(1);
      case 'complete': return this.complete(tabbed);
      case 'interrupt': {
        const left = this.leave(false);
        this.chars = [];
        this.cursor = 0;
        this.historyIndex = this.history.length;
        return this.redraw(left + '^C\r\n');
      }
      case 'clear': return this.redraw('\x1b[H\x1b[2J');
    }
  }

  private accept(line: string | null): void {
    const resolve = this.resolveLine;
    this.resolveLine = null;
    // At end of input the cursor stays after the prompt: bash writes "exit" there.
    if (line !== null) this.host.write(this.leave(true));
    resolve?.(line);
  }

  private width(): number {
    const columns = Math.floor(this.host.columns());
    return columns > 0 ? columns : 80;
  }

  /** Takes the cursor below the edited block, to hand the screen over to what comes next. */
  private leave(newline: boolean): string {
    const width = this.width();
    const end = this.promptWidth + this.chars.length;
    const below = end > 0 && end % width === 0;
    return move(this.shown, end, width) + (newline && !below ? '\r\n' : '');
  }

  /**
   * Draws the prompt and the line. With `fresh` text (written first) it starts where the
   * terminal's cursor is; without, it draws over the block already on screen.
   */
  private redraw(fresh?: string): void {
    const width = this.width();
    const end = this.promptWidth + this.chars.length;
    const target = this.promptWidth + this.cursor;
    const up = Math.floor(this.shown / width);
    const start = fresh === undefined ? (up > 0 ? `\x1b[${up}A` : '') + '\r\x1b[J' : fresh + this.promptHead;
    this.host.write(start + this.prompt + this.chars.join('') + settle(end, width) + move(end, target, width));
    this.shown = target;
  }

  private moveTo(cursor: number): void {
    const target = this.promptWidth + cursor;
    const out = move(this.shown, target, this.width());
    this.cursor = cursor;
    this.shown = target;
    if (out) this.host.write(out);
  }

  /** Replaces code points [from, to) of the line with `text`, leaving the cursor after it. */
  private replace(from: number, to: number, text: string): void {
    const inserted = [...text];
    if (from === to && inserted.length === 0) return;
    const appending = from === to && to === this.chars.length && this.cursor === to;
    this.chars = this.chars.slice(0, from).concat(inserted, this.chars.slice(to));
    this.cursor = from + inserted.length;
    if (!appending) return this.redraw();
    // Typing at the end of the line only needs the new text written.
    const end = this.promptWidth + this.chars.length;
    this.host.write(text + settle(end, this.width()));
    this.shown = end;
  }

  private kill(from: number, to: number): void {
    if (from === to) return;
    this.killed = this.chars.slice(from, to).join('');
    this.replace(from, to, '');
  }

  /** Steps through the history; edits to a recalled entry are dropped when stepping away. */
  private recall(step: -1 | 1): void {
    const newest = this.history.length;
    const index = Math.min(this.historyIndex, newest) + step;
    if (index < 0 || index > newest) return;
    if (this.historyIndex >= newest) this.draft = this.chars;
    this.historyIndex = index;
    this.chars = index === newest ? this.draft : [...(this.history[index] ?? '')];
    this.cursor = this.chars.length;
    this.redraw();
  }

  private complete(tabbed: boolean): void {
    const before = this.chars.slice(0, this.cursor).join('');
    const { start, candidates } = this.host.complete(this.chars.join(''), before.length);
    const from = [...before.slice(0, Math.max(0, start))].length;
    if (candidates.length === 0) return this.host.write('\x07');
    const best = candidates.length === 1 ? (candidates[0] ?? '') : commonPrefix(candidates);
    if (candidates.length === 1 || [...best].length > this.cursor - from) return this.replace(from, this.cursor, best);
    if (!tabbed) return this.host.write('\x07');
    if (candidates.length <= QUERY_ITEMS) return this.redraw(this.leave(true) + listing(candidates, this.width()));
    this.confirming = candidates;
    this.host.write(`${this.leave(true)}Display all ${candidates.length} possibilities? (y or n)`);
  }

  private answer(key: Key): void {
    const candidates = this.confirming ?? [];
    this.confirming = null;
    this.lastWasTab = false;
    const yes = 'text' in key && /^[yY ]/.test(key.text);
    this.redraw('\r\n' + (yes ? listing(candidates, this.width()) : ''));
  }
}
