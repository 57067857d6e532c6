/** Python's _get_values and friends: argument strings to values, through type= and choices=. */
import { ArgumentError } from './errors';
import { pyInt, pyRepr } from './py-values';
import type { Action } from './types';

/**
 * Python's _get_values, plus whether the result is the action's default itself (argparse
 * compares with `is` to decide if an argument was really given, for mutual exclusion).
 */
export function getValues(action: Action, argStrings: string[]): { value: unknown; isDefault: boolean } {
  const strings = [...argStrings];
  const dashes = strings.indexOf('--');
  if (dashes >= 0) strings.splice(dashes, 1);
  const optional = action.optionStrings.length > 0;

  if (strings.length === 0 && action.nargs === '?') {
    let value = optional ? action.const : action.default;
    let isDefault = optional ? action.const === action.default : true;
    if (typeof value === 'string') {
      if (action.type === 'int') isDefault = false;
      value = getValue(action, value);
      checkValue(action, value);
    }
    return { value, isDefault };
  }
  if (strings.length === 0 && action.nargs === '*' && !optional) {
    // Python 3.12 checks only a given default against the choices: an empty list passes.
    if (action.default === null) return { value: strings, isDefault: false };
    checkValue(action, action.default);
    return { value: action.default, isDefault: true };
  }
  if (strings.length === 1 && (action.nargs === null || action.nargs === '?')) {
    const value = getValue(action, strings[0]!);
    checkValue(action, value);
    return { value, isDefault: false };
  }
  const values = strings.map((s) => getValue(action, s));
  for (const value of values) checkValue(action, value);
  return { value: values, isDefault: false };
}

export function getValue(action: Action, arg: string): unknown {
  if (action.type !== 'int') return arg;
  const value = pyInt(arg);
  if (value === null) throw new ArgumentError(action, `invalid int value: ${pyRepr(arg)}`);
  return value;
}

function checkValue(action: Action, value: unknown): void {
  const { choices } = action;
  if (choices !== null && !choices.some((choice) => choice === value)) {
    const allowed = choices.map(pyRepr).join(', ');
    throw new ArgumentError(action, `invalid choice: ${pyRepr(value)} (choose from ${allowed})`);
  }
}
