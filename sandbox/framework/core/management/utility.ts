import path from 'node:path';
import { PyDict, PyException, dictGet, dictSet, exceptionClass, type Interpreter } from '../../python';
import { AppRegistry } from '../../apps/registry';
import { loadSettings, settingsNotConfigured, ENVIRONMENT_VARIABLE, type Settings } from '../../conf/settings';
import { getCloseMatches } from '../../utils/difflib';
import { DJANGO_VERSION } from '../../version';
import { ArgparseExit } from '../../stdlib/argparse';
import { CommandError, type Command } from './base';
import { COMMANDS, CORE_COMMANDS } from './catalogue';
import type { CommandContext } from './context';
import { SystemExit } from '../../python';
import { createParser } from './parser';
import { SystemCheckError, runSystemChecks } from './system-checks';
import { checkMigrations } from './migrations-check';
import type { ConnectionHandler } from '../../db/connections';
import { makeStyle, styledLine } from './color';
import { fsPath } from '../../stdlib/pathlib';
import type { LoadedProject } from '../handlers/project';

/**
 * Without settings, the setting a command fails on first: DATABASES for the ones whose parser
 * lists the connections (`--database {default}`), USE_I18N for makemigrations
 * (@no_translations), INSTALLED_APPS for the rest.
 */
const FIRST_SETTING: Record<string, string> = { migrate: 'DATABASES', sqlmigrate: 'DATABASES', showmigrations: 'DATABASES', makemigrations: 'USE_I18N' };

export interface UtilityEnvironment {
  interp: Interpreter;
  apps: AppRegistry;
  environ: PyDict;
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  readLine(): string | null;
  readSecret?(prompt: string): string | null;
  connections: ConnectionHandler;
  /** Whether stdout and stderr are a terminal (Django colours its output then). */
  isTerminal: { stdin?: boolean; stdout: boolean; stderr: boolean };
  /** A fresh load of the project, for runserver's requests. */
  loadProject?(): LoadedProject;
  holdOpen: CommandContext['holdOpen'];
}

/**
 * django.core.management.ManagementUtility: what `manage.py` and `django-admin` do with
 * their command line. Ends by throwing SystemExit when the status is not 0.
 */
export function executeFromCommandLine(argv: string[], env: UtilityEnvironment): void {
  const progName = progNameOf(argv[0] ?? 'manage.py');
  const subcommand = argv[1] ?? 'help';
  applyPreliminaryOptions(argv.slice(2), env);

  let settings: Settings | null = null;
  let settingsException: PyException | null = null;
  try {
    settings = loadSettings(env.interp, env.environ);
  } catch (err) {
    if (err instanceof PyException && (err.exc.cls.name === 'ImproperlyConfigured' || err.exc.cls.isSubclassOf(exceptionClass('ImportError')))) {
      settingsException = err;
    } else throw err;
  }
  if (settings) env.apps.populate(settings.installedApps(), env.interp);

  const commands = commandOwners(settings ? env.apps : null);
  env.connections.path = databasePath(settings, env.cwd);
  const ctx: CommandContext = {
    cwd: env.cwd,
    stdout: env.stdout,
    stderr: env.stderr,
    interp: env.interp,
    progName,
    settings,
    apps: settings ? env.apps : null,
    readLine: env.readLine,
    stdinIsTerminal: env.isTerminal.stdin === true,
    readSecret:
      env.readSecret ??
      ((prompt) => {
        env.stderr(prompt);
        return env.readLine();
      }),
    environ: (name) => {
      const value = dictGet(env.environ, name);
      return typeof value === 'string' ? value : null;
    },
    style: makeStyle(env.isTerminal.stdout && !argv.includes('--no-color')),
    errStyle: makeStyle(env.isTerminal.stderr && !argv.includes('--no-color')),
    database: () => env.connections.default,
    loadProject: env.loadProject,
    holdOpen: env.holdOpen,
  };
  try {
    dispatch(argv, subcommand, progName, commands, settingsException, settings, env, ctx);
  } finally {
    // Like Django closing its connections: the database file gets what the command wrote.
    env.connections.closeAll();
  }
}

function dispatch(
  argv: string[],
  subcommand: string,
  progName: string,
  commands: Map<string, string>,
  settingsException: PyException | null,
  settings: Settings | null,
  env: UtilityEnvironment,
  ctx: CommandContext,
) {

  if (subcommand === 'help') {
    const topic = argv[2];
    if (topic === undefined) env.stdout(mainHelpText(progName, commands, settingsException, env) + '\n');
    else if (topic === '--commands') env.stdout([...commands.keys()].sort().join('\n') + '\n');
    else runCommand(fetchCommand(topic, commands, progName, env, settings), topic, [progName, topic, '--help'], ctx, settingsException);
  } else if (subcommand === 'version' || (argv.length === 2 && argv[1] === '--version')) {
    env.stdout(DJANGO_VERSION + '\n');
  } else if (argv.length === 2 && (argv[1] === '--help' || argv[1] === '-h')) {
    env.stdout(mainHelpText(progName, commands, settingsException, env) + '\n');
  } else {
    runCommand(fetchCommand(subcommand, commands, progName, env, settings), subcommand, argv, ctx, settingsException);
  }
}

