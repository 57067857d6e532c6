/**
 * Turns the raw data a terminal sends for keys (xterm's onData strings, or a Node TTY in
 * raw mode) into what the line editor acts on. Which key asks for which command is decided
 * here only.
 */

/** An editing command, named after what it does rather than the key that asks for it. */
export type Action =
  | 'enter'
  | 'backspace'
  | 'delete'
  | 'eof'
  | 'left'
  | 'right'
  | 'home'
  | 'end'
  | 'up'
  | 'down'
  | 'wordLeft'
  | 'wordRight'
  | 'killStart'
  | 'killEnd'
  | 'killBackToSpace'
  | 'killWordBack'
  | 'killWordForward'
  | 'yank'
  | 'complete'
  | 'interrupt'
  | 'clear';

/** Typed (or pasted) text, or an editing command. */
export type Key = { text: string } | { action: Action };

const CONTROL: Record<string, Action> = {
  '\x01': 'home',
  '\x02': 'left',
  '\x03': 'interrupt',
  '\x04': 'eof',
  '\x05': 'end',
  '\x06': 'right',
  '\b': 'backspace',
  '\x7f': 'backspace',
  '\t': 'complete',
  '\x0b': 'killEnd',
  '\x0c': 'clear',
  '\x0e': 'down',
  '\x10': 'up',
  '\x15': 'killStart',
  '\x17': 'killBackToSpace',
  '\x19': 'yank',
};

/** Final letters of cursor keys, in both their CSI (ESC [) and SS3 (ESC O) forms. */
const CURSOR: Record<string, Action> = { A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end' };

/** ESC [ n ~ keys; 7 and 8 are rxvt's Home and End. */
const TILDE: Record<string, Action> = { '1': 'home', '7': 'home', '4': 'end', '8': 'end', '3': 'delete' };

/** Alt+key arrives as ESC followed by the key. */
const META: Record<string, Action> = {
  b: 'wordLeft',
  f: 'wordRight',
  d: 'killWordForward',
  '\x7f': 'killWordBack',
  '\b': 'killWordBack',
};

/** C0 and C1 controls: never inserted as text. */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code < 0xa0);
}

/** Where the escape sequence starting at `at` ends (exclusive), or null while its end has not arrived. */
function sequenceEnd(input: string, at: number): number | null {
  if (at + 1 >= input.length) return null;
  const kind = input.charAt(at + 1);
  if (kind === '[') {
    let end = at + 2;
    while (end < input.length && input.charCodeAt(end) >= 0x20 && input.charCodeAt(end) <= 0x3f) end++;
    if (end >= input.length) return null;
    const final = input.charCodeAt(end);
    // A sequence broken by a byte that cannot end it is dropped up to that byte, which is then read anew.
    return final >= 0x40 && final <= 0x7e ? end + 1 : end;
  }
  if (kind === 'O') return at + 2 < input.length ? at + 3 : null;
  // Escape pressed on its own, then another escape sequence.
  if (kind === '\x1b') return at + 1;
  return at + 1 + ((input.codePointAt(at + 1) ?? 0) > 0xffff ? 2 : 1);
}

function sequenceAction(sequence: string): Action | undefined {
  const kind = sequence.charAt(1);
  const final = sequence.charAt(sequence.length - 1);
  if (kind === 'O') return sequence.length === 3 ? CURSOR[final] : undefined;
  if (kind !== '[') return sequence.length > 1 ? META[sequence.slice(1)] : undefined;
  const [first = '', modifier = '1'] = sequence.slice(2, -1).split(';');
  if (final === '~') return TILDE[first];
  const action = CURSOR[final];
  // xterm's modifier parameter is 1 + a bit mask (shift 1, alt 2, ctrl 4): Ctrl or Alt with an arrow moves by words.
  const byWord = ((Number(modifier) - 1) & 6) !== 0;
  if (byWord && action === 'left') return 'wordLeft';
  if (byWord && action === 'right') return 'wordRight';
  return action;
}

/**
 * Decodes key data chunk by chunk. A terminal may split one escape sequence across chunks,
 * so an unfinished one at the end of a chunk waits for the next.
 */
export class KeyDecoder {
  private partial = '';

  decode(data: string): Key[] {
    const input = this.partial + data;
    this.partial = '';
    const keys: Key[] = [];
    const act = (action: Action | undefined) => {
      if (action) keys.push({ action });
    };
    let i = 0;
    while (i < input.length) {
      const ch = input.charAt(i);
      if (ch === '\x1b') {
        const end = sequenceEnd(input, i);
        if (end === null) {
          this.partial = input.slice(i);
          break;
        }
        act(sequenceAction(input.slice(i, end)));
        i = end;
      } else if (ch === '\r' || ch === '\n') {
        act('enter');
        // Pasted Windows line endings: one line break, not an extra empty line.
        i += ch === '\r' && input.charAt(i + 1) === '\n' ? 2 : 1;
      } else if (isControl(input.charCodeAt(i))) {
        act(CONTROL[ch]);
        i++;
      } else {
        let end = i;
        while (end < input.length && !isControl(input.charCodeAt(end))) end++;
        const last = input.charCodeAt(end - 1);
        if (end === input.length && last >= 0xd800 && last <= 0xdbff) {
          // The other half of a surrogate pair is in the next chunk.
          this.partial = input.charAt(end - 1);
          end--;
        }
        const previous = keys[keys.length - 1];
        // Runs of text stay one key, so that a long paste is drawn once.
        if (previous && 'text' in previous) previous.text += input.slice(i, end);
        else if (end > i) keys.push({ text: input.slice(i, end) });
        i = end;
        if (this.partial) break;
      }
    }
    return keys;
  }

  /** Forgets an unfinished sequence (its key went elsewhere). */
  reset(): void {
    this.partial = '';
  }
}
