/**
 * What a running command talks to. The same shell runs on a real terminal (the Node
 * bundle), inside WebContainer and in the browser's Worker; each host supplies this.
 */
export interface CommandIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** One line typed while the command runs (a prompt such as makemigrations' questions), or null at end of input. */
  readLine(): string | null;
  /** getpass(): a line read without echo; without it, a plain line. */
  readSecret?(prompt: string): string | null;
  /** Whether output goes to a terminal (Django colours its messages there). */
  isTerminal: boolean;
  /** Whether input comes from a terminal (`manage.py shell` then reads lines interactively); defaults to isTerminal. */
  stdinIsTerminal?: boolean;
  /** Whether Ctrl+C was pressed while the command runs, where no signal can reach it (the browser's worker). */
  interrupted?(): boolean;
  /** Whether Ctrl+C reaches a program while it computes (see ProgramIO.interruptReachesLoops). */
  interruptReachesLoops?: boolean;
  /** The terminal's width (ls fits its columns to it); 80 if not known. */
  columns?: number;
}

/** A completion offer for the text before the cursor: replace [start, cursor) with one of `candidates`. */
export interface Completion {
  start: number;
  /** Full replacements; a folder ends with '/', a finished word with ' '. */
  candidates: string[];
}
