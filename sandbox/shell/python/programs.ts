import { prepareProgram, runProgram, type PythonEnvironment } from '../../framework';
import type { CommandRunner, Invocation } from '../resolve';
import { hasModule } from './site-packages';
import type { PythonInstall } from './installs';
import { createVenv } from './venv';
import { pip } from './pip';

/** Runs the framework's `python ...` or `django-admin ...` in the shell's folder and environment. */
async function runFramework(inv: Invocation, words: string[], python: PythonEnvironment, script?: string): Promise<number> {
  // SQLite loads on the first command that opens a database, not before.
  await prepareProgram(words);
  let held: Promise<number> | null = null;
  const terminal = inv.io.isTerminal;
  const status = runProgram(words, {
    cwd: inv.shell.cwd,
    env: Object.fromEntries(inv.shell.variables),
    stdout: inv.io.stdout,
    stderr: inv.io.stderr,
    readLine: inv.io.readLine,
    readSecret: inv.io.readSecret,
    interrupted: inv.io.interrupted,
    interruptReachesLoops: inv.io.interruptReachesLoops,
    isTerminal: { stdin: inv.io.stdinIsTerminal ?? terminal, stdout: terminal, stderr: terminal },
    python,
    script,
    holdOpen(stop) {
      let finish: (status: number) => void = () => undefined;
      held = new Promise<number>((resolve) => (finish = resolve));
      inv.shell.onInterrupt(() => {
        stop();
        finish(0);
      });
      return (code) => {
        inv.shell.onInterrupt(null);
        finish(code);
      };
    },
  });
  return held ?? status;
}

function environment(install: PythonInstall, executable: string): PythonEnvironment {
  return { executable, hasPackage: (name) => hasModule(install, name) };
}

/** `python` / `python3` of one environment; `executable` is the path it was found at. */
export function pythonProgram(install: PythonInstall, executable: string): CommandRunner {
  return (inv) => {
    const [first, second, ...rest] = inv.args;
    if (first === '-m' && second === 'venv') return createVenv(inv, rest, executable);
    if (first === '-m' && second === 'pip') return pip({ inv, install, python: executable }, rest);
    return runFramework(inv, [inv.name.includes('3') ? 'python3' : 'python', ...inv.args], environment(install, executable));
  };
}

/** The django-admin script pip installed with Django into an environment's bin/. */
export function djangoAdminProgram(install: PythonInstall, python: string): CommandRunner {
  return (inv) => runFramework(inv, ['django-admin', ...inv.args], environment(install, python), inv.path ?? undefined);
}
