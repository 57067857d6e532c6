import type { WebContainerProcess } from '@webcontainer/api';
import type { ShellState } from '../../shell/shell';
import type { Container } from './container';
import { BUNDLE_PATH, STATE_PATH } from './layout';
import { PROMPT_MARK_VARIABLE, PromptMarkReader } from '../../protocol/prompt-mark';
import type { RuntimeNotice } from '../notices';

/** How long the output of an ended shell may trail its exit status. */
const OUTPUT_GRACE_MS = 1000;

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface ShellProcessHost {
  /** Terminal output, marks taken out. */
  output(text: string): void;
  /** The shell itself could not go on: said to the learner in the page's words. */
  notice(notice: RuntimeNotice): void;
  /** The prompt is back, with the shell's state at that moment (null if it could not be read). */
  prompt(state: ShellState | null): void;
}

/**
 * `node sandbox.js shell` on WebContainer's terminal, for as long as the page keeps the
 * runtime. The shell ends on `exit` or Ctrl+D; a page's terminal cannot close, so another
 * one starts, where the last one left (it reads the state file), as the Worker's terminal
 * starts a new session.
 */
export class ShellProcess {
  private process: WebContainerProcess | null = null;
  private writer: WritableStreamDefaultWriter<string> | null = null;
  private size: { cols: number; rows: number };
  private stopped = false;
  /** Settles when the running process has ended: the next runtime in the page waits for it. */
  ended: Promise<unknown> = Promise.resolve();
  /** Keys typed while no shell process was there to read them. */
  private typedAhead = '';

  constructor(
    private readonly container: Container,
    private readonly host: ShellProcessHost,
    columns: number,
    rows: number,
  ) {
    this.size = { cols: columns, rows };
  }

  async start(): Promise<void> {
    const process = await this.container.spawn('node', [BUNDLE_PATH, 'shell'], {
      terminal: this.size,
      // The workdir, which is home: the shell makes the folder it starts in its home.
      cwd: '.',
      env: { SANDBOX_STATE: STATE_PATH, [PROMPT_MARK_VARIABLE]: '1' },
    });
    if (this.stopped) {
      process.kill();
      return;
    }
    this.process = process;
    this.writer = process.input.getWriter();
    if (this.typedAhead) {
      void this.writer.write(this.typedAhead).catch(() => undefined);
      this.typedAhead = '';
    }
    let prompted = false;
    const marks = new PromptMarkReader();
    const piped = process.output.pipeTo(
      new WritableStream({
        write: (chunk) => {
          if (this.stopped) return;
          const { text, prompts } = marks.read(chunk);
          if (text) this.host.output(text);
          for (const state of prompts) {
            prompted = true;
            this.host.prompt(state);
          }
        },
      }),
    );
    // The last output can come after the exit status: it goes to the terminal before anything that follows.
    const ended = process.exit.then((status) => Promise.race([piped.catch(() => undefined), delay(OUTPUT_GRACE_MS)]).then(() => status));
    this.ended = ended;
    void ended.then((status) => this.exited(process, status, prompted));
  }

  input(data: string): void {
    // Keys typed while a shell starts wait for it, in order, as a terminal's type-ahead does.
    if (this.writer) this.writer.write(data).catch(() => undefined);
    else this.typedAhead += data;
  }

  resize(columns: number, rows: number): void {
    this.size = { cols: columns, rows };
    this.process?.resize(this.size);
  }

  kill(): void {
    this.stopped = true;
    this.process?.kill();
  }

  private exited(process: WebContainerProcess, status: number, prompted: boolean): void {
    if (this.process !== process) return;
    this.process = null;
    this.writer = null;
    if (this.stopped) return;
    // A shell that never showed a prompt would fail the same way again.
    if (!prompted) {
      this.host.notice({ kind: 'shell-did-not-start', status });
      return;
    }
    this.host.output('\r\n');
    this.start().catch((err: unknown) => this.host.notice({ kind: 'shell-did-not-restart', detail: String(err) }));
  }
}
