import { SUPPRESS, type Action } from './types';

/** What Python's parser.exit() would do: print, then SystemExit(status). Thrown, never process.exit. */
export class ArgparseExit extends Error {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;

  constructor(status: number, output: { stdout?: string; stderr?: string }) {
    const stdout = output.stdout ?? '';
    const stderr = output.stderr ?? '';
    super(stderr || stdout || `exit ${status}`);
    this.name = 'ArgparseExit';
    this.status = status;
    this.stdout = stdout;
    this.stderr = stderr;
  }
}

/** argparse.ArgumentError: an error about one argument, named in the message. */
export class ArgumentError extends Error {
  constructor(action: Action | null, message: string) {
    const name = action === null ? null : actionName(action);
    super(name === null ? message : `argument ${name}: ${message}`);
  }
}

/** Python's _get_action_name: how errors name an argument. */
export function actionName(action: Action): string | null {
  if (action.optionStrings.length > 0) return action.optionStrings.join('/');
  if (action.metavar !== null && action.metavar !== SUPPRESS) return action.metavar;
  if (action.dest !== SUPPRESS) return action.dest;
  if (action.choices !== null && action.choices.length > 0) return `{${action.choices.join(',')}}`;
  return null;
}

