import type { Check, CheckResult } from '../../grader/checks';
import type { InspectorReport, InspectorRows } from '../../protocol/inspector-report';
import type { Container } from './container';
import { BUNDLE_PATH, STATE_PATH } from './layout';

/** Runs the bundle with `args` in the learner's home, with the shell's last saved state, and reads the JSON it prints last. */
async function bundleAnswer<T>(container: Container, args: string[], what: string): Promise<T> {
  const process = await container.spawn('node', [BUNDLE_PATH, ...args], {
    cwd: '.',
    env: { SANDBOX_STATE: STATE_PATH },
  });
  let out = '';
  const reading = process.output.pipeTo(new WritableStream({ write: (chunk) => void (out += chunk) }));
  const status = await process.exit;
  await reading.catch(() => undefined);
  // Anything Node printed before (a warning) comes first: the answer is the last line.
  const last = out.trim().split('\n').pop() ?? '';
  if (status !== 0) throw new Error(`${what} failed (node exited with ${status}): ${last}`);
  return JSON.parse(last) as T;
}

/**
 * Grades checks inside the container, where the learner's files and database are: the
 * bundle's `grade` command reads them with the shell's last saved state and prints JSON.
 */
export function gradeInContainer(container: Container, checks: Check[]): Promise<CheckResult[]> {
  return bundleAnswer(container, ['grade', JSON.stringify(checks)], 'grading');
}

/** The inspector's report, computed inside the container the same way: the bundle's `inspect` command. */
export function inspectInContainer(container: Container): Promise<InspectorReport> {
  return bundleAnswer(container, ['inspect'], 'inspecting');
}

/** One page of a table's rows, by `inspect TABLE OFFSET`. */
export function inspectRowsInContainer(container: Container, table: string, offset: number): Promise<InspectorRows> {
  return bundleAnswer(container, ['inspect', table, String(offset)], 'inspecting');
}
