import { defineCommand } from '../base';
import { PyModule, type PyValue } from '../../../python';
import { interact } from '../../../stdlib/code';
import { autoImports } from '../auto-imports';

/** django/core/management/commands/shell.py (5.2: models are imported automatically). */
export default defineCommand({
  help:
    'Runs a Python interactive interpreter. Tries to use IPython or ' +
    'bpython, if one of them is available. Any standard input is executed ' +
    'as code.',
  requiresSystemChecks: false,
  needsSettings: true,
  addArguments(parser) {
    parser.addArgument(['--no-startup'], {
      action: 'store_true',
      help: 'When using plain Python, ignore the PYTHONSTARTUP environment variable and ~/.pythonrc.py script.',
    });
    parser.addArgument(['--no-imports'], { action: 'store_true', help: 'Disable automatic imports of models.' });
    parser.addArgument(['-i', '--interface'], {
      choices: ['ipython', 'bpython', 'python'],
      help: 'Specify an interactive interpreter interface. Available options: "ipython", "bpython", and "python"',
    });
    parser.addArgument(['-c', '--command'], {
      help: 'Instead of opening an interactive shell, run a command as Django and exit.',
    });
  },
  /**
   * `-c CODE` runs the code; at a terminal, Python's interactive console; otherwise what
   * standard input holds (`shell < script.py`). Django exec()s code in the shell module's
   * globals, so that is the namespace's name.
   */
  handle(options, ctx) {
    // `-v 0` silences the count; --no-imports leaves the namespace empty and says nothing.
    const imports = options.no_imports ? { namespace: new Map<string, PyValue>(), message: () => '' } : autoImports(ctx);
    const namespace = imports.namespace;
    const announce = () => {
      const message = imports.message(options.verbosity as number);
      // OutputWrapper.write puts the ending inside the colour.
      if (message) ctx.stdout(ctx.style.SUCCESS(`${message}\n\n`));
    };
    let source: string;
    if (typeof options.command === 'string' && options.command) source = options.command;
    else if (ctx.stdinIsTerminal) {
      const main = new PyModule('__main__', null);
      for (const [name, value] of namespace) main.dict.set(name, value);
      announce();
      interact(ctx.interp, { stdout: ctx.stdout, stderr: ctx.stderr, readLine: ctx.readLine }, main);
      return;
    } else {
      const lines: string[] = [];
      for (let line = ctx.readLine(); line !== null; line = ctx.readLine()) lines.push(line);
      source = lines.join('\n');
    }
    announce();
    ctx.interp.runSource(source, 'django.core.management.commands.shell', namespace);
  },
});
