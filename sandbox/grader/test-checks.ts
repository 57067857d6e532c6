import fs from 'node:fs';
import path from 'node:path';
import type { Check, CheckResult, Variation } from './checks';
import { homePath, type GradeContext } from './context';
import { runProgram } from '../framework';
import { scratchProject } from './scratch-project';

type TestsCheck = Extract<Check, { type: 'tests_catch' }>;

interface TestRun {
  status: number;
  /** The line that sums the run up: `OK`, `FAILED (failures=1)`, or the error that stopped it. */
  summary: string;
}

/** `python manage.py test <label>` in a scratch copy of the project changed by `vary`. */
function runTests(project: string, label: string, vary: Variation[]): TestRun | { error: string } {
  const scratch = scratchProject(project, vary);
  if ('error' in scratch) return scratch;
  try {
    let out = '';
    const write = (text: string) => void (out += text);
    const status = runProgram(['python', 'manage.py', 'test', label], { cwd: scratch.dir, env: {}, stdout: write, stderr: write });
    const lines = out.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('Destroying test database'));
    const summary = lines.find((l) => /^(OK|FAILED)\b/.test(l)) ?? lines[lines.length - 1] ?? `exit status ${status}`;
    return { status, summary };
  } finally {
    scratch.dispose();
  }
}

/**
 * Runs the learner's tests twice, each time on a throwaway copy: as the project is (they must
 * pass), then with the code they test broken (they must fail). Only then do they test it.
 */
export function testsCheck(check: TestsCheck, context: GradeContext): CheckResult {
  const dir = homePath(context, check.project);
  if (!fs.existsSync(path.join(dir, 'manage.py'))) return { passed: false, found: `no manage.py in ~/${check.project}` };
  const asIs = runTests(dir, check.label, []);
  if ('error' in asIs) return { passed: false, found: asIs.error };
  if (asIs.status !== 0) return { passed: false, found: `as it is: ${asIs.summary}` };
  const broken = runTests(dir, check.label, check.vary);
  if ('error' in broken) return { passed: false, found: broken.error };
  // A run stopped before any test (an import error the variation made) proves nothing about the tests.
  const caught = broken.status !== 0 && broken.summary.startsWith('FAILED');
  return { passed: caught, found: `broken: ${broken.summary}` };
}
