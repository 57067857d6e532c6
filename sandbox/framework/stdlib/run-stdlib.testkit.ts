import { newDict } from '../python';
import { runPython } from '../python/run-python.testkit';
import { stdlibModules } from '.';

/** Runs a program with the standard library importable, as the sandbox's `python` has it. */
export function runWithStdlib(files: Record<string, string> | string, argv: string[] = ['main.py']) {
  return runPython(files, { nativeModules: stdlibModules({ environ: newDict([]), argv, sysPath: ['/p'], cwd: '/p' }) });
}

/** What a program printed; a program that ends in a traceback fails the test with it. */
export function stdlibStdoutOf(source: string): string {
  const result = runWithStdlib(source);
  if (result.traceback !== null) throw new Error(`the program ended with a traceback:\n${result.traceback}\n(printed before it:)\n${result.stdout}`);
  return result.stdout;
}
