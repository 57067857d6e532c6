import { expect, test, type Locator, type Page } from '@playwright/test';
import { SandboxPage } from './support/sandbox';

test('the first Tab reaches a skip link that jumps to the lesson', async ({ page }) => {
  await page.goto('/en/lessons/start-a-project');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('the language switch and the table of contents work from the keyboard', async ({ page }) => {
  await page.goto('/en/lessons/start-a-project');
  const tocLink = page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Run the development server' });
  await tocLink.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#run-the-development-server$/);

  const hinglish = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Hinglish' });
  await hinglish.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/hinglish\/lessons\/start-a-project#run-the-development-server$/);
  await expect(page.getByRole('heading', { name: 'Development server chalao' })).toBeInViewport();
});

/**
 * Whether the focused element shows it: an outline or a ring on it, or on a pane around it
 * (the terminal's and the editor's own inputs are hidden, so their pane carries the ring),
 * or on a tree item's row.
 */
function focusShows(page: Page) {
  return page.evaluate(() => {
    const shown = (el: Element) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const onScreen = box.width >= 2 && box.height >= 2 && box.right > 0 && box.bottom > 0 && style.opacity !== '0';
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      const ringed = style.boxShadow !== 'none';
      return onScreen && (outlined || ringed);
    };
    const focused = document.activeElement;
    // A tree item rings its row (its first child), not the whole subtree it holds.
    if (focused?.getAttribute('role') === 'treeitem' && focused.firstElementChild && shown(focused.firstElementChild)) return true;
    for (let el = focused; el && el !== document.body; el = el.parentElement) if (shown(el)) return true;
    return false;
  });
}

/** Presses Tab (or Shift+Tab) until `target` has focus, checking the focus shows at every stop. */
async function tabTo(page: Page, target: Locator, { back = false, limit = 15 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
    // Focus styles may land a frame after the focus: looked at until they do.
    await expect.poll(() => focusShows(page), { message: focused }).toBe(true);
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return;
  }
  throw new Error(`Tab did not reach ${target}`);
}

const inTerminal = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('[data-testid="terminal"]'));
const inEditor = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('.cm-editor'));

test('the sandbox from the keyboard: the tree opens a file, the editor saves it, the terminal runs, and Escape then Tab leaves both', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  const s = new SandboxPage(page);
  await s.open('/en/lessons/start-a-project?runtime=worker');
  await page.getByRole('button', { name: 'Reset lesson' }).focus();

  await tabTo(page, page.getByRole('tree'));
  const arrowDownTo = async (item: Locator) => {
    for (let i = 0; i < 10 && !(await item.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
    await expect(item).toBeFocused();
    await expect.poll(() => focusShows(page)).toBe(true);
  };
  const project = s.treeItem('learn-django');
  await arrowDownTo(project);
  await page.keyboard.press('ArrowRight');
  await expect(project).toHaveAttribute('aria-expanded', 'true');
  await arrowDownTo(s.treeItem('learn-django/requirements.txt'));
  await page.keyboard.press('Enter');
  await expect(page.locator('.cm-content[aria-label*="requirements.txt"]')).toBeVisible();

  await tabTo(page, page.locator('.cm-content'));
  await page.keyboard.press('Control+End');
  await page.keyboard.type('# typed from the keyboard');
  // Tab indents in the editor; Escape, then Tab, moves on.
  await page.keyboard.press('Tab');
  expect(await inEditor(page)).toBe(true);
  await page.keyboard.press('Control+S');
  await expect(page.getByTestId('editor')).toContainText('Saved');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await inEditor(page)).toBe(false);

  await tabTo(page, s.terminal);
  await expect(page.getByText('Escape, then Tab: leave the terminal')).toBeVisible();
  await page.keyboard.type('cat ~/learn-django/requirements.txt');
  await page.keyboard.press('Enter');
  await expect(s.terminal.locator('.xterm-rows')).toContainText('# typed from the keyboard');
  await s.waitForPrompt();
  // Tab completes in the terminal and keeps the focus there.
  await page.keyboard.type('ls ~/lea');
  await page.keyboard.press('Tab');
  await expect(s.terminal.locator('.xterm-rows')).toContainText('ls ~/learn-django/');
  expect(await inTerminal(page)).toBe(true);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  expect(await inTerminal(page)).toBe(false);
  await expect.poll(() => focusShows(page)).toBe(true);
  await expect(page.getByText('Escape, then Tab: leave the terminal')).toBeHidden();
  // And backwards, from the next stop into the terminal and out again.
  await page.keyboard.press('Shift+Tab');
  expect(await inTerminal(page)).toBe(true);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  expect(await inTerminal(page)).toBe(false);
});

test('an exercise and a quiz from the keyboard, with the focus always visible', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  const s = new SandboxPage(page);
  await s.open('/en/lessons/apps?runtime=worker');
  const card = page.locator('[data-testid^="exercise-"][data-done]').first();
  const check = card.getByRole('button', { name: 'Check' });
  await check.focus();
  await expect.poll(() => focusShows(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(card.getByTestId('check-results')).toContainText('still missing');

  await tabTo(page, card.getByRole('button', { name: /^Show hint 1 of/ }));
  await page.keyboard.press('Enter');
  await expect(card.getByText('Hint 1', { exact: true })).toBeVisible();
  await tabTo(page, card.getByRole('button', { name: 'Show solution' }));
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: 'Apply to the sandbox' })).toBeVisible();

  const question = page.locator('[data-testid^="question-"]').first();
  const firstChoice = question.getByRole('radio').first();
  await firstChoice.focus();
  await expect.poll(() => focusShows(page)).toBe(true);
  await page.keyboard.press('Space');
  await expect(firstChoice).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(question.getByRole('radio').nth(1)).toBeChecked();
});
