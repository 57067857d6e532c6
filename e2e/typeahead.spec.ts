import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { SandboxPage, newProject } from './support/sandbox';
import { render, screenColumns, tapTerminal, tapped } from './support/transcript';

/**
 * Keys typed at any moment reach the shell in order, as a terminal's type-ahead does:
 * while a command runs or prints, while the prompt is drawn, while the sandbox boots,
 * restarts or resets. Checked on a recording of everything the terminal was sent, replayed
 * in a terminal as wide as the one on screen, so every line counts, not only the last rows.
 */
test.use({ viewport: { width: 1440, height: 1000 } });

/** A shell prompt (`(env) ~/myproject $ ls`): the command after it, '' for an empty prompt. */
const PROMPT = /^(?:\(\S+\) )?~\S* \$(?: (.*))?$/;

interface Step {
  /** The command line, typed at the prompt. */
  line: string;
  /** Lines typed for the command itself (its questions), right after it. */
  answers?: string[];
  /** Ctrl+C pressed right after it (and its answers). */
  interrupt?: boolean;
  /** What its output holds, on the lines before the next prompt. */
  shows?: string[];
}

const SUPERUSER_PASSWORD = 'Ghar-ka-kaam-2026';

/** Fifty commands: builtins, manage.py, a command that asks questions, a console, and a server stopped with Ctrl+C. */
function script(): Step[] {
  const steps: Step[] = [
    { line: 'python manage.py migrate', shows: ['Applying sessions.0001_initial... OK'] },
    { line: 'python manage.py createsuperuser', answers: ['asha', 'asha@example.com', SUPERUSER_PASSWORD, SUPERUSER_PASSWORD], shows: ['Superuser created successfully.'] },
    { line: 'python manage.py shell', answers: ['print(6 * 7)', 'exit()'], shows: ['>>> print(6 * 7)', '42'] },
    { line: 'python manage.py runserver', interrupt: true, shows: ['Quit the server with CONTROL-C.', '^C'] },
  ];
  for (let n = steps.length + 1; steps.length < 50; n++) {
    const kind = n % 6;
    if (kind === 0) steps.push({ line: 'python manage.py check', shows: ['System check identified no issues (0 silenced).'] });
    else if (kind === 1) steps.push({ line: `mkdir d${n} && touch d${n}/f${n}.txt` });
    else if (kind === 2) steps.push({ line: `ls d${n - 1}`, shows: [`f${n - 1}.txt`] });
    else if (kind === 3) steps.push({ line: `cd d${n - 2}` });
    else if (kind === 4) steps.push({ line: 'cd ..' });
    else steps.push({ line: `echo typed-${n}`, shows: [`typed-${n}`] });
  }
  return steps;
}

/** The command lines the terminal shows after a prompt, in order. */
function promptedLines(lines: string[]): { command: string; at: number }[] {
  return lines.flatMap((line, at) => {
    const prompt = PROMPT.exec(line);
    return prompt ? [{ command: prompt[1] ?? '', at }] : [];
  });
}

async function transcript(page: Page): Promise<string[]> {
  const { output, columns } = await tapped(page);
  return render(output, columns.at(-1) ?? 80);
}

