/**
 * The official tutorial's part 5 as its page types it, on top of part 4's generic views, and
 * a held-out run through parts 3-5 typed another way, replayed from real Django 5.2's
 * recordings (scripts/record-django/tutorial5.py): every command's output, and what the
 * terminal showed for the sessions typed at `manage.py shell`'s prompt.
 */
import { describe, expect, it } from 'vitest';
import { fixtureSteps, replaySteps, type RunStep, type RunResult } from '../command-steps.testkit';
import { normalised } from './test-output.testkit';

/** Python's banner names its build; the sandbox's is its own. */
function terminalFacts(text: string): string {
  return text.replace(/^((?:\x1b\[[0-9;]*m)?)Python 3\.12\.\d+ \([^\n]*\) \[[^\n]*\] on linux$/m, '$1Python 3.12 on linux');
}

/**
 * A traceback that runs through Django's own files and importlib's: the sandbox's Django is not
 * those files, so of its frames the learner's (and the console's) stay, with the first and last lines.
 */
function learnerFrames(text: string): string {
  return text.replace(/^ {2}File "(?!<root>\/|<console>|<string>)[^\n]*\n(?: {4}[^\n]*\n)*/gm, '');
}

const facts = (text: string, root?: string) => learnerFrames(normalised(text, root));

function check(step: RunStep, got: RunResult, root: string) {
  const command = step.run.join(' ');
  if (step.typed) {
    expect({ status: got.status, terminal: terminalFacts(facts(got.terminal, root)) }, command).toEqual({
      status: step.status,
      terminal: terminalFacts(facts(step.terminal!)),
    });
    return;
  }
  const expected = { status: step.status, stdout: facts(step.stdout), stderr: facts(step.stderr) };
  expect({ status: got.status, stdout: facts(got.stdout, root), stderr: facts(got.stderr, root) }, command).toEqual(expected);
}

describe("the official tutorial's part 5, as real Django 5.2 runs it", () => {
  it('finds the bug in the shell, fails the first test, passes after the fix, and tests the generic views', async () => {
    await replaySteps(fixtureSteps('tutorial5', 'official'), { prefix: 't5-official', check });
  }, 120_000);
});

describe('parts 3-5 typed another way (held out), as real Django 5.2 runs them', () => {
  it('function views at the prompt, tests failing on other assertions, a misspelt view in urls.py, pagination', async () => {
    await replaySteps(fixtureSteps('tutorial5', 'held-out'), { prefix: 't5-held-out', check });
  }, 120_000);
});

describe("django.test's other tools on the tutorial's app, as real Django 5.2 runs them", () => {
  it('RequestFactory, assertNumQueries (as a context manager and a callable) and a filter on an annotation (HAVING)', async () => {
    await replaySteps(fixtureSteps('tutorial5', 'test-tools'), { prefix: 't5-tools', check });
  }, 120_000);
});
