/**
 * Short command scenarios replayed through the sandbox and compared with what real Django 5.2
 * did with them (scripts/record-django/command-steps.py): `migrate --prune`, and
 * `startproject`/`startapp --template` with a local directory.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareProgram, runProgram } from '../../index';

type Step =
  | { write: [string, string] }
  | { edit: [string, string, string] }
  | { delete: string }
  | { run: string[]; cwd?: string; snapshot?: string[]; status: number; stdout: string; stderr: string; files?: Record<string, string> };

function fixture(name: string): Step[] {
  const url = new URL(`../../__fixtures__/django52/command-steps/${name}.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { steps: Step[] }).steps;
}

/** What changes from run to run: the scenario's folder, and the temporary folder of an archive. */
function masked(text: string, root?: string): string {
  return (root ? text.replaceAll(root, '<root>') : text).replace(/\/tmp\/django_(project|app)_template_\w+_extract/g, '<tmp>');
}

/** -v 2 lists the files as os.walk meets them, in the file system's order. */
const linesSorted = (text: string) => text.split('\n').sort();

function files(root: string, folder: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else found[path.relative(root, full)] = masked(readFileSync(full, 'utf8'), root);
    }
  };
  walk(path.join(root, folder));
  return found;
}

async function replay(steps: Step[]) {
  const root = mkdtempSync(path.join(tmpdir(), 'command-steps-'));
  try {
    for (const step of steps) {
      if ('write' in step) {
        const [file, text] = step.write;
        mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        writeFileSync(path.join(root, file), text);
      } else if ('edit' in step) {
        const [file, before, after] = step.edit;
        writeFileSync(path.join(root, file), readFileSync(path.join(root, file), 'utf8').replace(before, after));
      } else if ('delete' in step) {
        unlinkSync(path.join(root, step.delete));
      } else {
        let stdout = '';
        let stderr = '';
        await prepareProgram(step.run);
        const status = runProgram(step.run, {
          cwd: path.join(root, step.cwd ?? ''),
          env: { TZ: 'UTC' },
          stdout: (t) => (stdout += t),
          stderr: (t) => (stderr += t),
          readLine: () => null,
        });
        const command = step.run.join(' ');
        const got = { status, stdout: masked(stdout, root), stderr: masked(stderr, root) };
        const want = { status: step.status, stdout: masked(step.stdout), stderr: masked(step.stderr) };
        if (step.run.includes('-v') && step.run.includes('2')) {
          expect({ ...got, stdout: linesSorted(got.stdout) }, command).toEqual({ ...want, stdout: linesSorted(want.stdout) });
        } else expect(got, command).toEqual(want);
        for (const folder of step.snapshot ?? []) {
          const wanted = Object.fromEntries(Object.entries(step.files ?? {}).filter(([file]) => file.startsWith(`${folder}/`)));
          expect(files(root, folder), `${command}: ${folder}`).toEqual(wanted);
        }
      }
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('real Django 5.2 scenarios', () => {
  it('migrate --prune deletes the rows of migrations whose files are gone', async () => {
    await replay(fixture('migrate-prune'));
  });

  it('startproject and startapp --template copy a local directory, rendering what Django renders', async () => {
    await replay(fixture('template-option'));
  });
});
