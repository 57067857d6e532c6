/**
 * How argparse decides which argv strings an action consumes: the strings are classified as
 * 'O' (option), 'A' (argument) or '-' ('--'), and each action's nargs becomes a regex over that.
 */
import { ArgumentError } from './errors';
import type { Action } from './types';

/** How many of the classified strings at the start of `pattern` the action consumes. */
export function matchArgument(action: Action, pattern: string): number {
  const match = new RegExp(`^${nargsPattern(action)}`).exec(pattern);
  if (match === null) {
    const { nargs } = action;
    let message: string;
    if (nargs === null) message = 'expected one argument';
    else if (nargs === '?') message = 'expected at most one argument';
    else if (nargs === '+') message = 'expected at least one argument';
    else message = `expected ${nargs} argument${nargs === 1 ? '' : 's'}`;
    throw new ArgumentError(action, message);
  }
  return match[1]!.length;
}

/** Match as many of `actions` as possible, dropping actions from the end until the regex fits. */
export function matchArgumentsPartial(actions: readonly Action[], pattern: string): number[] {
  for (let n = actions.length; n > 0; n--) {
    const regex = new RegExp(`^${actions.slice(0, n).map(nargsPattern).join('')}`);
    const match = regex.exec(pattern);
    if (match !== null) return match.slice(1).map((group) => (group ?? '').length);
  }
  return [];
}

/**
 * The regex a run of 'A'/'O'/'-' must match for this action's nargs. Positionals may swallow
 * '--' markers; options may not.
 */
function nargsPattern(action: Action): string {
  const { nargs } = action;
  let pattern: string;
  if (nargs === null) pattern = '(-*A-*)';
  else if (nargs === '?') pattern = '(-*A?-*)';
  else if (nargs === '*') pattern = '(-*[A-]*)';
  else if (nargs === '+') pattern = '(-*A[A-]*)';
  else pattern = `(-*${Array<string>(nargs).fill('A').join('-*')}-*)`;
  if (action.optionStrings.length > 0) pattern = pattern.replaceAll('-*', '').replaceAll('-', '');
  return pattern;
}

/** Python's `^-\d+$|^-\d*\.\d+$` (Unicode digits; `$` also matches before a final newline). */
export const NEGATIVE_NUMBER = /^(?:-\p{Nd}+|-\p{Nd}*\.\p{Nd}+)\n?$/u;
