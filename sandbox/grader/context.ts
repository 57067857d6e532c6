import path from 'node:path';
import type { ShellState } from '../shell/shell';

/** What a grader looks at: the home folder on this runtime's disk, and the terminal's shell. */
export interface GradeContext {
  /** The learner's home folder, absolute. */
  home: string;
  shell: ShellState;
}

/** Spaces and line breaks in any amount count as one space: layout is the learner's own. */
export const collapseSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A lesson's path (relative to home) on this disk. */
export function homePath(context: GradeContext, relative: string): string {
  return path.join(context.home, relative);
}
