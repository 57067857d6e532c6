import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareProgram } from '../management/database-commands';
import { Browser, fixtureProject, manage, views24Fixtures, writeFiles, type RecordedCommand } from '../../views/generic/views24.testkit';

beforeAll(async () => {
  await prepareProgram(['python', 'manage.py', 'shell']);
});

/**
 * What a traceback shows of the learner's code: the frames in the project (file, line and
 * source; Python 3.12's carets left out) and the exception line, after what comes before
 * "Traceback". Django's own frames and Python's are not the sandbox's to show.
 */
function tracebackFacts(text: string) {
  const at = text.indexOf('Traceback (most recent call last):');
  if (at < 0) return { text };
  const lines = text.slice(at).trimEnd().split('\n');
  const frames: string[] = [];
  lines.forEach((line, i) => {
    if (line.startsWith('  File "/PROJECT/')) frames.push(line, lines[i + 1] ?? '');
  });
  return { before: text.slice(0, at), frames, exception: lines[lines.length - 1] };
}

function sandboxOutput(project: string, settingsFile: string, command: RecordedCommand) {
  const files = { ...command.files };
  if (command.settings) files[settingsFile] = `${readFileSync(path.join(project, settingsFile), 'utf8')}\n${command.settings}`;
  const names = Object.keys(files);
  const saved = Object.fromEntries(names.filter((name) => existsSync(path.join(project, name))).map((name) => [name, readFileSync(path.join(project, name), 'utf8')]));
  writeFiles(project, files);
  try {
    const r = manage(project, command.args);
    const clean = (t: string) => t.split(project).join('/PROJECT');
    return { returncode: r.held ? null : r.code, stdout: clean(r.stdout), stderr: tracebackFacts(clean(r.stderr)) };
  } finally {
    writeFiles(project, saved);
    for (const name of names) if (!(name in saved)) rmSync(path.join(project, name));
  }
}

/** manage.py check and runserver's start on the tutorial's URLconfs, as real Django printed them. */
describe('system checks of the URLconf (recorded)', () => {
  for (const [name, fixture] of views24Fixtures().filter(([, f]) => f.commands.length)) {
    it(name, () => {
      const project = fixtureProject(fixture);
      // The recorder ran the commands after the requests, on the database they left.
      const browser = new Browser(project, `${fixture.project}.settings`);
      for (const r of fixture.requests) browser.send(r.method, r.path, r.data);
      for (const command of fixture.commands) {
        // runserver's banner carries the time: only a start that fails is compared.
        expect({ args: command.args, ...sandboxOutput(project, `${fixture.project}/settings.py`, command) }).toEqual({
          args: command.args,
          returncode: command.returncode,
          stdout: command.stdout,
          stderr: tracebackFacts(command.stderr),
        });
      }
    }, 120_000);
  }
});
