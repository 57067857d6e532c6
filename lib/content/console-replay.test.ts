/**
 * Every lesson walked through as a learner would, in both languages. Each console command
 * must work and print what the lesson shows (`...` stands for lines left out), with the
 * prompt's virtual environment as the lesson shows it. Edits and exercise solutions are
 * applied where the lesson places them and their commands must succeed; each exercise is
 * not done before its solution and fully done after it, and each of its checks fails at
 * some point before, so no check passes by itself. Each shortcut an exercise names (a
 * hard-coded page, a deleted database, a faked migration) is tried where the solution goes,
 * on a copy of the sandbox, and must leave the exercise not done.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../languages';
import { lessonEntries, readLessonSource } from './lessons';
import { lessonChain, walkthrough } from './lesson-chain';
import { applySolution } from '../../sandbox/grader/apply-solution';
import { grade } from '../../sandbox/grader/grade';
import type { Check } from '../../sandbox/grader/checks';
import { Shell } from '../../sandbox/shell/shell';
import { answerLocalGet, openProject } from '../../sandbox/framework';

/** The learner's home in the sandbox, as lessons print it. */
const SANDBOX_HOME = '/home/learner';

/** What may differ from run to run: the date runserver prints, the time a test run took. */
const mask = (line: string) =>
  line.replace(/^\w+ \d\d, \d{4} - \d\d:\d\d:\d\d$/, '<DATE>').replace(/^(Ran \d+ tests? in )\d+\.\d{3}s$/, '$1<TIME>s');

/** Whether the output matches the lesson's lines, `...` matching any run of lines. */
function matches(actual: string[], expected: string[]): boolean {
  const go = (a: number, e: number): boolean => {
    if (e === expected.length) return a === actual.length;
    if (expected[e] === '...') {
      for (let k = a; k <= actual.length; k++) if (go(k, e + 1)) return true;
      return false;
    }
    return a < actual.length && mask(actual[a]!) === mask(expected[e]!) && go(a + 1, e + 1);
  };
  return go(0, 0);
}

/** runserver's log lines a lesson shows in its text blocks: `[date] "GET /path HTTP/1.1" status size`. */
const REQUEST_LOG = /^\[[^\]]+\] "GET (\S+) HTTP\/1\.1" (\d{3}) (\d+)$/gm;

/**
 * Each request the lesson shows runserver logging, asked again of the project the lesson
 * leaves: the same status and the same body size. The admin's pages are Django's in their
 * words and structure but not byte for byte (DESIGN.md), so only their status is compared;
 * the lessons say so where they show them.
 */
