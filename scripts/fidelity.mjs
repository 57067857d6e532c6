// Scores the sandbox's CLI against what real software printed, and fails when a score falls
// below its floor: real CPython 3.12 (../shared/python-conformance) and real Django 5.2.8
// (../shared/oracle). Run after the sandbox is built (sandbox/dist/cli.mjs).
//
//   node scripts/fidelity.mjs            # both scores, checked against scripts/fidelity-floors.json
//   node scripts/fidelity.mjs --raise    # also raises the floors to today's scores
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared');
const cli = path.join(root, 'sandbox', 'dist', 'cli.mjs');
const floorsFile = path.join(root, 'scripts', 'fidelity-floors.json');
const floors = JSON.parse(readFileSync(floorsFile, 'utf8'));

if (!existsSync(shared)) {
  console.error(`fidelity: ${shared} is missing (the recordings live beside the project)`);
  process.exit(1);
}
if (!existsSync(cli)) {
  console.error('fidelity: sandbox/dist/cli.mjs is missing: run `node scripts/build-sandbox.mjs` first');
  process.exit(1);
}

/** Runs a scorer and returns its last line's "passed/total". */
function score(args, pattern) {
  let out;
  try {
    out = execFileSync('python3', args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    // The conformance runner exits 1 while any case fails: its output still holds the score.
    out = String(err.stdout ?? '');
  }
  const match = out.match(pattern);
  if (!match) throw new Error(`no score in the output of python3 ${args.join(' ')}:\n${out.slice(-2000)}`);
  return { passed: Number(match[1]), total: Number(match[2]) };
}

const scenarios = path.join(shared, 'oracle', 'scenarios');
// Scenario 08 needs a pseudo-terminal, which the replay does not give: the e2e tests cover it in the page.
const replayed = readdirSync(scenarios)
  .filter((name) => /^0[1-7]/.test(name))
  .map((name) => path.join(scenarios, name));

const results = {
  python: score([path.join(shared, 'python-conformance', 'run.py'), '--cli', cli, '-j', '2'], /python conformance: (\d+)\/(\d+) cases/),
  django: score([path.join(shared, 'oracle', 'replay.py'), '--cli', cli, ...replayed], /fidelity: (\d+)\/(\d+) steps/),
};

let failed = false;
for (const [name, { passed, total }] of Object.entries(results)) {
  const floor = floors[name];
  const verdict = passed < floor ? `BELOW its floor of ${floor}` : `floor ${floor}`;
  console.log(`${name === 'python' ? 'CPython 3.12 conformance' : 'Django 5.2.8 oracle'}: ${passed}/${total} (${((100 * passed) / total).toFixed(1)}%), ${verdict}`);
  if (passed < floor) failed = true;
}
if (process.argv.includes('--raise')) {
  const raised = Object.fromEntries(Object.entries(results).map(([name, { passed }]) => [name, Math.max(passed, floors[name])]));
  writeFileSync(floorsFile, `${JSON.stringify(raised, null, 2)}\n`);
  console.log('floors raised to', raised);
}
process.exit(failed ? 1 : 0);
