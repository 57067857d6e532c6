import type { BootOptions, BootStep, FileEntry, InspectorReport, InspectorRows, PreviewSource, RuntimeKind, SandboxRuntime, SavedSandbox } from './runtime';
import type { SandboxHost } from '../grader/host';
import type { RuntimeNotice, RuntimeReason } from './notices';
import { chooseRuntime, type ChoiceSettings, type RuntimeChoice } from './choose-runtime';
import { claimLesson, type ClaimStatus, type LessonClaim } from './lesson-claim';
import { forgetSandbox, storeSandbox } from './persistence';
import { RerunQueue } from './rerun-queue';
import { DamagedSave, startingState, type SandboxLesson } from './starting-state';
import { takeEarlyState } from './early-start';

export type BootState =
  /** `steps`: what the runtime booting takes before its prompt; none until it has said. */
  | { phase: 'booting'; step: BootStep | null; steps: readonly BootStep[] }
  | { phase: 'ready'; kind: RuntimeKind; reason: RuntimeReason; fallback: boolean }
  | { phase: 'failed'; message: string }
  /** The saved copy cannot be opened: the learner decides what happens to it. */
  | { phase: 'damaged'; problem: string; saved: unknown };

export type SaveProblem = 'refused' | 'full';

/** A full store says QuotaExceededError; any other failure is the browser refusing storage. */
function saveProblem(err: unknown): SaveProblem {
  return err instanceof DOMException && err.name === 'QuotaExceededError' ? 'full' : 'refused';
}

/** What the panes show of the session; a new object whenever something in it changes. */
export interface SessionView {
  boot: BootState;
  /** Why the last save failed, if it did: storage refused (blocked) or full (its quota). The panes say so. */
  unsaved: SaveProblem | null;
  entries: FileEntry[];
  /** Counts file refreshes: an open editor reloads its file when it moves. */
  filesVersion: number;
  server: PreviewSource | null;
  /** Whether this tab saves the lesson (lesson-claim.ts). */
  claim: ClaimStatus;
}

/** What the session needs of the page it runs in. */
export interface SessionPage {
  terminal: {
    write(data: string): void;
    size(): { columns: number; rows: number };
  };
  /** The page's words for a runtime's notice, in the language it is read in. */
  words(notice: RuntimeNotice): string;
  /** A command ended or files changed: the lesson's exercises look again. */
  settled(): void;
  /** Offers the ready sandbox to the lesson's text; returns how to take it back. */
  connect(host: SandboxHost): () => void;
}

export const INITIAL_VIEW: SessionView = { boot: { phase: 'booting', step: null, steps: [] }, unsaved: null, entries: [], filesVersion: 0, server: null, claim: 'deciding' };

/**
 * A lesson's sandbox for as long as its page shows it: boots a runtime once the terminal
 * exists, keeps it saved after every command and edit (when this tab holds the lesson),
 * starts it again on request, and tells the panes what to show. It knows nothing of React:
 * components/sandbox/use-sandbox.ts is a thin hook over it.
 */
export class SandboxSession {
  private view: SessionView = INITIAL_VIEW;
  private readonly listeners = new Set<() => void>();
  private readonly claim: LessonClaim;
  private runtime: SandboxRuntime | null = null;
  private saves: RerunQueue | null = null;
  /** Counts boots: what an earlier boot still does once a newer one started is dropped. */
  private generation = 0;
  private disposed = false;
  /** Who waits for the prompt to come back (a command typed for the lesson). */
  private promptWaiters: (() => void)[] = [];
  private serving = false;
  /**
   * Keys typed while no runtime is there to take them (the sandbox booting, restarting or
   * being reset): they go to the next one, in order, as a terminal's type-ahead does.
   */
  private typedAhead = '';
  private disconnect: () => void = () => undefined;

