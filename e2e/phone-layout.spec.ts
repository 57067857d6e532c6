import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 } });

for (const path of ['/en', '/hinglish', '/en/lessons/virtual-environments', '/hinglish/lessons/virtual-environments', '/en/lessons/start-a-project', '/hinglish/lessons/start-a-project', '/en/lessons/nope']) {
  test(`${path} has no horizontal scroll at 390 px`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
}

test('on a phone, lesson and practice are two tabs, usable by keyboard', async ({ page }) => {
  await page.goto('/en/lessons/virtual-environments');
  const lessonTab = page.getByRole('tab', { name: 'Lesson' });
  const practiceTab = page.getByRole('tab', { name: 'Practice' });
  await expect(lessonTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('lesson-commands')).toBeHidden();

  const lessonText = page.getByText('one habit that saves you hours later', { exact: false }).first();
  await practiceTab.click();
  await expect(page.getByTestId('lesson-commands')).toBeVisible();
  await expect(lessonText).toBeHidden();
  // The practice tab carries the lesson's title: one visible h1 either way.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Virtual environments');

  await practiceTab.press('ArrowLeft');
  await expect(lessonTab).toBeFocused();
  await expect(lessonTab).toHaveAttribute('aria-selected', 'true');
  await expect(lessonText).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Virtual environments');
});

test('on a wide screen the practice column sits beside the lesson, without tabs', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/en/lessons/virtual-environments');
  // The sandbox's own tabs (preview and inspector) may be there; the lesson's are not.
  await expect(page.getByRole('tab', { name: /^(Lesson|Practice)$/ })).toHaveCount(0);
  const prose = await page.getByRole('heading', { level: 1 }).boundingBox();
  const practice = await page.getByTestId('lesson-commands').boundingBox();
  expect(practice!.x).toBeGreaterThan(prose!.x + prose!.width);
});

/** What of the sandbox a page fetched: its Worker, chunks and WebAssembly, and the page code that draws it (xterm). */
function watchSandboxLoads(page: import('@playwright/test').Page) {
  const loaded: string[] = [];
  page.on('response', async (response) => {
    const url = response.url();
    if (/\/sandbox\/|\.wasm$/.test(url)) return void loaded.push(url);
    if (!/\.js(\?|$)/.test(url)) return;
    const body = await response.text().catch(() => '');
    if (body.includes('xterm-helper-textarea')) loaded.push(url);
  });
  return loaded;
}

test('on a phone nothing of the sandbox loads until the Practice tab opens', async ({ page }) => {
  const loaded = watchSandboxLoads(page);
  await page.goto('/en/lessons/virtual-environments');
  await page.waitForLoadState('networkidle');
  // Idle a while longer, as a learner reading the lesson would.
  await page.waitForTimeout(3000);
  expect(loaded).toEqual([]);
  await expect(page.locator('.xterm')).toHaveCount(0);

  await page.getByRole('tab', { name: 'Practice' }).click();
  await expect(page.getByTestId('runtime-badge')).toBeVisible({ timeout: 20_000 });
  expect(loaded.some((url) => url.endsWith('/sandbox/worker.js'))).toBe(true);
});

test('on a phone, Check starts the sandbox, says so, and then grades', async ({ page }) => {
  const loaded = watchSandboxLoads(page);
  await page.goto('/hinglish/lessons/virtual-environments');
  await page.waitForLoadState('networkidle');
  expect(loaded).toEqual([]);
  const exercise = page.locator('[data-testid^="exercise-"]').first();
  await exercise.getByRole('button', { name: 'Check karo' }).click();
  await expect(exercise).toContainText('Sandbox start ho raha hai');
  // Graded once it started: nothing is done yet, so a check shows as not passed.
  await expect(exercise.getByTestId('check-results')).toBeVisible({ timeout: 30_000 });
  expect(loaded.some((url) => url.endsWith('/sandbox/worker.js'))).toBe(true);
});

test('on a wide screen the sandbox starts by itself once the lesson is shown', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/en/lessons/virtual-environments');
  await expect(page.getByTestId('runtime-badge')).toBeVisible({ timeout: 20_000 });
});
