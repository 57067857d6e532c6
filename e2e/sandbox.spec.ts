import { expect, test } from '@playwright/test';
import { SandboxPage, newProject } from './support/sandbox';

/**
 * The lesson sandbox in the Worker runtime, used as a learner uses it: commands typed in the
 * terminal, files opened and saved in the editor, the tree following, everything still
 * there after a reload.
 */
test.use({ viewport: { width: 1440, height: 1000 } });
test.describe.configure({ timeout: 120_000 });

const LESSON = '/en/lessons/virtual-environments?runtime=worker';

test('startproject, startapp, a model from the editor, makemigrations, migrate, and a reload keeps it all', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open(LESSON);
  await expect(page.getByTestId('runtime-badge')).toHaveText('Worker');
  await newProject(s);

  await s.openFile('myproject/myproject/settings.py');
  await s.edit("\nINSTALLED_APPS += ['home']\n", { append: true });
  await s.openFile('myproject/home/models.py');
  await s.edit('from django.db import models\n\n\nclass Product(models.Model):\n    name = models.CharField(max_length=100)\n');

  await s.run('python manage.py makemigrations', "Migrations for 'home':");
  expect(await s.screen()).toContain('Create model Product');
  await expect(s.treeItem('myproject/home/migrations/0001_initial.py')).toBeAttached();
  await s.run('python manage.py migrate', 'Applying home.0001_initial... OK');

  await page.reload();
  await expect(page.getByTestId('runtime-badge')).toBeVisible({ timeout: 20_000 });
  await s.waitForPrompt();
  // The shell comes back in the project, with the venv active and its history.
  expect(await s.screen()).toContain('(env) ~/myproject $');
  await s.terminal.click();
  await page.keyboard.press('ArrowUp');
  await expect(s.terminal.locator('.xterm-rows')).toContainText('python manage.py migrate');
  await page.keyboard.press('Control+U');
  await s.run('python manage.py showmigrations home', '[X] 0001_initial');
  await s.openFile('myproject/home/models.py');
  await expect(page.getByTestId('editor')).toContainText('class Product(models.Model):');
});

test('a view, a URL and a template served in the preview; a link inside it; Ctrl+C stops the server', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open(LESSON);
  await newProject(s);
  await s.openFile('myproject/myproject/settings.py');
  await s.edit("\nINSTALLED_APPS += ['home']\n", { append: true });
  await s.openFile('myproject/home/views.py');
  await s.edit(
    'from django.shortcuts import render\n\n\ndef index(request):\n    return render(request, "home/index.html", {"name": "Asha"})\n\n\ndef about(request):\n    return render(request, "home/about.html")\n',
  );
  await s.openFile('myproject/myproject/urls.py');
  await s.edit(
    'from django.contrib import admin\nfrom django.urls import path\nfrom home import views\n\nurlpatterns = [\n    path("", views.index),\n    path("about/", views.about, name="about"),\n    path("admin/", admin.site.urls),\n]\n',
  );
  await s.run('mkdir -p home/templates/home && touch home/templates/home/index.html home/templates/home/about.html');
  await s.openFile('myproject/home/templates/home/index.html');
  await s.edit('<h1>Hello {{ name }}</h1>\n<a href="/about/">About us</a>\n');
  await s.openFile('myproject/home/templates/home/about.html');
  await s.edit('<h1>About this site</h1>\n');

  await s.run('python manage.py runserver', 'Quit the server with CONTROL-C.', { prompt: false });
  const frame = page.frameLocator('[data-testid="preview-frame"]');
  await expect(frame.getByRole('heading', { name: 'Hello Asha' })).toBeVisible({ timeout: 20_000 });
  await frame.getByRole('link', { name: 'About us' }).click();
  await expect(frame.getByRole('heading', { name: 'About this site' })).toBeVisible();
  await expect(page.getByTestId('preview').getByRole('textbox')).toHaveValue('/about/');
  await expect(s.terminal.locator('.xterm-rows')).toContainText('"GET /about/ HTTP/1.1" 200');

  await s.terminal.click();
  await page.keyboard.press('Control+C');
  await s.waitForPrompt();
  await expect(page.getByTestId('preview')).toContainText('python manage.py runserver');
});

