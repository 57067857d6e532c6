import {
  ArgumentParser,
  HelpFormatter,
  type Action,
  type MutuallyExclusiveGroup,
  type Namespace,
  type ParserOptions,
} from '../../stdlib/argparse';
import type { CommandContext } from './context';

/** Parsed options, keyed by argparse `dest` (Django's names: `app_label`, `dry_run`, `verbosity`...). */
export type Options = Record<string, unknown>;

/**
 * A management command, as django.core.management.base.BaseCommand describes one: its help
 * text, its arguments, whether it runs the system checks first, and what it does.
 */
export interface Command {
  /** The description argparse prints under the usage line. */
  help: string;
  /** Django's `requires_system_checks`: run `check` before `handle` (and offer --skip-checks). */
  requiresSystemChecks: boolean;
  /** Django's `requires_migrations_checks` (runserver, migrate-aware commands). */
  requiresMigrationsChecks?: boolean;
  /** Whether the command needs the project's settings and app registry (django.setup()). */
  needsSettings: boolean;
  /** Django's `suppressed_base_arguments`: common options the parser accepts but the help hides. */
  suppressedBaseArguments?: readonly string[];
  /** Django's `missing_args_message`: the argument error when the command line has no arguments. */
  missingArgsMessage?: string;
  addArguments?(parser: CommandParser): void;
  /** Returns text to print on stdout (as Django's execute() does), or nothing. */
  handle?(options: Options, ctx: CommandContext): string | void | Promise<string | void>;
}

export function defineCommand(command: Command): Command {
  return command;
}

/** django.core.management.base.CommandError: printed as `CommandError: ...`, exit status 1 by default. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly returncode = 1,
  ) {
    super(message);
    this.name = 'CommandError';
  }
}

export interface CommandParserOptions extends ParserOptions {
  /** Django's `suppressed_base_arguments`: common options the parser accepts but the help hides. */
  suppressedBaseArguments?: readonly string[];
  /** Django's `missing_args_message`: the error when the command line has no arguments. */
  missingArgsMessage?: string;
  /**
   * Django's `called_from_command_line`. When false (call_command), argument errors throw
   * CommandError('Error: ...') instead of printing usage and exiting with status 2.
   */
  calledFromCommandLine?: boolean;
}

/**
 * django.core.management.base.CommandParser: an ArgumentParser whose errors become
 * CommandError when a command is called from code rather than from the command line.
 */
export class CommandParser extends ArgumentParser {
  readonly missingArgsMessage: string | null;
  readonly calledFromCommandLine: boolean;

  constructor(options: CommandParserOptions) {
    super(options);
    this.missingArgsMessage = options.missingArgsMessage ?? null;
    this.calledFromCommandLine = options.calledFromCommandLine ?? true;
  }

  override parseArgs(argv: readonly string[]): Namespace {
    // Django tests `not (args or any(not arg.startswith('-') ...))`, so only an empty argv gets the message.
    if (this.missingArgsMessage && argv.length === 0) this.error(this.missingArgsMessage);
    return super.parseArgs(argv);
  }

  override error(message: string): never {
    if (!this.calledFromCommandLine) throw new CommandError(`Error: ${message}`);
    return super.error(message);
  }
}

/**
 * django.core.management.base.DjangoHelpFormatter: the options every command has go after the
 * command's own in usage and help, so that what is particular to the command comes first.
 */
export class DjangoHelpFormatter extends HelpFormatter {
  protected showLast: ReadonlySet<string> = new Set([
    '--version',
    '--verbosity',
    '--traceback',
    '--settings',
    '--pythonpath',
    '--no-color',
    '--force-color',
    '--skip-checks',
  ]);

  override addUsage(usage: string | null, actions: readonly Action[], groups: readonly MutuallyExclusiveGroup[]): void {
    super.addUsage(usage, this.reordered(actions), groups);
  }

  override addArguments(actions: readonly Action[]): void {
    super.addArguments(this.reordered(actions));
  }

  /** A stable sort: the shown-last actions keep their order among themselves. */
  private reordered(actions: readonly Action[]): Action[] {
    const last = (action: Action) => action.optionStrings.some((s) => this.showLast.has(s));
    return [...actions.filter((a) => !last(a)), ...actions.filter(last)];
  }
}
