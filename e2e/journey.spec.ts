import { expect, test } from '@playwright/test';
import { SandboxPage } from './support/sandbox';
import { answerQuiz, exercise, followLesson, solveByTyping } from './support/lesson';
import { lessonEntries } from '../lib/content/lessons';

/**
 * A learner's whole course, in English: every lesson in order, every command typed, every
 * exercise solved by typing commands and editing files, every quiz answered, so that each
 * lesson counts as finished; then the other language, where the progress is all still there.
 */
test.use({ viewport: { width: 1440, height: 1000 } });
// Thirteen lessons typed out: the longest test of the suite, by design.
test.describe.configure({ timeout: 30 * 60_000 });
// A wait that never ends must fail the step it is in, not the whole course at its end.
test.use({ actionTimeout: 30_000 });

test('the whole course in English, then the progress in Hinglish', async ({ page }) => {
  const lessons = lessonEntries();
  expect(lessons.map((l) => l.slug)).toHaveLength(14);
  const s = new SandboxPage(page);

  for (const entry of lessons) {
    await test.step(entry.slug, async () => {
      await s.open(`/en/lessons/${entry.slug}?runtime=worker`);
      await followLesson(s, entry.slug, 'en', async (id, steps) => {
        const card = exercise(page, id);
        await expect(card).toHaveAttribute('data-done', 'false');
        await solveByTyping(s, steps);
        await expect(card, `${entry.slug}: ${id}`).toHaveAttribute('data-done', 'true', { timeout: 20_000 });
      });
      await answerQuiz(page, entry.slug, 'Correct!');
      const progress = page.getByTestId('lesson-progress');
      const { exercises, quiz } = entry.meta;
      if (exercises.length) await expect(progress).toContainText(`${exercises.length} of ${exercises.length} exercise`);
      await expect(progress).toContainText(`${quiz.length} of ${quiz.length} question`);
      // Everything in it done: the lesson counts as finished without being marked.
      await expect(progress).toContainText('You finished this lesson.');
    });
  }

  await page.goto('/en');
  await expect(page.getByTestId('course-progress')).toContainText('14 of 14 lessons finished');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Hinglish' }).click();
  await expect(page).toHaveURL(/\/hinglish$/);
  await expect(page.getByTestId('course-progress')).toContainText('14 mein se 14 lesson poore hue');
  for (const entry of lessons) await expect(page.getByTestId(`progress-${entry.slug}`)).toContainText('Poora hua');

  // Inside a lesson too: its exercises done and its questions answered, after a reload.
  const last = lessons[lessons.length - 1]!;
  await page.goto(`/hinglish/lessons/${last.slug}`);
  await page.reload();
  for (const ex of last.meta.exercises) await expect(exercise(page, ex.id)).toHaveAttribute('data-done', 'true');
  for (const id of last.meta.quiz) await expect(page.getByTestId(`question-${id}`)).toHaveAttribute('data-answered', 'true');
  await expect(page.getByTestId('lesson-progress')).toContainText('Tumne ye lesson poora kar liya.');
});
