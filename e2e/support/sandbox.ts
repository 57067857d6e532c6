import { expect, type Page } from '@playwright/test';

/** The lesson sandbox as a learner uses it: a terminal to type in, a tree, an editor, a preview. */
export class SandboxPage {
  constructor(readonly page: Page) {}

  async open(path: string) {
    await this.page.goto(path);
    await expect(this.page.getByTestId('runtime-badge')).toBeVisible({ timeout: 20_000 });
    await this.waitForPrompt();
  }

  get terminal() {
    return this.page.getByTestId('terminal');
  }

  /** What the terminal shows, as its DOM holds it. */
  async screen(): Promise<string> {
    return (await this.terminal.locator('.xterm-rows').innerText()).replace(/\u00a0/g, ' ');
  }

  async waitForPrompt() {
    await expect.poll(async () => /\$ $/.test((await this.screen()).trimEnd() + ' '), { timeout: 20_000 }).toBe(true);
  }

  /** Types a command and waits until `expected` shows (then for the prompt unless told not to). */
  async run(command: string, expected?: string | RegExp, options: { prompt?: boolean } = {}) {
    await this.terminal.click();
    await this.page.keyboard.type(command);
    await this.page.keyboard.press('Enter');
    if (expected) await expect(this.terminal.locator('.xterm-rows')).toContainText(expected, { timeout: 20_000 });
    if (options.prompt !== false) await this.waitForPrompt();
  }

  treeItem(path: string) {
    return this.page.getByTestId('file-tree').locator(`[data-path="${path}"]`);
  }

  /** Opens a file from the tree, opening the folders on the way. */
  async openFile(path: string) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const folder = this.treeItem(parts.slice(0, i).join('/'));
      if ((await folder.getAttribute('aria-expanded')) !== 'true') await folder.click();
    }
    await this.treeItem(path).click();
    await expect(this.page.locator(`.cm-content[aria-label*="${path.split('/').pop()}"]`)).toBeVisible();
  }

  /** Replaces the open file's text (or appends to it) and saves with Ctrl+S. */
  async edit(text: string, { append = false } = {}) {
    await this.page.getByTestId('editor').locator('.cm-line').first().click();
    await this.page.keyboard.press(append ? 'Control+End' : 'Control+A');
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press('Control+S');
    await expect(this.page.getByTestId('editor')).toContainText(/Saved/);
  }
}

/** A venv with Django, a project `myproject` with an app `home`, and the shell in the project. */
export async function newProject(s: SandboxPage) {
  await s.run('python3 -m venv env && source env/bin/activate && pip install django', 'Successfully installed');
  await s.run('django-admin startproject myproject');
  await s.run('cd myproject');
  await s.run('python manage.py startapp home');
  await expect(s.treeItem('myproject')).toBeVisible();
}
