/**
 * Python's textwrap.wrap and textwrap.fill, for text already collapsed to single spaces (as
 * argparse collapses it), so expand_tabs and replace_whitespace have nothing left to do.
 */
import { pyLen, pyStrip } from '../python';

/**
 * textwrap's wordsep_re: a chunk is a run of whitespace, an em-dash, or a word that may end
 * just after a hyphen between letters ("well-" / "known"), so hyphenated words can break.
 */
const WORD = String.raw`[\p{L}\p{N}_]`;
const WORD_PUNCT = String.raw`[\p{L}\p{N}_!"'&.,?]`;
const LETTER = String.raw`[\p{L}\p{Nl}\p{No}_]`;
const WS = String.raw`[\t\n\v\f\r ]`;
const NON_WS = String.raw`[^\t\n\v\f\r ]`;
const WORD_SEPARATOR = new RegExp(
  `(${WS}+` +
    `|(?<=${WORD_PUNCT})-{2,}(?=${WORD})` +
    `|${NON_WS}+?(?:` +
    `-(?:(?<=${LETTER}{2}-)|(?<=${LETTER}-${LETTER}-))(?=${LETTER}-?${LETTER})` +
    `|(?=${WS}|$)` +
    `|(?<=${WORD_PUNCT})(?=-{2,}${WORD})` +
    '))',
  'u',
);

const WHITESPACE_RUN = new RegExp(`(${WS}+)`, 'u');

/** TextWrapper._split: the text cut into words and runs of whitespace (and hyphen breaks, with break_on_hyphens). */
export function splitChunks(text: string, breakOnHyphens = true): string[] {
  return text.split(breakOnHyphens ? WORD_SEPARATOR : WHITESPACE_RUN).filter((chunk) => chunk !== '');
}

/** textwrap.wrap(text, width, initial_indent=..., subsequent_indent=...). */
export function wrap(text: string, width: number, initialIndent = '', subsequentIndent = ''): string[] {
  // Reversed, so the next chunk is at the end, as textwrap keeps it.
  const chunks = splitChunks(text).reverse();
  const lines: string[] = [];
  const isSpace = (chunk: string) => pyStrip(chunk) === '';
  while (chunks.length > 0) {
    const indent = lines.length > 0 ? subsequentIndent : initialIndent;
    const room = width - pyLen(indent);
    if (isSpace(chunks.at(-1)!) && lines.length > 0) chunks.pop();
    const line: string[] = [];
    let length = 0;
    while (chunks.length > 0 && length + pyLen(chunks.at(-1)!) <= room) {
      const chunk = chunks.pop()!;
      line.push(chunk);
      length += pyLen(chunk);
    }
    if (chunks.length > 0 && pyLen(chunks.at(-1)!) > room) {
      breakLongWord(chunks, line, length, room);
      length = line.reduce((sum, chunk) => sum + pyLen(chunk), 0);
    }
    if (line.length > 0 && isSpace(line.at(-1)!)) line.pop();
    if (line.length > 0) lines.push(indent + line.join(''));
  }
  return lines;
}

/** A word longer than a whole line: fill the line with its head, breaking after a hyphen if one fits. */
function breakLongWord(chunks: string[], line: string[], length: number, room: number): void {
  const spaceLeft = room < 1 ? 1 : room - length;
  const chunk = Array.from(chunks.at(-1)!);
  let end = spaceLeft;
  if (chunk.length > spaceLeft) {
    const hyphen = chunk.slice(0, spaceLeft).lastIndexOf('-');
    if (hyphen > 0 && chunk.slice(0, hyphen).some((c) => c !== '-')) end = hyphen + 1;
  }
  line.push(chunk.slice(0, end).join(''));
  chunks[chunks.length - 1] = chunk.slice(end).join('');
}

/** textwrap.fill(): wrap()'s lines joined with newlines. */
export function fill(text: string, width: number, initialIndent = '', subsequentIndent = ''): string {
  return wrap(text, width, initialIndent, subsequentIndent).join('\n');
}
