// The sandbox in a real Chromium (Worker runtime), against the production build:
//   npm run build && node bench/sandbox-browser.mjs [--runs 20]
// Prints the time from navigation to a usable prompt, the latency of commands typed in
// the page's terminal (median and 95th percentile), and the JavaScript and WebAssembly
// bytes the lesson page loaded, and what the inspector costs the terminal: the same command,
// typed after a learner's pause, with the inspector tab closed and then open (it reads the
// project after each command, in that pause). Starts `next start` on a free port unless BENCH_URL is set.
import { chromium } from '@playwright/test';
import { startServer, stopServer } from './next-server.mjs';
import { chromiumLaunchOptions } from '../e2e/support/chromium.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 15;
const port = 3190;
const base = process.env.BENCH_URL ?? `http://127.0.0.1:${port}`;
const lesson = `${base}/en/lessons/start-a-project?runtime=worker`;


const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (v) => `${v.toFixed(0)} ms`.padStart(8);

const server = process.env.BENCH_URL ? null : (await startServer(port)).server;
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  // A fresh context each time: nothing cached, nothing saved in IndexedDB.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const bytes = { js: 0, wasm: 0 };
  context.on('response', async (response) => {
    const type = response.headers()['content-type'] ?? '';
    const kind = type.includes('wasm') ? 'wasm' : type.includes('javascript') ? 'js' : null;
    if (!kind) return;
    const body = await response.body().catch(() => null);
    if (body) bytes[kind] += body.length;
  });

  const started = Date.now();
  await page.goto(lesson, { waitUntil: 'commit' });
  await page.waitForFunction(() => /\$\s*$/.test(document.querySelector('.xterm-rows')?.textContent?.replace(/\u00a0/g, ' ') ?? ''), null, { timeout: 30_000 });
  const toPrompt = Date.now() - started;
  const textReadable = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return paint ? paint.startTime : NaN;
  });

  await page.getByTestId('terminal').click();
  // Each command: typed, then timed from Enter until a marker echoed after it shows (the
  // marker is typed with quotes inside it, so only the output can match it).
  let marks = 0;
  const timeCommand = async (command) => {
    const mark = ++marks;
    await page.keyboard.type(`${command}; echo __do""ne${mark}__`);
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.press('Enter');
    const t1 = await page.waitForFunction(
      (m) => (document.querySelector('.xterm-rows').textContent.includes(`__done${m}__`) ? performance.now() : false),
      mark,
      { polling: 'raf', timeout: 30_000 },
    );
    return (await t1.jsonValue()) - t0;
  };
  await timeCommand('clear');
  await timeCommand('cd ~/learn-django && source env/bin/activate && django-admin startproject benchsite && cd benchsite && clear');
  const results = {};
  for (const command of ['ls', 'python manage.py check', 'python manage.py makemigrations', 'python manage.py migrate', 'python manage.py showmigrations']) {
    results[command] = [];
    for (let i = 0; i < runs; i++) {
      results[command].push(await timeCommand(command));
    }
  }

  // A learner's pause between commands: the open inspector reads the project in it.
  const paced = async () => {
    const values = [];
    for (let i = 0; i < runs; i++) {
      await page.waitForTimeout(400);
      values.push(await timeCommand('python manage.py showmigrations'));
    }
    return values;
  };
  const closed = await paced();
  const opened = Date.now();
  await page.getByRole('tab', { name: 'Inspector' }).click();
  await page.getByTestId('inspector-project').waitFor({ timeout: 30_000 });
  const firstReport = Date.now() - opened;
  await page.getByTestId('terminal').click();
  const open = await paced();

  console.log(`sandbox in the browser (Worker runtime), ${runs} runs per command`);
  console.log(`first contentful paint (lesson text)   ${ms(textReadable)}`);
  console.log(`navigation to a usable prompt          ${ms(toPrompt)}   (aim: under 1500 ms)`);
  console.log('command latency, Enter to prompt:        median      p95');
  for (const [command, values] of Object.entries(results)) console.log(`  ${command.padEnd(36)} ${ms(percentile(values, 50))} ${ms(percentile(values, 95))}`);
  console.log('next prompt after a 400 ms pause (showmigrations):   median      p95');
  console.log(`  inspector closed                     ${ms(percentile(closed, 50))} ${ms(percentile(closed, 95))}`);
  console.log(`  inspector open                       ${ms(percentile(open, 50))} ${ms(percentile(open, 95))}`);
  console.log(`inspector's first report on opening    ${ms(firstReport)}`);
  console.log(`JavaScript loaded                      ${(bytes.js / 1024).toFixed(0).padStart(5)} kB (uncompressed)`);
  console.log(`WebAssembly loaded                     ${(bytes.wasm / 1024).toFixed(0).padStart(5)} kB (uncompressed)`);
} finally {
  await browser.close();
  stopServer(server);
}
