/**
 * What a learner would do, step by step, as `lesson.json` declares it: an exercise's
 * solution, or an edit the lesson walks through. Paths are relative to the home folder.
 */
export type SolutionStep =
  /** A command line typed at the terminal. */
  | { run: string }
  /** A file written whole (created when missing). */
  | { write: string; content: string }
  /** The first occurrence of `find` in the file replaced by `replace`. */
  | { edit: string; find: string; replace: string };
