import { applySolution } from '@/sandbox/grader/apply-solution';
import type { SolutionStep } from '@/sandbox/grader/solution';
import type { SandboxBridge } from '../sandbox/sandbox-bridge';

/** A solution or edit applied to the sandbox as the learner would: typed and saved. */
export function applySteps(steps: SolutionStep[], sandbox: SandboxBridge): Promise<void> {
  return applySolution(steps, {
    run: (line) => sandbox.run(line),
    readFile: (path) => sandbox.readText(path),
    writeFile: (path, content) => sandbox.writeText(path, content),
  });
}