/** Starts a busy loop on each of the machine's two cores. */
function hogCores(): ChildProcess[] {
  return [0, 1].map(() => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
}

for (const load of ['idle', 'both cores busy'] as const) {
  test(`fifty commands typed back to back each run as typed, in order, with one prompt each (machine ${load})`, async ({ page }) => {
    test.setTimeout(300_000);
    const hogs = load === 'idle' ? [] : hogCores();
    try {
      await tapTerminal(page);
      const s = new SandboxPage(page);
      await s.open('/en/lessons/virtual-environments?runtime=worker');
      await newProject(s);

      const steps = script();
      expect(steps).toHaveLength(50);
      await s.terminal.click();
      // No waiting between commands: everything is typed while the first ones still run.
      for (const step of steps) {
        await page.keyboard.type(step.line);
        await page.keyboard.press('Enter');
        for (const answer of step.answers ?? []) {
          await page.keyboard.type(answer);
          await page.keyboard.press('Enter');
        }
        if (step.interrupt) await page.keyboard.press('Control+C');
      }

      const ran = async () => {
        const prompted = promptedLines(await transcript(page)).map((p) => p.command);
        return prompted.slice(prompted.lastIndexOf(steps[0]!.line));
      };
      // Every command, then one empty prompt waiting for more.
      await expect.poll(ran, { timeout: 240_000 }).toEqual([...steps.map((step) => step.line), '']);

      const lines = await transcript(page);
      const prompts = promptedLines(lines);
      const first = prompts.findLastIndex((p) => p.command === steps[0]!.line);
      steps.forEach((step, i) => {
        const from = prompts[first + i]!.at + 1;
        const output = lines.slice(from, prompts[first + i + 1]!.at);
        for (const shown of step.shows ?? []) expect(output.join('\n'), `the output of ${step.line}`).toContain(shown);
      });
      // The width the Worker edits lines for is the width on screen: a line ending at the
      // last column wraps there and nowhere else.
      expect((await tapped(page)).columns.at(-1)).toBe(await screenColumns(page));
      await page.screenshot({ path: `test-results/typeahead-${load.replace(/ /g, '-')}.png` });
    } finally {
      for (const hog of hogs) hog.kill();
    }
  });
}

/** Types a command into the terminal the moment it can have the focus, without waiting for any prompt. */
async function typeAtOnce(page: Page, line: string) {
  await page.getByTestId('terminal').locator('textarea').focus();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

/** The command ran as typed: its prompt line holds it whole, and its output follows. */
async function expectRan(page: Page, line: string, output: string) {
  await expect
    .poll(
      async () => {
        const lines = await transcript(page);
        const at = promptedLines(lines).find((p) => p.command === line)?.at;
        return at === undefined ? null : lines[at + 1];
      },
      { timeout: 30_000, message: `${line} should run as typed` },
    )
    .toBe(output);
  expect((await tapped(page)).columns.at(-1)).toBe(await screenColumns(page));
}

const LESSON = '/en/lessons/migrations-gone-wrong?runtime=worker';

test('typed at once after the first load, a reload and a language switch, the command runs as typed', async ({ page }) => {
  test.setTimeout(120_000);
  await tapTerminal(page);
  await page.goto(LESSON);
  await typeAtOnce(page, 'echo first-load');
  await expectRan(page, 'echo first-load', 'first-load');

  await page.reload();
  await typeAtOnce(page, 'echo after-reload');
  await expectRan(page, 'echo after-reload', 'after-reload');

  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Hinglish' }).click();
  await expect(page).toHaveURL(/\/hinglish\//);
  await typeAtOnce(page, 'python manage.py showmigrations home');
  await expectRan(page, 'python manage.py showmigrations home', 'home');

  // And typed once the prompt is there, with the switch back.
  await page.getByRole('navigation', { name: 'Bhasha' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\//);
  const s = new SandboxPage(page);
  await s.waitForPrompt();
  await typeAtOnce(page, 'python manage.py showmigrations home');
  await expectRan(page, 'python manage.py showmigrations home', 'home');
});

test('typed at once after the Worker restarts and after Reset lesson, the command runs as typed', async ({ page }) => {
  test.setTimeout(120_000);
  await tapTerminal(page);
  const s = new SandboxPage(page);
  await s.open(LESSON);
  await s.run('mkdir kept && touch kept/before-crash.txt');

  const worker = page.workers().filter((w) => w.url().includes('/sandbox/worker.js')).at(-1)!;
  await worker.evaluate(() => void setTimeout(() => {
    throw new Error('simulated crash');
  }));
  await typeAtOnce(page, 'ls kept');
  await expectRan(page, 'ls kept', 'before-crash.txt');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Reset lesson' }).click();
  await typeAtOnce(page, 'echo after-reset');
  await expectRan(page, 'echo after-reset', 'after-reset');
  // The reset happened: the folder made before it is gone.
  await s.run('ls kept', 'No such file or directory');
});
