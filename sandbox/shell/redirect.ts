import fs from 'node:fs';
import type { CommandIO } from './io';
import type { Redirect } from './syntax';
import { expandWord } from './expand';
import type { Shell } from './shell';

type Stream = (text: string) => void;

/** Opens `> file` as bash does: before the command runs, truncating unless `>>`. */
function openFile(target: string, append: boolean, shell: Shell): Stream {
  const file = shell.resolvePath(target);
  if (file === '/dev/null') return () => undefined;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new Error(`${target}: Is a directory`);
  try {
    if (append) fs.appendFileSync(file, '');
    else fs.writeFileSync(file, '');
  } catch {
    throw new Error(`${target}: No such file or directory`);
  }
  return (text) => fs.appendFileSync(file, text);
}

/** Runs `body` with stdout and stderr sent where the command's redirections say. */
export async function withRedirects(
  redirects: Redirect[],
  shell: Shell,
  io: CommandIO,
  body: (io: CommandIO) => number | Promise<number>,
): Promise<number> {
  if (!redirects.length) return body(io);
  const streams: { 1: Stream; 2: Stream } = { 1: io.stdout, 2: io.stderr };
  let toTerminal = { 1: io.isTerminal, 2: io.isTerminal };
  try {
    for (const r of redirects) {
      let stream: Stream;
      let terminal: boolean;
      if ('duplicate' in r.target) {
        stream = streams[r.target.duplicate];
        terminal = toTerminal[r.target.duplicate];
      } else {
        const names = expandWord(r.target, shell.expansion());
        if (names.length !== 1) throw new Error(`${names.join(' ')}: ambiguous redirect`);
        stream = openFile(names[0]!, r.append, shell);
        terminal = false;
      }
      if (r.fd === 1 || r.fd === 'both') streams[1] = stream;
      if (r.fd === 2 || r.fd === 'both') streams[2] = stream;
      toTerminal = { 1: r.fd === 2 ? toTerminal[1] : terminal, 2: r.fd === 1 ? toTerminal[2] : terminal };
    }
  } catch (err) {
    io.stderr(`bash: ${(err as Error).message}\n`);
    return 1;
  }
  return body({ ...io, stdout: streams[1], stderr: streams[2], isTerminal: toTerminal[1] && toTerminal[2] });
}
