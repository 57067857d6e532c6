import fs from 'node:fs';
import { stillWorking } from './utils/still-working';
import path from 'node:path';
import { Interpreter, PyException, formatException, newDict, type PyDict, type TraceEntry } from './python';
import { AppRegistry } from './apps/registry';
import { ConnectionHandler } from './db/connections';
import { nativeModules } from './modules';
import { databasePath, executeFromCommandLine } from './core/management/utility';
import { loadSettings } from './conf/settings';
import type { LoadedProject } from './core/handlers/project';
import { PyModule, SystemExit } from './python';
import { interact, PYTHON_BANNER } from './stdlib/code';
import { setLocalZone } from './stdlib/datetime/local-time';

export interface ProgramIO {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** One line of standard input, or null at its end (no input: always null). */
  readLine?(): string | null;
  /** getpass(): read a line without echo; without a terminal, a plain line. */
  readSecret?(prompt: string): string | null;
  /** Whether stdout and stderr are terminals (Django colours its output for them). */
  isTerminal?: { stdin?: boolean; stdout: boolean; stderr: boolean };
  /** For a program that goes on after it returns (runserver): see CommandContext.holdOpen. */
  holdOpen?(stop: () => void): (status: number) => void;
  /** Ctrl+C where no signal can reach a running program (the browser's worker): see InterpreterOptions. */
  interrupted?(): boolean;
  /**
   * Ctrl+C reaches the program while it computes (the page shares memory with the Worker): it
   * then runs as long as it needs, as in a terminal, without the step budget that stops a
   * runaway loop where nothing else could. Requests a server answers keep the budget.
   */
  interruptReachesLoops?: boolean;
  /** The launcher file a console script was started from (`env/bin/django-admin`), for tracebacks. */
  script?: string;
  /** The Python that runs the program; without it, /usr/bin/python3 with Django installed (tools and tests). */
  python?: PythonEnvironment;
}

/** A Python interpreter as the shell found it: a virtual environment's or the system's. */
export interface PythonEnvironment {
  /** The path it was started by, as Python prints it (`/usr/bin/python3: No module named django`). */
  executable: string;
  /** Whether a top-level package (`django`) is installed where this Python looks. */
  hasPackage(name: string): boolean;
}

const SYSTEM_PYTHON: PythonEnvironment = { executable: '/usr/bin/python3', hasPackage: () => true };

const PYTHON_VERSION = 'Python 3.12.3';

/**
 * Runs one command line of the framework's programs: `django-admin ...` or
 * `python[3] FILE ...` (manage.py above all). Returns the exit status; never throws.
 */
export function runProgram(words: string[], io: ProgramIO): number {
  const [program, ...args] = words;
  // Each run starts in the host's local time; Django's settings move it to TIME_ZONE.
  setLocalZone(null);
  try {
    if (program === 'django-admin' || program === 'django-admin.py') return runDjango(['django-admin', ...args], [], io);
    if (program === 'python' || program === 'python3') return runPython(program, args, io);
    io.stderr(`${program}: command not found\n`);
    return 127;
  } catch (err) {
    // A bug in the framework must not look like a crash of the learner's terminal.
    io.stderr(`The sandbox hit an internal error while running this command: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

function runPython(program: string, args: string[], io: ProgramIO): number {
  const first = args[0];
  if (first === '--version' || first === '-V') {
    io.stdout(PYTHON_VERSION + '\n');
    return 0;
  }
  if (first === '-m' && args[1] !== undefined) {
    const python = io.python ?? SYSTEM_PYTHON;
    if (args[1] === 'django' && python.hasPackage('django')) return runDjango(['__main__.py', ...args.slice(2)], [io.cwd], io);
    const file = moduleFile(io.cwd, args[1]);
    if (!file) {
      io.stderr(`${python.executable}: No module named ${args[1]}\n`);
      return 1;
    }
    const runtime = createRuntime([file, ...args.slice(2)], [io.cwd], io);
    return guard(runtime.interp, io, () => runtime.interp.runFile(file));
  }
  if (first === '-c') return runCode(program, args.slice(1), io);
  if (first === undefined || first === '-') return runStdin(args.slice(1), io);
  if (first.startsWith('-')) {
    io.stderr(`Unknown option: ${first}\nusage: ${program} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry \`python -h' for more information.\n`);
    return 2;
  }
  const script = path.resolve(io.cwd, first);
  if (!fs.existsSync(script) || fs.statSync(script).isDirectory()) {
    io.stderr(`${program}: can't open file '${script}': [Errno 2] No such file or directory\n`);
    return 2;
  }
  const runtime = createRuntime([first, ...args.slice(1)], [path.dirname(script)], io);
  return guard(runtime.interp, io, () => runtime.interp.runFile(script));
}

