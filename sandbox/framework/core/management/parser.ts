/**
 * Django's BaseCommand.create_parser(): the parser every management command gets, with
 * the options common to all commands, which DjangoHelpFormatter lists after the command's own.
 */
import { SUPPRESS, type ArgumentOptions } from '../../stdlib/argparse';
import { CommandParser, DjangoHelpFormatter, type Command } from './base';

export interface CreateParserOptions {
  /**
   * False for call_command(): argument errors then throw CommandError('Error: ...') instead of
   * ArgparseExit with status 2, as Django's CommandParser does.
   */
  calledFromCommandLine?: boolean;
  /** Terminal width, when output goes to a terminal; a pipe formats for 80 columns. */
  columns?: number;
}

/**
 * @param progName argv[0]: `manage.py`, `django-admin`; like Django, only its basename is shown.
 * @param version what `--version` prints (django.get_version()).
 */
export function createParser(
  progName: string,
  subcommand: string,
  command: Command,
  version: string,
  options: CreateParserOptions = {},
): CommandParser {
  const parser = new CommandParser({
    prog: `${basename(progName)} ${subcommand}`,
    description: command.help || undefined,
    missingArgsMessage: command.missingArgsMessage || undefined,
    formatterClass: DjangoHelpFormatter,
    calledFromCommandLine: options.calledFromCommandLine ?? true,
    columns: options.columns,
  });
  // add_base_argument(): a suppressed common option still parses, its help is hidden.
  const addBaseArgument = (flags: string[], argumentOptions: ArgumentOptions) => {
    const hidden = flags.some((flag) => command.suppressedBaseArguments?.includes(flag));
    parser.addArgument(flags, hidden ? { ...argumentOptions, help: SUPPRESS } : argumentOptions);
  };
  addBaseArgument(['--version'], { action: 'version', version, help: "Show program's version number and exit." });
  addBaseArgument(['-v', '--verbosity'], {
    default: 1,
    type: 'int',
    choices: [0, 1, 2, 3],
    help: 'Verbosity level; 0=minimal output, 1=normal output, 2=verbose output, 3=very verbose output',
  });
  addBaseArgument(['--settings'], {
    help:
      'The Python path to a settings module, e.g. ' +
      '"myproject.settings.main". If this isn\'t provided, the ' +
      'DJANGO_SETTINGS_MODULE environment variable will be used.',
  });
  addBaseArgument(['--pythonpath'], {
    help: 'A directory to add to the Python path, e.g. "/home/djangoprojects/myproject".',
  });
  addBaseArgument(['--traceback'], { action: 'store_true', help: 'Display a full stack trace on CommandError exceptions.' });
  addBaseArgument(['--no-color'], { action: 'store_true', help: "Don't colorize the command output." });
  addBaseArgument(['--force-color'], {
    action: 'store_true',
    help: 'Force colorization of the command output.',
  });
  if (command.requiresSystemChecks) {
    parser.addArgument(['--skip-checks'], { action: 'store_true', help: 'Skip system checks.' });
  }
  command.addArguments?.(parser);
  return parser;
}

/** os.path.basename for '/'-separated paths. */
function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
