import type { Interpreter } from '../../python';
import type { AppRegistry } from '../../apps/registry';
import type { Settings } from '../../conf/settings';
import type { DatabaseWrapper } from '../../db/backends/sqlite3/base';
import type { Style } from './color';
import type { LoadedProject } from '../handlers/project';

/** What a running command may use: its streams, the folder it runs in, and the project. */
export interface CommandContext {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  interp: Interpreter;
  /** `manage.py` or `django-admin`, as argv[0] names it. */
  progName: string;
  settings: Settings | null;
  apps: AppRegistry | null;
  /** Colours for stdout and stderr: on when they are a terminal (and --no-color is not given). */
  style: Style;
  errStyle: Style;
  /** One line typed (or piped) in, without its newline; null at the end of input. */
  readLine(): string | null;
  /** os.environ as the learner's code left it (DJANGO_SUPERUSER_PASSWORD...). */
  environ(name: string): string | null;
  /** getpass(): a line typed without echo (the prompt on the terminal), or null at the end of input. */
  readSecret(prompt: string): string | null;
  /** Whether standard input is a terminal (shell then opens its interactive console). */
  stdinIsTerminal: boolean;
  /** The default database (settings.DATABASES['default']), opened on first use. */
  database(): DatabaseWrapper;
  /** The project loaded afresh from disk (runserver serves every request with a new load, so edits show). */
  loadProject?(): LoadedProject;
  /**
   * The command goes on after it returns (runserver): `stop` is called when the learner
   * presses Ctrl-C; the returned function ends it early with a status (a port in use).
   */
  holdOpen(stop: () => void): (status: number) => void;
}

