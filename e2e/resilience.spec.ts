import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { SandboxPage } from './support/sandbox';

/**
 * What goes wrong around the sandbox, and what the learner keeps: a tab closed in the middle
 * of a command, storage refused, the Worker crashing, a damaged saved copy, two tabs on one
 * lesson.
 */
test.use({ viewport: { width: 1440, height: 1000 } });
test.describe.configure({ timeout: 120_000 });

const LESSON = '/en/lessons/virtual-environments?runtime=worker';
const STORE_KEY = 'lesson:virtual-environments';

async function openLesson(page: Page) {
  const s = new SandboxPage(page);
  await s.open(LESSON);
  return s;
}

/** The files of a downloaded zip, as text. */
async function zipFiles(page: Page, click: () => Promise<void>) {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  const bytes = Buffer.concat(await (await download.createReadStream()).toArray());
  const files: Record<string, string> = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([n, b]) => [n, strFromU8(b)]));
  return { name: download.suggestedFilename(), files, record: JSON.parse(files['saved-copy.json'] ?? 'null') as { folders?: unknown } };
}

/** The sandbox's Worker, as the page runs it now (the newest, after a restart). */
function sandboxWorker(page: Page) {
  const worker = page.workers().filter((w) => w.url().includes('/sandbox/worker.js')).at(-1);
  if (!worker) throw new Error('the sandbox has no Worker');
  return worker;
}

test('a tab closed in the middle of a command: the next visit has everything from before it', async ({ context }) => {
  const first = await context.newPage();
  const s = await openLesson(first);
  await s.run('mkdir before && touch before/notes.txt');
  await s.openFile('before/notes.txt');
  await s.edit('written in the editor\n');
  await s.run('python3 -m venv env && source env/bin/activate && pip install django', 'Successfully installed');
  // A command still under way (waiting for its answer) when the tab goes.
  await s.run('pip uninstall django', 'Proceed (Y/n)?', { prompt: false });
  await first.close();

  const page = await context.newPage();
  const again = await openLesson(page);
  expect(await again.screen()).toContain('(env) ~ $');
  await again.run('pip list', /Django\s+5\.2/);
  await again.run('cat before/notes.txt', 'written in the editor');
  await again.terminal.click();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(again.terminal.locator('.xterm-rows')).toContainText('$ python3 -m venv env && source env/bin/activate && pip install django');
  // The new tab holds the lesson: the closed one let it go.
  await expect(page.getByTestId('other-tab-note')).toHaveCount(0);
});

test('with IndexedDB blocked the sandbox still works, says its work is not kept, and a reload starts it again', async ({ page }) => {
  // What a browser that refuses site storage does: opening a database throws.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  const s = await openLesson(page);
  await s.run('mkdir kept && ls', 'kept');
  await expect(page.getByTestId('not-saved-note')).toContainText('this sandbox is not saved');
  // Files still save to the sandbox itself: the editor works as usual.
  await s.run('touch kept/notes.txt');
  await s.openFile('kept/notes.txt');
  await s.edit('still here\n');
  await s.run('cat kept/notes.txt', 'still here');

  await page.reload();
  await expect(page.getByTestId('runtime-badge')).toBeVisible({ timeout: 20_000 });
  await s.waitForPrompt();
  await s.run('ls -a', '.');
  expect(await s.screen()).not.toContain('kept');
});

test('a Worker that crashes, or dies without a word, is started again with the files of the last command', async ({ page }) => {
  const s = await openLesson(page);
  await s.run('mkdir survived');

  // A crash: an error nothing in the Worker catches.
  await sandboxWorker(page).evaluate(() => void setTimeout(() => {
    throw new Error('simulated crash');
  }));
  await expect(s.terminal.locator('.xterm-rows')).toContainText('The sandbox crashed', { timeout: 10_000 });
  await s.waitForPrompt();
  await s.run('ls', 'survived');

  // A Worker the browser ends sends nothing more: the next command finds it gone.
  await sandboxWorker(page).evaluate(() => void setTimeout(() => self.close()));
  await s.run('ls', 'The sandbox stopped answering and started again', { prompt: false });
  await s.waitForPrompt();
  await s.run('ls', 'survived');
  await expect(s.treeItem('survived')).toBeVisible();
});

