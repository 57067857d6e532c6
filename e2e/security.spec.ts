import { expect, test, type Page } from '@playwright/test';
import { SandboxPage, newProject } from './support/sandbox';

/**
 * What the learner's code and files can reach: the Content-Security-Policy enforced on the
 * site, pages of the learner's server kept inside the preview, template output escaped,
 * and the learner's names and text never turned into the site's own HTML.
 */
test.use({ viewport: { width: 1440, height: 1000 } });
test.describe.configure({ timeout: 120_000 });

const LESSON = '/en/lessons/virtual-environments?runtime=worker';
/** Markup that does something if it is ever taken as HTML instead of text. */
const HOSTILE = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>"'&`;

/** Every alert or prompt the page opens (none should): what hostile markup would do if it ran. */
function dialogsOf(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

test('the Content-Security-Policy blocks scripts and requests to other sites', async ({ page }) => {
  await page.goto('/en/lessons/virtual-environments');
  const blocked = await page.evaluate(async () => {
    const violations: string[] = [];
    (window as unknown as { violations: string[] }).violations = violations;
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    const script = document.createElement('script');
    script.src = 'https://scripts.example.com/steal.js';
    document.head.append(script);
    const fetched = await fetch('https://api.example.com/collect').then(
      () => 'sent',
      () => 'refused',
    );
    const frame = document.createElement('iframe');
    frame.src = 'https://frames.example.com/';
    document.body.append(frame);
    return { fetched };
  });
  // Each violation is reported when the browser gets to it: looked at until all three are in.
  const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
  await expect
    .poll(violations)
    .toEqual(
      expect.arrayContaining([
        'script-src-elem https://scripts.example.com/steal.js',
        'connect-src https://api.example.com/collect',
        'frame-src https://frames.example.com',
      ]),
    );
  expect(blocked.fetched).toBe('refused');
});

test('a hostile query is escaped by the template, and the learner’s page cannot reach the site around the preview', async ({ page }) => {
  const dialogs = dialogsOf(page);
  const s = new SandboxPage(page);
  await s.open(LESSON);
  await newProject(s);
  await s.run('mkdir -p home/templates/home && touch home/templates/home/echo.html');
  await s.openFile('myproject/myproject/settings.py');
  await s.edit("\nINSTALLED_APPS += ['home']\n", { append: true });
  await s.openFile('myproject/myproject/urls.py');
  await s.edit(
    'from django.shortcuts import render\nfrom django.urls import path\n\n\ndef echo(request):\n    return render(request, "home/echo.html", {"q": request.GET.get("q", "")})\n\n\nurlpatterns = [path("", echo)]\n',
  );
  await s.openFile('myproject/home/templates/home/echo.html');
  await s.edit(
    [
      '<p id="said">{{ q }}</p>',
      '<a id="titled" title="{{ q }}" href="#">hover</a>',
      '<p id="parent">?</p><p id="top">?</p>',
      '<script>',
      'try { document.getElementById("parent").textContent = "read " + parent.document.title; } catch (e) { document.getElementById("parent").textContent = "parent: " + e.name; }',
      'try { top.location.href = "/en"; document.getElementById("top").textContent = "navigated"; } catch (e) { document.getElementById("top").textContent = "top: " + e.name; }',
      '</script>',
      '',
    ].join('\n'),
  );
  await s.run('python manage.py runserver', 'Quit the server with CONTROL-C.', { prompt: false });
  const frame = page.frameLocator('[data-testid="preview-frame"]');
  await expect(frame.locator('#parent')).toHaveText('parent: SecurityError', { timeout: 20_000 });

  const address = page.getByTestId('preview').getByRole('textbox');
  await address.fill(`/?q=${encodeURIComponent(HOSTILE)}`);
  await address.press('Enter');
  await expect(frame.locator('#said')).toHaveText(HOSTILE, { timeout: 20_000 });
  await expect(frame.locator('#titled')).toHaveAttribute('title', HOSTILE);
  await expect(frame.locator('#said *')).toHaveCount(0);
  // The learner's own script ran, and found the site out of reach.
  await expect(frame.locator('#parent')).toHaveText('parent: SecurityError');
  await expect(frame.locator('#top')).not.toHaveText('navigated');
  expect(new URL(page.url()).pathname).toBe('/en/lessons/virtual-environments');
  expect(await page.title()).not.toBe('pwned');
  expect(dialogs).toEqual([]);
});

test('the learner’s file names, file text and terminal output stay text in the site', async ({ page }) => {
  const dialogs = dialogsOf(page);
  const s = new SandboxPage(page);
  await s.open(LESSON);
  const name = `<img src=x onerror=alert(1)>.html`;
  await s.run(`touch '${name}'`);
  await expect(s.treeItem(name)).toHaveText(name);
  await s.openFile(name);
  await s.edit(`${HOSTILE}\n`);
  await expect(page.getByTestId('editor').locator('.cm-content')).toContainText(HOSTILE);
  await s.run(`cat '${name}'`, HOSTILE);
  // Nothing the learner typed became an element of the page.
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('script', { hasText: 'pwned' })).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
  expect(dialogs).toEqual([]);
});
