import { lessonEntry, type LessonEntry } from './lessons';
import { PROMPT } from './console-commands';
import type { SolutionStep } from '../../sandbox/grader/solution';

/** One command of a lesson's console blocks, with the lines the lesson shows it printing. */
export interface ConsoleStep {
  /** The virtual environment the prompt shows, if any. */
  venv: string | null;
  command: string;
  expected: string[];
}

/** What the learner does, in the lesson's order: a command typed, or an edit or exercise solution applied. */
export type WalkStep =
  | { kind: 'command'; step: ConsoleStep }
  | { kind: 'edit' | 'exercise'; id: string; steps: SolutionStep[] };

// Only plain ```console blocks run in the sandbox: ```console own-computer is for the learner's machine.
const CONSOLE_BLOCK = /^```console\n([\s\S]*?)^```$/gm;

function blockSteps(block: string): ConsoleStep[] {
  const steps: ConsoleStep[] = [];
  for (const line of block.replace(/\n$/, '').split('\n')) {
    const prompt = PROMPT.exec(line);
    if (prompt) steps.push({ venv: prompt[1] ?? null, command: prompt[2]!, expected: [] });
    else steps[steps.length - 1]?.expected.push(line);
  }
  return steps;
}

export function consoleSteps(source: string): ConsoleStep[] {
  return [...source.matchAll(CONSOLE_BLOCK)].flatMap((block) => blockSteps(block[1]!));
}

/**
 * The lesson as a walkthrough: console commands, `<Edit id>` and `<Exercise id>` in the
 * order the MDX has them. What it leaves is where the next lesson starts.
 */
export function walkthrough(source: string, entry: LessonEntry): WalkStep[] {
  const steps: WalkStep[] = [];
  const pattern = new RegExp(`${CONSOLE_BLOCK.source}|<(Edit|Exercise)\\s+id="([^"]+)"`, 'gm');
  for (const match of source.matchAll(pattern)) {
    if (match[1] !== undefined) {
      for (const step of blockSteps(match[1])) steps.push({ kind: 'command', step });
      continue;
    }
    const id = match[3]!;
    if (match[2] === 'Edit') {
      const edit = entry.meta.edits[id];
      if (!edit) throw new Error(`${entry.slug}: <Edit id="${id}"> has no steps in lesson.json "edits"`);
      steps.push({ kind: 'edit', id, steps: edit });
    } else {
      const exercise = entry.meta.exercises.find((e) => e.id === id);
      if (!exercise) throw new Error(`${entry.slug}: <Exercise id="${id}"> is not in lesson.json "exercises"`);
      steps.push({ kind: 'exercise', id, steps: exercise.solution });
    }
  }
  return steps;
}

/** The lessons whose commands build a lesson's sandbox, earliest first, ending with the lesson itself. */
export function lessonChain(entry: LessonEntry): LessonEntry[] {
  const start = entry.meta.start;
  if (start === 'empty') return [entry];
  const before = lessonEntry(start.after);
  if (!before) throw new Error(`${entry.slug} starts after "${start.after}", which is not a lesson`);
  return [...lessonChain(before), entry];
}
