import { CommandError, defineCommand } from '../base';
import { PyList, SystemExit, type PyValue } from '../../../python';
import { runWithTestCommand } from '../../../test/test-database';

/** Options by dest, with the flag a learner typed. */
const UNSUPPORTED: [string, string][] = [
  ['shuffle', '--shuffle'],
  ['parallel', '--parallel'],
  ['tags', '--tag'],
  ['exclude_tags', '--exclude-tag'],
  ['pdb', '--pdb'],
  ['timing', '--timing'],
  ['durations', '--durations'],
  ['debug_sql', '--debug-sql'],
];

/**
 * django/core/management/commands/test.py with DiscoverRunner's options: the runner
 * (django.test.runner, Python) finds and runs the tests; a failure or an error exits with 1.
 */
export default defineCommand({
  help: 'Discover and run tests in the specified modules or the current directory.',
  requiresSystemChecks: false,
  needsSettings: true,
  addArguments(parser) {
    parser.addArgument(['args'], {
      metavar: 'test_label',
      nargs: '*',
      help: 'Module paths to test; can be modulename, modulename.TestCase or modulename.TestCase.test_method',
    });
    parser.addArgument(['--noinput', '--no-input'], { action: 'store_false', dest: 'interactive', help: 'Tells Django to NOT prompt the user for input of any kind.' });
    parser.addArgument(['--testrunner'], { help: 'Tells Django to use specified test runner class instead of the one specified by the TEST_RUNNER setting.' });
    parser.addArgument(['--failfast'], { action: 'store_true', help: 'Stops the test suite after the first failure.' });
    parser.addArgument(['-t', '--top-level-directory'], { dest: 'top_level', help: 'Top level of project for unittest discovery.' });
    parser.addArgument(['-p', '--pattern'], { help: 'The test matching pattern. Defaults to test*.py.' });
    parser.addArgument(['--keepdb'], { action: 'store_true', help: 'Preserves the test DB between runs.' });
    parser.addArgument(['--shuffle'], { nargs: '?', default: false, type: 'int', metavar: 'SEED', help: 'Shuffles test case order.' });
    parser.addArgument(['-r', '--reverse'], { action: 'store_true', help: 'Reverses test case order.' });
    parser.addArgument(['--debug-mode'], { action: 'store_true', help: 'Sets settings.DEBUG to True.' });
    parser.addArgument(['-d', '--debug-sql'], { action: 'store_true', help: 'Prints logged SQL queries on failure.' });
    parser.addArgument(['--parallel'], {
      nargs: '?',
      const: 'auto',
      default: 0,
      metavar: 'N',
      help: 'Run tests using up to N parallel processes. Use the value "auto" to run one test process for each processor core.',
    });
    parser.addArgument(['--tag'], { action: 'append', dest: 'tags', help: 'Run only tests with the specified tag. Can be used multiple times.' });
    parser.addArgument(['--exclude-tag'], { action: 'append', dest: 'exclude_tags', help: 'Do not run tests with the specified tag. Can be used multiple times.' });
    parser.addArgument(['--pdb'], { action: 'store_true', help: 'Runs a debugger (pdb, or ipdb if installed) on error or failure.' });
    parser.addArgument(['-b', '--buffer'], { action: 'store_true', help: 'Discard output from passing tests.' });
    parser.addArgument(['--no-faulthandler'], { action: 'store_false', dest: 'enable_faulthandler', help: 'Disables the Python faulthandler module during tests.' });
    parser.addArgument(['--timing'], { action: 'store_true', help: 'Output timings, including database set up and total run time.' });
    parser.addArgument(['-k'], {
      action: 'append',
      dest: 'test_name_patterns',
      help: 'Only run test methods and classes that match the pattern or substring. Can be used multiple times. Same as unittest -k option.',
    });
    parser.addArgument(['--durations'], { dest: 'durations', type: 'int', default: null, metavar: 'N', help: 'Show the N slowest test cases (N=0 for all).' });
  },
  handle(options, ctx) {
    const { interp } = ctx;
    // What the sandbox's single process cannot do says so rather than being ignored.
    for (const [dest, flag] of UNSUPPORTED) {
      const value = options[dest];
      // --shuffle without a seed is None: shuffled with a random one.
      const given = dest === 'shuffle' ? value !== undefined && value !== false : value !== undefined && value !== null && value !== false && value !== 0;
      if (given) throw new CommandError(`The sandbox does not run test ${flag} yet.`);
    }
    if (typeof options.testrunner === 'string' && options.testrunner !== 'django.test.runner.DiscoverRunner') {
      throw new CommandError(`The sandbox runs tests with django.test.runner.DiscoverRunner only, not ${options.testrunner}.`);
    }
    const runnerClass = interp.importModule('django.test.runner').dict.get('DiscoverRunner')!;
    const kwargs = new Map<string, PyValue>([
      ['verbosity', options.verbosity as number],
      ['interactive', options.interactive !== false],
      ['failfast', options.failfast === true],
      ['reverse', options.reverse === true],
      ['debug_mode', options.debug_mode === true],
      ['buffer', options.buffer === true],
      ['keepdb', options.keepdb === true],
    ]);
    if (typeof options.pattern === 'string') kwargs.set('pattern', options.pattern);
    if (typeof options.top_level === 'string') kwargs.set('top_level', options.top_level);
    if (Array.isArray(options.test_name_patterns)) kwargs.set('test_name_patterns', new PyList((options.test_name_patterns as string[]).map((p): PyValue => p)));
    const labels = new PyList(((options.args as string[] | undefined) ?? []).map((l): PyValue => l));
    const { value: failures, checkError } = runWithTestCommand(ctx, () => interp.call(interp.getAttr(interp.call(runnerClass, [], kwargs), 'run_tests'), [labels]));
    if (checkError) throw checkError;
    if (typeof failures === 'number' && failures > 0) throw new SystemExit(1);
  },
});
