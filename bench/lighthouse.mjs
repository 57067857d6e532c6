#!/usr/bin/env node
// Lighthouse over the production build: the course index and one lesson, in both
// languages, with Lighthouse's default mobile settings and its desktop preset. Prints the
// median of each figure over the runs, and the accessibility, best-practices and SEO
// audits that failed, with the elements or resources they name.
// Run after `npm run build`:
//   node bench/lighthouse.mjs [--runs 3] [--port 3300] [--lesson 07] [--pages all|LIST] [--form mobile] [--check] [--json DIR]
// --pages all measures the index and every lesson in both languages instead of one lesson,
// --pages /en,/hinglish/lessons/apps the pages named; --form mobile (or desktop) runs only
// that form factor.
// --check exits 1 when an aim is missed (performance >= 95, accessibility 100, CLS < 0.05);
// --json DIR keeps each run's full report, for a look at what the table only sums up.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { startServer, stopServer } from './next-server.mjs';
import puppeteer from 'puppeteer-core';
import { chromiumLaunchOptions } from '../e2e/support/chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const arg = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const runs = Number(arg('--runs') ?? 3);
const askedPort = Number(arg('--port') ?? 3300);
const lessonNumber = arg('--lesson') ?? '07';
const jsonDir = arg('--json');
const check = process.argv.includes('--check');
const onlyForm = arg('--form');
const namedPages = arg('--pages');
const allPages = namedPages === 'all';

const AIMS = { performance: 95, accessibility: 100, cls: 0.05 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
// Performance has its own figures in the table; its audits are advice, not failures.
const AUDITED = ['accessibility', 'best-practices', 'seo'];

if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.error('No build found: run `npm run build` first.');
  process.exit(1);
}
if (!(runs >= 1) || !(askedPort > 0)) {
  console.error('--runs and --port take a positive number.');
  process.exit(1);
}

// The slug is the lesson's folder name without its number, as the site's routes make it.
const lessonFolders = readdirSync(path.join(root, 'content', 'lessons')).filter((name) => /^\d+-/.test(name)).sort();
const lessonFolder = lessonFolders.find((name) => name.startsWith(`${lessonNumber.padStart(2, '0')}-`));
if (!lessonFolder) {
  console.error(`No lesson ${lessonNumber} under content/lessons.`);
  process.exit(1);
}
const slugOf = (folder) => folder.replace(/^\d+-/, '');
const measuredLessons = allPages ? lessonFolders.map(slugOf) : [slugOf(lessonFolder)];
const pages = namedPages && !allPages ? namedPages.split(',') : ['/en', '/hinglish', ...measuredLessons.flatMap((slug) => [`/en/lessons/${slug}`, `/hinglish/lessons/${slug}`])];

const ALL_FORM_FACTORS = [
  { name: 'mobile', config: undefined, about: "Lighthouse's default: a 412x823 phone, slow 4G (150 ms, 1.6 Mbps) and 4x CPU slowdown, simulated" },
  { name: 'desktop', config: desktopConfig, about: "Lighthouse's desktop preset: 1350x940, 40 ms and 10 Mbps, no CPU slowdown, simulated" },
];

const FORM_FACTORS = ALL_FORM_FACTORS.filter((f) => !onlyForm || f.name === onlyForm);
if (!FORM_FACTORS.length) {
  console.error('--form takes mobile or desktop.');
  process.exit(1);
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

// Another `next start` (the other benchmarks, a developer's own) may hold the asked port:
// move up rather than measure someone else's server.
async function freePort(from) {
  for (let port = from; port < from + 50; port++) if (await portIsFree(port)) return port;
  throw new Error(`no free port between ${from} and ${from + 49}`);
}

// A Chromium of its own for each run, with a fresh profile: nothing one run left behind
// (cache, IndexedDB, a Worker) carries over to the next.
async function launchChromium() {
  return chromeLauncher.launch({
    chromePath: chromiumLaunchOptions.executablePath,
    // chrome-launcher adds its own quiet defaults; the project's flags add --no-sandbox
    // (root) and --disable-quic, which the closed network otherwise keeps Chromium busy with.
    chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args],
    logLevel: 'silent',
  });
}

// Lighthouse starts a run in a new tab on about:blank. The site's pages send COOP and COEP,
// so as a page commits Chromium moves it to a new renderer process (a cross-origin isolated
// browsing context group), and the trace only follows that process once it is up: on a busy
// machine the page's navigationStart comes first and is lost, and the run fails with
// NO_NAVSTART (4 runs in 40 here, with tests running beside). So the run starts in a
// tab already on a resource of the site sent with the same headers (its icon), and the
// page loads in the process the trace already follows. Lantern's estimates treat the first
// request to an origin as a new connection either way, so the figures are unchanged.
async function startingTab(chrome, startUrl) {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
  const [page] = await browser.pages();
  if (startUrl) {
    // A bare image makes Chromium ask for /favicon.ico, which the site does not have, and
    // Lighthouse would replay that 404 from the tab's console into the measured page's:
    // a best-practices failure of the bench's own making. Wait for it, then clear the log.
    const favicon = page.waitForResponse((r) => new URL(r.url()).pathname === '/favicon.ico', { timeout: 3000 }).catch(() => null);
    await page.goto(startUrl);
    await favicon;
    const session = await page.createCDPSession();
    await session.send('Log.clear');
    await session.detach();
  }
  return { browser, page };
}

