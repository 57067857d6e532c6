import { expect, type Page } from '@playwright/test';
import type { SandboxPage } from './sandbox';
import { lessonEntry, readLessonSource } from '../../lib/content/lessons';
import { walkthrough } from '../../lib/content/lesson-chain';
import type { SolutionStep } from '../../sandbox/grader/solution';
import type { Lang } from '../../lib/languages';

export const exercise = (page: Page, id: string) => page.getByTestId(`exercise-${id}`);

const APPLY_EDIT = { en: ['Apply this change to the sandbox', 'Applied.'], hinglish: ['Ye change sandbox par apply karo', 'Apply ho gaya.'] } as const;

/** The text of the file open in the editor, as the editor holds it (long files are not all in the DOM). */
function editorText(page: Page): Promise<string> {
  return page.locator('.cm-content').evaluate((content) => {
    // CodeMirror keeps its view on its content element; reading it is all the test does.
    const view = (content as unknown as { cmTile?: { root?: { view?: { state: { doc: { toString(): string } } } } } }).cmTile?.root?.view;
    if (!view) throw new Error('no editor view on .cm-content');
    return view.state.doc.toString();
  });
}

/**
 * Does an exercise's solution by hand: commands typed at the terminal, files opened from
 * the tree and changed in the editor (a whole new text, or one passage replaced).
 */
export async function solveByTyping(s: SandboxPage, steps: SolutionStep[]) {
  for (const step of steps) {
    if ('run' in step) await s.run(step.run);
    else if ('write' in step) {
      // A file that may not exist yet: made at the terminal first, as a learner would (touch
      // leaves an existing file as it is).
      const folder = step.write.includes('/') ? step.write.slice(0, step.write.lastIndexOf('/')) : '';
      await s.run(`${folder ? `mkdir -p ~/${folder} && ` : ''}touch ~/${step.write}`);
      await s.openFile(step.write);
      await s.edit(step.content);
    } else {
      await s.openFile(step.edit);
      const text = await editorText(s.page);
      expect(text, `${step.edit} should contain the text to change`).toContain(step.find);
      await s.edit(text.replace(step.find, step.replace));
    }
  }
}

/**
 * Follows a lesson as a learner does: each console command typed (and the last line the
 * lesson shows for it seen in the terminal), a development server looked at in the preview
 * and stopped with Ctrl+C, each <Edit> applied with its button; at each exercise
 * `onExercise` decides what the learner does. Stops before the exercise named `until`.
 */
export async function followLesson(s: SandboxPage, slug: string, lang: Lang, onExercise: (id: string, steps: SolutionStep[]) => Promise<void>, until?: string) {
  const entry = lessonEntry(slug)!;
  for (const step of walkthrough(readLessonSource(entry, lang), entry)) {
    if (step.kind === 'command') {
      if (/\brunserver\b/.test(step.step.command)) {
        // A server whose project is broken holds the terminal too, with its traceback and nothing to preview.
        const serves = step.step.expected.includes('Quit the server with CONTROL-C.');
        const last = step.step.expected.filter((l) => l.trim() && l !== '...').pop() ?? '';
        await s.run(step.step.command, serves ? 'Quit the server with CONTROL-C.' : last.split(':')[0], { prompt: false });
        if (serves) await expect(s.page.frameLocator('[data-testid="preview-frame"]').locator('body')).not.toBeEmpty({ timeout: 20_000 });
        await s.terminal.click();
        await s.page.keyboard.press('Control+C');
        await s.waitForPrompt();
        continue;
      }
      const last = step.step.expected.filter((l) => l.trim() && l !== '...').pop();
      await s.run(step.step.command, last && last.length < 60 ? last : undefined);
    } else if (step.kind === 'edit') {
      const card = s.page.getByTestId(`edit-${step.id}`);
      await card.getByRole('button', { name: APPLY_EDIT[lang][0] }).click();
      await expect(card.getByText(APPLY_EDIT[lang][1], { exact: true })).toBeVisible({ timeout: 60_000 });
      await s.waitForPrompt();
    } else {
      if (step.id === until) return;
      await onExercise(step.id, step.steps);
    }
  }
}

/** Answers each of a lesson's questions as a learner who tries the choices until one is right. */
export async function answerQuiz(page: Page, slug: string, rightVerdict: string) {
  for (const id of lessonEntry(slug)!.meta.quiz) {
    const question = page.getByTestId(`question-${id}`);
    const choices = question.getByRole('radio');
    for (let i = 0; i < (await choices.count()); i++) {
      await choices.nth(i).check();
      if ((await question.getByRole('status').innerText()).startsWith(rightVerdict)) break;
    }
    await expect(question).toHaveAttribute('data-answered', 'true');
  }
}