test('on a Hinglish page the sandbox speaks Hinglish about itself: why it runs where it does, and why it started again', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open('/hinglish/lessons/virtual-environments?runtime=worker');
  await expect(page.getByTestId('runtime-badge')).toHaveAttribute('title', 'Yahan chal raha hai, kyunki address mein ?runtime=worker likha hai');
  await sandboxWorker(page).evaluate(() => void setTimeout(() => {
    throw new Error('simulated crash');
  }));
  await expect(s.terminal.locator('.xterm-rows')).toContainText('Sandbox crash ho gaya', { timeout: 10_000 });
  await s.waitForPrompt();
  await s.run('echo wapas', 'wapas');
});

test('a damaged saved copy: the learner is told, downloads it, starts again, and the copy is kept until deleted', async ({ page }) => {
  const s = await openLesson(page);
  await s.run('mkdir mine && touch mine/views.py');
  await s.openFile('mine/views.py');
  await s.edit('def home(request):\n    return "mine"\n');
  // The copy in storage is damaged (here, its folder list), as an older or broken save would be.
  await page.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('django-first-steps');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const store = () => db.transaction('sandboxes', 'readwrite').objectStore('sandboxes');
    const saved = await new Promise<Record<string, unknown>>((resolve) => {
      const get = store().get(key);
      get.onsuccess = () => resolve(get.result);
    });
    await new Promise((resolve) => (store().put({ ...saved, folders: 'oops' }, key).onsuccess = resolve));
    db.close();
  }, STORE_KEY);
  await page.reload();

  const damaged = page.getByTestId('damaged-save');
  await expect(damaged).toContainText('could not be opened (its folder list is damaged)', { timeout: 20_000 });
  const copy = await zipFiles(page, () => damaged.getByRole('button', { name: 'Download the saved copy' }).click());
  expect(copy.name).toBe('virtual-environments-damaged-copy.zip');
  expect(copy.files['files/mine/views.py']).toBe('def home(request):\n    return "mine"\n');
  expect(copy.record.folders).toBe('oops');

  await damaged.getByRole('button', { name: "Start again from the lesson's files" }).click();
  await expect(page.getByTestId('runtime-badge')).toBeVisible({ timeout: 20_000 });
  await s.waitForPrompt();
  await expect(s.treeItem('mine')).toHaveCount(0);
  await s.run('mkdir fresh');

  // The damaged copy is still there after a reload, to download, until the learner deletes it.
  await page.reload();
  await s.waitForPrompt();
  await expect(s.treeItem('fresh')).toBeVisible();
  const kept = page.getByTestId('damaged-kept-note');
  const again = await zipFiles(page, () => kept.getByRole('button', { name: 'Download it' }).click());
  expect(again.files['files/mine/views.py']).toContain('return "mine"');
  await kept.getByRole('button', { name: 'Delete it' }).click();
  await expect(kept).toHaveCount(0);
  await page.reload();
  await s.waitForPrompt();
  await expect(page.getByTestId('damaged-kept-note')).toHaveCount(0);
});

test('two tabs on one lesson: the second does not overwrite the first, and the lesson moves only when asked', async ({ context }) => {
  const firstPage = await context.newPage();
  const first = await openLesson(firstPage);
  await first.run('mkdir from-first');

  const secondPage = await context.newPage();
  const second = await openLesson(secondPage);
  const note = secondPage.getByTestId('other-tab-note');
  await expect(note).toContainText('open in another tab');
  await second.run('ls', 'from-first');
  await second.run('mkdir from-second');
  await expect(secondPage.getByRole('button', { name: 'Reset lesson' })).toBeDisabled();
  await first.run('mkdir first-again');

  // The second tab saved nothing: a reload shows the first tab's work, untouched.
  await secondPage.reload();
  await second.waitForPrompt();
  await expect(note).toBeVisible();
  await second.run('ls', 'first-again');
  expect(await second.screen()).not.toContain('from-second');

  // Moved on purpose: the second tab takes the lesson, with the first tab's work.
  await note.getByRole('button', { name: 'Work here instead' }).click();
  await expect(note).toHaveCount(0);
  await second.waitForPrompt();
  await expect(second.treeItem('first-again')).toBeVisible();
  await expect(firstPage.getByTestId('other-tab-note')).toContainText('no longer saved');
  await first.run('mkdir too-late');
  await second.run('mkdir second-owns');

  await secondPage.reload();
  await second.waitForPrompt();
  await expect(note).toHaveCount(0);
  await expect(second.treeItem('second-owns')).toBeVisible();
  await expect(second.treeItem('too-late')).toHaveCount(0);
});
