/**
 * Replays a scenario recorded by scripts/record-django/command-steps.py's step player (and the
 * recorders built on it): files written, edited and deleted, then commands run through the
 * sandbox, each compared by the caller with what real Django 5.2 printed.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prepareProgram, runProgram } from './index';

export interface RunStep {
  run: string[];
  /** The folder it ran in, under the scenario's. */
  cwd?: string;
  /** Folders whose files were recorded after it ran (`files`). */
  snapshot?: string[];
  status: number;
  stdout: string;
  stderr: string;
  files?: Record<string, string>;
  /** Lines typed at the prompts of a command run in a terminal (tutorial5.py's pseudo-terminal). */
  typed?: string[];
  /** What that terminal showed: the typed lines echoed, stdout and stderr as they came. */
  terminal?: string;
}

export type Step = { write: [string, string] } | { edit: [string, string, string] } | { delete: string } | RunStep;

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
  /** For a step with `typed` lines: stdout, stderr and the echoed lines, in the order they came. */
  terminal: string;
}

/** The steps of `__fixtures__/django52/<topic>/<name>.json`. */
export function fixtureSteps(topic: string, name: string): Step[] {
  const url = new URL(`./__fixtures__/django52/${topic}/${name}.json`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { steps: Step[] }).steps;
}

/** The files under `folder`, by their path from `root`, each as `mask` leaves it. */
export function folderFiles(root: string, folder: string, mask: (text: string) => string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (name === '__pycache__') continue;
      if (statSync(full).isDirectory()) walk(full);
      else found[path.relative(root, full)] = mask(readFileSync(full, 'utf8'));
    }
  };
  walk(path.join(root, folder));
  return found;
}

export interface ReplayHooks<T> {
  /** The temporary folder's name. */
  prefix: string;
  /** Looked at just before a command runs; what it returns goes to `check`. */
  beforeRun?(step: RunStep, root: string): T;
  /** Compares one command's result with the recording. */
  check(step: RunStep, got: RunResult, root: string, before: T | undefined): void;
  /** After the last step, before the folder goes. */
  after?(root: string): void;
}

/** Plays the steps in a new temporary folder, which is removed afterwards. */
export async function replaySteps<T = undefined>(steps: Step[], hooks: ReplayHooks<T>): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), `${hooks.prefix}-`));
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
        let terminal = '';
        const typed = [...(step.typed ?? [])];
        const before = hooks.beforeRun?.(step, root);
        await prepareProgram(step.run);
        const status = runProgram(step.run, {
          cwd: path.join(root, step.cwd ?? ''),
          env: { TZ: 'UTC' },
          stdout: (t) => void ((stdout += t), (terminal += t)),
          stderr: (t) => void ((stderr += t), (terminal += t)),
          // A terminal echoes what is typed; at the end of the lines, Ctrl-D.
          readLine: () => {
            const line = typed.shift() ?? null;
            if (line !== null && step.typed) terminal += `${line}\n`;
            return line;
          },
          ...(step.typed ? { isTerminal: { stdin: true, stdout: true, stderr: true } } : {}),
        });
        hooks.check(step, { status, stdout, stderr, terminal }, root, before);
      }
    }
    hooks.after?.(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
