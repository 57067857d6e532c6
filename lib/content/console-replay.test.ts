/**
 * Every console block of every lesson, in both languages, replayed in the sandbox shell:
 * each command must work and print what the lesson shows (`...` stands for lines left out),
 * with the prompt's virtual environment as the lesson shows it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../languages';
import { lessonEntries, readLessonSource } from './lessons';
import { consoleSteps, lessonChain } from './lesson-chain';
import { Shell } from '../../sandbox/shell/shell';

/** The learner's home in the sandbox, as lessons print it. */
const SANDBOX_HOME = '/home/learner';

/** What may differ from run to run: the date runserver prints. */
const mask = (line: string) => line.replace(/^\w+ \d\d, \d{4} - \d\d:\d\d:\d\d$/, '<DATE>');

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

describe.each(LANGS)('lesson commands (%s)', (lang) => {
  for (const entry of lessonEntries()) {
    it(`${entry.slug}: every command gives the output shown`, async () => {
      const home = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'lesson-')));
      const shell = new Shell({ home });
      try {
        for (const lesson of lessonChain(entry)) {
          const replaying = lesson === entry;
          for (const step of consoleSteps(readLessonSource(lesson, lang))) {
            const where = `${lesson.slug} (${lang}): ${step.venv ? `(${step.venv}) ` : ''}$ ${step.command}`;
            const active = shell.variables.get('VIRTUAL_ENV_PROMPT')?.replace(/^\((.*)\) $/, '$1') ?? null;
            if (replaying) expect(active, `${where}: the prompt's environment`).toBe(step.venv);
            const { lines } = await runLine(shell, step.command, home);
            if (replaying && !matches(lines, step.expected)) expect(lines.join('\n'), where).toBe(step.expected.join('\n'));
          }
        }
      } finally {
        fs.rmSync(home, { recursive: true, force: true });
      }
    }, 60_000);
  }
});
