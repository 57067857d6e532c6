import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SandboxPage } from './support/sandbox';
import { lessonEntry } from '../lib/content/lessons';
import { exercise, followLesson, solveByTyping } from './support/lesson';

/**
 * The course as a learner meets it: exercises that light up while they type, the Check
 * button, hints, the solution applied for them, quiz answers, and progress that survives a
 * reload and shows on the course index, exported and imported as a file.
 */
test.use({ viewport: { width: 1440, height: 1000 } });
// Lesson 8 typed key by key takes about two minutes on two cores; a loaded machine needs more.
test.describe.configure({ timeout: 300_000 });

test('lesson 8 in Hinglish, typed as a learner types it: the project breaks, the learner recovers it, the exercises light up, and progress shows on the index', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open('/hinglish/lessons/migrations-gone-wrong?runtime=worker');
  const entry = lessonEntry('migrations-gone-wrong')!;
  for (const ex of entry.meta.exercises) await expect(exercise(page, ex.id)).toHaveAttribute('data-done', 'false');

  await followLesson(s, 'migrations-gone-wrong', 'hinglish', async (id, steps) => {
    const card = exercise(page, id);
    await expect(card).toHaveAttribute('data-done', 'false');
    await solveByTyping(s, steps);
    // Graded quietly after the last command: the card lights up without a click.
    await expect(card).toHaveAttribute('data-done', 'true', { timeout: 20_000 });
    await expect(card.getByTestId('exercise-status')).toHaveText('✓ Ho gaya');
    if (id === entry.meta.exercises[0]!.id) {
      await card.getByRole('button', { name: 'Check karo' }).click();
      await expect(card.getByTestId('check-results')).toContainText('Sab ho gaya. Shabaash!');
      await card.scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'test-results/course-lesson-8-hinglish.png' });
    }
  });
  // The walkthrough ends with a healthy project.
  await s.run('python manage.py migrate', 'No migrations to apply.');

  await page.reload();
  await expect(exercise(page, entry.meta.exercises[0]!.id)).toHaveAttribute('data-done', 'true');
  const total = entry.meta.exercises.length;
  await page.goto('/hinglish');
  await expect(page.getByTestId('progress-migrations-gone-wrong')).toContainText(`${total} mein se ${total} exercise ho gaye`);
  await page.reload();
  await expect(page.getByTestId('progress-migrations-gone-wrong')).toContainText(`${total} mein se ${total} exercise ho gaye`);
});

test('Check lists what is missing, hints come one at a time, and the solution can be applied to the sandbox', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open('/en/lessons/apps?runtime=worker');
  const { exercises } = lessonEntry('apps')!.meta;
  await followLesson(s, 'apps', 'en', async () => undefined, exercises[0]!.id);
  const card = exercise(page, exercises[0]!.id);
  await card.getByRole('button', { name: 'Check' }).click();
  await expect(card.getByTestId('check-results')).toContainText('still missing');
  await expect(card.locator('[data-passed="false"]').first()).toBeVisible();

  const hintButton = card.getByRole('button', { name: /^Show hint 1 of/ });
  if (await hintButton.count()) {
    await hintButton.click();
    await expect(card.getByText('Hint 1', { exact: true })).toBeVisible();
    await expect(card.getByText('Hint 2', { exact: true })).toHaveCount(0);
  }

  await card.getByRole('button', { name: 'Show solution' }).click();
  await card.getByRole('button', { name: 'Apply to the sandbox' }).click();
  await card.getByRole('button', { name: 'Yes, apply it' }).click();
  await expect(card.getByText('Applied. Look at the terminal and the files.')).toBeVisible({ timeout: 30_000 });
  await expect(card).toHaveAttribute('data-done', 'true', { timeout: 20_000 });
  await card.getByRole('button', { name: 'Check' }).click();
  await expect(card.getByTestId('check-results')).toContainText('All done. Well done!');
});

test('a quiz explains each answer, counts the right one, and progress is exported and imported as a file', async ({ page }, info) => {
  await page.goto('/en/lessons/start-a-project');
  const { quiz } = lessonEntry('start-a-project')!.meta;
  const question = page.getByTestId(`question-${quiz[0]}`);
  const choices = question.getByRole('radio');
  const count = await choices.count();
  expect(count).toBeGreaterThan(1);
  // Every choice says why; only the right one counts.
  let right = -1;
  for (let i = 0; i < count; i++) {
    await choices.nth(i).check();
    const verdict = await question.getByRole('status').innerText();
    if (verdict.startsWith('Correct!')) right = i;
    else expect(verdict).toContain('Not quite.');
  }
  expect(right).toBeGreaterThanOrEqual(0);
  await choices.nth(right).check();
  await expect(question).toHaveAttribute('data-answered', 'true');
  await expect(page.getByTestId('lesson-progress')).toContainText(`1 of ${quiz.length} question`);
  await page.getByRole('button', { name: 'Mark this lesson as finished' }).click();
  await expect(page.getByTestId('lesson-progress')).toContainText('You finished this lesson.');

  await page.goto('/en');
  await expect(page.getByTestId('progress-start-a-project')).toHaveAttribute('data-finished', 'true');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = info.outputPath('progress.json');
  await (await downloading).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported).toMatchObject({ format: 'django-first-steps-progress', version: 1, finished: ['start-a-project'] });

  // A fresh browser: nothing, until the file is imported.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByTestId('progress-start-a-project')).toHaveAttribute('data-finished', 'false');
  await page.getByTestId('progress-import').setInputFiles(file);
  await expect(page.getByText('Progress imported.')).toBeVisible();
  await expect(page.getByTestId('progress-start-a-project')).toHaveAttribute('data-finished', 'true');
  await page.getByTestId('progress-import').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"a":1}') });
  await expect(page.getByText('That file is not a progress file from this course.')).toBeVisible();
  await page.goto('/hinglish');
  await expect(page.getByTestId('progress-start-a-project')).toContainText('Poora hua');
});
