// The framework's command line, for tools and tests: `node sandbox/dist/cli.mjs WORD...`
// runs one command line (`django-admin startproject myproject`, `python manage.py check`)
// in the current directory on the real filesystem, as the sandbox shell does.
// `node sandbox/dist/cli.mjs shell` starts the sandbox shell itself on this terminal, and
// `node sandbox/dist/cli.mjs grade CHECKS-JSON` grades exercises' checks in this folder, and
// `node sandbox/dist/cli.mjs inspect [TABLE OFFSET]` prints the inspector's report (or a page of a table's rows).
import v8 from 'node:v8';
import { prepareProgram, runProgram } from '../framework';
import { secretReader, stdinReader } from './node-stdin';
import { installNodePbkdf2 } from './node-pbkdf2';

installNodePbkdf2();

const words = process.argv.slice(2);
if (words.length === 1 && words[0] === 'shell') {
  // The sandbox shell itself, on this terminal: see cli-shell.ts.
  const { interactiveShell } = await import('./cli-shell');
  await interactiveShell();
} else if (words[0] === 'grade' && words.length === 2) {
  const { gradeFromCommandLine } = await import('./cli-grade');
  process.exitCode = await gradeFromCommandLine(words[1]);
} else if (words[0] === 'inspect' && (words.length === 1 || words.length === 3)) {
  const { inspectFromCommandLine } = await import('./cli-inspect');
  process.exitCode = await inspectFromCommandLine(words.slice(1));
} else await runOnce(words);

/** One command line, as if Django were installed (the contract tools and tests rely on). */
async function runOnce(words: string[]) {
  // One command is too short for V8's optimising recompilation of SQLite's WebAssembly to
  // pay off: on two cores it competes with the command and delays the exit (measured with
  // bench/cli-commands.mjs: about twice as fast without it).
  await prepareProgram(words, () => v8.setFlagsFromString('--liftoff-only'));
  const readLine = stdinReader();
  process.exitCode = runProgram(words, {
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readLine,
    readSecret: secretReader(readLine),
    isTerminal: { stdin: !!process.stdin.isTTY, stdout: !!process.stdout.isTTY, stderr: !!process.stderr.isTTY },
    // runserver: the open server keeps Node running until Ctrl-C (SIGINT), which ends it with 0.
    holdOpen(stop) {
      const idle = setInterval(() => undefined, 60_000);
      process.once('SIGINT', () => {
        stop();
        process.exit(0);
      });
      return (status) => {
        clearInterval(idle);
        process.exit(status);
      };
    },
  });
}