/** `-m name`: the learner's own module (or package's __main__.py) under the current folder. */
function moduleFile(cwd: string, name: string): string | null {
  const base = path.join(cwd, ...name.split('.'));
  for (const candidate of [`${base}.py`, path.join(base, '__main__.py')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** `python -c CODE [ARG ...]`: the code runs as `__main__`, from `<string>`, with the current folder on sys.path. */
function runCode(program: string, args: string[], io: ProgramIO): number {
  const [code, ...rest] = args;
  if (code === undefined) {
    io.stderr(`Argument expected for the -c option\nusage: ${program} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry \`python -h' for more information.\n`);
    return 2;
  }
  const runtime = createRuntime(['-c', ...rest], [io.cwd], io);
  return guard(runtime.interp, io, () => void runtime.interp.runSource(code, '__main__'));
}

/**
 * `python` alone: at a terminal, Python's interactive prompt; otherwise the program read
 * from standard input, as `echo 'print(1)' | python3` runs it.
 */
function runStdin(args: string[], io: ProgramIO): number {
  const runtime = createRuntime(['', ...args], [io.cwd], io);
  const readLine = io.readLine ?? (() => null);
  if (io.isTerminal?.stdin) {
    const main = new PyModule('__main__', null);
    return guard(runtime.interp, io, () => interact(runtime.interp, { stdout: io.stdout, stderr: io.stderr, readLine }, main, { banner: PYTHON_BANNER, file: '<stdin>', exitMessage: '' }));
  }
  const lines: string[] = [];
  for (let line = readLine(); line !== null; line = readLine()) lines.push(line);
  return guard(runtime.interp, io, () => void runtime.interp.runSource(lines.join('\n'), '__main__', new Map(), '<stdin>'));
}

function runDjango(argv: string[], sysPath: string[], io: ProgramIO): number {
  const runtime = createRuntime(argv, sysPath, io);
  return guard(runtime.interp, io, () => {
    try {
      runtime.execute(argv);
    } catch (err) {
      // Django's own frames are not the sandbox's to show, but the launcher is a real file
      // of the learner's environment: its call starts the traceback, as in real Python.
      if (io.script && err instanceof PyException && !err.traceback.length && !err.syntax) {
        const frame = launcherFrame(io.script);
        if (frame) err.traceback.push(frame);
      }
      throw err;
    }
  });
}

/** The line of a console-script launcher that calls into Django: `sys.exit(main())`. */
function launcherFrame(script: string): TraceEntry | null {
  const lines = nodeFileSystem.readFile(script)?.split('\n') ?? [];
  const index = lines.findLastIndex((l) => l.trim().startsWith('sys.exit('));
  return index < 0 ? null : { file: script, line: index + 1, name: '<module>', text: lines[index]!.trim() };
}

function guard(interp: Interpreter, io: ProgramIO, body: () => void): number {
  try {
    body();
    return 0;
  } catch (err) {
    if (err instanceof SystemExit) return err.code;
    if (err instanceof PyException) {
      if (err.exc.cls.name === 'SystemExit') return systemExitCode(err, interp, io);
      io.stderr(formatException(err, interp));
      // Python re-raises an uncaught KeyboardInterrupt as SIGINT: the shell sees 128 + 2.
      return err.exc.cls.name === 'KeyboardInterrupt' ? 130 : 1;
    }
    throw err;
  }
}

/** SystemExit(code): None is 0, an int is the status, anything else is printed and gives 1. */
function systemExitCode(err: PyException, interp: Interpreter, io: ProgramIO): number {
  const args = err.exc.dict.get('args');
  const code = args && typeof args === 'object' && 'items' in args ? (args as { items: unknown[] }).items[0] : undefined;
  if (code === undefined || code === null) return 0;
  if (typeof code === 'number') return code;
  io.stderr(`${interp.str(code as string)}\n`);
  return 1;
}

function createRuntime(argv: string[], sysPath: string[], io: ProgramIO) {
  const environ: PyDict = newDict(Object.entries(io.env).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const apps = new AppRegistry();
  const connections = new ConnectionHandler();
  const execute = (a: string[]) =>
    executeFromCommandLine(a, {
      interp,
      apps,
      environ,
      cwd: io.cwd,
      stdout: io.stdout,
      stderr: io.stderr,
      readLine: io.readLine ?? (() => null),
      readSecret: io.readSecret,
      connections,
      isTerminal: io.isTerminal ?? { stdout: false, stderr: false },
      loadProject: () => loadProject(argv, interp, environ, io),
      holdOpen: io.holdOpen ?? (() => () => undefined),
    });
  const interp: Interpreter = new Interpreter({
    fs: nodeFileSystem,
    sysPath,
    cwd: io.cwd,
    nativeModules: installedModules(nativeModules({ environ, argv, sysPath, cwd: io.cwd, apps, connections, executeFromCommandLine: execute }), io.python ?? SYSTEM_PYTHON),
    stdout: io.stdout,
    stderr: io.stderr,
    // open(), os and pathlib work on the same disk the shell and the editor see.
    files: fs,
    // Asked every few thousand steps: asking also tells the page the program is working, not
    // stuck (a long view, a long loop), so it is not restarted while Ctrl+C or the budget can end it.
    interrupted: io.interrupted ? () => (stillWorking(), io.interrupted!()) : undefined,
    maxSteps: io.interruptReachesLoops ? Number.POSITIVE_INFINITY : undefined,
  });
  return { interp, apps, connections, environ, execute };
}

/** The framework's modules this Python can import: without Django in its site-packages, `import django` fails as it would. */
function installedModules<T>(modules: Record<string, T>, python: PythonEnvironment): Record<string, T> {
  // Asked once: the answer comes from reading the environment's site-packages.
  if (python.hasPackage('django')) return modules;
  return Object.fromEntries(Object.entries(modules).filter(([name]) => name !== 'django' && !name.startsWith('django.')));
}

/** The project in `cwd` with the given settings module, loaded as runserver loads it (for tests and tools). */
export function openProject(cwd: string, settingsModule: string, io: Partial<ProgramIO> = {}): LoadedProject {
  const full: ProgramIO = { cwd, env: {}, stdout: () => undefined, stderr: () => undefined, ...io };
  const runtime = createRuntime(['manage.py'], [cwd], full);
  runtime.environ.entries.clear();
  return loadProject(['manage.py'], runtime.interp, newDict([['DJANGO_SETTINGS_MODULE', settingsModule]]), full);
}

/**
 * The project as it is on disk now, in a new interpreter: what runserver serves each request
 * with, so a saved edit shows on the next reload. It starts from this run's environment
 * (manage.py set DJANGO_SETTINGS_MODULE) and sys.path (--pythonpath).
 */
function loadProject(argv: string[], current: Interpreter, environ: PyDict, io: ProgramIO): LoadedProject {
  const env: Record<string, string> = {};
  for (const { key, value } of environ.entries.values()) if (typeof key === 'string' && typeof value === 'string') env[key] = value;
  const fresh = createRuntime(argv, [...current.options.sysPath], { ...io, env, interruptReachesLoops: false });
  const settings = loadSettings(fresh.interp, fresh.environ);
  fresh.apps.populate(settings.installedApps(), fresh.interp);
  fresh.connections.path = databasePath(settings, io.cwd);
  return { interp: fresh.interp, settings, apps: fresh.apps, connections: fresh.connections };
}

const nodeFileSystem = {
  readFile(p: string): string | null {
    try {
      return fs.readFileSync(p, 'utf8');
    } catch {
      return null;
    }
  },
  isDirectory(p: string): boolean {
    try {
      return fs.statSync(p).isDirectory();
    } catch {
      return false;
    }
  },
};
