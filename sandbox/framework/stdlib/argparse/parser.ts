/**
 * The parts of Python 3.11's argparse that Django's management commands use, re-implemented
 * so that help, usage and error output match CPython 3.11.2 byte for byte when output goes to
 * a pipe (COLUMNS unset: argparse wraps at 80 - 2 = 78 columns).
 *
 * Parsing follows argparse's own algorithm rather than a tidier one, because learners meet its
 * quirks: every argument is first classified as an option ('O'), an argument ('A') or '--'
 * ('-'), then positionals are matched in chunks with greedy regular expressions over that
 * pattern, which is why `migrate home --fake 0001` fails with "unrecognized arguments: 0001".
 *
 * Python's None is `null` here: option defaults, unset values and parsed namespaces use it.
 * Also carried over from Django 3.2's CommandParser (django/core/management/base.py): the
 * `missingArgsMessage` check and the CommandError raised when not called from the command
 * line; and from DjangoHelpFormatter, `showLast`.
 */
import { CommandError } from '../../core/management/base';

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

export interface ParserOptions {
  prog: string;
  description?: string;
  epilog?: string;
  /** A fixed usage line instead of the generated one; %(prog)s is expanded. */
  usage?: string;
  /** Django's CommandParser: error with this message when argv is empty. */
  missingArgsMessage?: string;
  /** What a `version` action prints when it has no version of its own (Python's parser.version). */
  version?: string;
  /** DjangoHelpFormatter.show_last: actions with any of these option strings go last in usage and help. */
  showLast?: ReadonlySet<string>;
  addHelp?: boolean;
  allowAbbrev?: boolean;
  /**
   * Django's CommandParser.called_from_command_line. When false (call_command), argument errors
   * throw CommandError('Error: ...') instead of printing usage and exiting with status 2.
   */
  calledFromCommandLine?: boolean;
  /** Terminal columns; argparse formats to columns - 2. A pipe, or COLUMNS unset, means 80. */
  columns?: number;
}

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

interface ArgumentGroup {
  readonly title: string;
  readonly actions: Action[];
}

/** An argv entry that looks like an option: its action (null if unknown), spelling and `=value`. */
interface OptionMatch {
  action: Action | null;
  optionString: string;
  explicitArg: string | null;
}

/** argparse.ArgumentError: an error about one argument, named in the message. */
class ArgumentError extends Error {
  constructor(action: Action | null, message: string) {
    const name = action === null ? null : actionName(action);
    super(name === null ? message : `argument ${name}: ${message}`);
  }
}

const DEFAULT_COLUMNS = 80;
const PREFIX = '-';

export class ArgumentParser {
  readonly prog: string;
  readonly description: string | null;
  readonly epilog: string | null;
  readonly usage: string | null;
  readonly version: string | null;
  readonly missingArgsMessage: string | null;
  readonly allowAbbrev: boolean;
  readonly calledFromCommandLine: boolean;
  private readonly showLast: ReadonlySet<string>;
  private readonly width: number;

  private readonly actions: Action[] = [];
  private readonly optionStringActions = new Map<string, Action>();
  private readonly positionals: ArgumentGroup = { title: 'positional arguments', actions: [] };
  private readonly optionals: ArgumentGroup = { title: 'options', actions: [] };
  private readonly mutuallyExclusiveGroups: MutuallyExclusiveGroup[] = [];
  private readonly defaults = new Map<string, unknown>();
  private hasNegativeNumberOptionals = false;

  constructor(options: ParserOptions) {
    this.prog = options.prog;
    this.description = options.description ?? null;
    this.epilog = options.epilog ?? null;
    this.usage = options.usage ?? null;
    this.version = options.version ?? null;
    this.missingArgsMessage = options.missingArgsMessage ?? null;
    this.allowAbbrev = options.allowAbbrev ?? true;
    this.calledFromCommandLine = options.calledFromCommandLine ?? true;
    this.showLast = options.showLast ?? new Set();
    this.width = (options.columns ?? DEFAULT_COLUMNS) - 2;
    if (options.addHelp ?? true) {
      this.addArgument(['-h', '--help'], {
        action: 'help',
        default: SUPPRESS,
        help: 'show this help message and exit',
      });
    }
  }

  // ---- Declaring arguments ----------------------------------------------------------------

  /** add_argument(): a positional when `flags` is one name without a leading '-'. */
  addArgument(flags: readonly string[], options: ArgumentOptions = {}): Action {
    const action = this.createAction(flags, options);
    this.addAction(action);
    return action;
  }

  addMutuallyExclusiveGroup(options: { required?: boolean } = {}): MutuallyExclusiveGroup {
    const actions: Action[] = [];
    const group: MutuallyExclusiveGroup = {
      required: options.required ?? false,
      actions,
      addArgument: (flags, argumentOptions = {}) => {
        const action = this.createAction(flags, argumentOptions);
        if (action.required) throw new Error('mutually exclusive arguments must be optional');
        this.addAction(action);
        actions.push(action);
        return action;
      },
    };
    this.mutuallyExclusiveGroups.push(group);
    return group;
  }

