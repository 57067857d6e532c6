// `node sandbox/dist/cli.mjs shell`: the sandbox shell on a real terminal. The folder it is
// started in is its home (`~`): everything the learner does stays inside it.
//
// Two environment variables serve a host that runs it for a page (WebContainer):
// SANDBOX_STATE names a file the shell starts from and rewrites after every command
// (shell/state-file.ts); SANDBOX_PROMPT_MARKS has it mark each prompt (protocol/prompt-mark.ts).
import fs from 'node:fs';
import { Shell } from '../shell/shell';
import { LineEditor } from '../shell/line-editor';
import type { CommandIO } from '../shell/io';
import { secretReader, stdinReader } from './node-stdin';
import { readShellState, writeShellState } from '../shell/state-file';
import { PROMPT_MARK_VARIABLE, promptMark } from '../protocol/prompt-mark';

export async function interactiveShell(): Promise<void> {
  const home = fs.realpathSync(process.cwd());
  const stateFile = process.env.SANDBOX_STATE || null;
  const marksPrompts = !!process.env[PROMPT_MARK_VARIABLE];
  const shell = new Shell({ home, state: stateFile ? readShellState(stateFile, home) : undefined });
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
  // The state is written after each command, not at exit: a shell that is killed (a page
  // reloaded, a runaway command) has still left the state of its last finished command.
  const run = async (line: string) => {
    await shell.run(line, io);
    if (stateFile) writeShellState(stateFile, shell.state());
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
      await run(line);
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
    if (marksPrompts) io.stdout(promptMark(shell.state()));
    const line = await editor.read(shell.prompt(true));
    process.stdin.off('data', keys);
    process.stdin.pause();
    process.stdin.setRawMode(false);
    if (line === null) {
      io.stdout('exit\n');
      break;
    }
    await run(line);
    if (shell.exitRequested !== null) break;
  }
  process.exit(shell.exitRequested ?? shell.lastStatus);
}
