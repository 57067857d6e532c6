import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ArgparseExit,
  ArgumentParser,
  type ArgumentOptions,
  type HelpFormatterClass,
  type MutuallyExclusiveGroup,
} from '../../stdlib/argparse';
import { CommandError, CommandParser, DjangoHelpFormatter } from './base';

/** Recorded from CPython 3.12 by scripts/record-django/command-parsers.py. */
interface RecordedParser {
  name: string;
  parser: {
    prog: string;
    description?: string;
    epilog?: string;
    usage?: string;
    add_help?: boolean;
    allow_abbrev?: boolean;
    show_last?: string[];
    missing_args_message?: string;
    version?: string;
    columns?: number;
  };
  mode: 'parse' | 'known';
  ops: Operation[];
  help: string;
  usage: string;
  cases: RecordedCase[];
}

type Operation =
  // kwargs are add_argument()'s, spelled as Python spells them, which ArgumentOptions follows.
  | { op: 'add'; flags: string[]; kwargs: ArgumentOptions; group?: number }
  | { op: 'group'; required: boolean }
  | { op: 'set_defaults'; values: Record<string, unknown> };

interface RecordedCase {
  argv: string[];
  status: number | null;
  stdout: string;
  stderr: string;
  namespace?: Record<string, unknown>;
  extras?: string[];
}

const recorded = JSON.parse(
  readFileSync(new URL('../../__fixtures__/django52/command-parsers/argparse-cases.json', import.meta.url), 'utf8'),
) as { python: string; parsers: RecordedParser[] };

/** The recorder's `type('Formatter', (DjangoHelpFormatter,), {'show_last': ...})`. */
function djangoFormatter(showLast: readonly string[]): HelpFormatterClass {
  return class extends DjangoHelpFormatter {
    protected override showLast: ReadonlySet<string> = new Set(showLast);
  };
}

/** Like the recorder: Django's CommandParser only for the specs that need its behaviour. */
function build(spec: RecordedParser): ArgumentParser {
  const options = spec.parser;
  const parserOptions = {
    prog: options.prog,
    description: options.description,
    epilog: options.epilog,
    usage: options.usage,
    addHelp: options.add_help,
    allowAbbrev: options.allow_abbrev,
    formatterClass: options.show_last ? djangoFormatter(options.show_last) : undefined,
    version: options.version,
    columns: options.columns,
  };
  const parser =
    options.missing_args_message === undefined
      ? new ArgumentParser(parserOptions)
      : new CommandParser({ ...parserOptions, missingArgsMessage: options.missing_args_message });
  const groups: MutuallyExclusiveGroup[] = [];
  for (const operation of spec.ops) {
    if (operation.op === 'group') {
      groups.push(parser.addMutuallyExclusiveGroup({ required: operation.required }));
    } else if (operation.op === 'set_defaults') {
      parser.setDefaults(operation.values);
    } else {
      const target = operation.group === undefined ? parser : groups[operation.group]!;
      target.addArgument(operation.flags, operation.kwargs);
    }
  }
  return parser;
}

function run(parser: ArgumentParser, argv: string[], mode: RecordedParser['mode']): RecordedCase {
  try {
    if (mode === 'known') {
      const [namespace, extras] = parser.parseKnownArgs(argv);
      return { argv, status: null, stdout: '', stderr: '', namespace, extras };
    }
    return { argv, status: null, stdout: '', stderr: '', namespace: parser.parseArgs(argv) };
  } catch (error) {
    if (error instanceof ArgparseExit) {
      return { argv, status: error.status, stdout: error.stdout, stderr: error.stderr };
    }
    throw error;
  }
}

describe(`argparse against CPython ${recorded.python}`, () => {
  describe.each(recorded.parsers)('parser $name', (spec) => {
    it('formats help', () => {
      expect(build(spec).formatHelp()).toBe(spec.help);
    });

    it('formats usage', () => {
      expect(build(spec).formatUsage()).toBe(spec.usage);
    });

    it.each(spec.cases)('parses $argv', (expected) => {
      expect(run(build(spec), expected.argv, spec.mode)).toEqual(expected);
    });
  });
});

describe('argparse behaviour not covered by the recordings', () => {
  it('throws ArgparseExit with the status and streams instead of exiting', () => {
    const parser = new ArgumentParser({ prog: 'p' });
    const exit = (() => {
      try {
        parser.parseArgs(['--nope']);
      } catch (error) {
        return error;
      }
    })();
    expect(exit).toBeInstanceOf(ArgparseExit);
    expect(exit).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'usage: p [-h]\np: error: unrecognized arguments: --nope\n',
    });
  });

  it("raises Django's CommandError when not called from the command line", () => {
    const parser = new CommandParser({ prog: 'manage.py migrate', calledFromCommandLine: false });
    parser.addArgument(['-v'], { type: 'int', choices: [0, 1] });
    expect(() => parser.parseArgs(['-v', '3'])).toThrow(
      new CommandError('Error: argument -v: invalid choice: 3 (choose from 0, 1)'),
    );
  });

  it('still prints help with status 0 when not called from the command line', () => {
    const parser = new CommandParser({ prog: 'p', calledFromCommandLine: false });
    expect(() => parser.parseArgs(['-h'])).toThrow(ArgparseExit);
  });

  it('refuses conflicting option strings as Python does', () => {
    const parser = new ArgumentParser({ prog: 'p' });
    parser.addArgument(['--skip-checks'], { action: 'store_true' });
    expect(() => parser.addArgument(['--skip-checks'], { action: 'store_true' })).toThrow(
      'argument --skip-checks: conflicting option string: --skip-checks',
    );
  });

  it('refuses keyword arguments the action does not take', () => {
    const parser = new ArgumentParser({ prog: 'p' });
    expect(() => parser.addArgument(['--flag'], { action: 'store_true', nargs: '?' })).toThrow(TypeError);
    expect(() => parser.addArgument(['--x'], { const: 1 })).toThrow("nargs must be '?' to supply const");
    expect(() => parser.addArgument(['pos'], { required: true })).toThrow(TypeError);
  });
});
