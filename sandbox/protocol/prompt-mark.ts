/**
 * How the sandbox shell in WebContainer tells the page that a command has finished: just
 * before each prompt it writes an operating-system command (OSC) sequence carrying its
 * state. The page cannot read the shell's state file (it lives outside the folder the page
 * can reach, see layout.ts), and guessing the end of a command from a pause in the output
 * would be wrong for every slow command; this mark is exact and costs nothing.
 *
 * OSC 7770 means nothing to any terminal, so a mark that ever reached xterm.js unstripped
 * would be ignored, not shown.
 *
 * Both sides import this file: cli/cli-shell.ts (Node) writes marks, the runtime (browser)
 * reads them, so it uses only what both have (TextEncoder, btoa, atob).
 */
import type { ShellState } from '../shell/shell';
import { isShellState } from '../shell/shell-state';

/** Set (to anything) in the shell's environment to have it mark its prompts. */
export const PROMPT_MARK_VARIABLE = 'SANDBOX_PROMPT_MARKS';

const START = '\x1b]7770;prompt;';
const END = '\x07';

function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  // In slices: spreading a long history into one call would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(encoded: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0)));
}

/** The mark for a prompt; base64, so nothing in a history line can end the sequence early. */
export function promptMark(state: ShellState): string {
  return `${START}${toBase64(JSON.stringify(state))}${END}`;
}

export interface MarkedOutput {
  /** The output without its marks, for the terminal. */
  text: string;
  /** The state each mark carried, in order (a mark whose state cannot be read gives null). */
  prompts: (ShellState | null)[];
}

/**
 * Takes the marks out of the shell's output as it arrives. A mark can be split across
 * chunks, so an unfinished one (or text that may be the start of one) waits for the next.
 */
export class PromptMarkReader {
  private pending = '';

  read(chunk: string): MarkedOutput {
    let rest = this.pending + chunk;
    this.pending = '';
    let text = '';
    const prompts: (ShellState | null)[] = [];
    for (;;) {
      const start = rest.indexOf(START);
      if (start < 0) break;
      const end = rest.indexOf(END, start + START.length);
      if (end < 0) {
        this.pending = rest.slice(start);
        return { text: text + rest.slice(0, start), prompts };
      }
      text += rest.slice(0, start);
      prompts.push(decode(rest.slice(start + START.length, end)));
      rest = rest.slice(end + END.length);
    }
    const held = partialStart(rest);
    this.pending = rest.slice(rest.length - held);
    return { text: text + rest.slice(0, rest.length - held), prompts };
  }
}

function decode(payload: string): ShellState | null {
  try {
    const state: unknown = JSON.parse(fromBase64(payload));
    return isShellState(state) ? state : null;
  } catch {
    return null;
  }
}

/** How many characters at the end of `text` could be the beginning of a mark. */
function partialStart(text: string): number {
  for (let n = Math.min(START.length - 1, text.length); n > 0; n--) if (START.startsWith(text.slice(-n))) return n;
  return 0;
}
