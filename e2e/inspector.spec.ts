import { expect, test, type Page } from '@playwright/test';
import { SandboxPage } from './support/sandbox';
import { INSPECTOR_STRINGS } from '../lib/inspector-strings';
import type { InspectorProblemKind } from '../sandbox/protocol/inspector-report';
import { readFileSync } from 'node:fs';

const sections = JSON.parse(readFileSync(new URL('../components/sandbox/inspector/lesson-sections.json', import.meta.url), 'utf8')) as {
  anchors: Record<InspectorProblemKind, string>;
};

/**
 * The inspector as a learner meets it in lesson 8: the project broken the lesson's three
 * ways (0001_initial.py deleted, every migration file deleted, the history deleted too),
 * and after each what the inspector says, in both languages, on a wide screen (the tab
 * beside the preview, left open) and on a phone (a fourth tab, opened to look).
 */
test.describe.configure({ timeout: 240_000 });

const SHELL_DELETE_HISTORY = `python manage.py shell -c "from django.db import connection; connection.cursor().execute(\\"DELETE FROM django_migrations WHERE app='home'\\")"`;

for (const lang of ['en', 'hinglish'] as const) {
  for (const { width, height } of [
    { width: 1440, height: 1000 },
    { width: 390, height: 844 },
  ]) {
    test(`the inspector shows lesson 8's three breaks (${lang}, ${width} px)`, async ({ page }) => {
      const t = INSPECTOR_STRINGS[lang];
      const phone = width < 1024;
      await page.setViewportSize({ width, height });
      const s = new SandboxPage(page);
      await page.goto(`/${lang}/lessons/migrations-gone-wrong?runtime=worker`);
      if (phone) await page.getByRole('tab', { name: 'Practice' }).click();
      await expect(page.getByTestId('runtime-badge')).toBeVisible({ timeout: 20_000 });
      await s.waitForPrompt();

      const inspector = page.getByTestId('inspector');
      const inspectorTab = page.getByRole('tab', { name: t.label });
      const terminalTab = page.getByRole('tab', { name: 'Terminal' });
      // Typed at the terminal; on a phone the terminal is a tab of its own.
      const run = async (command: string, expected?: string) => {
        if (phone) await terminalTab.click();
        await s.run(command, expected);
      };
      const look = async (shot: string) => {
        await inspectorTab.click();
        await expect(inspectorTab).toHaveAttribute('aria-selected', 'true');
        await expect(inspector).toBeVisible();
        await expect(inspector).toHaveAttribute('data-updating', 'false');
        await page.screenshot({ path: `test-results/inspector-${lang}-${width}-${shot}.png` });
      };
      const problem = (kind: InspectorProblemKind) => inspector.locator(`[data-kind="${kind}"]`);
      const explained = async (kind: InspectorProblemKind) => {
        const link = problem(kind).first().getByRole('link', { name: t.explainedIn(t.sections[kind]) });
        // On lesson 8's own page the link is the anchor alone.
        await expect(link).toHaveAttribute('href', `#${sections.anchors[kind]}`);
      };
      const node = (name: string) => inspector.locator(`[data-node="${name}"]`);

      await run('cd ~/learn-django/myproject');
      // The tab is reachable by keyboard: arrow keys move along the tab list.
      const previous = page.getByRole('tab', { name: 'Preview' });
      await previous.click();
      await previous.press('ArrowRight');
      await expect(inspectorTab).toBeFocused();
      await look('healthy');
      await expect(inspector.getByTestId('inspector-project')).toHaveText(t.project('learn-django/myproject'));
      await expect(inspector.getByTestId('inspector-no-problems')).toBeVisible();
      await expect(node('home.0003_alter_student_address')).toHaveAttribute('data-state', 'applied');
      // The graph's words for screen readers.
      await expect(inspector.getByTestId('migration-list')).toContainText(t.migrationItem('0002_student_address', true, ['home.0001_initial']));
      // A table, its model and its rows.
      const students = inspector.locator('[data-table="home_student"]');
      await expect(students).toContainText(t.ownedBy('home.Student'));
      await students.locator('summary').click();
      await students.getByRole('button', { name: t.showRows('home_student') }).click();
      await expect(students.getByTestId('inspector-rows')).toContainText('Asha');

      // Break 1: only 0001_initial.py deleted.
      await run('mkdir -p ~/backup && cp home/migrations/0*.py ~/backup/');
      await run('rm home/migrations/0001_initial.py');
      await look('break-1');
      await expect(problem('missing-dependency')).toContainText('NodeNotFoundError');
      await explained('missing-dependency');
      // The link shows the section, on this very page: the lesson tab on a phone, the sandbox untouched.
      await problem('missing-dependency').getByRole('link').click();
      await expect(page.locator(`#${sections.anchors['missing-dependency']}`)).toBeInViewport();
      expect(page.url()).toContain('?runtime=worker#');
      if (phone) await page.getByRole('tab', { name: 'Practice' }).click();
      await inspectorTab.click();
      await expect(node('home.0001_initial')).toHaveAttribute('data-state', 'gone');
      await expect(node('home.0002_student_address')).toHaveAttribute('data-state', 'applied');
      // The table and its rows are untouched.
      await expect(students.getByTestId('inspector-rows')).toContainText('Asha');

      await run('cp ~/backup/0001_initial.py home/migrations/');
      await look('break-1-repaired');
      await expect(inspector.getByTestId('inspector-no-problems')).toBeVisible();

      // Break 2: every migration file deleted; the history keeps its three rows.
      await run('rm home/migrations/0*.py');
      await look('break-2');
      await expect(problem('history-without-file')).toHaveCount(3);
      await explained('history-without-file');
      await expect(inspector.getByTestId('inspector-pending')).toContainText('+ Create model Student');
      await expect(inspector.getByTestId('inspector-history-without-file')).toContainText('0001_initial, 0002_student_address, 0003_alter_student_address');
      await run('python manage.py makemigrations', '+ Create model Student');
      await look('break-2-new-initial');
      await expect(inspector.getByTestId('inspector-pending')).toHaveCount(0);
      await expect(node('home.0001_initial')).toHaveAttribute('data-state', 'applied');
      await expect(problem('history-without-file')).toHaveCount(2);

      // Break 3: the history is gone too.
      await run(SHELL_DELETE_HISTORY);
      await look('break-3');
      await expect(problem('table-without-history')).toHaveCount(1);
      await expect(problem('table-without-history')).toContainText('table already exists');
      await explained('table-without-history');
      await expect(node('home.0001_initial')).toHaveAttribute('data-state', 'pending');
      await expect(problem('history-without-file')).toHaveCount(0);

      // The way out the lesson takes: the work is recorded, not redone.
      await run('python manage.py migrate --fake-initial', 'FAKED');
      await look('break-3-faked');
      await expect(inspector.getByTestId('inspector-no-problems')).toBeVisible();
      await expect(students.getByTestId('inspector-rows')).toContainText('Asha');
      await noHorizontalScroll(page);
    });
  }
}

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
}
