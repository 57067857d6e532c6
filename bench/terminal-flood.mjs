// A command that floods the terminal, in a real Chromium (Worker runtime), against the production build:
//   npm run build && node bench/terminal-flood.mjs [--runs 3]
// For `for i in range(10**8): print(i)` it prints how long the page's frames take while the
// loop prints (median and worst), how long Ctrl+C takes to bring the prompt back, and the same
// for a single print of 3 MB (cut at the terminal's limit). Starts `next start` on a free
// port unless BENCH_URL is set.
import { chromium } from '@playwright/test';
import { startServer, stopServer } from './next-server.mjs';
import { chromiumLaunchOptions } from '../e2e/support/chromium.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const port = 3191;
const base = process.env.BENCH_URL ?? `http://127.0.0.1:${port}`;
const lesson = `${base}/en/lessons/virtual-environments?runtime=worker`;


const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (v) => `${v.toFixed(0)} ms`.padStart(8);
const screen = (page) => page.evaluate(() => document.querySelector('.xterm-rows')?.textContent?.replace(/\u00a0/g, ' ') ?? '');
const atPrompt = (page) => page.waitForFunction(() => /\$\s*$/.test(document.querySelector('.xterm-rows')?.textContent?.replace(/\u00a0/g, ' ') ?? ''), null, { timeout: 60_000 });

/** Frame times sampled in the page for `duration` ms: how long the main thread kept frames waiting. */
const frames = (page, duration) =>
  page.evaluate(
    (duration) =>
      new Promise((resolve) => {
        const gaps = [];
        let last = performance.now();
        const end = last + duration;
        const tick = (now) => {
          gaps.push(now - last);
          last = now;
          if (now < end) requestAnimationFrame(tick);
          else resolve(gaps);
        };
        requestAnimationFrame(tick);
      }),
    duration,
  );

const server = process.env.BENCH_URL ? null : (await startServer(port)).server;
const browser = await chromium.launch(chromiumLaunchOptions);
const results = { frameMedian: [], frameWorst: [], interrupt: [], bigPrint: [] };
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(lesson);
    await atPrompt(page);
    await page.getByTestId('terminal').click();
    await page.keyboard.type('python3 -c "for i in range(10**8): print(i)"');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /\n?\d{4,}/.test(document.querySelector('.xterm-rows')?.textContent ?? ''), null, { timeout: 30_000 });
    const gaps = await frames(page, 2000);
    results.frameMedian.push(median(gaps));
    results.frameWorst.push(Math.max(...gaps));
    const pressed = Date.now();
    await page.keyboard.press('Control+C');
    await page.waitForFunction(() => (document.querySelector('.xterm-rows')?.textContent ?? '').includes('KeyboardInterrupt'), null, { timeout: 60_000 });
    await atPrompt(page);
    results.interrupt.push(Date.now() - pressed);

    const typed = Date.now();
    await page.keyboard.type(`python3 -c "print('x' * 3000000)"`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('.xterm-rows')?.textContent ?? '').includes('output is not shown'), null, { timeout: 60_000 });
    await atPrompt(page);
    results.bigPrint.push(Date.now() - typed);
    if (!(await screen(page)).includes('$')) throw new Error('no prompt');
    await context.close();
  }
} finally {
  await browser.close();
  stopServer(server);
}
console.log(`terminal flood, ${runs} runs (median of runs):`);
console.log(`  frame time while the loop prints         ${ms(median(results.frameMedian))} median, ${ms(median(results.frameWorst))} worst`);
console.log(`  Ctrl+C to the prompt again               ${ms(median(results.interrupt))}`);
console.log(`  print of 3 MB, typed to the prompt again ${ms(median(results.bigPrint))}`);