test('an endless loop in a view is stopped, and the files survive', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open(LESSON);
  await newProject(s);
  await s.openFile('myproject/myproject/urls.py');
  await s.edit(
    'from django.http import HttpResponse\nfrom django.urls import path\n\n\ndef spin(request):\n    n = 0\n    while True:\n        n += 1\n    return HttpResponse(n)\n\n\nurlpatterns = [path("", spin)]\n',
  );
  await s.run('python manage.py runserver', 'Quit the server with CONTROL-C.', { prompt: false });
  await expect(page.frameLocator('[data-testid="preview-frame"]').locator('body')).toContainText('endless loop', { timeout: 30_000 });
  await expect(s.terminal.locator('.xterm-rows')).toContainText('"GET / HTTP/1.1" 500');
  await s.terminal.click();
  await page.keyboard.press('Control+C');
  await s.waitForPrompt();
  await s.run('ls', 'manage.py');
  await expect(s.treeItem('myproject/myproject/urls.py')).toBeAttached();
});

test('the standard library loads in the Worker, once, and open() writes where the tree sees it', async ({ page }) => {
  const s = new SandboxPage(page);
  const chunks: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/sandbox/chunks/library-modules-')) chunks.push(request.url());
  });
  await s.open(LESSON);
  await s.run(
    `python3 -c "import datetime, json, re, collections; print(json.dumps({'day': str(datetime.date(2025, 1, 6) + datetime.timedelta(days=1)), 'words': collections.Counter(re.findall(r'\\w+', 'a b a')).most_common(1)}))"`,
    '{"day": "2025-01-07", "words": [["a", 2]]}',
  );
  expect(chunks).toHaveLength(1);
  await s.run(`python3 -c "open('notes.txt', 'w').write('hello from open()')"`);
  await expect(s.treeItem('notes.txt')).toBeAttached();
  await s.run('cat notes.txt', 'hello from open()');
});

test('the prompt waits for neither SQLite nor the editor: SQLite loads while the learner reads, once, and migrate waits for it', async ({ page }) => {
  const s = new SandboxPage(page);
  // Every step the boot status lists, as the learner sees them while it starts.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { bootSteps: string[] }).bootSteps = seen;
    new MutationObserver(() => {
      const status = document.querySelector('[data-testid="boot-status"]');
      for (const item of status?.querySelectorAll('li') ?? []) if (!seen.includes(item.textContent ?? '')) seen.push(item.textContent ?? '');
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let wasmRequests = 0;
  await page.route('**/sandbox/sql-wasm-browser.wasm', async (route) => {
    wasmRequests++;
    await held;
    await route.continue();
  });
  // The prompt comes while SQLite's WebAssembly is still held back.
  await s.open('/en/lessons/models-and-migrations?runtime=worker');
  // Asked for once the prompt is there.
  await expect.poll(() => wasmRequests).toBe(1);
  const steps = await page.evaluate(() => (window as unknown as { bootSteps: string[] }).bootSteps.join(' | '));
  expect(steps).toContain('Restoring your files');
  expect(steps).not.toContain('SQLite');
  // A command that needs the database before SQLite has come waits for the same load.
  await s.run('python manage.py migrate', undefined, { prompt: false });
  await page.waitForTimeout(300);
  expect(await s.screen()).not.toContain('Operations to perform');
  release();
  await expect(s.terminal.locator('.xterm-rows')).toContainText('No migrations to apply.', { timeout: 20_000 });
  await s.waitForPrompt();
  expect(wasmRequests).toBe(1);

  // Nor does CodeMirror come with the prompt: it is the code the first opened file asks for.
  const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/_next\/static\/chunks\/.*\.js$/.test(e.name)).length);
  const before = await scripts();
  expect(await page.locator('.cm-editor').count()).toBe(0);
  await s.openFile('learn-django/myproject/manage.py');
  expect(await scripts()).toBeGreaterThan(before);
});

