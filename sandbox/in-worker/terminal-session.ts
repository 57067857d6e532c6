import { LineEditor } from '../shell/line-editor';
import type { Shell } from '../shell/shell';
import type { CommandIO } from '../shell/io';
import { LineDiscipline } from './line-discipline';
import { TerminalInput, type KeyChannel } from './terminal-input';
import type { TerminalState } from '../protocol/terminal-state';
import type { TerminalNotice } from '../protocol/terminal-notice';
import { OUTPUT_LIMIT, OutputLimit } from './output-limit';

export interface TerminalHost {
  write(text: string): void;
  state(state: TerminalState): void;
  notice(notice: TerminalNotice): void;
  /** Sends output still held back, before the Worker blocks (see TerminalInput). */
  flush?(): void;
  /** Where the page writes the keys, when it can share memory with the Worker; else they come as messages. */
  keys: KeyChannel | null;
}

export const BANNER = 'Sandbox shell: type help to see what it runs.\n';

/**
 * The sandbox shell at xterm.js in the page, as cli/cli-shell.ts runs it at a real terminal:
 * the line editor reads a command, the shell runs it, and the prompt comes back.
 */
export class TerminalSession {
  private readonly editor: LineEditor;
  /** Every key typed and not yet read, whoever reads it: the one way keys come in. */
  private readonly input: TerminalInput;
  private readonly discipline: LineDiscipline;
  private columns: number;
  private running = false;
  /** Who waits for the command under way to end (or to hold the terminal). */
  private waiting: (() => void)[] = [];

  constructor(
    private readonly shell: Shell,
    private readonly host: TerminalHost,
    columns: number,
  ) {
    this.columns = columns;
    this.editor = new LineEditor(
      { write: (text) => host.write(text), complete: (line, cursor) => shell.complete(line, cursor), columns: () => this.columns },
      shell.history,
    );
    this.input = new TerminalInput(host.keys, () => host.flush?.());
    this.discipline = new LineDiscipline(this.input, (text) => host.write(text));
    shell.holdingChanged = (holding) => {
      host.state(holding ? 'holding' : 'running');
      if (!holding) return;
      this.settle();
      // A Ctrl+C typed ahead for the server stops it as soon as it listens (after it has said so).
      queueMicrotask(() => this.pump());
    };
  }

  /**
   * Resolves when no command is under way, or when the one under way holds the terminal
   * (a server, which the learner edits files beside). A command that awaits something
   * lets other messages in; a save taken then would keep a command halfway done (half a
   * pip install, half a migrate), so a save (and grading) waits for this.
   */
  betweenCommands(): Promise<void> {
    if (!this.running || this.shell.holding) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private settle(): void {
    this.waiting.splice(0).forEach((resolve) => resolve());
  }

  resize(columns: number): void {
    this.columns = columns;
  }

  /**
   * The page typed something: the keys themselves when they come as a message, nothing when
   * they wait in shared memory. Either way they join the queue, and whoever reads now takes
   * what is theirs.
   */
  keys(data?: string): void {
    if (data) this.input.push(data);
    this.pump();
  }

  /**
   * Hands queued keys to whoever reads them now. At the prompt the line editor gets them
   * one line at a time, so that the keys after an Enter wait for what that line runs (a
   * command's questions, or the next prompt). A server gets its Ctrl+C. A command that
   * neither reads nor holds leaves them queued; a running Python program looks for Ctrl+C
   * there itself.
   */
  private pump(): void {
    if (!this.running) {
      while (this.editor.reading) {
        const line = this.input.takeLine();
        if (!line) return;
        this.editor.feed(line);
      }
      return;
    }
    if (this.shell.holding) this.keysForServer();
  }

  /** Keys typed while a server holds the terminal echo, as a terminal echoes them; Ctrl+C stops it and flushes them. */
  private keysForServer(): void {
    const text = this.input.peek();
    const interrupt = text.indexOf('\x03');
    const typed = this.input.take(interrupt < 0 ? text.length : interrupt);
    if (typed) this.host.write(typed.replace(/\r/g, '\n').replace(/\x1b/g, '^['));
    if (interrupt < 0) return;
    this.input.take(1);
    this.host.write('^C\n');
    this.shell.interrupt();
  }

  /** Runs until `exit`; then starts again, since a page's terminal cannot close. */
  async start(): Promise<void> {
    this.host.write(BANNER);
    for (;;) {
      this.host.state('prompt');
      // The prompt is drawn whole before any key typed ahead reaches its line.
      const reading = this.editor.read(this.shell.prompt(true));
      this.pump();
      const line = await reading;
      if (line === null) {
        this.host.write('exit\n');
        continue;
      }
      await this.run(line);
      if (this.shell.exitRequested !== null) {
        // The terminal stays: a new session starts where the learner was.
        this.shell.exitRequested = null;
        this.host.write('\n');
      }
    }
  }

  private async run(line: string): Promise<void> {
    this.running = true;
    this.host.state('running');
    // Each stream its own allowance: after a flood of output, Ctrl+C's traceback still shows.
    let told = false;
    const reached = () => {
      if (!told) this.host.notice({ kind: 'output-dropped', limit: OUTPUT_LIMIT });
      told = true;
    };
    const stdout = new OutputLimit((text) => this.host.write(text), reached);
    const stderr = new OutputLimit((text) => this.host.write(text), reached);
    try {
      await this.shell.run(line, this.commandIO(stdout, stderr));
    } catch (err) {
      // A fault of the sandbox itself must not take the terminal with it.
      this.host.write(`sandbox: ${err instanceof Error ? err.message : String(err)}\n`);
    } finally {
      this.running = false;
      this.settle();
    }
  }

  private commandIO(stdout: OutputLimit, stderr: OutputLimit): CommandIO {
    const { host, input, discipline } = this;
    const columns = () => this.columns;
    const read = (echo: boolean) => {
      host.state('reading');
      try {
        return discipline.readLine(echo);
      } finally {
        host.state('running');
      }
    };
    return {
      stdout: (text) => stdout.pass(text),
      stderr: (text) => stderr.pass(text),
      readLine: () => read(true),
      readSecret: (prompt) => {
        host.write(prompt);
        return read(false);
      },
      isTerminal: true,
      stdinIsTerminal: input.canWait,
      interrupted: () => input.takeInterrupt(),
      // Keys in shared memory are read mid-loop: Ctrl+C, not a step budget, ends a long computation.
      interruptReachesLoops: input.canWait,
      get columns() {
        return columns();
      },
    };
  }
}
