// `cli.mjs inspect` and `cli.mjs inspect TABLE OFFSET`: the inspector's look at the project
// at or above the shell's folder (SANDBOX_STATE), with the folder it runs in as the learner's
// home; prints the report, or one page of a table's rows, as JSON on one line. It is how the
// WebContainer runtime inspects, inside the container, where the learner's files are.
import { inspectProject, inspectTableRows, loadSqlite, loadStandardLibrary } from '../framework';
import { readShellState } from '../shell/state-file';

export async function inspectFromCommandLine(args: string[]): Promise<number> {
  const [table, offsetText] = args;
  const offset = Number(offsetText ?? 0);
  if (table !== undefined && (!Number.isInteger(offset) || offset < 0)) {
    process.stderr.write(`inspect: the offset must be a whole number, not ${offsetText}\n`);
    return 2;
  }
  const home = process.cwd();
  const stateFile = process.env.SANDBOX_STATE;
  const cwd = (stateFile && readShellState(stateFile, home)?.cwd) || home;
  await Promise.all([loadStandardLibrary(), loadSqlite()]);
  const answer = table === undefined ? await inspectProject({ home, cwd }) : await inspectTableRows({ home, cwd }, table, offset);
  process.stdout.write(JSON.stringify(answer) + '\n');
  return 0;
}
