/** How long a busy Worker gets to answer a ping before it counts as stuck. */
const PING_WAIT_MS = 1_500;

/**
 * Notices a Worker that stopped answering. A Worker waiting on something (a server, a
 * download) still answers pings and keeps running; one stuck in a loop that no step
 * budget or Ctrl+C ended does not, and is restarted.
 */
export class Watchdog<Reason> {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Whether the Worker said it was working (a long computation) since the last look. */
  private lively = false;

  constructor(
    private readonly ping: () => Promise<unknown>,
    private readonly expire: (reason: Reason) => Promise<void>,
  ) {}

  /** Checks on the Worker after `ms`, and again after each answer, until stop(); `reason` is what expiry reports. */
  start(ms: number, reason: Reason): void {
    this.stop();
    this.timer = setTimeout(() => void this.check(ms, reason), ms);
  }

  /** The Worker, too busy to answer a ping, said it is still working. */
  sawLife(): void {
    this.lively = true;
  }

  stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Watches the Worker while `work` is pending (a preview request served by the Worker). */
  async during<T>(ms: number, reason: Reason, work: () => Promise<T>): Promise<T> {
    this.start(ms, reason);
    try {
      return await work();
    } finally {
      this.stop();
    }
  }

  private async check(ms: number, reason: Reason) {
    this.lively = false;
    const pinged = await Promise.race([this.ping().then(() => true, () => false), new Promise<boolean>((r) => setTimeout(() => r(false), PING_WAIT_MS))]);
    if (this.timer === null) return;
    const answered = pinged || this.lively;
    if (answered) this.timer = setTimeout(() => void this.check(ms, reason), ms);
    else {
      this.timer = null;
      await this.expire(reason);
    }
  }
}
