/**
 * Runs a job one at a time, and once more for all the requests that came while it ran:
 * a burst of requests costs one more run, not one each, and the last request always sees
 * a run that started after it (saving the sandbox, grading an exercise after a command).
 */
export class RerunQueue {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly job: () => Promise<void>) {}

  request(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.job();
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }
}
