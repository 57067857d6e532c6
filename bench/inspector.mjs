#!/usr/bin/env node
// How long the inspector's analysis takes in the Worker sandbox (the built public/sandbox/worker.js,
// run by Node) on lesson 8's project: apps home and accounts, home.Student with its three
// migrations applied, Asha in the table, the built-in apps migrated. The first look waits for
// the standard library's chunk (the learner's models import it); what follows is each look's own cost (the page asks
// after every command and saved edit). Median and fastest of N looks, healthy and in lesson 8's
// first and third breaks; beside the wall-clock time, the process's CPU time for the same look
// (process.cpuUsage), which a machine shared with other work inflates far less.
// Run after `node scripts/build-sandbox.mjs`:  node bench/inspector.mjs [--runs 20] [--root DIR]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const root = path.resolve(option('--root', path.join(import.meta.dirname, '..')));
const runs = Number(option('--runs', 20));

const { createWorkerSandbox } = await import(pathToFileURL(path.join(root, 'public/sandbox/worker.js')).href);
const sqlite = { wasmBinary: new Uint8Array(readFileSync(path.join(root, 'public/sandbox/sql-wasm-browser.wasm'))).buffer };
const box = await createWorkerSandbox({ sqlite });

async function run(line) {
  let out = '';
  const result = await box.run(line, { output: (_stream, text) => (out += text), isTerminal: false, columns: 80 });
  if (result.status !== 0 && !line.includes('DELETE')) throw new Error(`${line} exited ${result.status}:\n${out}`);
  return out;
}
const write = (rel, text) => box.files({ op: 'write', path: rel, data: new TextEncoder().encode(text) });
const read = (rel) => new TextDecoder().decode(box.files({ op: 'read', path: rel }).data);

const P = 'learn-django/myproject';
const model = (extra) => `from django.db import models\n\n\nclass Student(models.Model):\n    name = models.CharField(max_length=100)\n    age = models.IntegerField()\n${extra}`;
for (const line of ['mkdir learn-django', 'cd learn-django', 'python3 -m venv env', 'source env/bin/activate', 'pip install django', 'django-admin startproject myproject', 'cd myproject', 'python manage.py startapp home', 'python manage.py startapp accounts']) await run(line);
write(`${P}/myproject/settings.py`, `${read(`${P}/myproject/settings.py`)}\nEXTERNAL_APPS = ['home', 'accounts']\nINSTALLED_APPS += EXTERNAL_APPS\n`);
write(`${P}/home/models.py`, model(''));
await run('python manage.py makemigrations');
write(`${P}/home/models.py`, model('    address = models.TextField(null=True)\n'));
await run('python manage.py makemigrations');
write(`${P}/home/models.py`, model('    address = models.TextField(null=True, blank=True)\n'));
await run('python manage.py makemigrations');
await run('python manage.py migrate');
await run(`python manage.py shell -c "from home.models import Student; Student.objects.create(name='Asha', age=20, address='Pune')"`);

async function measure(label) {
  const times = [];
  const cpu = [];
  let report;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    report = await box.inspect();
    const { user, system } = process.cpuUsage(used);
    times.push(performance.now() - start);
    cpu.push((user + system) / 1000);
  }
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(runs / 2)];
  const problems = report.problems.map((p) => p.kind).join(', ') || 'none';
  console.log(`${label.padEnd(40)}  ${median(times).toFixed(1).padStart(9)}  ${Math.min(...times).toFixed(1).padStart(10)}  ${median(cpu).toFixed(1).padStart(11)}   problems: ${problems}`);
}

const first = performance.now();
const report = await box.inspect();
console.log(`first look (waits for the standard library's chunk): ${(performance.now() - first).toFixed(1)} ms; ${report.tables.length} tables, ${report.apps.reduce((n, a) => n + a.migrations.length, 0)} migrations`);
console.log(`${'project'.padEnd(40)}  median ms  fastest ms  median cpu ms   (${runs} looks, one Worker)`);
await measure('lesson 8, healthy');
const rowsStart = performance.now();
await box.inspectRows('home_student', 0);
console.log(`${'a page of home_student rows'.padEnd(40)}  ${(performance.now() - rowsStart).toFixed(1).padStart(9)}`);
await run('cp home/migrations/0001_initial.py ~/0001_initial.py');
await run('rm home/migrations/0001_initial.py');
await measure('break 1: 0001_initial.py deleted');
await run('cp ~/0001_initial.py home/migrations/');
await run(`python manage.py shell -c "from django.db import connection; connection.cursor().execute(\\"DELETE FROM django_migrations WHERE app='home'\\")"`);
await measure('break 3: the history deleted');
process.exit(0);
