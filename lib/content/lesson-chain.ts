import { lessonEntry, type LessonEntry } from './lessons';
import { PROMPT } from './console-commands';

/** One command of a lesson's console blocks, with the lines the lesson shows it printing. */
export interface ConsoleStep {
  /** The virtual environment the prompt shows, if any. */
  venv: string | null;
  command: string;
  expected: string[];
}

export function consoleSteps(source: string): ConsoleStep[] {
  const steps: ConsoleStep[] = [];
  for (const block of source.matchAll(/^```console\n([\s\S]*?)^```$/gm)) {
    for (const line of block[1]!.replace(/\n$/, '').split('\n')) {
      const prompt = PROMPT.exec(line);
      if (prompt) steps.push({ venv: prompt[1] ?? null, command: prompt[2]!, expected: [] });
      else steps[steps.length - 1]?.expected.push(line);
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
