// `node sandbox/dist/cli.mjs shell`: the sandbox shell on a real terminal. The folder it is
// started in is its home (`~`): everything the learner does stays inside it.
import fs from 'node:fs';
import { Shell } from './shell/shell';
import { LineEditor } from './shell/line-editor';
import type { CommandIO } from './shell/io';
import { secretReader, stdinReader } from './node-stdin';

export async function interactiveShell(): Promise<void> {
  const home = fs.realpathSync(process.cwd());
  const shell = new Shell({ home });
  const readLine = stdinReader();
  const terminal = !!process.stdin.isTTY && !!process.stdout.isTTY;
  const columns = () => process.stdout.columns || 80;
  const io: CommandIO = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readLine,
    readSecret: secretReader(readLine),
    isTerminal: terminal,
    stdinIsTerminal: !!process.stdin.isTTY,
    get columns() {
      return columns();
    },
  };
  // Ctrl+C while a command holds the terminal (runserver) stops that command, not the shell.
  // The terminal has echoed ^C; the prompt that follows starts on a line of its own, as in bash.
  process.on('SIGINT', () => {
    process.stdout.write('\n');
    shell.interrupt();
  });
  if (!terminal) {
    // Piped input: each line is a command, as `bash < script` runs them.
    for (let line = readLine(); line !== null; line = readLine()) {
      await shell.run(line, io);
      if (shell.exitRequested !== null) break;
    }
    process.exit(shell.exitRequested ?? shell.lastStatus);
  }
  io.stdout('Sandbox shell: type help to see what it runs, exit to leave.\n');
  const editor = new LineEditor(
    {
      write: (text) => process.stdout.write(text),
      complete: (line, cursor) => shell.complete(line, cursor),
      columns,
    },
    shell.history,
  );
  const keys = (data: Buffer) => editor.feed(data.toString('utf8'));
  for (;;) {
    // The line editor reads keys one by one; a running command gets the terminal's own
    // line discipline (echo, Ctrl+C as SIGINT), as bash hands it to a program.
    process.stdin.setRawMode(true);
    process.stdin.on('data', keys);
    process.stdin.resume();
    const line = await editor.read(shell.prompt(true));
    process.stdin.off('data', keys);
    process.stdin.pause();
    process.stdin.setRawMode(false);
    if (line === null) {
      io.stdout('exit\n');
      break;
    }
    await shell.run(line, io);
    if (shell.exitRequested !== null) break;
  }
  process.exit(shell.exitRequested ?? shell.lastStatus);
}
