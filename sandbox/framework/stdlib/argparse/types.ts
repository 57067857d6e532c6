/** The shapes argparse works with: add_argument()'s keywords and the Action objects it makes. */

/** argparse.SUPPRESS: as a help text it hides an argument; as a default it leaves the dest unset. */
export const SUPPRESS = '==SUPPRESS==';

export type Nargs = '?' | '*' | '+' | number;
export type ActionName =
  | 'store'
  | 'store_true'
  | 'store_false'
  | 'store_const'
  | 'append'
  | 'count'
  | 'version'
  | 'help';
/** Names of the Python builtins accepted as `type=`. */
export type TypeName = 'int' | 'str';
export type Choice = string | number;
/** vars(namespace): parsed values keyed by dest, in the order argparse sets them. */
export type Namespace = Record<string, unknown>;

export interface ArgumentOptions {
  dest?: string;
  action?: ActionName;
  nargs?: Nargs;
  const?: unknown;
  default?: unknown;
  type?: TypeName;
  choices?: readonly Choice[];
  required?: boolean;
  help?: string;
  metavar?: string;
  /** For action 'version': the text to print (%(prog)s is expanded). Falls back to the parser's. */
  version?: string;
}

/** One add_argument() call after argparse has filled in its defaults (Python's Action object). */
export interface Action {
  readonly kind: ActionName;
  readonly optionStrings: readonly string[];
  readonly dest: string;
  /** null: exactly one value, not a list; 0: takes no value (flags). */
  readonly nargs: Nargs | null;
  readonly const: unknown;
  default: unknown;
  readonly type: TypeName | null;
  readonly choices: readonly Choice[] | null;
  readonly required: boolean;
  readonly help: string | null;
  readonly metavar: string | null;
  readonly version: string | null;
}

export interface MutuallyExclusiveGroup {
  readonly required: boolean;
  readonly actions: readonly Action[];
  addArgument(flags: readonly string[], options?: ArgumentOptions): Action;
}
