/**
 * A learner's progress through the course: which exercises are done, which quiz questions
 * were answered right, which lessons are finished. Kept in the browser only; this module is
 * the pure part (its shape, reading it back, merging an imported file).
 */
export interface Progress {
  /** Lesson slug → ids of the exercises done. */
  exercises: Record<string, string[]>;
  /** Lesson slug → ids of the questions answered right. */
  quizzes: Record<string, string[]>;
  /** Slugs of the lessons finished. */
  finished: string[];
}

/** What an exported file holds: the progress, marked so that any other JSON is refused. */
export interface ProgressFile extends Progress {
  format: 'django-first-steps-progress';
  version: 1;
}

export const EMPTY_PROGRESS: Progress = { exercises: {}, quizzes: {}, finished: [] };

const isIdList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

const isIdLists = (value: unknown): value is Record<string, string[]> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isIdList);

/** Progress read back from storage or a file; null when it is not progress at all. */
export function parseProgress(value: unknown): Progress | null {
  if (typeof value !== 'object' || value === null) return null;
  const { exercises, quizzes, finished } = value as Record<string, unknown>;
  if (!isIdLists(exercises) || !isIdLists(quizzes) || !isIdList(finished)) return null;
  return { exercises, quizzes, finished };
}

/** An exported file's contents, or null when the file is something else. */
export function parseProgressFile(text: string): Progress | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const marked = value as Partial<ProgressFile> | null;
  if (marked?.format !== 'django-first-steps-progress' || marked.version !== 1) return null;
  return parseProgress(value);
}

export function progressFile(progress: Progress): ProgressFile {
  return { format: 'django-first-steps-progress', version: 1, ...progress };
}

const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])];

function mergeLists(a: Record<string, string[]>, b: Record<string, string[]>): Record<string, string[]> {
  const slugs = union(Object.keys(a), Object.keys(b));
  return Object.fromEntries(slugs.map((slug) => [slug, union(a[slug], b[slug])]));
}

/** Both progresses together: importing never takes away what was done in this browser. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  return { exercises: mergeLists(a.exercises, b.exercises), quizzes: mergeLists(a.quizzes, b.quizzes), finished: union(a.finished, b.finished) };
}

export type ProgressMark =
  | { kind: 'exercise' | 'quiz'; slug: string; id: string }
  | { kind: 'finished'; slug: string };

/** The progress with one more thing done (the same object when it was done already). */
export function markDone(progress: Progress, mark: ProgressMark): Progress {
  if (mark.kind === 'finished') {
    return progress.finished.includes(mark.slug) ? progress : { ...progress, finished: [...progress.finished, mark.slug] };
  }
  const key = mark.kind === 'exercise' ? 'exercises' : 'quizzes';
  const done = progress[key][mark.slug] ?? [];
  if (done.includes(mark.id)) return progress;
  return { ...progress, [key]: { ...progress[key], [mark.slug]: [...done, mark.id] } };
}

/** What a lesson asks for, to count progress against. */
export interface LessonTotals {
  slug: string;
  exercises: string[];
  quiz: string[];
}

export interface LessonStatus {
  exercisesDone: number;
  questionsDone: number;
  finished: boolean;
}

/** How far the learner is in one lesson; ids no longer in the lesson are not counted. */
export function lessonStatus(progress: Progress, lesson: LessonTotals): LessonStatus {
  const exercisesDone = lesson.exercises.filter((id) => progress.exercises[lesson.slug]?.includes(id)).length;
  const questionsDone = lesson.quiz.filter((id) => progress.quizzes[lesson.slug]?.includes(id)).length;
  const complete = exercisesDone === lesson.exercises.length && questionsDone === lesson.quiz.length && lesson.exercises.length + lesson.quiz.length > 0;
  return { exercisesDone, questionsDone, finished: progress.finished.includes(lesson.slug) || complete };
}
