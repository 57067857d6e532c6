import { LineEditor } from '../shell/line-editor';
import type { Shell } from '../shell/shell';
import type { CommandIO } from '../shell/io';
import { LineDiscipline, type KeySource } from './line-discipline';

/** What the terminal is doing, for the page: its keys go to different places in each. */
export type TerminalState =
  /** The line editor waits for a command. */
  | 'prompt'
  /** A command runs; the Worker may be too busy to read messages. */
  | 'running'
  /** A command runs and waits for a line (keys go through shared memory). */
  | 'reading'
  /** A command holds the terminal until Ctrl+C (runserver): the Worker reads messages. */
  | 'holding';

export interface TerminalHost {
  write(text: string): void;
  state(state: TerminalState): void;
  /** Keys typed while a command runs, when the page can share memory with the Worker. */
  keys: KeySource | null;
  /** Forgets keys meant for a command that has ended. */
  clearKeys?(): void;
}

export const BANNER = 'Sandbox shell: type help to see what it runs.\n';

/**
 * The sandbox shell at xterm.js in the page, as cli-shell.ts runs it at a real terminal:
 * the line editor reads a command, the shell runs it, and the prompt comes back.
 */
export class TerminalSession {
  private readonly editor: LineEditor;
  private readonly input: LineDiscipline | null;
  private columns: number;
  private running = false;
  private typeahead = '';
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
    this.input = host.keys ? new LineDiscipline(host.keys, (text) => host.write(text)) : null;
    shell.holdingChanged = (holding) => {
      host.state(holding ? 'holding' : 'running');
      if (holding) this.settle();
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

  /** Keys from xterm.js that arrived as messages. */
  keys(data: string): void {
    if (!this.running && this.editor.reading) {
      this.editor.feed(data);
      return;
    }
    if (this.running && this.shell.holding) {
      if (data.includes('\x03')) {
        this.host.write('^C\n');
        this.shell.interrupt();
      } else this.host.write(data.replace(/\r/g, '\n'));
      return;
    }
    // Typed while a command was busy: the line editor gets it afterwards, as bash does.
    this.typeahead += data;
  }

  /** Runs until `exit`; then starts again, since a page's terminal cannot close. */
  async start(): Promise<void> {
    this.host.write(BANNER);
    for (;;) {
      this.host.state('prompt');
      const reading = this.editor.read(this.shell.prompt(true));
      if (this.typeahead) {
        const keys = this.typeahead;
        this.typeahead = '';
        this.editor.feed(keys);
      }
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
    this.host.clearKeys?.();
    this.host.state('running');
    try {
      await this.shell.run(line, this.commandIO());
    } catch (err) {
      // A fault of the sandbox itself must not take the terminal with it.
      this.host.write(`sandbox: ${err instanceof Error ? err.message : String(err)}\n`);
    } finally {
      this.running = false;
      this.settle();
    }
  }

  private commandIO(): CommandIO {
    const { host, input } = this;
    const columns = () => this.columns;
    const read = (echo: boolean) => {
      if (!input) return null;
      host.state('reading');
      try {
        return input.readLine(echo);
      } finally {
        host.state('running');
      }
    };
    return {
      stdout: (text) => host.write(text),
      stderr: (text) => host.write(text),
      readLine: () => read(true),
      readSecret: (prompt) => {
        host.write(prompt);
        return read(false);
      },
      isTerminal: true,
      stdinIsTerminal: input !== null,
      interrupted: () => host.keys?.interrupted() ?? false,
      get columns() {
        return columns();
      },
    };
  }
}
