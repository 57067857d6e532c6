import type { ArgumentParser } from '../../stdlib/argparse/parser';
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
  /** Django's `missing_args_message`: the argument error when the command line has no arguments. */
  missingArgsMessage?: string;
  addArguments?(parser: ArgumentParser): void;
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
