import type { SavedSandbox } from './runtime';
import { loadSandbox } from './persistence';
import { lessonStartUrl, savedFromJson, type SavedJson } from './saved-json';
import { savedSandboxProblem } from './saved-sandbox-check';

/** What a lesson's sandbox starts from: nothing, or the files an earlier lesson left. */
export type SandboxStart = 'empty' | { after: string };

export interface SandboxLesson {
  slug: string;
  start: SandboxStart;
}

/** The saved copy cannot be opened: the learner decides what happens to it. */
export class DamagedSave extends Error {
  constructor(
    readonly problem: string,
    readonly saved: unknown,
  ) {
    super(problem);
  }
}

/** The lesson's saved sandbox when there is one, else its starting files (null: an empty home). */
export async function startingState(lesson: SandboxLesson): Promise<SavedSandbox | null> {
  const saved = await loadSandbox(lesson.slug).catch(() => undefined);
  if (saved !== undefined) {
    const problem = savedSandboxProblem(saved);
    if (problem) throw new DamagedSave(problem, saved);
    return saved as SavedSandbox;
  }
  if (lesson.start === 'empty') return null;
  const response = await fetch(lessonStartUrl(lesson.slug));
  if (!response.ok) throw new Error(`the lesson's starting files could not be loaded (${response.status})`);
  return savedFromJson((await response.json()) as SavedJson);
}
