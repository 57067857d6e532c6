// `cli.mjs grade CHECKS-JSON`: grades checks against the folder it runs in as the learner's
// home, with the shell state SANDBOX_STATE names; prints the results as JSON. It is how the
// WebContainer runtime grades, inside the container, where the learner's files are.
import { grade } from '../grader/grade';
import { parseCheck } from '../grader/parse';
import { readShellState } from '../shell/state-file';

export async function gradeFromCommandLine(json: string | undefined): Promise<number> {
  let checks;
  try {
    const raw: unknown = JSON.parse(json ?? '');
    if (!Array.isArray(raw)) throw new Error('expected a list of checks');
    checks = raw.map((c, i) => parseCheck(c, `check ${i}`));
  } catch (err) {
    process.stderr.write(`grade: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  const home = process.cwd();
  const stateFile = process.env.SANDBOX_STATE;
  const shell = (stateFile && readShellState(stateFile, home)) || { cwd: home, variables: {}, history: [] };
  process.stdout.write(JSON.stringify(await grade(checks, { home, shell })) + '\n');
  return 0;
}
