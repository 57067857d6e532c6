/**
 * When the inspector reads the project again. Never while the terminal works: a reading
 * waits for the command to end (the sandbox settled), then for a short quiet spell, and
 * typing at the prompt pushes it back, so the next command never queues behind it in the
 * runtime. Only while the inspector is open; opening it reads at once.
 */
export class RefreshSchedule {
  private open = false;
  /** Something changed since the last reading. */
  private stale = true;
  /** A command line was entered and has not ended yet. */
  private busy = false;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly read: () => void,
    private readonly quietMs = 300,
  ) {}

  /** The inspector tab was shown or hidden. */
  setOpen(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    if (!open) return this.disarm();
    // The learner asked to see it: read now, even while a server holds the terminal.
    if (this.stale) this.fire();
  }

  /** A command ended, or files changed outside one (a saved edit, the tree). */
  settled(): void {
    this.stale = true;
    this.busy = false;
    if (this.open) this.arm();
  }

  /** Keys typed at the terminal. */
  typed(data: string): void {
    if (data.includes('\r')) {
      this.busy = true;
      this.disarm();
    } else if (this.timer !== null) this.arm();
  }

  dispose(): void {
    this.open = false;
    this.disarm();
  }

  private arm(): void {
    this.disarm();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.open && !this.busy) this.fire();
    }, this.quietMs);
  }

  private disarm(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private fire(): void {
    this.stale = false;
    this.read();
  }
}
