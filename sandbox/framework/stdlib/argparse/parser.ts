/**
 * Python's argparse.ArgumentParser, as far as Django's management commands use it, so that
 * help, usage and error output match CPython byte for byte when output goes to a pipe
 * (COLUMNS unset: argparse wraps at 80 - 2 = 78 columns).
 *
 * Parsing follows argparse's own algorithm rather than a tidier one, because learners meet its
 * quirks: every argument is first classified as an option ('O'), an argument ('A') or '--'
 * ('-'), then positionals are matched in chunks with greedy regular expressions over that
 * pattern, which is why `migrate home --fake 0001` fails with "unrecognized arguments: 0001".
 *
 * Python's None is `null` here: option defaults, unset values and parsed namespaces use it.
 */
import { PREFIX, createAction } from './actions';
import { ArgparseExit, ArgumentError, actionName } from './errors';
import { HelpFormatter } from './help-formatter';
import { parseOptional, type OptionMatch } from './option-strings';
import { NEGATIVE_NUMBER, matchArgument, matchArgumentsPartial } from './patterns';
import { pyRepr } from './py-values';
import { SUPPRESS, type Action, type ArgumentOptions, type MutuallyExclusiveGroup, type Namespace } from './types';
import { getValue, getValues } from './values';

/** Python's formatter_class: what the parser builds to format its help, usage and version. */
export type HelpFormatterClass = new (prog: string, width: number) => HelpFormatter;

export interface ParserOptions {
  prog: string;
  description?: string;
  epilog?: string;
  /** A fixed usage line instead of the generated one; %(prog)s is expanded. */
  usage?: string;
  /** What a `version` action prints when it has no version of its own (Python's parser.version). */
  version?: string;
  formatterClass?: HelpFormatterClass;
  addHelp?: boolean;
  allowAbbrev?: boolean;
  /** Terminal columns; argparse formats to columns - 2. A pipe, or COLUMNS unset, means 80. */
  columns?: number;
}

interface ArgumentGroup {
  readonly title: string;
  readonly actions: Action[];
}

const DEFAULT_COLUMNS = 80;

export class ArgumentParser {
  readonly prog: string;
  readonly description: string | null;
  readonly epilog: string | null;
  readonly usage: string | null;
  readonly version: string | null;
  readonly allowAbbrev: boolean;
  private readonly formatterClass: HelpFormatterClass;
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
    this.allowAbbrev = options.allowAbbrev ?? true;
    this.formatterClass = options.formatterClass ?? HelpFormatter;
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
    const action = createAction(flags, options, this.defaults);
    this.addAction(action);
    return action;
  }

  addMutuallyExclusiveGroup(options: { required?: boolean } = {}): MutuallyExclusiveGroup {
    const actions: Action[] = [];
    const group: MutuallyExclusiveGroup = {
      required: options.required ?? false,
      actions,
      addArgument: (flags, argumentOptions = {}) => {
        const action = createAction(flags, argumentOptions, this.defaults);
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
    const table = {
      optionStringActions: this.optionStringActions,
      allowAbbrev: this.allowAbbrev,
      hasNegativeNumberOptionals: this.hasNegativeNumberOptionals,
    };
    args.forEach((arg, i) => {
      if (afterDoubleDash) {
        pattern += 'A';
      } else if (arg === '--') {
        pattern += '-';
        afterDoubleDash = true;
      } else {
        const match = parseOptional(arg, table);
        if (match !== null && 'ambiguous' in match) {
          this.error(`ambiguous option: ${arg} could match ${match.ambiguous.join(', ')}`);
        }
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
      const { value, isDefault } = getValues(action, strings);
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
          const count = matchArgument(action, 'A');
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
          stop = first + matchArgument(action, pattern.slice(first));
          taken.push([action, args.slice(first, stop), optionString]);
          break;
        }
      }
      for (const [takenAction, strings, spelling] of taken) takeAction(takenAction, strings, spelling);
      return stop;
    };

    let positionals = this.actions.filter((action) => action.optionStrings.length === 0);
    const consumePositionals = (start: number): number => {
      const counts = matchArgumentsPartial(positionals, pattern.slice(start));
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
        namespace.set(action.dest, getValue(action, action.default));
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

  /** parser.error(): usage and the message on stderr, status 2. */
  error(message: string): never {
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
    return new this.formatterClass(this.prog, this.width);
  }
}
