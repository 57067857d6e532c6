import { PyClass, PyDict, PyFloat, PyInstance, PyList, PyNativeFunction, PyTuple, objectClass, pyError, typeName, type Interpreter, type Kwargs, type PyValue } from '../../python';
import { PyBytes } from '../../python/bytes';
import { iteratorObject } from '../../python/iteration';
import type { HostStats } from '../../python/host-files';
import { fspath, hostOf, hostPath, onHost, osError } from '../io/host';
import { structSequenceClass } from '../struct-sequence';
import { join } from './posixpath';

export { osPathModule } from './path-module';

function truthyArg(interp: Interpreter, v: PyValue | undefined): boolean {
  return v !== undefined && interp.truthy(v);
}

/** `os`: the process's environment and working folder, and the disk's files and folders. */
export function osModule(interp: Interpreter, environ: PyDict): Record<string, PyValue> {
  const files = () => hostOf(interp).files;
  const full = (p: string) => hostPath(interp, p);
  const pathArg = (v: PyValue | undefined, fallback?: string): string => (v === undefined || (v === null && fallback !== undefined) ? (fallback ?? fspath(interp, null)) : fspath(interp, v));
  const fn = (name: string, body: (args: PyValue[], kwargs: Kwargs) => PyValue) => new PyNativeFunction(name, body);
  const isDir = (p: string) => {
    try {
      return files().statSync(full(p)).isDirectory();
    } catch {
      return false;
    }
  };
  const exists = (p: string) => files().existsSync(full(p));
  const statResult = structSequenceClass(interp, 'os.stat_result', ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime']);
  const statOf = (s: HostStats) =>
    statResult([s.mode, Number(s.ino), Number(s.dev), s.nlink, s.uid, s.gid, s.size, new PyFloat(s.atimeMs / 1000), new PyFloat(s.mtimeMs / 1000), new PyFloat(s.ctimeMs / 1000)]);
  const listdir = (p: string): string[] => {
    if (exists(p) && !isDir(p)) throw osError('ENOTDIR', p);
    return onHost(() => files().readdirSync(full(p)).map(String), p);
  };
  const remove = (name: string) =>
    fn(name, ([p]) => {
      const path = pathArg(p);
      if (isDir(path)) throw osError('EISDIR', path);
      onHost(() => files().unlinkSync(full(path)), path);
      return null;
    });
  const rename = (name: string) =>
    fn(name, ([a, b]) => {
      const src = pathArg(a);
      const dst = pathArg(b);
      if (!exists(src)) throw osError('ENOENT', src, dst);
      if (isDir(dst) && !isDir(src)) throw osError('EISDIR', src, dst);
      onHost(() => files().renameSync(full(src), full(dst)), src, dst);
      return null;
    });
  const makedirs = (name: string, existOk: boolean) => {
    if (exists(name)) {
      if (existOk && isDir(name)) return;
      throw osError('EEXIST', name);
    }
    onHost(() => files().mkdirSync(full(name), { recursive: true }), name);
  };

  const DirEntry = new PyClass('DirEntry', [objectClass], 'posix', {
    getAttr(self, name) {
      const entry = self.native as { name: string; path: string };
      if (name === 'name') return entry.name;
      if (name === 'path') return entry.path;
      return undefined;
    },
  });
  const entryOf = (self: PyValue | undefined) => (self as PyInstance).native as { name: string; path: string };
  const entryMethod = (name: string, body: (entry: { name: string; path: string }, kwargs: Kwargs) => PyValue) => DirEntry.dict.set(name, fn(name, ([self], kwargs) => body(entryOf(self), kwargs)));
  entryMethod('is_dir', (e) => isDir(e.path));
  entryMethod('is_file', (e) => {
    try {
      return files().statSync(full(e.path)).isFile();
    } catch {
      return false;
    }
  });
  entryMethod('is_symlink', (e) => {
    try {
      return files().lstatSync(full(e.path)).isSymbolicLink();
    } catch {
      return false;
    }
  });
  entryMethod('stat', (e) => statOf(onHost(() => files().statSync(full(e.path)), e.path)));
  entryMethod('__fspath__', (e) => e.path);
  entryMethod('__repr__', (e) => `<DirEntry ${interp.repr(e.name)}>`);

  const ScandirIterator = new PyClass('ScandirIterator', [objectClass], 'posix');
  const scandirState = (self: PyValue | undefined) => (self as PyInstance).native as { entries: PyInstance[]; at: number };
  ScandirIterator.dict.set('__iter__', fn('__iter__', ([self]) => self!));
  ScandirIterator.dict.set('__next__', fn('__next__', ([self]) => {
    const state = scandirState(self);
    if (state.at >= state.entries.length) throw pyError('StopIteration');
    return state.entries[state.at++]!;
  }));
  ScandirIterator.dict.set('__enter__', fn('__enter__', ([self]) => self!));
  ScandirIterator.dict.set('__exit__', fn('__exit__', () => null));
  ScandirIterator.dict.set('close', fn('close', () => null));

  const walk = function* (top: string, topdown: boolean): Generator<PyValue, PyValue> {
    let names: string[];
    try {
      names = listdir(top);
    } catch {
      return null;
    }
    const dirs = new PyList([]);
    const nondirs = new PyList([]);
    for (const name of names) (isDir(join(top, [name])) ? dirs : nondirs).items.push(name);
    if (topdown) {
      yield new PyTuple([top, dirs, nondirs]);
      // The caller may have pruned `dirs` in place: only what is left is visited.
      for (const d of [...dirs.items]) yield* walk(join(top, [String(d)]), topdown);
    } else {
      for (const d of dirs.items) yield* walk(join(top, [String(d)]), topdown);
      yield new PyTuple([top, dirs, nondirs]);
    }
    return null;
  };

  const getenv = (name: PyValue | undefined, fallback: PyValue | undefined): PyValue => {
    if (typeof name !== 'string') throw pyError('TypeError', `str expected, not ${typeName(name ?? null)}`);
    const v = environ.entries.get('s' + name);
    return v ? v.value : (fallback ?? null);
  };
  const terminalSize = structSequenceClass(interp, 'os.terminal_size', ['columns', 'lines']);

  return {
    name: 'posix',
    environ,
    sep: '/',
    altsep: null,
    extsep: '.',
    pathsep: ':',
    linesep: '\n',
    curdir: '.',
    pardir: '..',
    defpath: '/bin:/usr/bin',
    devnull: '/dev/null',
    F_OK: 0,
    R_OK: 4,
    W_OK: 2,
    X_OK: 1,
    SEEK_SET: 0,
    SEEK_CUR: 1,
    SEEK_END: 2,
    error: interp.builtins.get('OSError')!,
    path: interp.importModule('os.path'),
    DirEntry,
    getcwd: fn('getcwd', () => hostOf(interp).cwd),
    getcwdb: fn('getcwdb', () => new PyBytes(new TextEncoder().encode(hostOf(interp).cwd))),
    chdir: fn('chdir', ([p]) => {
      const path = pathArg(p);
      if (!exists(path)) throw osError('ENOENT', path);
      if (!isDir(path)) throw osError('ENOTDIR', path);
      hostOf(interp).cwd = full(path);
      return null;
    }),
    getenv: fn('getenv', ([name, fallback], kwargs) => getenv(name, fallback ?? kwargs.get('default'))),
    putenv: fn('putenv', () => null),
    fspath: fn('fspath', ([p]) => (typeof p === 'string' || p instanceof PyBytes ? p : fspath(interp, p ?? null))),
    fsencode: fn('fsencode', ([p]) => new PyBytes(new TextEncoder().encode(fspath(interp, p ?? null)))),
    fsdecode: fn('fsdecode', ([p]) => fspath(interp, p ?? null)),
    listdir: fn('listdir', ([p]) => new PyList(listdir(pathArg(p, '.')))),
    scandir: fn('scandir', ([p]) => {
      const top = pathArg(p, '.');
      const it = new PyInstance(ScandirIterator);
      it.native = {
        at: 0,
        entries: listdir(top).map((name) => {
          const entry = new PyInstance(DirEntry);
          entry.native = { name, path: p === undefined || p === null ? name : join(top, [name]) };
          return entry;
        }),
      };
      return it;
    }),
    walk: fn('walk', ([top, topdown], kwargs) => {
      const down = topdown ?? kwargs.get('topdown') ?? true;
      return iteratorObject('generator', walk(fspath(interp, top ?? kwargs.get('top') ?? null), interp.truthy(down)));
    }),
    mkdir: fn('mkdir', ([p]) => {
      const path = pathArg(p);
      if (exists(path)) throw osError('EEXIST', path);
      onHost(() => files().mkdirSync(full(path)), path);
      return null;
    }),
    makedirs: fn('makedirs', ([p, , existOk], kwargs) => {
      makedirs(pathArg(p ?? kwargs.get('name')), truthyArg(interp, existOk ?? kwargs.get('exist_ok')));
      return null;
    }),
    remove: remove('remove'),
    unlink: remove('unlink'),
    rmdir: fn('rmdir', ([p]) => {
      const path = pathArg(p);
      if (exists(path) && !isDir(path)) throw osError('ENOTDIR', path);
      if (isDir(path) && listdir(path).length) throw osError('ENOTEMPTY', path);
      onHost(() => files().rmdirSync(full(path)), path);
      return null;
    }),
    removedirs: fn('removedirs', ([p]) => {
      let path = pathArg(p);
      onHost(() => files().rmdirSync(full(path)), path);
      for (let parent = path.slice(0, path.lastIndexOf('/')); parent; parent = parent.slice(0, parent.lastIndexOf('/'))) {
        try {
          files().rmdirSync(full(parent));
        } catch {
          break;
        }
        path = parent;
      }
      return null;
    }),
    rename: rename('rename'),
    replace: rename('replace'),
    stat: fn('stat', ([p]) => {
      const path = pathArg(p);
      return statOf(onHost(() => files().statSync(full(path)), path));
    }),
    lstat: fn('lstat', ([p]) => {
      const path = pathArg(p);
      return statOf(onHost(() => files().lstatSync(full(path)), path));
    }),
    access: fn('access', ([p]) => exists(pathArg(p))),
    chmod: fn('chmod', ([p]) => {
      const path = pathArg(p);
      if (!exists(path)) throw osError('ENOENT', path);
      return null;
    }),
    close: fn('close', () => null),
    getpid: fn('getpid', () => 4242),
    getppid: fn('getppid', () => 4241),
    getuid: fn('getuid', () => 1000),
    getgid: fn('getgid', () => 1000),
    getlogin: fn('getlogin', () => 'learner'),
    cpu_count: fn('cpu_count', () => (globalThis.navigator?.hardwareConcurrency as number | undefined) ?? 1),
    urandom: fn('urandom', ([n]) => {
      if (typeof n !== 'number') throw pyError('TypeError', `'${typeName(n ?? null)}' object cannot be interpreted as an integer`);
      if (n < 0) throw pyError('ValueError', 'negative argument not allowed');
      return new PyBytes(globalThis.crypto.getRandomValues(new Uint8Array(n)));
    }),
    strerror: fn('strerror', ([code]) => STRERROR[Number(code)] ?? `Unknown error ${String(code)}`),
    get_terminal_size: fn('get_terminal_size', () => terminalSize([80, 24])),
  };
}

const STRERROR: Record<number, string> = {
  1: 'Operation not permitted',
  2: 'No such file or directory',
  13: 'Permission denied',
  17: 'File exists',
  20: 'Not a directory',
  21: 'Is a directory',
  22: 'Invalid argument',
  39: 'Directory not empty',
};
