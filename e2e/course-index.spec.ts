import { expect, test } from '@playwright/test';
import { lessonEntries } from '../lib/content/lessons';

const lessonCount = lessonEntries().length;

test('the English course index lists the lessons in order with their summaries', async ({ page }) => {
  await page.goto('/en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The course');
  const items = page.getByTestId('lesson-list').getByRole('listitem');
  await expect(items).toHaveCount(lessonCount);
  await expect(items.nth(0)).toContainText('Lesson 1');
  await expect(items.nth(0)).toContainText('Virtual environments');
  await expect(items.nth(0)).toContainText('requirements.txt');
  await expect(items.nth(1)).toContainText('Lesson 2');
  await expect(items.nth(1)).toContainText('Start a Django project');
  await expect(items.nth(7)).toContainText('Lesson 8');
  await expect(items.nth(8)).toContainText('Lesson 9');
  await expect(items.nth(12)).toContainText('Lesson 13');
  await expect(items.nth(12)).toContainText('Relationships');
});

test('the Hinglish course index lists the same lessons in Hinglish', async ({ page }) => {
  await page.goto('/hinglish');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi-Latn');
  const items = page.getByTestId('lesson-list').getByRole('listitem');
  await expect(items).toHaveCount(lessonCount);
  await expect(items.nth(1)).toContainText('Django project shuru karo');
  await expect(items.nth(0)).toContainText('Har project ko uske apne Python packages do');
  await items.nth(1).getByRole('link').click();
  await expect(page).toHaveURL(/\/hinglish\/lessons\/start-a-project$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Django project shuru karo');
});
