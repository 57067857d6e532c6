/** Python's _parse_optional: whether an argv string names an option, and which. */
import { PREFIX } from './actions';
import { NEGATIVE_NUMBER } from './patterns';
import type { Action } from './types';

/** An argv entry that looks like an option: its action (null if unknown), spelling and `=value`. */
export interface OptionMatch {
  action: Action | null;
  optionString: string;
  explicitArg: string | null;
}

/** What the parser knows about its options when it classifies argv. */
export interface OptionTable {
  readonly optionStringActions: ReadonlyMap<string, Action>;
  readonly allowAbbrev: boolean;
  /** Once an option looks like a negative number, '-1' on the command line is an option too. */
  readonly hasNegativeNumberOptionals: boolean;
}

/**
 * Python's _parse_optional: null when `arg` is meant as a positional, and the candidate
 * spellings when an abbreviation is ambiguous (the parser reports that as an error).
 */
export function parseOptional(arg: string, table: OptionTable): OptionMatch | { ambiguous: string[] } | null {
  if (!arg.startsWith(PREFIX)) return null;
  const exact = table.optionStringActions.get(arg);
  if (exact) return { action: exact, optionString: arg, explicitArg: null };
  if (arg.length === 1) return null;
  const equals = arg.indexOf('=');
  if (equals >= 0) {
    const optionString = arg.slice(0, equals);
    const action = table.optionStringActions.get(optionString);
    if (action) return { action, optionString, explicitArg: arg.slice(equals + 1) };
  }
  const matches = optionPrefixMatches(arg, table);
  if (matches.length > 1) return { ambiguous: matches.map((m) => m.optionString) };
  if (matches.length === 1) return matches[0]!;
  if (NEGATIVE_NUMBER.test(arg) && !table.hasNegativeNumberOptionals) return null;
  if (arg.includes(' ')) return null;
  return { action: null, optionString: arg, explicitArg: null };
}

/** Python's _get_option_tuples: long options by unambiguous prefix, short ones glued to a value. */
function optionPrefixMatches(arg: string, table: OptionTable): OptionMatch[] {
  const result: OptionMatch[] = [];
  if (arg[1] === PREFIX) {
    if (!table.allowAbbrev) return result;
    const equals = arg.indexOf('=');
    const prefix = equals >= 0 ? arg.slice(0, equals) : arg;
    const explicitArg = equals >= 0 ? arg.slice(equals + 1) : null;
    for (const [optionString, action] of table.optionStringActions) {
      if (optionString.startsWith(prefix)) result.push({ action, optionString, explicitArg });
    }
  } else {
    const shortOption = arg.slice(0, 2);
    for (const [optionString, action] of table.optionStringActions) {
      if (optionString === shortOption) {
        result.push({ action, optionString, explicitArg: arg.slice(2) });
      } else if (optionString.startsWith(arg)) {
        result.push({ action, optionString, explicitArg: null });
      }
    }
  }
  return result;
}

