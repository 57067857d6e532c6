import type { SolutionStep } from './solution';

/** Where a solution is applied: a terminal to type into and the home folder's files. */
export interface SolutionHost {
  run(line: string): Promise<void>;
  /** The file's text, or null when there is none. Paths are relative to home. */
  readFile(path: string): Promise<string | null>;
  writeFile(path: string, content: string): Promise<void>;
}

/** Why an edit could not be made: the learner's file no longer holds the text it replaces. */
export class EditNotApplicable extends Error {
  constructor(
    readonly path: string,
    readonly find: string,
  ) {
    super(`${path} does not contain the text this step replaces:\n${find}`);
  }
}

/** The file's new text after an edit step, or an EditNotApplicable. */
export function editedText(current: string | null, step: { edit: string; find: string; replace: string }): string {
  const at = current?.indexOf(step.find) ?? -1;
  if (current === null || at < 0) throw new EditNotApplicable(step.edit, step.find);
  return current.slice(0, at) + step.replace + current.slice(at + step.find.length);
}

/** Applies the steps in order, as the learner would: commands typed, files saved. */
export async function applySolution(steps: SolutionStep[], host: SolutionHost): Promise<void> {
  for (const step of steps) {
    if ('run' in step) await host.run(step.run);
    else if ('write' in step) await host.writeFile(step.write, step.content);
    else await host.writeFile(step.edit, editedText(await host.readFile(step.edit), step));
  }
}
