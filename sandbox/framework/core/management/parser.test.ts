import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArgparseExit, type ArgumentParser } from '../../stdlib/argparse';
import { CommandError, defineCommand, type Command } from './base';
import { COMMANDS } from './catalogue';
import { createParser } from './parser';

/** Recorded from real Django 5.2 on Python 3.12 by scripts/record-django/command-parsers.py. */
interface RecordedDjango {
  python: string;
  django: string;
  runs: { command: string; prog: string; args: string[]; status: number; stdout: string; stderr: string }[];
  parses: { command: string; argv: string[]; namespace: Record<string, unknown> }[];
}

/** Steps copied from the oracle corpus (real Django 5.2.8 transcripts, Python 3.12). */
interface OracleStep {
  scenario: string;
  n: number;
  command: string;
  exit_code: number;
  stdout: string;
  stderr: string;
}

function fixture<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../__fixtures__/django52/command-parsers/${name}`, import.meta.url), 'utf8')) as T;
}

const django = fixture<RecordedDjango>('django-commands.json');
const oracle = fixture<OracleStep[]>('oracle-steps.json');

const { makemigrations, migrate, shell } = COMMANDS as Record<'makemigrations' | 'migrate' | 'shell', Command>;

function parserFor(prog: string, subcommand: string): ArgumentParser {
  const command = COMMANDS[subcommand];
  if (!command) throw new Error(`no command ${subcommand}`);
  return createParser(prog, subcommand, command, django.django);
}

/** What the command line prints: `help <cmd>` prints the parser's help, anything else parses. */
function runCommandLine(prog: string, args: string[]): { status: number; stdout: string; stderr: string } {
  const [subcommand, ...rest] = args;
  if (subcommand === 'help') {
    return { status: 0, stdout: parserFor(prog, rest[0]!).formatHelp(), stderr: '' };
  }
  try {
    parserFor(prog, subcommand!).parseArgs(rest);
  } catch (error) {
    if (error instanceof ArgparseExit) return { status: error.status, stdout: error.stdout, stderr: error.stderr };
    throw error;
  }
  throw new Error(`${args.join(' ')} parsed; the recordings only hold lines that exit in argparse`);
}

describe(`createParser against Django ${django.django} on Python ${django.python}`, () => {
  it.each(django.runs)('$command', ({ prog, args, status, stdout, stderr }) => {
    expect(runCommandLine(prog, args)).toEqual({ status, stdout, stderr });
  });

  it.each(django.parses)('$command $argv', ({ command, argv, namespace }) => {
    const prog = command === 'startproject' ? 'django-admin' : 'manage.py';
    expect(parserFor(prog, command).parseArgs(argv)).toEqual(namespace);
  });
});

describe('createParser against the oracle corpus', () => {
  it.each(oracle)('$scenario step $n: $command', (step) => {
    const words = step.command.split(' ');
    if (words[0] === 'python') words.shift();
    const [prog, ...args] = words;
    expect(runCommandLine(prog!, args)).toEqual({
      status: step.exit_code,
      stdout: step.stdout,
      stderr: step.stderr,
    });
  });
});

describe('createParser', () => {
  it('shows only the basename of argv[0], as Django does', () => {
    const parser = createParser('/home/me/site/manage.py', 'migrate', migrate, '3.2.25');
    expect(parser.prog).toBe('manage.py migrate');
  });

  it('prints the version it is given for --version', () => {
    const parser = createParser('manage.py', 'migrate', migrate, '3.2.25');
    expect(() => parser.parseArgs(['--version'])).toThrow(
      expect.objectContaining({ status: 0, stdout: '3.2.25\n', stderr: '' }),
    );
  });

  it('offers --skip-checks only to commands that run the system checks', () => {
    const options = (command: Command) =>
      createParser('manage.py', 'x', command, '3.2.25')
        .getActions()
        .flatMap((action) => action.optionStrings);
    expect(options(makemigrations)).toContain('--skip-checks');
    expect(options(shell)).not.toContain('--skip-checks');
    // migrate declares its own, so it appears once.
    expect(options(migrate).filter((o) => o === '--skip-checks')).toHaveLength(1);
  });

  it('has no description when the command has no help text', () => {
    const bare = defineCommand({ help: '', requiresSystemChecks: false, needsSettings: false });
    expect(createParser('manage.py', 'bare', bare, '3.2.25').formatHelp()).toMatch(
      /^usage: manage\.py bare \[-h\] \[--version\][^]*\n\noptions:\n/,
    );
  });

  it('raises CommandError for call_command-style use', () => {
    const parser = createParser('', 'migrate', migrate, '3.2.25', { calledFromCommandLine: false });
    expect(() => parser.parseArgs(['home', '--fake', '0001'])).toThrow(
      new CommandError('Error: unrecognized arguments: 0001'),
    );
  });
});
