import type { SolutionStep } from './solution';
import type { SandboxHost } from './host';

/** What applying a solution needs of a sandbox: its terminal and its files. */
export type SolutionHost = Pick<SandboxHost, 'run' | 'readFile' | 'writeFile'>;

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
