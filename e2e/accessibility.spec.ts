import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SandboxPage } from './support/sandbox';
import { lessonEntries } from '../lib/content/lessons';

/**
 * axe-core (all its rules: WCAG 2.1 A/AA and its best practices) over the pages a learner
 * sees, in both languages: the course index, a lesson with its sandbox running, an
 * exercise's results and solution open, a quiz answered, and the phone layout's practice
 * tab. No violations allowed.
 */
test.use({ viewport: { width: 1440, height: 1000 } });
test.describe.configure({ timeout: 120_000 });

async function violations(page: Page, only?: string[]) {
  const builder = new AxeBuilder({ page });
  const results = await (only ? builder.withRules(only) : builder).analyze();
  // One line per failing node: rule, what, where.
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} — ${n.target.join(' ')}`));
}

for (const lang of ['en', 'hinglish'] as const) {
  test(`the course index has no accessibility violations (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}`);
    expect(await violations(page)).toEqual([]);
  });

  test(`a lesson with its sandbox, an exercise checked and a quiz answered has no accessibility violations (${lang})`, async ({ page }) => {
    const s = new SandboxPage(page);
    await s.open(`/${lang}/lessons/apps?runtime=worker`);
    const card = page.getByTestId('exercise-create-accounts-app');
    await card.getByRole('button', { name: lang === 'en' ? 'Check' : 'Check karo' }).click();
    await expect(card.getByTestId('check-results')).toBeVisible();
    await card.getByRole('button', { name: lang === 'en' ? 'Show solution' : 'Solution dikhao' }).click();
    await page.getByTestId('question-forgot-to-register').getByRole('radio').first().check();
    expect(await violations(page)).toEqual([]);
  });
}

// The inspector open on a broken project: its problems and links, the graph and its list, a table's rows.
for (const lang of ['en', 'hinglish'] as const) {
  test(`the inspector, open on a broken project, has no accessibility violations (${lang})`, async ({ page }) => {
    const s = new SandboxPage(page);
    await s.open(`/${lang}/lessons/migrations-gone-wrong?runtime=worker`);
    await s.run('cd ~/learn-django/myproject && rm home/migrations/0001_initial.py');
    await page.getByRole('tab', { name: 'Inspector' }).click();
    const inspector = page.getByTestId('inspector');
    await expect(inspector.locator('[data-kind="missing-dependency"]')).toBeVisible({ timeout: 20_000 });
    const students = inspector.locator('[data-table="home_student"]');
    await students.locator('summary').click();
    await students.getByRole('button', { name: /home_student/ }).click();
    await expect(students.getByTestId('inspector-rows')).toContainText('Asha');
    expect(await violations(page)).toEqual([]);
  });
}

test('the phone layout with the inspector open has no accessibility violations', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en/lessons/migrations-gone-wrong?runtime=worker');
  await page.getByRole('tab', { name: 'Practice' }).click();
  await expect(page.getByTestId('runtime-badge')).toBeVisible({ timeout: 20_000 });
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await expect(page.getByTestId('inspector-project')).toBeVisible({ timeout: 20_000 });
  expect(await violations(page)).toEqual([]);
});

test('the phone layout with the sandbox open has no accessibility violations', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/hinglish/lessons/views-and-urls?runtime=worker');
  await page.getByRole('tab', { name: 'Practice' }).click();
  await expect(page.getByTestId('runtime-badge')).toBeVisible({ timeout: 20_000 });
  expect(await violations(page)).toEqual([]);
});

// Every lesson's text, in both colour schemes: highlighted code takes its colours from the
// code themes, which a single lesson would not show all of.
for (const scheme of ['light', 'dark'] as const) {
  test(`every lesson's text keeps its contrast, ${scheme} scheme`, async ({ page }) => {
    // Eighteen pages, each booting its sandbox.
    test.setTimeout(300_000);
    await page.emulateMedia({ colorScheme: scheme });
    const found: string[] = [];
    for (const lang of ['en', 'hinglish']) {
      for (const { slug } of lessonEntries()) {
        await page.goto(`/${lang}/lessons/${slug}`);
        found.push(...(await violations(page, ['color-contrast'])).map((v) => `${lang}/${slug}: ${v}`));
      }
    }
    expect(found).toEqual([]);
  });
}