  /** set_defaults(): also rewrites the default of arguments already added with these dests. */
  setDefaults(values: Record<string, unknown>): void {
    for (const [dest, value] of Object.entries(values)) this.defaults.set(dest, value);
    for (const action of this.actions) {
      if (Object.hasOwn(values, action.dest)) action.default = values[action.dest];
    }
  }

  getActions(): readonly Action[] {
    return this.actions;
  }

  private createAction(flags: readonly string[], options: ArgumentOptions): Action {
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
    if (this.defaults.has(dest)) fallback = this.defaults.get(dest);
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

  private addAction(action: Action): void {
    const conflicts = action.optionStrings.filter((s) => this.optionStringActions.has(s));
    if (conflicts.length > 0) {
      const noun = conflicts.length === 1 ? 'string' : 'strings';
      throw new ArgumentError(action, `conflicting option ${noun}: ${conflicts.join(', ')}`);
    }
    this.actions.push(action);
    for (const optionString of action.optionStrings) {
      this.optionStringActions.set(optionString, action);
      if (NEGATIVE_NUMBER.test(optionString)) this.hasNegativeNumberOptionals = true;
    }
    (action.optionStrings.length > 0 ? this.optionals : this.positionals).actions.push(action);
  }

  // ---- Parsing ------------------------------------------------------------------------------

  parseArgs(argv: readonly string[]): Namespace {
    // Django's CommandParser tests `not (args or ...)`, so only an empty argv gets the message.
    if (this.missingArgsMessage && argv.length === 0) this.error(this.missingArgsMessage);
    const [namespace, extras] = this.parseKnownArgs(argv);
    if (extras.length > 0) this.error(`unrecognized arguments: ${extras.join(' ')}`);
    return namespace;
  }

  parseKnownArgs(argv: readonly string[]): [Namespace, string[]] {
    const namespace = new Map<string, unknown>();
    for (const action of this.actions) {
      if (action.dest !== SUPPRESS && !namespace.has(action.dest) && action.default !== SUPPRESS) {
        namespace.set(action.dest, action.default);
      }
    }
    for (const [dest, value] of this.defaults) {
      if (!namespace.has(dest)) namespace.set(dest, value);
    }
    let extras: string[];
    try {
      extras = this.consumeArguments([...argv], namespace);
    } catch (error) {
      if (error instanceof ArgumentError) this.error(error.message);
      throw error;
    }
    return [Object.fromEntries(namespace), extras];
  }

  /** Python's _parse_known_args: fills `namespace`, returns the strings nothing consumed. */
  private consumeArguments(args: string[], namespace: Map<string, unknown>): string[] {
    const conflicts = new Map<Action, Action[]>();
    for (const group of this.mutuallyExclusiveGroups) {
      group.actions.forEach((action, i) => {
        const others = [...group.actions.slice(0, i), ...group.actions.slice(i + 1)];
        conflicts.set(action, [...(conflicts.get(action) ?? []), ...others]);
      });
    }

    // Classify everything first: an ambiguous abbreviation anywhere is reported before any
    // action (even --help) runs.
    const optionAt = new Map<number, OptionMatch>();
    let pattern = '';
    let afterDoubleDash = false;
    args.forEach((arg, i) => {
      if (afterDoubleDash) {
        pattern += 'A';
      } else if (arg === '--') {
        pattern += '-';
        afterDoubleDash = true;
      } else {
        const match = this.parseOptional(arg);
        if (match === null) {
          pattern += 'A';
        } else {
          optionAt.set(i, match);
          pattern += 'O';
        }
      }
    });

    const seen = new Set<Action>();
    const seenNonDefault = new Set<Action>();
    const takeAction = (action: Action, strings: string[], optionString: string | null) => {
      seen.add(action);
      const { value, isDefault } = this.getValues(action, strings);
      // An action that only produced its default does not count as present for mutual exclusion.
      if (!isDefault) {
        seenNonDefault.add(action);
        const rival = (conflicts.get(action) ?? []).find((other) => seenNonDefault.has(other));
        if (rival) throw new ArgumentError(action, `not allowed with argument ${actionName(rival)}`);
      }
      this.performAction(action, namespace, value, optionString);
    };

    const extras: string[] = [];

    const consumeOptional = (start: number): number => {
      let { action, optionString, explicitArg } = optionAt.get(start)!;
      const taken: [Action, string[], string][] = [];
      let stop: number;
      for (;;) {
        if (action === null) {
          extras.push(args[start]!);
          return start + 1;
        }
        if (explicitArg !== null) {
          const count = this.matchArgument(action, 'A');
          if (count === 0 && optionString[1] !== PREFIX && explicitArg !== '') {
            // -xyz is -x -y -z while the flags take no values.
            taken.push([action, [], optionString]);
            const nextChar = String.fromCodePoint(explicitArg.codePointAt(0)!);
            const nextOption = optionString[0] + nextChar;
            const next = this.optionStringActions.get(nextOption);
            if (next === undefined) {
              throw new ArgumentError(action, `ignored explicit argument ${pyRepr(explicitArg)}`);
            }
            action = next;
            optionString = nextOption;
            explicitArg = explicitArg.slice(nextChar.length) || null;
          } else if (count === 1) {
            stop = start + 1;
            taken.push([action, [explicitArg], optionString]);
            break;
          } else {
            throw new ArgumentError(action, `ignored explicit argument ${pyRepr(explicitArg)}`);
          }
        } else {
          const first = start + 1;
          stop = first + this.matchArgument(action, pattern.slice(first));
          taken.push([action, args.slice(first, stop), optionString]);
          break;
        }
      }
      for (const [takenAction, strings, spelling] of taken) takeAction(takenAction, strings, spelling);
      return stop;
    };

    let positionals = this.actions.filter((action) => action.optionStrings.length === 0);
    const consumePositionals = (start: number): number => {
      const counts = this.matchArgumentsPartial(positionals, pattern.slice(start));
      let index = start;
      counts.forEach((count, i) => {
        takeAction(positionals[i]!, args.slice(index, index + count), null);
        index += count;
      });
      positionals = positionals.slice(counts.length);
      return index;
    };

    // Alternate: positionals up to the next option, then that option and its values.
    const optionIndices = [...optionAt.keys()];
    const lastOption = optionIndices.length > 0 ? Math.max(...optionIndices) : -1;
    let start = 0;
    while (start <= lastOption) {
      const nextOption = Math.min(...optionIndices.filter((i) => i >= start));
      if (start !== nextOption) {
        const end = consumePositionals(start);
        if (end > start) {
          start = end;
          continue;
        }
      }
      if (!optionAt.has(start)) {
        extras.push(...args.slice(start, nextOption));
        start = nextOption;
      }
      start = consumeOptional(start);
    }
    const stop = consumePositionals(start);
    extras.push(...args.slice(stop));

    const missing: string[] = [];
    for (const action of this.actions) {
      if (seen.has(action)) continue;
      if (action.required) {
        missing.push(actionName(action) ?? 'None');
      } else if (
        typeof action.default === 'string' &&
        namespace.has(action.dest) &&
        namespace.get(action.dest) === action.default
      ) {
        // String defaults go through type= only when the argument never appeared.
        namespace.set(action.dest, this.getValue(action, action.default));
      }
    }
    if (missing.length > 0) this.error(`the following arguments are required: ${missing.join(', ')}`);

    for (const group of this.mutuallyExclusiveGroups) {
      if (group.required && !group.actions.some((action) => seenNonDefault.has(action))) {
        const names = group.actions.filter((a) => a.help !== SUPPRESS).map((a) => actionName(a));
        this.error(`one of the arguments ${names.join(' ')} is required`);
      }
    }
    return extras;
  }

  /** Python's _parse_optional: null when `arg` is meant as a positional. */
  private parseOptional(arg: string): OptionMatch | null {
    if (!arg.startsWith(PREFIX)) return null;
    const exact = this.optionStringActions.get(arg);
    if (exact) return { action: exact, optionString: arg, explicitArg: null };
    if (arg.length === 1) return null;
    const equals = arg.indexOf('=');
    if (equals >= 0) {
      const optionString = arg.slice(0, equals);
      const action = this.optionStringActions.get(optionString);
      if (action) return { action, optionString, explicitArg: arg.slice(equals + 1) };
    }
    const matches = this.optionPrefixMatches(arg);
    if (matches.length > 1) {
      const spellings = matches.map((m) => m.optionString).join(', ');
      this.error(`ambiguous option: ${arg} could match ${spellings}`);
    }
    if (matches.length === 1) return matches[0]!;
    if (NEGATIVE_NUMBER.test(arg) && !this.hasNegativeNumberOptionals) return null;
    if (arg.includes(' ')) return null;
    return { action: null, optionString: arg, explicitArg: null };
  }

  /** Python's _get_option_tuples: long options by unambiguous prefix, short ones glued to a value. */
  private optionPrefixMatches(arg: string): OptionMatch[] {
    const result: OptionMatch[] = [];
    if (arg[1] === PREFIX) {
      if (!this.allowAbbrev) return result;
      const equals = arg.indexOf('=');
      const prefix = equals >= 0 ? arg.slice(0, equals) : arg;
      const explicitArg = equals >= 0 ? arg.slice(equals + 1) : null;
      for (const [optionString, action] of this.optionStringActions) {
        if (optionString.startsWith(prefix)) result.push({ action, optionString, explicitArg });
      }
    } else {
      const shortOption = arg.slice(0, 2);
      for (const [optionString, action] of this.optionStringActions) {
        if (optionString === shortOption) {
          result.push({ action, optionString, explicitArg: arg.slice(2) });
        } else if (optionString.startsWith(arg)) {
          result.push({ action, optionString, explicitArg: null });
        }
      }
    }
    return result;
  }

  private matchArgument(action: Action, pattern: string): number {
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
  private matchArgumentsPartial(actions: readonly Action[], pattern: string): number[] {
    for (let n = actions.length; n > 0; n--) {
      const regex = new RegExp(`^${actions.slice(0, n).map(nargsPattern).join('')}`);
      const match = regex.exec(pattern);
      if (match !== null) return match.slice(1).map((group) => (group ?? '').length);
    }
    return [];
  }

  /**
   * Python's _get_values, plus whether the result is the action's default itself (argparse
   * compares with `is` to decide if an argument was really given, for mutual exclusion).
   */
  private getValues(action: Action, argStrings: string[]): { value: unknown; isDefault: boolean } {
    const strings = [...argStrings];
    const dashes = strings.indexOf('--');
    if (dashes >= 0) strings.splice(dashes, 1);
    const optional = action.optionStrings.length > 0;

    if (strings.length === 0 && action.nargs === '?') {
      let value = optional ? action.const : action.default;
      let isDefault = optional ? action.const === action.default : true;
      if (typeof value === 'string') {
        if (action.type === 'int') isDefault = false;
        value = this.getValue(action, value);
        this.checkValue(action, value);
      }
      return { value, isDefault };
    }
    if (strings.length === 0 && action.nargs === '*' && !optional) {
      const value = action.default !== null ? action.default : strings;
      this.checkValue(action, value);
      return { value, isDefault: action.default !== null };
    }
    if (strings.length === 1 && (action.nargs === null || action.nargs === '?')) {
      const value = this.getValue(action, strings[0]!);
      this.checkValue(action, value);
      return { value, isDefault: false };
    }
    const values = strings.map((s) => this.getValue(action, s));
    for (const value of values) this.checkValue(action, value);
    return { value: values, isDefault: false };
  }

  private getValue(action: Action, arg: string): unknown {
    if (action.type !== 'int') return arg;
    const value = pyInt(arg);
    if (value === null) throw new ArgumentError(action, `invalid int value: ${pyRepr(arg)}`);
    return value;
  }

  private checkValue(action: Action, value: unknown): void {
    const { choices } = action;
    if (choices !== null && !choices.some((choice) => choice === value)) {
      const allowed = choices.map(pyRepr).join(', ');
      throw new ArgumentError(action, `invalid choice: ${pyRepr(value)} (choose from ${allowed})`);
    }
  }

  private performAction(
    action: Action,
    namespace: Map<string, unknown>,
    value: unknown,
    optionString: string | null,
  ): void {
    switch (action.kind) {
      case 'store':
        namespace.set(action.dest, value);
        return;
      case 'store_const':
      case 'store_true':
      case 'store_false':
        namespace.set(action.dest, action.const);
        return;
      case 'append': {
        const items = namespace.get(action.dest) ?? null;
        if (items !== null && !Array.isArray(items)) {
          throw new TypeError(`cannot append to ${pyRepr(items)} (${optionString ?? action.dest})`);
        }
        namespace.set(action.dest, [...(items ?? []), value]);
        return;
      }
      case 'count': {
        const count = namespace.get(action.dest) ?? null;
        namespace.set(action.dest, (typeof count === 'number' ? count : 0) + 1);
        return;
      }
      case 'help':
        throw new ArgparseExit(0, { stdout: this.formatHelp() });
      case 'version':
        throw new ArgparseExit(0, { stdout: this.formatVersion(action) });
    }
  }

  /** parser.error(): usage and the message on stderr, status 2 (or Django's CommandError). */
  error(message: string): never {
    if (!this.calledFromCommandLine) throw new CommandError(`Error: ${message}`);
    throw new ArgparseExit(2, { stderr: `${this.formatUsage()}${this.prog}: error: ${message}\n` });
  }

  // ---- Help ---------------------------------------------------------------------------------

  formatUsage(): string {
    const formatter = this.formatter();
    formatter.addUsage(this.usage, this.actions, this.mutuallyExclusiveGroups);
    return formatter.formatHelp();
  }

  formatHelp(): string {
    const formatter = this.formatter();
    formatter.addUsage(this.usage, this.actions, this.mutuallyExclusiveGroups);
    formatter.addText(this.description);
    for (const group of [this.positionals, this.optionals]) {
      formatter.startSection(group.title);
      formatter.addArguments(group.actions);
      formatter.endSection();
    }
    formatter.addText(this.epilog);
    return formatter.formatHelp();
  }

  private formatVersion(action: Action): string {
    const version = action.version ?? this.version;
    if (version === null) throw new Error("'ArgumentParser' object has no attribute 'version'");
    const formatter = this.formatter();
    formatter.addText(version);
    return formatter.formatHelp();
  }

  private formatter(): HelpFormatter {
    return new HelpFormatter(this.prog, this.width, this.showLast);
  }
}

// ---- Declaring arguments: helpers ------------------------------------------------------------

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

/** Python's _get_action_name: how errors name an argument. */
function actionName(action: Action): string | null {
  if (action.optionStrings.length > 0) return action.optionStrings.join('/');
  if (action.metavar !== null && action.metavar !== SUPPRESS) return action.metavar;
  if (action.dest !== SUPPRESS) return action.dest;
  if (action.choices !== null && action.choices.length > 0) return `{${action.choices.join(',')}}`;
  return null;
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
const NEGATIVE_NUMBER = /^(?:-\p{Nd}+|-\p{Nd}*\.\p{Nd}+)\n?$/u;

// ---- Help formatting -------------------------------------------------------------------------

interface Section {
  readonly parent: Section | null;
  readonly heading: string | null;
  readonly items: (() => string)[];
}

/**
 * argparse.HelpFormatter. Items are rendered lazily, when formatHelp() runs, because the
 * column where help text starts depends on the longest invocation in every section.
 */
class HelpFormatter {
  private currentIndent = 0;
  private actionMaxLength = 0;
  private readonly maxHelpPosition: number;
  private readonly root: Section = { parent: null, heading: null, items: [] };
  private current: Section = this.root;

  constructor(
    private readonly prog: string,
    private readonly width: number,
    private readonly showLast: ReadonlySet<string>,
  ) {
    this.maxHelpPosition = Math.min(24, Math.max(width - 20, 4));
  }

  startSection(heading: string): void {
    this.currentIndent += 2;
    const section: Section = { parent: this.current, heading, items: [] };
    this.current.items.push(() => this.formatSection(section));
    this.current = section;
  }

  endSection(): void {
    this.current = this.current.parent ?? this.root;
    this.currentIndent -= 2;
  }

  addText(text: string | null): void {
    if (text !== null && text !== SUPPRESS) this.current.items.push(() => this.formatText(text));
  }

  addUsage(usage: string | null, actions: readonly Action[], groups: readonly MutuallyExclusiveGroup[]): void {
    if (usage === SUPPRESS) return;
    const ordered = this.reorder(actions);
    this.current.items.push(() => this.formatUsage(usage, ordered, groups));
  }

  addArguments(actions: readonly Action[]): void {
    for (const action of this.reorder(actions)) {
      if (action.help === SUPPRESS) continue;
      const length = pyLen(this.invocation(action)) + this.currentIndent;
      this.actionMaxLength = Math.max(this.actionMaxLength, length);
      this.current.items.push(() => this.formatAction(action));
    }
  }

  formatHelp(): string {
    let help = this.formatSection(this.root);
    if (help) help = `${help.replace(/\n\n\n+/g, '\n\n').replace(/^\n+|\n+$/g, '')}\n`;
    return help;
  }

  /** DjangoHelpFormatter: a stable sort that sends the common options to the end. */
  private reorder(actions: readonly Action[]): Action[] {
    const last = (action: Action) => action.optionStrings.some((s) => this.showLast.has(s));
    return [...actions.filter((a) => !last(a)), ...actions.filter(last)];
  }

  private formatSection(section: Section): string {
    if (section.parent !== null) this.currentIndent += 2;
    const body = section.items.map((render) => render()).join('');
    if (section.parent !== null) this.currentIndent -= 2;
    if (!body) return '';
    const heading =
      section.heading !== null && section.heading !== SUPPRESS
        ? `${' '.repeat(this.currentIndent)}${section.heading}:\n`
        : '';
    return `\n${heading}${body}\n`;
  }

  private formatText(text: string): string {
    const expanded = text.includes('%(prog)') ? pyPercentFormat(text, { prog: this.prog }) : text;
    const width = Math.max(this.width - this.currentIndent, 11);
    const indent = ' '.repeat(this.currentIndent);
    return `${fill(collapseWhitespace(expanded), width, indent)}\n\n`;
  }

  private formatUsage(
    usage: string | null,
    actions: readonly Action[],
    groups: readonly MutuallyExclusiveGroup[],
  ): string {
    const prefix = 'usage: ';
    const prog = this.prog;
    let text: string;
    if (usage !== null) {
      text = pyPercentFormat(usage, { prog });
    } else if (actions.length === 0) {
      text = prog;
    } else {
      const optionals = actions.filter((a) => a.optionStrings.length > 0);
      const positionals = actions.filter((a) => a.optionStrings.length === 0);
      const actionUsage = this.formatActionsUsage([...optionals, ...positionals], groups);
      text = [prog, actionUsage].filter(Boolean).join(' ');
      const textWidth = this.width - this.currentIndent;
      if (pyLen(prefix) + pyLen(text) > textWidth) {
        text = this.wrapUsage(prefix, prog, optionals, positionals, groups, textWidth);
      }
    }
    return `${prefix}${text}\n\n`;
  }

  /** Usage too long for one line: optionals, then positionals, each group of lines aligned. */
  private wrapUsage(
    prefix: string,
    prog: string,
    optionals: readonly Action[],
    positionals: readonly Action[],
    groups: readonly MutuallyExclusiveGroup[],
    textWidth: number,
  ): string {
    const optUsage = this.formatActionsUsage(optionals, groups);
    const posUsage = this.formatActionsUsage(positionals, groups);
    const optParts = usageParts(optUsage);
    const posParts = usageParts(posUsage);
    // CPython asserts this too: metavars with spaces or brackets cannot be wrapped.
    if (optParts.join(' ') !== optUsage || posParts.join(' ') !== posUsage) {
      throw new Error('AssertionError: usage parts do not rejoin to the usage');
    }

    const linesOf = (parts: readonly string[], indent: string, firstPrefix?: string): string[] => {
      const lines: string[] = [];
      let line: string[] = [];
      let lineLength = (firstPrefix === undefined ? pyLen(indent) : pyLen(firstPrefix)) - 1;
      for (const part of parts) {
        if (lineLength + 1 + pyLen(part) > textWidth && line.length > 0) {
          lines.push(indent + line.join(' '));
          line = [];
          lineLength = pyLen(indent) - 1;
        }
        line.push(part);
        lineLength += pyLen(part) + 1;
      }
      if (line.length > 0) lines.push(indent + line.join(' '));
      if (firstPrefix !== undefined && lines.length > 0) lines[0] = lines[0]!.slice(indent.length);
      return lines;
    };

    let lines: string[];
    if (pyLen(prefix) + pyLen(prog) <= 0.75 * textWidth) {
      const indent = ' '.repeat(pyLen(prefix) + pyLen(prog) + 1);
      if (optParts.length > 0) {
        lines = [...linesOf([prog, ...optParts], indent, prefix), ...linesOf(posParts, indent)];
      } else if (posParts.length > 0) {
        lines = linesOf([prog, ...posParts], indent, prefix);
      } else {
        lines = [prog];
      }
    } else {
      const indent = ' '.repeat(pyLen(prefix));
      lines = linesOf([...optParts, ...posParts], indent);
      if (lines.length > 1) lines = [...linesOf(optParts, indent), ...linesOf(posParts, indent)];
      lines = [prog, ...lines];
    }
    return lines.join('\n');
  }

  /** The usage text for `actions`, bracketing mutually exclusive groups as `[a | b]` / `(a | b)`. */
  private formatActionsUsage(actions: readonly Action[], groups: readonly MutuallyExclusiveGroup[]): string {
    const inGroup = new Set<Action>();
    const inserts = new Map<number, string>();
    const insert = (index: number, text: string, joiner: string) => {
      const existing = inserts.get(index);
      inserts.set(index, existing === undefined ? text : existing + joiner + text);
    };
    for (const group of groups) {
      if (group.actions.length === 0) throw new Error('empty group');
      const start = actions.indexOf(group.actions[0]!);
      if (start < 0) continue;
      const end = start + group.actions.length;
      if (!group.actions.every((action, k) => actions[start + k] === action)) continue;
      for (const action of group.actions) inGroup.add(action);
      const [open, close] = group.required ? ['(', ')'] : ['[', ']'];
      insert(start, open, ' ');
      insert(end, close, '');
      for (let i = start + 1; i < end; i++) inserts.set(i, '|');
    }

    const parts: (string | null)[] = [];
    actions.forEach((action, i) => {
      if (action.help === SUPPRESS) {
        parts.push(null);
        if (inserts.get(i) === '|') inserts.delete(i);
        else if (inserts.get(i + 1) === '|') inserts.delete(i + 1);
      } else if (action.optionStrings.length === 0) {
        let part = this.formatArgs(action, action.dest);
        if (inGroup.has(action) && part.startsWith('[') && part.endsWith(']')) part = part.slice(1, -1);
        parts.push(part);
      } else {
        const optionString = action.optionStrings[0]!;
        let part =
          action.nargs === 0
            ? optionString
            : `${optionString} ${this.formatArgs(action, action.dest.toUpperCase())}`;
        if (!action.required && !inGroup.has(action)) part = `[${part}]`;
        parts.push(part);
      }
    });
    for (const index of [...inserts.keys()].sort((a, b) => b - a)) {
      parts.splice(index, 0, inserts.get(index)!);
    }

    const text = parts
      .filter((part): part is string => part !== null)
      .join(' ')
      .replace(/([[(]) /g, '$1')
      .replace(/ ([\])])/g, '$1')
      .replace(/[[(] *[\])]/g, '')
      .replace(/\(([^|]*)\)/g, '$1');
    return pyStrip(text);
  }

  private formatAction(action: Action): string {
    const helpPosition = Math.min(this.actionMaxLength + 2, this.maxHelpPosition);
    const helpWidth = Math.max(this.width - helpPosition, 11);
    const actionWidth = helpPosition - this.currentIndent - 2;
    const indent = ' '.repeat(this.currentIndent);
    const invocation = this.invocation(action);

    let header: string;
    let firstIndent = 0;
    if (!action.help) {
      header = `${indent}${invocation}\n`;
    } else if (pyLen(invocation) <= actionWidth) {
      header = `${indent}${invocation}${' '.repeat(actionWidth - pyLen(invocation))}  `;
    } else {
      // Too long to share a line with its help: the help starts on the next line.
      header = `${indent}${invocation}\n`;
      firstIndent = helpPosition;
    }

    const parts = [header];
    if (action.help && pyStrip(action.help)) {
      const helpText = this.expandHelp(action);
      if (helpText) {
        const [first, ...rest] = splitLines(helpText, helpWidth);
        if (first === undefined) throw new Error('IndexError: list index out of range');
        parts.push(`${' '.repeat(firstIndent)}${first}\n`);
        for (const line of rest) parts.push(`${' '.repeat(helpPosition)}${line}\n`);
      }
    } else if (!header.endsWith('\n')) {
      parts.push('\n');
    }
    return parts.join('');
  }

  /** How the help list names an action: `-v {0,1,2,3}, --verbosity {0,1,2,3}`, `app_label`. */
  private invocation(action: Action): string {
    if (action.optionStrings.length === 0) return this.metavar(action, action.dest);
    if (action.nargs === 0) return action.optionStrings.join(', ');
    const args = this.formatArgs(action, action.dest.toUpperCase());
    return action.optionStrings.map((optionString) => `${optionString} ${args}`).join(', ');
  }

  private metavar(action: Action, fallback: string): string {
    if (action.metavar !== null) return action.metavar;
    if (action.choices !== null) return `{${action.choices.map(pyStr).join(',')}}`;
    return fallback;
  }

  private formatArgs(action: Action, fallback: string): string {
    const metavar = this.metavar(action, fallback);
    const { nargs } = action;
    if (nargs === null) return metavar;
    if (nargs === '?') return `[${metavar}]`;
    if (nargs === '*') return `[${metavar} ...]`;
    if (nargs === '+') return `${metavar} [${metavar} ...]`;
    return Array<string>(nargs).fill(metavar).join(' ');
  }

  /** Help strings are %-format templates over the action's attributes: %(default)s, %%... */
  private expandHelp(action: Action): string {
    const params: Record<string, unknown> = {
      option_strings: [...action.optionStrings],
      dest: action.dest,
      nargs: action.nargs,
      const: action.const,
      default: action.default,
      type: action.type,
      choices: action.choices === null ? null : action.choices.map(pyStr).join(', '),
      required: action.required,
      help: action.help,
      metavar: action.metavar,
      prog: this.prog,
    };
    if (action.kind === 'version') params.version = action.version;
    for (const [key, value] of Object.entries(params)) {
      if (value === SUPPRESS) delete params[key];
    }
    return pyPercentFormat(action.help ?? '', params);
  }
}

/** Split usage into wrappable parts; a bracketed group such as `[--list | --plan]` stays whole. */
function usageParts(text: string): string[] {
  return text.match(/\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+/g) ?? [];
}

/** argparse collapses runs of ASCII whitespace before wrapping any text it formats. */
function collapseWhitespace(text: string): string {
  return pyStrip(text.replace(/[ \t\n\r\f\v]+/g, ' '));
}

function splitLines(text: string, width: number): string[] {
  return wrap(collapseWhitespace(text), width, '', '');
}

function fill(text: string, width: number, indent: string): string {
  return wrap(text, width, indent, indent).join('\n');
}

// ---- textwrap.wrap, for text argparse has already collapsed to single spaces ----------------

/**
 * textwrap's wordsep_re: a chunk is a run of whitespace, an em-dash, or a word that may end
 * just after a hyphen between letters ("well-" / "known"), so hyphenated words can break.
 */
const WORD = String.raw`[\p{L}\p{N}_]`;
const WORD_PUNCT = String.raw`[\p{L}\p{N}_!"'&.,?]`;
const LETTER = String.raw`[\p{L}\p{Nl}\p{No}_]`;
const WS = String.raw`[\t\n\v\f\r ]`;
const NON_WS = String.raw`[^\t\n\v\f\r ]`;
const WORD_SEPARATOR = new RegExp(
  `(${WS}+` +
    `|(?<=${WORD_PUNCT})-{2,}(?=${WORD})` +
    `|${NON_WS}+?(?:` +
    `-(?:(?<=${LETTER}{2}-)|(?<=${LETTER}-${LETTER}-))(?=${LETTER}-?${LETTER})` +
    `|(?=${WS}|$)` +
    `|(?<=${WORD_PUNCT})(?=-{2,}${WORD})` +
    '))',
  'u',
);

function wrap(text: string, width: number, initialIndent: string, subsequentIndent: string): string[] {
  // Reversed, so the next chunk is at the end, as textwrap keeps it.
  const chunks = text
    .split(WORD_SEPARATOR)
    .filter((chunk) => chunk !== '')
    .reverse();
  const lines: string[] = [];
  const isSpace = (chunk: string) => pyStrip(chunk) === '';
  while (chunks.length > 0) {
    const indent = lines.length > 0 ? subsequentIndent : initialIndent;
    const room = width - pyLen(indent);
    if (isSpace(chunks.at(-1)!) && lines.length > 0) chunks.pop();
    const line: string[] = [];
    let length = 0;
    while (chunks.length > 0 && length + pyLen(chunks.at(-1)!) <= room) {
      const chunk = chunks.pop()!;
      line.push(chunk);
      length += pyLen(chunk);
    }
    if (chunks.length > 0 && pyLen(chunks.at(-1)!) > room) {
      breakLongWord(chunks, line, length, room);
      length = line.reduce((sum, chunk) => sum + pyLen(chunk), 0);
    }
    if (line.length > 0 && isSpace(line.at(-1)!)) line.pop();
    if (line.length > 0) lines.push(indent + line.join(''));
  }
  return lines;
}

/** A word longer than a whole line: fill the line with its head, breaking after a hyphen if one fits. */
function breakLongWord(chunks: string[], line: string[], length: number, room: number): void {
  const spaceLeft = room < 1 ? 1 : room - length;
  const chunk = Array.from(chunks.at(-1)!);
  let end = spaceLeft;
  if (chunk.length > spaceLeft) {
    const hyphen = chunk.slice(0, spaceLeft).lastIndexOf('-');
    if (hyphen > 0 && chunk.slice(0, hyphen).some((c) => c !== '-')) end = hyphen + 1;
  }
  line.push(chunk.slice(0, end).join(''));
  chunks[chunks.length - 1] = chunk.slice(end).join('');
}

// ---- Python value semantics ------------------------------------------------------------------

/** len(): Python counts code points, not UTF-16 units. */
function pyLen(text: string): number {
  return Array.from(text).length;
}

/** str.strip() with no argument: Python's notion of whitespace, not JavaScript's trim(). */
const PY_SPACE = '[\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const PY_STRIP = new RegExp(`^${PY_SPACE}+|${PY_SPACE}+$`, 'g');
function pyStrip(text: string): string {
  return text.replace(PY_STRIP, '');
}

/** int(text) for base-10 strings: surrounding whitespace, a sign and digit-separating underscores are fine. */
function pyInt(text: string): number | null {
  const stripped = pyStrip(text);
  if (!/^[+-]?[0-9]+(?:_[0-9]+)*$/.test(stripped)) return null;
  return Number(stripped.replaceAll('_', '')) || 0;
}

/** str(value) for the values argparse puts in messages. */
function pyStr(value: unknown): string {
  return typeof value === 'string' ? value : pyRepr(value);
}

/** repr(value): quotes strings the way Python picks them; None/True/False; lists. */
function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : pyFloatRepr(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(', ')}]`;
  if (typeof value === 'string') return pyStringRepr(value);
  return String(value);
}

function pyFloatRepr(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  return String(value);
}

function pyStringRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === quote || char === '\\') body += `\\${char}`;
    else if (char === '\n') body += '\\n';
    else if (char === '\r') body += '\\r';
    else if (char === '\t') body += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code <= 0xa0) || code === 0xad) {
      body += `\\x${code.toString(16).padStart(2, '0')}`;
    } else body += char;
  }
  return `${quote}${body}${quote}`;
}

/**
 * `template % params` with a mapping, as argparse applies it to help strings and usage:
 * %(name)s / %(name)r / %(name)d with optional flags and width, and %%.
 */
function pyPercentFormat(template: string, params: Record<string, unknown>): string {
  const spec = /%(?:\(([^)]*)\))?([-+ #0]*)(\d*)(?:\.(\d+))?([a-zA-Z%])/g;
  return template.replace(
    spec,
    (whole, key: string | undefined, flags: string, width: string, precision: string | undefined, conversion: string) => {
      if (conversion === '%' && key === undefined) return '%';
      if (key === undefined) throw new TypeError(`format requires a mapping key: ${whole}`);
      if (!Object.hasOwn(params, key)) throw new Error(`KeyError: ${pyRepr(key)}`);
      const value = params[key];
      let text: string;
      if (conversion === 's') text = pyStr(value);
      else if (conversion === 'r') text = pyRepr(value);
      else if ((conversion === 'd' || conversion === 'i') && typeof value === 'number') text = String(Math.trunc(value));
      else throw new TypeError(`unsupported format character '${conversion}'`);
      if (precision !== undefined && (conversion === 's' || conversion === 'r')) text = text.slice(0, Number(precision));
      const pad = Number(width || 0) - pyLen(text);
      if (pad <= 0) return text;
      if (flags.includes('-')) return text + ' '.repeat(pad);
      if (flags.includes('0') && conversion !== 's' && conversion !== 'r') return '0'.repeat(pad) + text;
      return ' '.repeat(pad) + text;
    },
  );
}
