import { Interpreter, PyException, formatException, exceptionLine, type InterpreterOptions } from '.';

/** Runs Python files held in memory; `main.py` is the script. For the interpreter's tests. */
export function runPython(
  files: Record<string, string> | string,
  options: { maxSteps?: number; nativeModules?: InterpreterOptions['nativeModules']; disk?: InterpreterOptions['files']; cwd?: string } = {},
) {
  const sources = typeof files === 'string' ? { 'main.py': files } : files;
  let stdout = '';
  let stderr = '';
  const interp = new Interpreter({
    fs: {
      readFile: (p) => sources[p.replace(/^\/p\//, '')] ?? null,
      isDirectory: (p) => Object.keys(sources).some((f) => `/p/${f}`.startsWith(`${p}/`)),
    },
    sysPath: ['/p'],
    nativeModules: options.nativeModules ?? {},
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    files: options.disk,
    cwd: options.cwd,
    maxSteps: options.maxSteps,
  });
  try {
    interp.runFile('/p/main.py');
    return { stdout, stderr, error: null, traceback: null };
  } catch (err) {
    if (!(err instanceof PyException)) throw err;
    return { stdout, stderr, error: exceptionLine(err, interp), traceback: formatException(err, interp) };
  }
}

/** What a program printed; a program that ends in a traceback fails the test with it. */
export function stdoutOf(source: string): string {
  const result = runPython(source);
  if (result.traceback !== null) throw new Error(`the program ended with a traceback:\n${result.traceback}`);
  return result.stdout;
}
