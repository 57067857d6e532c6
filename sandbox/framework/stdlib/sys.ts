import { PyList, PyNativeFunction, PyTuple, type PyValue } from '../python';
import { PyException, exceptionClass, newException } from '../python';

/** `sys`: argv for manage.py, exit, and the version line Python prints. */
export function sysModule(argv: string[], sysPath: string[]): Record<string, PyValue> {
  return {
    argv: new PyList(argv),
    path: new PyList(sysPath),
    version: '3.12.3 (main) [GCC 13.2.0]',
    version_info: new PyTuple([3, 12, 3, 'final', 0]),
    // A Python exception, so that `except SystemExit` and `finally` see it as in CPython.
    exit: new PyNativeFunction('exit', (args) => {
      throw new PyException(newException(exceptionClass('SystemExit'), args.length ? [args[0]!] : []));
    }),
  };
}