  constructor(
    private readonly lesson: SandboxLesson,
    private readonly page: SessionPage,
    settings: ChoiceSettings,
    /** Which runtime, and its boot: WebContainer or the Worker, as chooseRuntime decides (a test gives its own). */
    private readonly choose: (options: BootOptions) => Promise<RuntimeChoice> = (options) => chooseRuntime(options, settings),
  ) {
    this.claim = claimLesson(lesson.slug, {
      here: () => this.update({ claim: 'here' }),
      elsewhere: (lost) => this.update({ claim: lost ? 'lost' : 'elsewhere' }),
    });
    void this.boot(this.generation);
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly snapshot = (): SessionView => this.view;

  input(data: string): void {
    if (this.runtime) this.runtime.input(data);
    else this.typedAhead += data;
  }

  resize(columns: number, rows: number): void {
    this.runtime?.resize(columns, rows);
  }

  async readFile(path: string): Promise<Uint8Array> {
    return (await this.runtime?.readFile(path)) ?? new Uint8Array();
  }

  async writeFile(path: string, data: Uint8Array): Promise<void> {
    await this.runtime?.writeFile(path, data);
    await this.changed();
  }

  async create(path: string, kind: 'file' | 'folder'): Promise<void> {
    if (kind === 'folder') await this.runtime?.makeFolder(path);
    else await this.runtime?.writeFile(path, new Uint8Array());
    await this.changed();
  }

  async rename(from: string, to: string): Promise<void> {
    await this.runtime?.rename(from, to);
    await this.changed();
  }

  async remove(path: string): Promise<void> {
    await this.runtime?.remove(path);
    await this.changed();
  }

  async save(): Promise<SavedSandbox | null> {
    return this.runtime ? this.runtime.save() : null;
  }

  /** The inspector's report on the project in the terminal's folder, read without changing anything. */
  inspect(): Promise<InspectorReport> {
    return this.runtime ? this.runtime.inspect() : Promise.reject(new Error('the sandbox is not running'));
  }

  /** One page (100 rows from `offset`) of a table of that project's database. */
  inspectRows(table: string, offset: number): Promise<InspectorRows> {
    return this.runtime ? this.runtime.inspectRows(table, offset) : Promise.reject(new Error('the sandbox is not running'));
  }

  /** A fresh boot from what is saved (or the lesson's files, when nothing is). */
  restart(): void {
    this.stop();
    this.page.terminal.write('\x1bc');
    this.update({ server: null, boot: { phase: 'booting', step: null, steps: [] } });
    void this.boot(this.generation);
  }

  /** Back to the lesson's starting files: the saved sandbox is forgotten and a fresh one boots. */
  async reset(): Promise<void> {
    this.stop();
    await forgetSandbox(this.lesson.slug).catch(() => undefined);
    if (!this.disposed) this.restart();
  }

  /** The lesson moves to this tab: it starts again from what the other tab saved. */
  async takeOver(): Promise<void> {
    await this.claim.takeOver();
    if (!this.disposed) this.restart();
  }

  dispose(): void {
    this.disposed = true;
    this.stop();
    this.claim.release();
    this.listeners.clear();
  }

  private update(change: Partial<SessionView>): void {
    if (this.disposed) return;
    this.view = { ...this.view, ...change };
    this.listeners.forEach((listener) => listener());
  }

  private live(generation: number): boolean {
    return !this.disposed && generation === this.generation;
  }

  /** Ends the runtime under way; whatever its boot still does is dropped. */
  private stop(): void {
    this.generation++;
    this.disconnect();
    this.disconnect = () => undefined;
    this.runtime?.dispose();
    this.runtime = null;
    this.saves = null;
    this.serving = false;
    this.promptWaiters.splice(0).forEach((wake) => wake());
  }

  private async boot(generation: number): Promise<void> {
    try {
      const initial = await (takeEarlyState(this.lesson.slug) ?? startingState(this.lesson));
      if (!this.live(generation)) return;
      // Measured now, as late as possible: the panes settle their sizes while the lesson loads.
      const { columns, rows } = this.page.terminal.size();
      const choice = await this.choose(
        {
          initial,
          columns,
          rows,
          progress: (step, steps) => this.live(generation) && this.update({ boot: { phase: 'booting', step, steps } }),
          events: {
            output: (data) => this.live(generation) && this.page.terminal.write(data),
            notice: (notice) => this.live(generation) && this.page.terminal.write(`\r\n\x1b[1;31m${this.page.words(notice)}\x1b[0m\r\n`),
            idle: () => {
              if (!this.live(generation)) return;
              void this.saves?.request();
              void this.refresh().then(() => this.page.settled());
              this.promptWaiters.splice(0).forEach((wake) => wake());
            },
            filesChanged: () => this.live(generation) && void this.refresh().then(() => this.page.settled()),
            server: (source) => {
              if (!this.live(generation)) return;
              this.serving = source !== null;
              this.update({ server: source });
            },
            restarted: () => this.live(generation) && void this.refresh(),
          },
        },
      );
      const runtime = choice.runtime;
      if (!this.live(generation)) return runtime.dispose();
      this.runtime = runtime;
      // A resize while it booted had no runtime to go to; keys typed meanwhile neither.
      const size = this.page.terminal.size();
      if (size.columns !== columns || size.rows !== rows) runtime.resize(size.columns, size.rows);
      const keys = this.typedAhead;
      this.typedAhead = '';
      if (keys) runtime.input(keys);
      this.saves = new RerunQueue(() => this.store(runtime, generation));
      this.update({ boot: { phase: 'ready', kind: runtime.kind, reason: choice.reason, fallback: choice.fallback } });
      await this.refresh();
      if (this.live(generation)) this.disconnect = this.page.connect(this.hostFor(runtime));
    } catch (err) {
      if (!this.live(generation)) return;
      if (err instanceof DamagedSave) this.update({ boot: { phase: 'damaged', problem: err.problem, saved: err.saved } });
      else this.update({ boot: { phase: 'failed', message: err instanceof Error ? err.message : String(err) } });
    }
  }

  private async store(runtime: SandboxRuntime, generation: number): Promise<void> {
    // Taken even when this tab does not store it: a Worker that restarts comes back to it.
    // A Worker replaced while saving (a crash, an endless loop) has nothing to give.
    const saved = await runtime.save().catch(() => null);
    if (!saved || !(await this.claim.held()) || !this.live(generation)) return;
    // A refused save must not stop the learner: the sandbox runs on, and says it is not kept.
    // A refused write changes nothing stored: the last save that worked is still there.
    const problem = await storeSandbox(this.lesson.slug, saved).then(
      () => null,
      (err: unknown) => saveProblem(err),
    );
    if (problem !== this.view.unsaved) this.update({ unsaved: problem });
  }

  private async refresh(): Promise<void> {
    const runtime = this.runtime;
    if (!runtime) return;
    const entries = await runtime.listFiles();
    if (runtime === this.runtime) this.update({ entries, filesVersion: this.view.filesVersion + 1 });
  }

  /** After a change made outside a command (the panes, a lesson's edit): saved, shown, and graded again. */
  private async changed(): Promise<void> {
    await this.saves?.request();
    await this.refresh();
    this.page.settled();
  }

  private nextPrompt(): Promise<void> {
    return new Promise((resolve) => this.promptWaiters.push(resolve));
  }

  /** The sandbox as the lesson's text uses it: commands typed as the learner would, files as text. */
  private hostFor(runtime: SandboxRuntime): SandboxHost {
    return {
      run: async (line) => {
        // A server holds the terminal: stop it first, as the learner would with Ctrl+C.
        if (this.serving) {
          const stopped = this.nextPrompt();
          runtime.input('\x03');
          await stopped;
        }
        const done = this.nextPrompt();
        runtime.input(`${line}\r`);
        await done;
      },
      readFile: async (path) => {
        try {
          return new TextDecoder().decode(await runtime.readFile(path));
        } catch {
          return null;
        }
      },
      writeFile: async (path, text) => {
        await runtime.writeFile(path, new TextEncoder().encode(text));
        await this.changed();
      },
      grade: (checks) => runtime.grade(checks),
    };
  }
}
