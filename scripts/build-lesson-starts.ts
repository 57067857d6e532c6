// Writes public/sandbox/starts/<slug>.json for every lesson that starts after another: the
// files (database included), folders and shell state the earlier lessons' commands leave,
// made by running those commands in the Worker bundle the browser runs.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lessonEntries, lessonEntry, readLessonSource } from '../lib/content/lessons';
import { lessonChain, walkthrough } from '../lib/content/lesson-chain';
import { applySolution } from '../sandbox/grader/apply-solution';
import { savedToJson } from '../sandbox/runtime/saved-json';

type WorkerBundle = typeof import('../sandbox/in-worker/entry');

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'public/sandbox/starts');
const wasmBinary = new Uint8Array(readFileSync(path.join(root, 'public/sandbox/sql-wasm-browser.wasm'))).buffer;

async function main() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const entry of lessonEntries()) {
    const start = entry.meta.start;
    if (start === 'empty') continue;
    const before = lessonEntry(start.after)!;
    // A fresh copy of the bundle per lesson: each has its own in-memory disk.
    const bundle: WorkerBundle = await import(`${pathToFileURL(path.join(root, 'public/sandbox/worker.js')).href}?${entry.slug}`);
    const sandbox = await bundle.createWorkerSandbox({ sqlite: { wasmBinary } });
    const run = async (command: string) => {
      const running = sandbox.run(command);
      // runserver holds the terminal: stop it once it listens, or once it holds the terminal
      // without listening (a broken project's server thread died), as the learner would.
      let settled = false;
      void running.finally(() => (settled = true));
      while (!settled && !sandbox.listeningPorts().length && !sandbox.holding) await new Promise((r) => setTimeout(r, 5));
      if (!settled) sandbox.interrupt();
      // Some commands fail on purpose (the lesson shows the error); lib/content's replay test checks each output.
      await running;
    };
    for (const lesson of lessonChain(before)) {
      for (const walk of walkthrough(readLessonSource(lesson, 'en'), lesson)) {
        if (walk.kind === 'command') await run(walk.step.command);
        else {
          await applySolution(walk.steps, {
            run,
            readFile: async (rel) => {
              try {
                return new TextDecoder().decode(sandbox.files({ op: 'read', path: rel }).data);
              } catch {
                return null;
              }
            },
            writeFile: async (rel, content) => void sandbox.files({ op: 'write', path: rel, data: new TextEncoder().encode(content) }),
          });
        }
      }
    }
    // The files and the environment carry over; the earlier lessons' history does not.
    const saved = sandbox.save();
    saved.shell = { ...saved.shell!, history: [], ran: [] };
    writeFileSync(path.join(out, `${entry.slug}.json`), JSON.stringify(savedToJson(saved)));
    console.log(`lesson start: ${entry.slug} (after ${before.slug}), ${Object.keys(saved.files).length} files`);
  }
}

await main();
