import type { CodeBlock } from './rehype-code-blocks';

/**
 * A console block shows commands after a prompt, `$ ` or `(env) $ ` when a virtual
 * environment is active, and their output on the lines that follow.
 */
export const PROMPT = /^(?:\(([\w.-]+)\) )?\$ (.+)$/;

/** Windows' prompt in a block for the learner's own computer: `> ` or `(env) > `. */
export const WINDOWS_PROMPT = /^(?:\(([\w.-]+)\) )?> (.+)$/;

export interface ConsoleCommand {
  /** The virtual environment the prompt shows as active, if any. */
  venv: string | null;
  command: string;
}

export function consoleCommands(blocks: readonly CodeBlock[]): ConsoleCommand[] {
  return blocks
    // Commands for the learner's own computer are not the sandbox's to practise.
    .filter((b) => b.lang === 'console' && b.runs === undefined)
    .flatMap((b) => b.code.split('\n'))
    .map((line) => PROMPT.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ venv: m[1] ?? null, command: m[2]! }));
}
