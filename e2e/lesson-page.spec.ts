import { expect, test } from '@playwright/test';

test('a lesson shows highlighted Python and a terminal-style console block', async ({ page }) => {
  await page.goto('/en/lessons/start-a-project');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start a Django project');

  const python = page.locator('pre.shiki').filter({ hasText: 'DJANGO_SETTINGS_MODULE' });
  await expect(python).toBeVisible();
  // Tokens carry colours: the string and the call are not the same colour.
  const colours = await python.locator('span[style]').evaluateAll((spans) => new Set(spans.map((s) => getComputedStyle(s).color)).size);
  expect(colours).toBeGreaterThanOrEqual(2);

  const terminal = page.locator('pre.console').filter({ hasText: 'startproject myproject' }).first();
  await expect(terminal.locator('.console-command').first()).toHaveText('django-admin startproject myproject');
  await expect(terminal.locator('.console-prompt').first()).toHaveText('(env) $ ');
});

test('code stays readable in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/en/lessons/start-a-project');
  const token = page.locator('pre.shiki span[style]').first();
  const colour = await token.evaluate((el) => getComputedStyle(el).color);
  const background = await page.locator('pre.shiki').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(colour).not.toBe(background);
  // github-dark's background, not the light theme's white.
  expect(background).toBe('rgb(36, 41, 46)');
});

test('the lesson has a table of contents and links to the neighbouring lessons', async ({ page }) => {
  await page.goto('/en/lessons/virtual-environments');
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'Write down what you installed' }).click();
  await expect(page).toHaveURL(/#write-down-what-you-installed$/);
  await expect(page.getByRole('heading', { name: 'Write down what you installed' })).toBeInViewport();

  await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
  await page.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(/\/en\/lessons\/start-a-project$/);
  await expect(page.locator('a[rel="prev"]')).toContainText('Virtual environments');
  // The last lesson has no next one.
  await page.goto('/en/lessons/tests');
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
  await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', '/en/lessons/relationships');
});

test('the practice column lists the lesson\'s commands in order', async ({ page }) => {
  await page.goto('/en/lessons/virtual-environments');
  const commands = page.getByTestId('lesson-commands').getByRole('listitem');
  await expect(commands.first()).toHaveText('$ mkdir learn-django');
  await expect(commands.filter({ hasText: 'pip install "django~=5.2"' })).toHaveText(['(env) $ pip install "django~=5.2"', '$ pip install "django~=5.2"']);
  // Commands for the learner's own computer are shown in the lesson, not offered for practice.
  await expect(page.locator('pre.console.own-computer').first()).toBeVisible();
  await expect(page.locator('figure.console-figure figcaption').first()).toHaveText('On your own computer, not in the sandbox');
  await expect(commands.filter({ hasText: 'pipx' })).toHaveCount(0);
  await page.goto('/hinglish/lessons/virtual-environments');
  await expect(page.locator('figure.console-figure figcaption').first()).toHaveText('Apne computer par, sandbox mein nahi');
});
