/** add_argument(): how argparse turns flags and keywords into an Action, and the checks it makes. */
import { pyRepr } from './py-values';
import { SUPPRESS, type Action, type ActionName, type ArgumentOptions } from './types';

/** argparse's default prefix_chars. */
export const PREFIX = '-';

/**
 * An Action from add_argument()'s flags and keywords. `defaults` holds set_defaults()'s values,
 * which win over the action kind's own default.
 */
export function createAction(
  flags: readonly string[],
  options: ArgumentOptions,
  defaults: ReadonlyMap<string, unknown>,
): Action {
  const kind = options.action ?? 'store';
  checkKeywords(kind, options);
  const first = flags[0];
  const positional = first === undefined || (flags.length === 1 && !first.startsWith(PREFIX));
  let dest: string;
  let optionStrings: string[] = [];
  let required: boolean;
  if (positional) {
    if (first !== undefined && options.dest !== undefined) {
      throw new Error('dest supplied twice for positional argument');
    }
    if (options.required !== undefined) {
      throw new TypeError("'required' is an invalid argument for positionals");
    }
    dest = first ?? options.dest ?? '';
    // A positional is required unless it may match nothing; '*' may, but only counts as
    // optional when it has a default to fall back on.
    required =
      (options.nargs !== '?' && options.nargs !== '*') ||
      (options.nargs === '*' && options.default === undefined);
  } else {
    optionStrings = [...flags];
    for (const optionString of optionStrings) {
      if (!optionString.startsWith(PREFIX)) {
        throw new Error(`invalid option string ${pyRepr(optionString)}: must start with a character '-'`);
      }
    }
    dest = options.dest ?? inferDest(optionStrings);
    required = options.required ?? false;
  }

  let fallback: unknown = null;
  if (defaults.has(dest)) fallback = defaults.get(dest);
  else if (kind === 'store_true') fallback = false;
  else if (kind === 'store_false') fallback = true;
  else if (kind === 'help' || kind === 'version') fallback = SUPPRESS;

  const takesValues = kind === 'store' || kind === 'append';
  const nargs = takesValues ? (options.nargs ?? null) : 0;
  if (takesValues && nargs === 0) {
    throw new Error(`nargs for ${kind} actions must be != 0`);
  }
  const constant = kind === 'store_true' ? true : kind === 'store_false' ? false : (options.const ?? null);
  if (takesValues && constant !== null && nargs !== '?') {
    throw new Error("nargs must be '?' to supply const");
  }
  return {
    kind,
    optionStrings,
    dest,
    nargs,
    const: constant,
    default: options.default === undefined ? fallback : options.default,
    type: options.type ?? null,
    choices: options.choices ?? null,
    required,
    help: options.help ?? (kind === 'version' ? "show program's version number and exit" : null),
    // store_const accepts a metavar and, like Python's, ignores it.
    metavar: takesValues ? (options.metavar ?? null) : null,
    version: options.version ?? null,
  };
}

/** The keyword arguments each Python Action class accepts; others are a TypeError there too. */
const ACCEPTED_KEYWORDS: Record<ActionName, readonly (keyof ArgumentOptions)[]> = {
  store: ['dest', 'nargs', 'const', 'default', 'type', 'choices', 'required', 'help', 'metavar'],
  append: ['dest', 'nargs', 'const', 'default', 'type', 'choices', 'required', 'help', 'metavar'],
  store_const: ['dest', 'const', 'default', 'required', 'help', 'metavar'],
  store_true: ['dest', 'default', 'required', 'help'],
  store_false: ['dest', 'default', 'required', 'help'],
  count: ['dest', 'default', 'required', 'help'],
  help: ['dest', 'default', 'help'],
  version: ['dest', 'default', 'help', 'version'],
};

function checkKeywords(kind: ActionName, options: ArgumentOptions): void {
  const accepted = ACCEPTED_KEYWORDS[kind];
  for (const key of Object.keys(options) as (keyof ArgumentOptions)[]) {
    if (key === 'action' || options[key] === undefined) continue;
    if (!accepted.includes(key)) {
      throw new TypeError(`action '${kind}' got an unexpected keyword argument '${key}'`);
    }
  }
}

/** '--foo-bar' -> 'foo_bar', '-x' -> 'x': the first long option wins, else the first option. */
function inferDest(optionStrings: readonly string[]): string {
  const long = optionStrings.find((s) => s.length > 1 && s[1] === PREFIX);
  const chosen = long ?? optionStrings[0]!;
  const dest = chosen.replace(/^-+/, '');
  if (!dest) throw new Error(`dest= is required for options like ${pyRepr(chosen)}`);
  return dest.replaceAll('-', '_');
}

