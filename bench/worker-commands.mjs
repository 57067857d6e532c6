#!/usr/bin/env node
// How long `python manage.py ...` commands take inside one long-lived Worker sandbox, as in
// the page (the built public/sandbox/worker.js, run by Node): start-up of the Worker and of
// the bundle are paid once, so what is left is each command's own cost — loading the
// project, the framework's Python sources, the command. Median and fastest of N runs.
// Run after `node scripts/build-sandbox.mjs`:  node bench/worker-commands.mjs [--runs 15] [--root DIR]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const root = path.resolve(option('--root', path.join(import.meta.dirname, '..')));
const runs = Number(option('--runs', 15));

const { createWorkerSandbox } = await import(pathToFileURL(path.join(root, 'public/sandbox/worker.js')).href);
const sqlite = { wasmBinary: new Uint8Array(readFileSync(path.join(root, 'public/sandbox/sql-wasm-browser.wasm'))).buffer };
const box = await createWorkerSandbox({ sqlite });

async function run(line) {
  let out = '';
  const result = await box.run(line, { output: (_stream, text) => (out += text), isTerminal: false, columns: 80 });
  if (result.status !== 0) throw new Error(`${line} exited ${result.status}:\n${out}`);
  return out;
}

for (const line of ['python3 -m venv env', 'source env/bin/activate', 'pip install django', 'django-admin startproject myproject', 'cd myproject', 'python manage.py migrate']) await run(line);

console.log(`${'command'.padEnd(36)}  median ms  fastest ms   (${runs} runs, one Worker)`);
for (const line of ['python manage.py check', 'python manage.py showmigrations', 'python manage.py makemigrations', 'python manage.py sqlmigrate auth 0001']) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run(line);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${line.padEnd(36)}  ${times[Math.floor(runs / 2)].toFixed(0).padStart(9)}  ${times[0].toFixed(0).padStart(10)}`);
}
process.exit(0);