let chrome = null;

async function lighthouseRun(url, formFactor, startUrl) {
  // A safety net only: with the start above, a lost navigation has not been seen again.
  for (let attempt = 1; ; attempt++) {
    chrome = await launchChromium();
    let lhr;
    try {
      const { browser, page } = await startingTab(chrome, startUrl);
      const flags = { output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, skipAboutBlank: Boolean(startUrl) };
      lhr = (await lighthouse(url, flags, formFactor.config, page))?.lhr;
      await browser.disconnect();
    } finally {
      chrome.kill();
      chrome = null;
    }
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (lhr.runtimeError?.code === 'NO_NAVSTART' && attempt < 2) {
      process.stderr.write('  NO_NAVSTART (the trace missed the navigation): running again\n');
      continue;
    }
    return lhr;
  }
}

// The icon the pages link to: a small resource of the site, sent with the site's headers.
async function findStartUrl(base) {
  const html = await (await fetch(`${base}/en`)).text();
  const tag = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).find((t) => /\srel="icon"/.test(t));
  const href = tag && /\shref="([^"]+)"/.exec(tag)?.[1];
  const response = href ? await fetch(new URL(href, base)) : null;
  if (response?.ok && response.headers.get('cross-origin-opener-policy') === 'same-origin') return new URL(href, base).href;
  console.error('note: no icon sent with COOP found; runs start from about:blank and may fail with NO_NAVSTART');
  return null;
}

const median = (values) => {
  const known = values.filter((v) => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (!known.length) return null;
  const mid = Math.floor(known.length / 2);
  return known.length % 2 ? known[mid] : (known[mid - 1] + known[mid]) / 2;
};

function figures(lhr) {
  const score = (id) => (lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100));
  const value = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
  };
}

// What an audit points at, so the developer knows where to look: an element's selector and
// markup, or a resource's URL, or the console message.
function itemLabel(item) {
  const node = item.node ?? Object.values(item).find((v) => v && typeof v === 'object' && v.type === 'node');
  if (node) return `${node.selector ?? ''} ${node.snippet ?? ''}`.trim();
  const url = item.url ?? item.scriptUrl ?? item.source?.url;
  if (url) return [url, item.description].filter(Boolean).join(': ');
  return item.description ?? item.label ?? item.directive ?? JSON.stringify(item).slice(0, 160);
}

function failingAudits(lhr) {
  const failing = [];
  for (const category of AUDITED) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (audit.score === null || audit.score >= 1 || !['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
      const items = (audit.details?.items ?? []).map(itemLabel).filter(Boolean);
      failing.push({ category, id: audit.id, title: audit.title, weight: ref.weight, items });
    }
  }
  return failing;
}

const results = new Map(); // `${page} ${formFactor}` -> lhr[]
const key = (page, formFactor) => `${page} ${formFactor.name}`;
let server = null;
let chromeRuns = 0;

// Simulated throttling scales the main-thread work this machine measured: a small or busy
// machine (a build or the tests running beside) reads slower than a learner's phone would,
// so the report says how fast and how loaded the machine was.
const loadAtStart = loadavg()[0].toFixed(1);

