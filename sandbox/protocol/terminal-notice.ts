/** What the Worker's terminal tells the learner about itself, as data: the page words it in its language. */
export type TerminalNotice =
  /** A command printed more than the terminal keeps (`limit` characters): the rest is not shown, though it still runs. */
  { kind: 'output-dropped'; limit: number };