test('a Python loop in the terminal stops with Ctrl+C', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open(LESSON);
  await s.run('touch loop.py');
  await s.openFile('loop.py');
  // Each pass makes a short string (about 35 µs), so the step budget would end the loop only
  // after about ten seconds, while the interpreter still looks for Ctrl+C every few
  // milliseconds: what stops it is the Ctrl+C sent once it runs.
  await s.edit("print('looping')\nn = 0\nwhile n >= 0:\n    n = n + len('x' * 2000) - 2000\n");
  await s.run('python3 loop.py', 'looping', { prompt: false });
  await page.keyboard.press('Control+C');
  await expect(s.terminal.locator('.xterm-rows')).toContainText('KeyboardInterrupt', { timeout: 10_000 });
  await s.waitForPrompt();
});

test('the preview cannot read the site’s localStorage', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open(LESSON);
  await page.evaluate(() => localStorage.setItem('secret', 'site-only'));
  await newProject(s);
  await s.openFile('myproject/myproject/urls.py');
  await s.edit(
    'from django.http import HttpResponse\nfrom django.urls import path\n\nPAGE = """<p id="out">waiting</p><script>\ntry { document.getElementById("out").textContent = "read: " + localStorage.getItem("secret"); }\ncatch (e) { document.getElementById("out").textContent = "blocked: " + e.name; }\n</script>"""\n\n\ndef page(request):\n    return HttpResponse(PAGE)\n\n\nurlpatterns = [path("", page)]\n',
  );
  await s.run('python manage.py runserver', 'Quit the server with CONTROL-C.', { prompt: false });
  const out = page.frameLocator('[data-testid="preview-frame"]').locator('#out');
  await expect(out).toHaveText(/^blocked: SecurityError$/, { timeout: 20_000 });
});

test('asking for WebContainer offline falls back to the Worker, and says so', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open('/en/lessons/virtual-environments?runtime=webcontainer&wc-timeout=1500');
  await expect(page.getByTestId('runtime-badge')).toHaveText('Worker');
  await expect(page.getByTestId('runtime-note')).toContainText('WebContainer could not start');
  await s.run('echo still works', 'still works');
});

test('a lesson that starts after another starts with its files', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open('/hinglish/lessons/start-a-project?runtime=worker');
  await expect(s.treeItem('learn-django')).toBeVisible();
  await s.run('ls ~', 'learn-django');
});

test('reset, after a confirmation, brings back the lesson’s starting files', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open(LESSON);
  await s.run('mkdir scratch');
  await expect(s.treeItem('scratch')).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset lesson' }).click();
  await expect(page.getByTestId('runtime-badge')).toBeVisible({ timeout: 20_000 });
  await s.waitForPrompt();
  await expect(s.treeItem('scratch')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId('runtime-badge')).toBeVisible({ timeout: 20_000 });
  await expect(s.treeItem('scratch')).toHaveCount(0);
});

test('download gives a zip of the project', async ({ page }) => {
  const s = new SandboxPage(page);
  await s.open(LESSON);
  await s.run('mkdir demo && touch demo/notes.txt');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download project' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('virtual-environments.zip');
  const bytes = await (await download.createReadStream()).toArray();
  const zip = Buffer.concat(bytes);
  expect(zip.subarray(0, 2).toString()).toBe('PK');
  expect(zip.includes(Buffer.from('demo/notes.txt'))).toBe(true);
});

for (const { width, height } of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the sandbox at ${width} px, screenshot for review`, async ({ page }, info) => {
    await page.setViewportSize({ width, height });
    const s = new SandboxPage(page);
    await page.goto('/en/lessons/start-a-project?runtime=worker');
    if (width < 1024) await page.getByRole('tab', { name: 'Practice' }).click();
    await expect(page.getByTestId('runtime-badge')).toBeVisible({ timeout: 20_000 });
    await s.waitForPrompt();
    await s.run('ls ~', 'learn-django');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.screenshot({ path: info.outputPath(`sandbox-${width}.png`) });
    await page.screenshot({ path: `test-results/sandbox-${width}.png` });
  });
}
