/**
 * How much one command may print into the terminal. Past it, output is dropped: a loop that
 * prints millions of lines would otherwise keep the page busy drawing them long after the
 * learner pressed Ctrl+C.
 */
export const OUTPUT_LIMIT = 1_000_000;

/** One stream of one command, cut at the limit; `reached` is told once, when output is first dropped. */
export class OutputLimit {
  private written = 0;
  private told = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly reached: () => void,
    private readonly limit = OUTPUT_LIMIT,
  ) {}

  pass(text: string): void {
    const room = this.limit - this.written;
    const kept = text.length <= room ? text : text.slice(0, Math.max(0, room));
    this.written += kept.length;
    if (kept) this.write(kept);
    if (kept.length < text.length && !this.told) {
      this.told = true;
      this.reached();
    }
  }
}
