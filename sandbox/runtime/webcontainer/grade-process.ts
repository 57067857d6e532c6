import type { Check, CheckResult } from '../../grader/checks';
import type { Container } from './container';
import { BUNDLE_PATH, STATE_PATH } from './layout';

/**
 * Grades checks inside the container, where the learner's files and database are: the
 * bundle's `grade` command reads them with the shell's last saved state and prints JSON.
 */
export async function gradeInContainer(container: Container, checks: Check[]): Promise<CheckResult[]> {
  const process = await container.spawn('node', [BUNDLE_PATH, 'grade', JSON.stringify(checks)], {
    cwd: '.',
    env: { SANDBOX_STATE: STATE_PATH },
  });
  let out = '';
  const reading = process.output.pipeTo(new WritableStream({ write: (chunk) => void (out += chunk) }));
  const status = await process.exit;
  await reading.catch(() => undefined);
  // Anything Node printed before (a warning) comes first: the results are the last line.
  const last = out.trim().split('\n').pop() ?? '';
  if (status !== 0) throw new Error(`grading failed (node exited with ${status}): ${last}`);
  return JSON.parse(last) as CheckResult[];
}
