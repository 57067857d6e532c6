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
