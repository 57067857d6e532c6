import { PyDict, PyFloat, PyList, PyNativeFunction, PyTuple, pyError, typeName, type Interpreter, type PyValue } from '../python';
import { PyException, exceptionClass, newException, newDict } from '../python';
import { PyLong } from '../python/big-int';
import { consoleFile } from './io';
import { namespace, structSequenceClass } from './struct-sequence';

const VERSION = [3, 12, 3] as const;

/** `sys`: argv for manage.py, the standard streams print() writes to, exit, and the facts of the Python that runs. */
export function sysModule(interp: Interpreter, argv: string[], sysPath: string[]): Record<string, PyValue> {
  const versionInfo = structSequenceClass(interp, 'sys.version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'])([...VERSION, 'final', 0]);
  const floatInfo = structSequenceClass(interp, 'sys.float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'])([
    new PyFloat(Number.MAX_VALUE), 1024, 308, new PyFloat(2.2250738585072014e-308), -1021, -307, 15, 53, new PyFloat(Number.EPSILON), 2, 1,
  ]);
  const intInfo = structSequenceClass(interp, 'sys.int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'])([30, 4, 4300, 640]);
  const stdout = consoleFile(interp, '<stdout>', interp.options.stdout);
  const stderr = consoleFile(interp, '<stderr>', interp.options.stderr ?? interp.options.stdout);
  const stdin = consoleFile(interp, '<stdin>', null);
  let recursionLimit = 1000;
  const modules: PyDict = newDict([...interp.modules].map(([name, module]): [PyValue, PyValue] => [name, module]));
  const fn = (name: string, body: (args: PyValue[]) => PyValue) => new PyNativeFunction(name, body);
  return {
    argv: new PyList(argv),
    orig_argv: new PyList(['python3', ...argv]),
    path: new PyList(sysPath),
    modules,
    executable: '/usr/bin/python3',
    prefix: '/usr',
    base_prefix: '/usr',
    exec_prefix: '/usr',
    platform: 'linux',
    byteorder: 'little',
    maxsize: new PyLong(9223372036854775807n),
    maxunicode: 1114111,
    version: `${VERSION.join('.')} (main) [GCC 13.2.0]`,
    version_info: versionInfo,
    hexversion: (VERSION[0] << 24) | (VERSION[1] << 16) | (VERSION[2] << 8) | 0xf0,
    api_version: 1013,
    implementation: namespace(interp, { name: 'cpython', cache_tag: 'cpython-312', version: versionInfo, hexversion: (VERSION[0] << 24) | (VERSION[1] << 16) | (VERSION[2] << 8) | 0xf0, _multiarch: 'x86_64-linux-gnu' }),
    float_info: floatInfo,
    int_info: intInfo,
    builtin_module_names: new PyTuple(['builtins', 'sys']),
    dont_write_bytecode: false,
    stdout,
    stderr,
    stdin,
    __stdout__: stdout,
    __stderr__: stderr,
    __stdin__: stdin,
    getdefaultencoding: fn('getdefaultencoding', () => 'utf-8'),
    getfilesystemencoding: fn('getfilesystemencoding', () => 'utf-8'),
    getrecursionlimit: fn('getrecursionlimit', () => recursionLimit),
    setrecursionlimit: fn('setrecursionlimit', ([limit]) => {
      if (typeof limit !== 'number') throw pyError('TypeError', `'${typeName(limit ?? null)}' object cannot be interpreted as an integer`);
      if (limit < 1) throw pyError('ValueError', 'recursion limit must be greater or equal than 1');
      recursionLimit = limit;
      return null;
    }),
    getsizeof: fn('getsizeof', ([value]) => sizeOf(value ?? null)),
    intern: fn('intern', ([s]) => {
      if (typeof s !== 'string') throw pyError('TypeError', `intern() argument must be str, not ${typeName(s ?? null)}`);
      return s;
    }),
    // A Python exception, so that `except SystemExit` and `finally` see it as in CPython.
    exit: fn('exit', (args) => {
      throw new PyException(newException(exceptionClass('SystemExit'), args.length ? [args[0]!] : []));
    }),
  };
}

/** sys.getsizeof(): CPython's sizes on a 64-bit build for the common values. */
function sizeOf(value: PyValue): number {
  if (value === null) return 16;
  if (typeof value === 'boolean') return value ? 28 : 28;
  if (typeof value === 'number') return value === 0 ? 24 : 24 + 4 * Math.ceil(Math.log2(Math.abs(value) + 1) / 30);
  if (typeof value === 'string') return /^[\x00-\x7f]*$/.test(value) ? 41 + value.length : 57 + value.length;
  if (value instanceof PyFloat) return 24;
  if (value instanceof PyList) return 56 + 8 * value.items.length;
  if (value instanceof PyTuple) return 40 + 8 * value.items.length;
  if (value instanceof PyDict) return value.entries.size === 0 ? 64 : 184;
  return 48;
}
