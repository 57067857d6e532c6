import { expect, test, type Page } from '@playwright/test';
import { SandboxPage, newProject } from './support/sandbox';

/**
 * Bad input that floods or fills, as learners make it: a loop printing a million lines, a
 * page of megabytes, storage that is full, a file that is not text.
 */
test.use({ viewport: { width: 1440, height: 1000 } });
test.describe.configure({ timeout: 120_000 });

const LESSON = '/en/lessons/virtual-environments?runtime=worker';

/** How long the page takes to paint a frame now: a busy main thread shows here. */
const frameDelay = (page: Page) =>
  page.evaluate(() => new Promise<number>((resolve) => {
    const start = performance.now();
    requestAnimationFrame(() => resolve(performance.now() - start));
  }));

test('a loop printing without end leaves the page responsive, says why the terminal went quiet, and Ctrl+C stops it', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open(LESSON);
  await s.run('python3 -c "for i in range(10**8): print(i)"', /\d{5,}/, { prompt: false });
  // While it prints, the page still paints.
  expect(await frameDelay(page)).toBeLessThan(500);
  // Past the limit the terminal says why it went quiet, and how to stop the command.
  await expect(s.terminal.locator('.xterm-rows')).toContainText('the rest of its output is not shown. Ctrl+C stops it.', { timeout: 60_000 });
  expect(await frameDelay(page)).toBeLessThan(500);
  await page.keyboard.press('Control+C');
  await expect(s.terminal.locator('.xterm-rows')).toContainText('KeyboardInterrupt', { timeout: 10_000 });
  await s.waitForPrompt();
  await s.run('echo still here', 'still here');
});

test('output past the limit is dropped with a line saying so, and the next command prints in full', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open(LESSON);
  await s.run(`python3 -c "print('x' * 1500000); print('after')"`, 'the rest of its output is not shown');
  expect(await s.screen()).not.toMatch(/^after$/m);
  await s.run('echo next', /echo next\s*next/);
});

test('a full storage keeps the work in the tab, says so, and leaves the last save as it was', async ({ page }) => {
  // A store whose quota is used up: writes fail with QuotaExceededError once the page says so.
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { storageFull?: boolean }).storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  const s = new SandboxPage(page);
  await s.open(LESSON);
  await s.run('mkdir saved-before && ls', 'saved-before');
  await expect(s.treeItem('saved-before')).toBeVisible();
  await page.evaluate(() => ((window as unknown as { storageFull?: boolean }).storageFull = true));
  await s.run('mkdir made-when-full && ls', 'made-when-full');
  await expect(page.getByTestId('not-saved-note')).toContainText('storage for this site is full');
  // The work is still here, and can be downloaded.
  await expect(s.treeItem('made-when-full')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download project' })).toBeVisible();

  await page.reload();
  await s.waitForPrompt();
  await s.run('ls', 'saved-before');
  expect(await s.screen()).not.toContain('made-when-full');
});

test('on a Hinglish page, a full storage is said in Hinglish', async ({ page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const s = new SandboxPage(page);
  await s.open('/hinglish/lessons/virtual-environments?runtime=worker');
  await s.run('mkdir notes');
  await expect(page.getByTestId('not-saved-note')).toContainText('storage bhar gayi hai');
});

test('a file too large or not text opens as a clear message, not in the editor', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open(LESSON);
  await s.run(`python3 -c "open('big.txt', 'w').write('x' * 2000000); open('picture.png', 'wb').write(bytes(range(256)))"`);
  await s.treeItem('big.txt').click();
  await expect(page.getByTestId('editor')).toContainText('big.txt is too large to open here (2.0 MB).');
  await s.treeItem('picture.png').click();
  await expect(page.getByTestId('editor')).toContainText("picture.png is a binary file, so it can't be shown here.");
  // The terminal and the tree go on as before.
  await s.run('ls', 'picture.png');
});

test('a view that renders megabytes shows in the preview, and the page stays responsive', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open(LESSON);
  await newProject(s);
  await s.openFile('myproject/myproject/urls.py');
  await s.edit(
    'from django.http import HttpResponse\nfrom django.urls import path\n\n\ndef big(request):\n    rows = "".join("<li>row %d</li>" % i for i in range(100000))\n    return HttpResponse("<h1 id=top>Big</h1><ol>" + rows + "</ol><p id=end>end</p>")\n\n\nurlpatterns = [path("", big)]\n',
  );
  await s.run('python manage.py runserver', 'Quit the server with CONTROL-C.', { prompt: false });
  const frame = page.frameLocator('[data-testid="preview-frame"]');
  await expect(frame.locator('#end')).toHaveText('end', { timeout: 60_000 });
  expect(await frameDelay(page)).toBeLessThan(500);
  await expect(s.terminal.locator('.xterm-rows')).toContainText(/"GET \/ HTTP\/1.1" 200 \d{7}/);
  await s.terminal.click();
  await page.keyboard.press('Control+C');
  await s.waitForPrompt();
});