function checkRequestLogs(source: string, cwd: string, where: string) {
  const blocks = [...source.matchAll(/^```text\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
  const lines = blocks.flatMap((b) => [...b.matchAll(REQUEST_LOG)]);
  if (!lines.length) return;
  // The project the lesson's terminal is in: the nearest manage.py at or above its folder.
  let folder: string | undefined = cwd;
  while (folder && !fs.existsSync(path.join(folder, 'manage.py'))) folder = folder === path.dirname(folder) ? undefined : path.dirname(folder);
  expect(folder, `${where}: a project to ask`).toBeTruthy();
  const settings = `${path.basename(folder!)}.settings`;
  for (const [line, url, status, size] of lines) {
    const project = openProject(folder!, settings);
    try {
      const r = answerLocalGet(project, url!);
      const contrib = url!.startsWith('/admin/');
      const got = { status: r.status, size: contrib ? Number(size) : new TextEncoder().encode(r.body).length };
      expect(got, `${where}: ${line}`).toEqual({ status: Number(status), size: Number(size) });
    } finally {
      project.connections.closeAll();
    }
  }
}

async function runLine(shell: Shell, line: string, home: string): Promise<{ status: number; lines: string[] }> {
  let out = '';
  const io = { stdout: (t: string) => void (out += t), stderr: (t: string) => void (out += t), readLine: () => null, isTerminal: true };
  const running = shell.run(line, io);
  // A server holds the terminal until Ctrl+C: stop it once it is up, as the learner would.
  let settled = false;
  void running.then(() => (settled = true));
  while (!settled && !shell.holding) await new Promise((r) => setTimeout(r, 10));
  if (!settled) shell.interrupt();
  const status = await running;
  const text = out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split(home).join(SANDBOX_HOME);
  const trimmed = text.replace(/\n$/, '');
  return { status, lines: trimmed === '' ? [] : trimmed.split('\n') };
}

/** The home folder's files and the shell's state, to try a shortcut and then undo it. */
function snapshot(shell: Shell, home: string): () => void {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'shortcut-'));
  fs.cpSync(home, copy, { recursive: true, verbatimSymlinks: true });
  const state = shell.state();
  const status = shell.lastStatus;
  return () => {
    for (const name of fs.readdirSync(home)) fs.rmSync(path.join(home, name), { recursive: true, force: true });
    fs.cpSync(copy, home, { recursive: true, verbatimSymlinks: true });
    fs.rmSync(copy, { recursive: true, force: true });
    shell.cwd = state.cwd;
    shell.variables = new Map(Object.entries(state.variables));
    shell.history = state.history;
    shell.ran = state.ran ?? [];
    shell.lastStatus = status;
  };
}

/** Each check's result for one exercise's checks, graded on the test's home folder. */
async function gradeNow(checks: Check[], shell: Shell, home: string): Promise<boolean[]> {
  return (await grade(checks, { home, shell: shell.state() })).map((r) => r.passed);
}

describe.each(LANGS)('lesson walkthrough (%s)', (lang) => {
  for (const entry of lessonEntries()) {
    it(`${entry.slug}: every command gives the output shown, every exercise is graded and solved`, async () => {
      const home = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lesson-')));
      const shell = new Shell({ home });
      const host = (label: string) => ({
        run: async (line: string) => {
          const { status, lines } = await runLine(shell, line, home);
          expect(status, `${label}: $ ${line}\n${lines.join('\n')}`).toBe(0);
        },
        readFile: async (rel: string) => (fs.existsSync(path.join(home, rel)) ? fs.readFileSync(path.join(home, rel), 'utf8') : null),
        writeFile: async (rel: string, content: string) => {
          fs.mkdirSync(path.dirname(path.join(home, rel)), { recursive: true });
          fs.writeFileSync(path.join(home, rel), content);
        },
      });
      try {
        for (const lesson of lessonChain(entry)) {
          const replaying = lesson === entry;
          if (replaying) {
            // The lesson starts with the files the earlier lessons left, not their terminal history.
            shell.history = [];
            shell.ran = [];
          }
          // Each exercise's checks as graded at the lesson's start, and at the latest step.
          const atStart = new Map<string, boolean[]>();
          const latest = new Map<string, boolean[]>();
          const unsolved = new Set(replaying ? entry.meta.exercises.map((e) => e.id) : []);
          for (const walk of walkthrough(readLessonSource(lesson, lang), lesson)) {
            // The page grades quietly after every command: no exercise may light up before the learner does it.
            for (const id of unsolved) {
              const early = await gradeNow(entry.meta.exercises.find((e) => e.id === id)!.checks, shell, home);
              expect(early.every(Boolean), `${lesson.slug} (${lang}): exercise "${id}" is already done before ${walk.kind === 'command' ? `$ ${walk.step.command}` : `${walk.kind} "${walk.id}"`}`).toBe(false);
              if (!atStart.has(id)) atStart.set(id, early);
              latest.set(id, early);
            }
            if (walk.kind === 'exercise') unsolved.delete(walk.id);
            const label = `${lesson.slug} (${lang}): ${walk.kind} "${walk.kind === 'command' ? walk.step.command : walk.id}"`;
            if (walk.kind === 'exercise' && replaying) {
              const { checks, shortcuts } = entry.meta.exercises.find((e) => e.id === walk.id)!;
              // Graded just above, before this step: not done yet.
              const before = latest.get(walk.id)!;
              // A check that guards against a shortcut (Asha's row is still there) may pass until the shortcut is taken.
              const failsUnderShortcut = checks.map(() => false);
              for (const shortcut of shortcuts) {
                const undo = snapshot(shell, home);
                try {
                  await applySolution(shortcut.steps, host(`${label}: shortcut "${shortcut.id}"`));
                  const passed = await gradeNow(checks, shell, home);
                  expect(passed.every(Boolean), `${label}: the shortcut "${shortcut.id}" passes every check`).toBe(false);
                  passed.forEach((p, i) => (failsUnderShortcut[i] ||= !p));
                } finally {
                  undo();
                }
              }
              await applySolution(walk.steps, host(label));
              const results = await grade(checks, { home, shell: shell.state() });
              results.forEach((r, i) => expect(r.passed, `${label}: after the solution, ${JSON.stringify(checks[i])} (found ${r.found})`).toBe(true));
              // Each check must be able to fail: at the lesson's start, just before its exercise, or after a shortcut.
              const start = atStart.get(walk.id)!;
              checks.forEach((c, i) => expect(!start[i] || !before[i] || failsUnderShortcut[i], `${label}: ${JSON.stringify(c)} passes before the exercise is done`).toBe(true));
              continue;
            }
            if (walk.kind !== 'command') {
              await applySolution(walk.steps, host(label));
              continue;
            }
            const { step } = walk;
            const where = `${lesson.slug} (${lang}): ${step.venv ? `(${step.venv}) ` : ''}$ ${step.command}`;
            const active = shell.variables.get('VIRTUAL_ENV_PROMPT')?.replace(/^\((.*)\) $/, '$1') ?? null;
            if (replaying) expect(active, `${where}: the prompt's environment`).toBe(step.venv);
            const { lines } = await runLine(shell, step.command, home);
            if (replaying && !matches(lines, step.expected)) expect(lines.join('\n'), where).toBe(step.expected.join('\n'));
          }
          if (replaying) {
            checkRequestLogs(readLessonSource(lesson, lang), shell.cwd, `${lesson.slug} (${lang})`);
            const placed = walkthrough(readLessonSource(lesson, lang), lesson).filter((w) => w.kind === 'exercise').map((w) => (w.kind === 'exercise' ? w.id : ''));
            expect(placed, `${lesson.slug} (${lang}): every exercise of lesson.json appears once in the lesson`).toEqual(entry.meta.exercises.map((e) => e.id));
          }
        }
      } finally {
        fs.rmSync(home, { recursive: true, force: true });
      }
    }, 120_000);
  }
});