async function main() {
  const port = await freePort(askedPort);
  if (port !== askedPort) console.error(`port ${askedPort} is taken; using ${port}`);
  const started = await startServer(port);
  server = started.server;

  // The URLs must be real pages (a 404 scores well on very little), with the headers the
  // site sends everywhere.
  for (const page of pages) {
    const response = await fetch(started.base + page);
    if (!response.ok) throw new Error(`${page} answered ${response.status}`);
    if (response.headers.get('cross-origin-embedder-policy') !== 'require-corp') console.error(`note: ${page} is served without COEP require-corp`);
  }

  const startUrl = await findStartUrl(started.base);

  const total = runs * pages.length * FORM_FACTORS.length;
  // Runs interleaved, so a slow moment of the machine lands on every page alike.
  for (let run = 1; run <= runs; run++) {
    for (const page of pages) {
      for (const formFactor of FORM_FACTORS) {
        chromeRuns++;
        process.stderr.write(`[${chromeRuns}/${total}] run ${run} ${formFactor.name} ${page}\n`);
        const lhr = await lighthouseRun(started.base + page, formFactor, startUrl);
        if (lhr.runtimeError) throw new Error(`${page} (${formFactor.name}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        for (const warning of lhr.runWarnings) process.stderr.write(`  warning: ${warning}\n`);
        if (!results.has(key(page, formFactor))) results.set(key(page, formFactor), []);
        results.get(key(page, formFactor)).push(lhr);
        if (jsonDir) {
          mkdirSync(jsonDir, { recursive: true });
          const name = `${page.replace(/^\//, '').replaceAll('/', '_')}-${formFactor.name}-${run}.json`;
          writeFileSync(path.join(jsonDir, name), JSON.stringify(lhr));
        }
      }
    }
  }
  return report();
}

function report() {
  const rows = [];
  for (const formFactor of FORM_FACTORS) {
    for (const page of pages) {
      const all = results.get(key(page, formFactor)).map(figures);
      const row = { page, formFactor: formFactor.name };
      for (const name of Object.keys(all[0])) row[name] = median(all.map((f) => f[name]));
      rows.push(row);
    }
  }

  const first = results.values().next().value[0];
  console.log(`Lighthouse ${first.lighthouseVersion}, ${first.environment.hostUserAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, median of ${runs} run${runs > 1 ? 's' : ''} per row`);
  const benchmarkIndex = median([...results.values()].flat().map((l) => l.environment.benchmarkIndex));
  console.log(`machine: Lighthouse's benchmark index ${benchmarkIndex.toFixed(0)} (higher is faster), load average ${loadAtStart} at the start`);
  // Lighthouse's own threshold: below it, its CLI warns that the 4x mobile CPU slowdown
  // overstates a real phone, and mobile TBT reads high.
  if (benchmarkIndex <= 1000) console.log('  (at or below 1000, where Lighthouse warns that the host CPU is slower than it expects: mobile TBT reads high)');
  for (const formFactor of FORM_FACTORS) console.log(`${formFactor.name}: ${formFactor.about}`);
  console.log();

  const fmt = (v, digits = 0) => (v === null ? 'n/a' : v.toFixed(digits));
  const header = ['form factor', 'page', 'perf', 'a11y', 'best-pr', 'seo', 'LCP ms', 'TBT ms', 'CLS'];
  const widths = [11, Math.max(...pages.map((p) => p.length)), 5, 5, 7, 5, 7, 7, 6];
  const line = (cells) => cells.map((c, i) => (i < 2 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) {
    console.log(line([r.formFactor, r.page, fmt(r.performance), fmt(r.accessibility), fmt(r['best-practices']), fmt(r.seo), fmt(r.lcp), fmt(r.tbt), fmt(r.cls, 3)]));
  }

  // An audit is listed once, with the rows and the share of runs it failed in: one failing
  // run out of three is noise to watch, three out of three is a fault to fix.
  const failures = new Map();
  for (const formFactor of FORM_FACTORS) {
    for (const page of pages) {
      const lhrs = results.get(key(page, formFactor));
      const count = new Map();
      for (const lhr of lhrs) {
        for (const f of failingAudits(lhr)) {
          if (!failures.has(f.id)) failures.set(f.id, { ...f, where: [], items: new Set() });
          f.items.forEach((item) => failures.get(f.id).items.add(item));
          count.set(f.id, (count.get(f.id) ?? 0) + 1);
        }
      }
      for (const [id, n] of count) failures.get(id).where.push(`${formFactor.name} ${page} (${n}/${lhrs.length})`);
    }
  }
  console.log();
  if (!failures.size) console.log('No failing accessibility, best-practices or SEO audits.');
  else {
    console.log('Failing accessibility, best-practices and SEO audits:');
    for (const f of failures.values()) {
      console.log(`  [${f.category}] ${f.id}: ${f.title}${f.weight ? '' : ' (weight 0: does not lower the score)'}`);
      console.log(`      in ${f.where.join(', ')}`);
      const items = [...f.items];
      for (const item of items.slice(0, 5)) console.log(`      - ${item.replace(/\s+/g, ' ').slice(0, 200)}`);
      if (items.length > 5) console.log(`      - ... and ${items.length - 5} more`);
    }
  }

  const missed = [];
  for (const r of rows) {
    const where = `${r.formFactor} ${r.page}`;
    if (r.performance === null || r.performance < AIMS.performance) missed.push(`${where}: performance ${fmt(r.performance)} < ${AIMS.performance}`);
    if (r.accessibility === null || r.accessibility < AIMS.accessibility) missed.push(`${where}: accessibility ${fmt(r.accessibility)} < ${AIMS.accessibility}`);
    if (r.cls === null || r.cls >= AIMS.cls) missed.push(`${where}: CLS ${fmt(r.cls, 3)} >= ${AIMS.cls}`);
  }
  console.log();
  if (!missed.length) console.log(`aims (performance >= ${AIMS.performance}, accessibility ${AIMS.accessibility}, CLS < ${AIMS.cls}): all met`);
  else {
    console.log(`aims missed (performance >= ${AIMS.performance}, accessibility ${AIMS.accessibility}, CLS < ${AIMS.cls}):`);
    for (const m of missed) console.log(`  ${m}`);
  }
  return check && missed.length ? 1 : 0;
}

// Ctrl+C must leave neither `next start` on the port nor Chromium running: this handler
// exits before chrome-launcher's own would get to it.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    stopServer(server);
    if (chrome) {
      // chrome-launcher removes the profile once Chromium has closed.
      const closed = new Promise((resolve) => chrome.process.once('close', () => setImmediate(resolve)));
      chrome.kill();
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 3000))]);
    }
    process.exit(130);
  });
}

let exitCode = 1;
try {
  exitCode = await main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
} finally {
  stopServer(server);
}
process.exit(exitCode);
