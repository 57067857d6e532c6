import { PyException, PyModule, formatException, type Interpreter } from '../python';
import { SystemExit } from '../python';

export interface ConsoleIO {
  /** The prompt and the values shown go to stdout, as input() and sys.displayhook write them. */
  stdout(text: string): void;
  /** The banner and tracebacks go to stderr, as code.InteractiveConsole writes them. */
  stderr(text: string): void;
  readLine(): string | null;
}

/** What `python` itself prints first at a terminal; code.interact() adds a line of its own. */
export const PYTHON_BANNER = 'Python 3.12.3 (main) [GCC 13.2.0] on linux\nType "help", "copyright", "credits" or "license" for more information.\n';
const CONSOLE_BANNER = `${PYTHON_BANNER}(InteractiveConsole)\n`;

export interface ConsoleOptions {
  banner?: string;
  /** The name tracebacks give the typed code: `<console>` in code.interact(), `<stdin>` in Python's own prompt. */
  file?: string;
  /** Written to stderr at the end of input: code.interact()'s farewell; Python's own prompt has none. */
  exitMessage?: string;
}

/** Whether the lines so far need more before they can run (an open block or bracket). */
function needsMore(lines: string[]): boolean {
  const source = lines.join('\n');
  const depth = [...source].reduce((d, ch) => d + ('([{'.includes(ch) ? 1 : ')]}'.includes(ch) ? -1 : 0), 0);
  if (depth > 0) return true;
  const first = lines[0]!.trimEnd();
  // A block goes on until an empty line, as in Python's console.
  return first.endsWith(':') && lines[lines.length - 1]!.trim() !== '';
}

/**
 * code.interact(): Python's own interactive console, the one `manage.py shell` opens when
 * neither IPython nor bpython is installed. Ends on exit(), quit() or the end of input.
 */
export function interact(interp: Interpreter, io: ConsoleIO, namespace: PyModule, options: ConsoleOptions = {}): void {
  io.stderr(options.banner ?? CONSOLE_BANNER);
  for (;;) {
    io.stdout('>>> ');
    let line = io.readLine();
    if (line === null) {
      io.stdout('\n');
      io.stderr(options.exitMessage ?? 'now exiting InteractiveConsole...\n');
      return;
    }
    const lines = [line];
    while (needsMore(lines)) {
      io.stdout('... ');
      line = io.readLine();
      if (line === null) break;
      lines.push(line);
    }
    try {
      const value = interp.runInteractive(lines.join('\n'), namespace, options.file);
      if (value !== undefined && value !== null) io.stdout(`${interp.repr(value)}\n`);
    } catch (err) {
      if (err instanceof SystemExit) return;
      if (!(err instanceof PyException)) throw err;
      if (err.exc.cls.name === 'SystemExit') return;
      io.stderr(formatException(err, interp));
    }
  }
}
