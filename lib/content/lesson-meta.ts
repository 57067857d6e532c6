import type { Check } from '../../sandbox/grader/checks';
import { parseCheck, parseStep } from '../../sandbox/grader/parse';
import type { SolutionStep } from '../../sandbox/grader/solution';
import type { SandboxStart } from '../../sandbox/runtime/starting-state';

export type { SandboxStart };

/**
 * A tempting way to make an exercise's checks pass without doing what the lesson teaches
 * (a hard-coded page, a deleted database, a faked migration). The tests apply it where the
 * solution would go and require the checks to fail.
 */
export interface ShortcutMeta {
  id: string;
  steps: SolutionStep[];
}

/** A graded exercise: its text is in each language's MDX, its grading and solution here. */
export interface ExerciseMeta {
  id: string;
  checks: Check[];
  solution: SolutionStep[];
  shortcuts: ShortcutMeta[];
}

/** What content/lessons/NN-slug/lesson.json holds: the lesson's sandbox set-up, shared by both languages. */
export interface LessonMeta {
  start: SandboxStart;
  exercises: ExerciseMeta[];
  /** File changes the lesson walks the learner through, referenced by `<Edit id>`. */
  edits: Record<string, SolutionStep[]>;
  /** The ids of the quiz's questions, in order. */
  quiz: string[];
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function steps(raw: unknown, where: string): SolutionStep[] {
  if (!Array.isArray(raw) || raw.length === 0) throw new Error(`${where}: expected a non-empty list of steps`);
  return raw.map((step, i) => parseStep(step, `${where}[${i}]`));
}

function ids(raw: unknown, where: string): string[] {
  if (!Array.isArray(raw) || !raw.every((id) => typeof id === 'string' && ID.test(id))) {
    throw new Error(`${where}: expected a list of ids (lowercase words joined by -)`);
  }
  if (new Set(raw).size !== raw.length) throw new Error(`${where}: an id is listed twice`);
  return raw as string[];
}

export function parseLessonMeta(raw: unknown, where: string): LessonMeta {
  if (typeof raw !== 'object' || raw === null) throw new Error(`${where}: expected a JSON object`);
  const record = raw as Record<string, unknown>;
  const start = record.start;
  const validStart =
    start === 'empty' ||
    (typeof start === 'object' && start !== null && typeof (start as { after?: unknown }).after === 'string');
  if (!validStart) throw new Error(`${where}: "start" must be "empty" or { "after": "<lesson slug>" }`);
  const rawExercises = record.exercises ?? [];
  if (!Array.isArray(rawExercises)) throw new Error(`${where}: "exercises" must be a list`);
  const exercises = rawExercises.map((e: unknown, i): ExerciseMeta => {
    const at = `${where}: exercises[${i}]`;
    const ex = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
    if (typeof ex.id !== 'string' || !ID.test(ex.id)) throw new Error(`${at} needs an "id" (lowercase words joined by -)`);
    if (!Array.isArray(ex.checks) || ex.checks.length === 0) throw new Error(`${at} ("${ex.id}") needs a non-empty "checks" list`);
    const rawShortcuts = ex.shortcuts ?? [];
    if (!Array.isArray(rawShortcuts)) throw new Error(`${at} ("${ex.id}"): "shortcuts" must be a list`);
    const shortcuts = rawShortcuts.map((sc: unknown, j): ShortcutMeta => {
      const r = (typeof sc === 'object' && sc !== null ? sc : {}) as Record<string, unknown>;
      if (typeof r.id !== 'string' || !ID.test(r.id)) throw new Error(`${at}.shortcuts[${j}] needs an "id" (lowercase words joined by -)`);
      return { id: r.id, steps: steps(r.steps, `${at}.shortcuts[${j}].steps`) };
    });
    ids(shortcuts.map((sc) => sc.id), `${at}.shortcuts`);
    return {
      id: ex.id,
      checks: ex.checks.map((c: unknown, j) => parseCheck(c, `${at}.checks[${j}]`)),
      solution: steps(ex.solution, `${at}.solution`),
      shortcuts,
    };
  });
  ids(exercises.map((e) => e.id), `${where}: "exercises"`);
  const rawEdits = record.edits ?? {};
  if (typeof rawEdits !== 'object' || rawEdits === null || Array.isArray(rawEdits)) throw new Error(`${where}: "edits" must be an object`);
  const edits = Object.fromEntries(
    Object.entries(rawEdits).map(([id, value]) => {
      if (!ID.test(id)) throw new Error(`${where}: edit id "${id}" must be lowercase words joined by -`);
      return [id, steps(value, `${where}: edits.${id}`)];
    }),
  );
  const quiz = ids(record.quiz ?? [], `${where}: "quiz"`);
  return { start: start as SandboxStart, exercises, edits, quiz };
}

/** The frontmatter each language's MDX file starts with. */
export interface LessonFrontmatter {
  title: string;
  summary: string;
}

export function parseFrontmatter(data: Record<string, unknown>, where: string): LessonFrontmatter {
  const { title, summary } = data;
  if (typeof title !== 'string' || title.trim() === '') throw new Error(`${where}: frontmatter needs a "title"`);
  if (typeof summary !== 'string' || summary.trim() === '') throw new Error(`${where}: frontmatter needs a "summary"`);
  return { title, summary };
}
