/**
 * Short command scenarios replayed through the sandbox and compared with what real Django 5.2
 * did with them (scripts/record-django/command-steps.py): `migrate --prune`, and
 * `startproject`/`startapp --template` with a local directory.
 */
import { expect, describe, it } from 'vitest';
import { fixtureSteps, folderFiles, replaySteps, type Step } from '../../command-steps.testkit';

const fixture = (name: string) => fixtureSteps('command-steps', name);

/** What changes from run to run: the scenario's folder, and the temporary folder of an archive. */
function masked(text: string, root?: string): string {
  return (root ? text.replaceAll(root, '<root>') : text).replace(/\/tmp\/django_(project|app)_template_\w+_extract/g, '<tmp>');
}

/** -v 2 lists the files as os.walk meets them, in the file system's order. */
const linesSorted = (text: string) => text.split('\n').sort();

function replay(steps: Step[]) {
  return replaySteps(steps, {
    prefix: 'command-steps',
    check(step, result, root) {
      const command = step.run.join(' ');
      const got = { status: result.status, stdout: masked(result.stdout, root), stderr: masked(result.stderr, root) };
      const want = { status: step.status, stdout: masked(step.stdout), stderr: masked(step.stderr) };
      if (step.run.includes('-v') && step.run.includes('2')) {
        expect({ ...got, stdout: linesSorted(got.stdout) }, command).toEqual({ ...want, stdout: linesSorted(want.stdout) });
      } else expect(got, command).toEqual(want);
      for (const folder of step.snapshot ?? []) {
        const wanted = Object.fromEntries(Object.entries(step.files ?? {}).filter(([file]) => file.startsWith(`${folder}/`)));
        expect(folderFiles(root, folder, (text) => masked(text, root)), `${command}: ${folder}`).toEqual(wanted);
      }
    },
  });
}

describe('real Django 5.2 scenarios', () => {
  it('migrate --prune deletes the rows of migrations whose files are gone', async () => {
    await replay(fixture('migrate-prune'));
  });

  it('startproject and startapp --template copy a local directory, rendering what Django renders', async () => {
    await replay(fixture('template-option'));
  });
});
