import { defineCommand } from '../base';
import { runSystemChecks } from '../system-checks';

export default defineCommand({
  help: 'Checks the entire Django project for potential problems.',
  requiresSystemChecks: false,
  needsSettings: true,
  addArguments(parser) {
    parser.addArgument(['args'], { metavar: 'app_label', nargs: '*' });
    parser.addArgument(['--tag', '-t'], {
      action: 'append',
      dest: 'tags',
      help: 'Run only checks labeled with given tag.',
    });
    parser.addArgument(['--list-tags'], {
      action: 'store_true',
      help: 'List available tags. Specify --deploy to include available deployment tags.',
    });
    parser.addArgument(['--deploy'], { action: 'store_true', help: 'Check deployment settings.' });
    parser.addArgument(['--fail-level'], {
      default: 'ERROR',
      choices: ['CRITICAL', 'ERROR', 'WARNING', 'INFO', 'DEBUG'],
      help: 'Message level that will cause the command to exit with a non-zero status. Default is ERROR.',
    });
    parser.addArgument(['--database'], {
      action: 'append',
      choices: ['default'],
      dest: 'databases',
      help: 'Run database related checks against these aliases.',
    });
  },
  handle(_options, ctx) {
    runSystemChecks(ctx, { displayNumErrors: true });
  },
});
