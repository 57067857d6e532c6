import type { Check, CheckResult } from './checks';

/**
 * A sandbox as the lesson and the grader's tools use it: the page's sandbox beside a
 * lesson's text, a Node shell building the lessons' starting files, the tests replaying a
 * lesson. Paths are relative to the home folder.
 */
export interface SandboxHost {
  /** Types a command line at the terminal and resolves when the prompt is back. */
  run(line: string): Promise<void>;
  /** The file's text, or null when there is none. */
  readFile(path: string): Promise<string | null>;
  /** Writes the file whole, creating it (and its folders) when missing. */
  writeFile(path: string, content: string): Promise<void>;
  grade(checks: Check[]): Promise<CheckResult[]>;
}
