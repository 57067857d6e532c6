import path from 'node:path';
import type { CommandIO, Completion } from './io';
import { parse, ShellSyntaxError, type SimpleCommand } from './syntax';
import { expandWord, type ExpansionContext } from './expand';
import { withRedirects } from './redirect';
import { commandNotFound, resolveCommand, type ResolvedCommand } from './resolve';
import { complete } from './completion';
import { initialVariables } from './variables';

/** What a shell keeps between commands, and what is saved and restored with the learner's files. */
export interface ShellState {
  cwd: string;
  variables: Record<string, string>;
  history: string[];
  /** The latest lines run, with their exit status: what graded exercises look at. */
  ran?: RanCommand[];
}

export interface RanCommand {
  line: string;
  status: number;
  /** The folder the line started in: a command counts for the project it ran in. */
  cwd?: string;
}

/** How many commands the shell remembers with their status; enough for a lesson, small to save. */
const RAN_KEPT = 200;

export interface ShellOptions {
  /** The learner's home folder (`~`). */
  home: string;
  /** Where the shell starts; the home folder if not given. */
  cwd?: string;
  /** A saved state to continue from (after a reload). */
  state?: ShellState;
}

/** Runs command lines as bash would, with the sandbox's builtins and programs. */
export class Shell {
  readonly home: string;
  cwd: string;
  variables: Map<string, string>;
  history: string[];
  ran: RanCommand[];
  lastStatus = 0;
  /** Set by `exit`: the host ends the session (or leaves a `pipenv shell`). */
  exitRequested: number | null = null;
  /** The command holding the terminal (runserver) stops when this is called. */
  private interruptHandler: (() => void) | null = null;

  constructor(options: ShellOptions) {
    this.home = options.home;
    const saved = options.state;
    this.cwd = saved?.cwd ?? options.cwd ?? options.home;
    this.variables = new Map(Object.entries(saved?.variables ?? initialVariables(options.home)));
    this.history = saved ? [...saved.history] : [];
    this.ran = [...(saved?.ran ?? [])];
  }

  state(): ShellState {
    return { cwd: this.cwd, variables: Object.fromEntries(this.variables), history: [...this.history], ran: [...this.ran] };
  }

  /** bash's PS1 as the sandbox shows it: `(env) ~/myproject $ `. */
  prompt(colour = false): string {
    const venv = this.variables.get('VIRTUAL_ENV_PROMPT');
    const where = this.displayPath(this.cwd);
    const folder = colour ? `\x1b[1;34m${where}\x1b[0m` : where;
    return `${venv ?? ''}${folder} $ `;
  }

  /** A path as the prompt shows it: under the home folder it starts with `~`. */
  displayPath(p: string): string {
    if (p === this.home) return '~';
    if (p.startsWith(this.home + '/')) return `~${p.slice(this.home.length)}`;
    return p;
  }

  resolvePath(p: string): string {
    return path.resolve(this.cwd, p);
  }

  /**
   * What a command name means on this shell's PATH. Programs that look commands up
   * themselves (`which`, `pipenv run`, a script's `#!`) ask the shell they were given, so
   * the resolver, which knows them all, is the only module that imports them.
   */
  resolveCommand(name: string): ResolvedCommand | null {
    return resolveCommand(this, name);
  }

  /** Runs one line typed at the prompt; resolves with its exit status ($?). */
  async run(line: string, io: CommandIO, options: { remember?: boolean } = {}): Promise<number> {
    if (options.remember !== false) this.remember(line);
    const startedIn = this.cwd;
    let list;
    try {
      list = parse(line);
    } catch (err) {
      if (!(err instanceof ShellSyntaxError)) throw err;
      io.stderr(`bash: ${err.message}\n`);
      this.lastStatus = 2;
      return 2;
    }
    for (const { connector, command } of list.items) {
      if (connector === '&&' && this.lastStatus !== 0) continue;
      if (connector === '||' && this.lastStatus === 0) continue;
      this.lastStatus = await this.runSimple(command, io);
      if (this.exitRequested !== null) break;
    }
    if (options.remember !== false && line.trim()) {
      this.ran.push({ line: line.trim(), status: this.lastStatus, cwd: startedIn });
      if (this.ran.length > RAN_KEPT) this.ran.splice(0, this.ran.length - RAN_KEPT);
    }
    return this.lastStatus;
  }

  /** Ctrl+C while a command holds the terminal. */
  interrupt(): void {
    const handler = this.interruptHandler;
    this.interruptHandler = null;
    if (handler) this.holdingChanged?.(false);
    handler?.();
  }

  /** Whether a command holds the terminal until Ctrl+C (a running server). */
  get holding(): boolean {
    return this.interruptHandler !== null;
  }

  /** A running command that goes on until Ctrl+C registers how to stop it. */
  onInterrupt(handler: (() => void) | null): void {
    this.interruptHandler = handler;
    this.holdingChanged?.(handler !== null);
  }

  /** Told when a command starts or stops holding the terminal (a page shows the server running). */
  holdingChanged?: (holding: boolean) => void;

  complete(line: string, cursor: number): Completion {
    return complete(this, line, cursor);
  }

  expansion(): ExpansionContext {
    return { cwd: this.cwd, home: this.home, variable: (name) => this.variables.get(name), lastStatus: this.lastStatus };
  }

  private remember(line: string) {
    // HISTCONTROL=ignoreboth, Ubuntu's default: no blank lines, no repeats, nothing typed after a space.
    if (!line.trim() || line.startsWith(' ') || this.history[this.history.length - 1] === line) return;
    this.history.push(line);
  }

  private async runSimple(command: SimpleCommand, io: CommandIO): Promise<number> {
    const ctx = this.expansion();
    const words = command.words.flatMap((w) => expandWord(w, ctx));
    const assignments = command.assignments.map(({ name, value }) => [name, expandWord(value, ctx).join(' ')] as const);
    if (!words.length) {
      for (const [name, value] of assignments) this.variables.set(name, value);
      return withRedirects(command.redirects, this, io, () => 0);
    }
    const [name, ...args] = words as [string, ...string[]];
    // `NAME=value command`: the variable is in the command's environment only.
    const saved = assignments.map(([n]) => [n, this.variables.get(n)] as const);
    for (const [n, v] of assignments) this.variables.set(n, v);
    try {
      return await withRedirects(command.redirects, this, io, (redirected) => {
        const found = resolveCommand(this, name);
        if (!found) {
          redirected.stderr(commandNotFound(name));
          return 127;
        }
        return found.run({ name, args, io: redirected, shell: this, path: found.path });
      });
    } finally {
      for (const [n, v] of saved) {
        if (v === undefined) this.variables.delete(n);
        else this.variables.set(n, v);
      }
    }
  }
}
