import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Shell } from './shell';
import { shellSuite, type ShellSession } from './shell-suite.testkit';

/** The shell from source on the real filesystem, in a fresh home folder per test. */
async function open(): Promise<ShellSession> {
  const home = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'shell-home-')));
  const shell = new Shell({ home });
  return {
    home,
    async run(line, input = []) {
      let stdout = '';
      let stderr = '';
      const status = await shell.run(line, {
        stdout: (t) => void (stdout += t),
        stderr: (t) => void (stderr += t),
        readLine: () => input.shift() ?? null,
        isTerminal: true,
      });
      return { status, stdout, stderr };
    },
    prompt: async () => shell.prompt(),
    readFile: async (p) => {
      try {
        return fs.readFileSync(path.join(home, p), 'utf8');
      } catch {
        return null;
      }
    },
    complete: async (line) => shell.complete(line, line.length).candidates,
  };
}

shellSuite('shell (source, real disk)', open);
