// Where the time goes between navigating to a lesson and a usable prompt, in a real
// Chromium against the production build (Worker runtime, a fresh browser context each run:
// nothing cached, nothing saved):
//   npm run build && node bench/prompt-time.mjs [--runs 7] [--lesson models-and-migrations] [--warm]
// --warm measures a learner moving on to another lesson instead: each context first opens
// another lesson (--after, returning-data by default) and waits for its prompt, so the
// browser's cache and its compiled code are warm, then navigates.
// Prints, for each milestone, the median and the spread of its time after navigation:
// the lesson text painted, the sandbox's code asked for and loaded, the Worker bundle, SQLite's WebAssembly and the lesson's starting
// files requested and received, and the prompt shown. Starts `next start` on a free port
// unless BENCH_URL is set.
import { chromium } from '@playwright/test';
import { startServer, stopServer } from './next-server.mjs';
import { chromiumLaunchOptions } from '../e2e/support/chromium.mjs';

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};
const runs = Number(arg('runs', 7));
const slug = arg('lesson', 'models-and-migrations');
const warm = process.argv.includes('--warm');
const before = arg('after', 'returning-data');
const port = 3192;
const base = process.env.BENCH_URL ?? `http://127.0.0.1:${port}`;

/** Milestones a request marks, by what its address ends with. */
const REQUESTS = [
  ['worker.js', /\/sandbox\/worker\.js$/],
  ['SQLite wasm', /\/sandbox\/sql-wasm[^/]*\.wasm$/],
  ['starting files', /\/sandbox\/starts\/[^/]+\.json$/],
  ['sqlite.js', /\/sandbox\/sqlite\.js$/],
];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const server = process.env.BENCH_URL ? null : (await startServer(port)).server;
const browser = await chromium.launch(chromiumLaunchOptions);
const seen = new Map();
const note = (name, ms) => {
  if (!seen.has(name)) seen.set(name, []);
  seen.get(name).push(ms);
};
try {
  const promptShown = (page) =>
    page.waitForFunction(() => /\$\s*$/.test(document.querySelector('.xterm-rows')?.textContent?.replace(/\u00a0/g, ' ') ?? ''), null, {
      timeout: 30_000,
      polling: 'raf',
    });
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    if (warm) {
      await page.goto(`${base}/en/lessons/${before}?runtime=worker`);
      await promptShown(page);
      // A learner reads before moving on: what loads after the prompt has loaded.
      await page.waitForTimeout(3000);
    }
    let started = 0;
    const marked = new Set();
    const mark = (name) => {
      if (marked.has(name)) return;
      marked.add(name);
      note(name, Date.now() - started);
    };
    // Worker requests are the context's, not the page's.
    context.on('request', (request) => {
      if (!started) return;
      for (const [name, pattern] of REQUESTS) if (pattern.test(request.url())) mark(`${name} requested`);
    });
    context.on('requestfinished', (request) => {
      if (!started) return;
      for (const [name, pattern] of REQUESTS) if (pattern.test(request.url())) mark(`${name} received`);
    });
    started = Date.now();
    await page.goto(`${base}/en/lessons/${slug}?runtime=worker`, { waitUntil: 'commit' });
    await promptShown(page);
    mark('prompt shown');
    note('text painted', await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    // The sandbox loader's own marks: when it asked for the sandbox's code, and when that code had loaded.
    for (const [name, mark] of [['sandbox code requested', 'sandbox-load'], ['sandbox code loaded', 'sandbox-code']]) {
      note(name, await page.evaluate((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN, mark));
    }
    await context.close();
  }
} finally {
  await browser.close();
  stopServer(server);
}

console.log(`navigation to a usable prompt, /en/lessons/${slug} (Worker runtime${warm ? `, browser warm from /en/lessons/${before}` : ''}), ${runs} runs, ms after navigation`);
const rows = [...seen.entries()].sort((a, b) => median(a[1]) - median(b[1]));
for (const [name, values] of rows) {
  console.log(`${name.padEnd(26)} median ${String(Math.round(median(values))).padStart(5)}   min ${String(Math.round(Math.min(...values))).padStart(5)}   max ${String(Math.round(Math.max(...values))).padStart(5)}`);
}
