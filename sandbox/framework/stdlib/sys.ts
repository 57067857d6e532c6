import { PyList, PyNativeFunction, PyTuple, type PyValue } from '../python';
import { SystemExit } from '../python';

/** `sys`: argv for manage.py, exit, and the version line Python prints. */
export function sysModule(argv: string[], sysPath: string[]): Record<string, PyValue> {
  return {
    argv: new PyList(argv),
    path: new PyList(sysPath),
    version: '3.12.3 (main) [GCC 13.2.0]',
    version_info: new PyTuple([3, 12, 3, 'final', 0]),
    exit: new PyNativeFunction('exit', ([code]) => {
      throw new SystemExit(typeof code === 'number' ? code : code === null || code === undefined ? 0 : 1);
    }),
  };
}
