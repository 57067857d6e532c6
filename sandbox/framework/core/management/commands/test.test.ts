/**
 * `manage.py test` replayed from real Django 5.2's recordings (scripts/record-django/test-runner.py):
 * the official tutorial's part 5 tests failing then passing, verbosities, labels, test modules
 * that do not import, errors and skips, the test client's assertions failing, an app without
 * tests, and setup_test_environment() with Client in `manage.py shell`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSteps, replaySteps, type Step } from '../../../command-steps.testkit';
import { normalised } from '../../../test/test-output.testkit';

const fixture = (name: string) => fixtureSteps('test-runner', name);

function replay(steps: Step[], after?: (root: string) => void) {
  const database = (root: string) => {
    const file = path.join(root, 'db.sqlite3');
    return existsSync(file) ? readFileSync(file) : null;
  };
  return replaySteps(steps, {
    prefix: 'test-runner',
    beforeRun: (_step, root) => database(root),
    check(step, result, root, before) {
      const command = step.run.join(' ');
      // The tests have a database of their own, in memory: the project's is never written, nor made.
      if (step.run[2] === 'test') expect(database(root), `${command}: db.sqlite3`).toEqual(before);
      if (!['test', 'shell', 'help'].includes(step.run[2]!)) return;
      const got = { status: result.status, stdout: normalised(result.stdout, root), stderr: normalised(result.stderr, root) };
      expect(got, command).toEqual({ status: step.status, stdout: normalised(step.stdout), stderr: normalised(step.stderr) });
    },
    after,
  });
}

describe('manage.py test, as real Django 5.2 runs it', () => {
  it("runs the official tutorial's part 5 tests: failing, fixed, -v 0 and -v 2, by label", async () => {
    await replay(fixture('tutorial-part5'));
  });

  it('reports labels that name nothing, and an app without tests', async () => {
    await replay(fixture('labels'));
  });

  it('reports test modules that fail to import, errors, failures and skips', async () => {
    await replay(fixture('errors'));
  });

  it("words the test client's assertions as Django does", async () => {
    await replay(fixture('assertions'));
  });
});

describe('manage.py test and the project', () => {
  it("raises a view's errors in the test, fails fast, flushes after a TransactionTestCase, and leaves db.sqlite3 alone", async () => {
    await replay(fixture('view-errors'));
  });
});

describe('manage.py test and apps without migrations', () => {
  it('gives their models tables in the test database (run_syncdb), as -v 2 lists them', async () => {
    await replay(fixture('unmigrated'));
  });
});