/** settings.DATABASES['default']['NAME'] (a Path or a str). */
export function databasePath(settings: Settings | null, cwd: string): string {
  const databases = settings?.get('DATABASES');
  const dflt = databases instanceof PyDict ? dictGet(databases, 'default') : undefined;
  const name = dflt instanceof PyDict ? dictGet(dflt, 'NAME') : undefined;
  const file = name === undefined ? null : fsPath(name);
  return file ? path.resolve(cwd, file) : path.join(cwd, 'db.sqlite3');
}

function progNameOf(argv0: string): string {
  const base = path.basename(argv0);
  return base === '__main__.py' ? 'python -m django' : base;
}

function applyPreliminaryOptions(args: string[], env: UtilityEnvironment) {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (flag: string) => (arg === flag ? args[i + 1] : arg.startsWith(`${flag}=`) ? arg.slice(flag.length + 1) : undefined);
    const settingsModule = value('--settings');
    if (settingsModule) dictSet(env.environ, ENVIRONMENT_VARIABLE, settingsModule);
    const pythonPath = value('--pythonpath');
    if (pythonPath) env.interp.options.sysPath.unshift(path.resolve(env.cwd, pythonPath));
  }
}

/** Every command name and the app that provides it; later apps are overridden by earlier ones, as in Django. */
function commandOwners(apps: AppRegistry | null): Map<string, string> {
  const owners = new Map<string, string>(CORE_COMMANDS.map((c) => [c, 'django.core']));
  if (apps) for (const app of [...apps.appConfigs].reverse()) for (const c of app.commands) owners.set(c, app.name);
  return owners;
}

function mainHelpText(progName: string, commands: Map<string, string>, settingsException: PyException | null, env: UtilityEnvironment): string {
  const lines = ['', `Type '${progName} help <subcommand>' for help on a specific subcommand.`, '', 'Available subcommands:'];
  const byApp = new Map<string, string[]>();
  for (const [name, app] of commands) {
    const label = app === 'django.core' ? 'django' : app.slice(app.lastIndexOf('.') + 1);
    byApp.set(label, [...(byApp.get(label) ?? []), name]);
  }
  for (const app of [...byApp.keys()].sort()) {
    lines.push('', `[${app}]`, ...byApp.get(app)!.sort().map((n) => `    ${n}`));
  }
  if (settingsException) {
    lines.push(`Note that only Django core commands are listed as settings are not properly configured (error: ${env.interp.str(settingsException.exc)}).`);
  }
  return lines.join('\n');
}

function fetchCommand(name: string, commands: Map<string, string>, progName: string, env: UtilityEnvironment, settings: Settings | null): Command | null {
  if (commands.has(name)) return COMMANDS[name] ?? null;
  if (typeof dictGet(env.environ, ENVIRONMENT_VARIABLE) !== 'string' && !settings) env.stderr('No Django settings specified.\n');
  const matches = getCloseMatches(name, commands.keys());
  env.stderr(`Unknown command: '${name}'${matches.length ? `. Did you mean ${matches[0]}?` : ''}\nType '${progName} help' for usage.\n`);
  throw new SystemExit(1);
}

/** BaseCommand.run_from_argv and execute: parse, check, handle, report. */
function runCommand(command: Command | null, name: string, argv: string[], ctx: CommandContext, settingsException: PyException | null): void {
  if (!command) {
    ctx.stderr(`The sandbox does not run '${name}'. It runs: ${Object.keys(COMMANDS).sort().join(', ')}.\n`);
    throw new SystemExit(1);
  }
  const parser = createParser(ctx.progName, name, command, DJANGO_VERSION);
  let options: Record<string, unknown>;
  try {
    options = parser.parseArgs(argv.slice(2));
  } catch (err) {
    if (err instanceof ArgparseExit) {
      if (err.stdout) ctx.stdout(err.stdout);
      if (err.stderr) ctx.stderr(err.stderr);
      if (err.status !== 0) throw new SystemExit(err.status);
      return;
    }
    throw err;
  }
  if (command.needsSettings && !ctx.settings) {
    throw settingsException && settingsException.exc.cls.name !== 'ImproperlyConfigured'
      ? settingsException
      : settingsNotConfigured(FIRST_SETTING[name] ?? 'INSTALLED_APPS');
  }
  try {
    if (options.force_color && options.no_color) throw new CommandError("The --no-color and --force-color options can't be used together.");
    if (command.requiresSystemChecks && !options.skip_checks) runSystemChecks(ctx, { displayNumErrors: false });
    if (command.requiresMigrationsChecks) checkMigrations(ctx);
    if (!command.handle) throw new CommandError(`'${name}' arrives in the sandbox with its next version.`);
    const output = command.handle(options, ctx);
    if (typeof output === 'string' && output) ctx.stdout(output.endsWith('\n') ? output : output + '\n');
  } catch (err) {
    if (err instanceof CommandError && !options.traceback) {
      if (err instanceof SystemCheckError) ctx.stderr(err.message.endsWith('\n') ? err.message : err.message + '\n');
      else ctx.stderr(styledLine(`CommandError: ${err.message}`, ctx.errStyle.ERROR));
      throw new SystemExit(err.returncode);
    }
    throw err;
  }
}
