/**
 * The shell's test suite against the built Worker bundle (public/sandbox/worker.js) on its
 * in-memory filesystem: the same cases sandbox/shell/shell.test.ts runs on a real disk.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll } from 'vitest';
import { shellSuite, type ShellSession } from '../shell/shell-suite.testkit';
import type { SandboxOptions } from './entry';

type WorkerBundle = typeof import('./entry');

const root = path.resolve(import.meta.dirname, '../..');
const bundle = pathToFileURL(path.join(root, 'public/sandbox/worker.js')).href;
let sqlite: SandboxOptions['sqlite'];
let instances = 0;

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-sandbox.mjs'], { cwd: root });
  sqlite = { wasmBinary: new Uint8Array(readFileSync(path.join(root, 'public/sandbox/sql-wasm-browser.wasm'))).buffer };
}, 120_000);

/** A fresh copy of the bundle (its own filesystem) per test, as a fresh Worker would be. */
async function open(): Promise<ShellSession> {
  const module: WorkerBundle = await import(/* @vite-ignore */ `${bundle}?instance=${++instances}`);
  const sandbox = await module.createWorkerSandbox({ sqlite });
  const home = '/home/learner';
  return {
    home,
    async run(line, input = []) {
      const { status, stdout, stderr } = await sandbox.run(line, { readLine: () => input.shift() ?? null, isTerminal: true });
      return { status, stdout, stderr };
    },
    prompt: async () => sandbox.prompt(),
    readFile: async (p) => {
      const bytes = sandbox.snapshot().files[`${home}/${p}`];
      return bytes ? new TextDecoder().decode(bytes) : null;
    },
    complete: async (line) => sandbox.complete(line, line.length).candidates,
  };
}

shellSuite('shell (Worker bundle, memfs)', open);
