import { PyDict, PyFloat, PyNativeFunction, PyTuple, pyError, typeName, type Interpreter, type PyValue } from '../../python';
import { PyBytes } from '../../python/bytes';
import { fspath, hostOf, hostPath, onHost } from '../io/host';
import { PathError, abspath, commonpath, commonprefix, expanduser, expandvars, join, normpath, relpath, split, splitext } from './posixpath';

/** The home folder `~` stands for: $HOME, as Python reads it, or the learner's home in the browser. */
export function homeOf(environ: PyDict): string {
  const home = environ.entries.get('sHOME')?.value;
  return typeof home === 'string' && home ? home : '/home/learner';
}

/** `os.path` (posixpath): the string functions, and the ones that ask the disk. */
export function osPathModule(interp: Interpreter, environ: PyDict): Record<string, PyValue> {
  const text = (v: PyValue | undefined, fn: string): string => {
    if (v === undefined) throw pyError('TypeError', `${fn}() missing 1 required positional argument`);
    return fspath(interp, v);
  };
  const fn = (name: string, body: (args: PyValue[]) => PyValue) =>
    new PyNativeFunction(name, (args) => {
      try {
        return body(args);
      } catch (err) {
        if (err instanceof PathError) throw pyError('ValueError', err.message);
        throw err;
      }
    });
  const cwd = () => hostOf(interp).cwd;
  const pair = ([a, b]: [string, string]) => new PyTuple([a, b]);
  /** A disk question that is False (not an error) when the path cannot be looked at. */
  const probe = (v: PyValue | undefined, test: (full: string) => boolean): boolean => {
    let p: string;
    try {
      p = fspath(interp, v ?? null);
    } catch {
      if (typeof v === 'number') return false;
      throw pyError('TypeError', `stat: path should be string, bytes, os.PathLike or integer, not ${typeName(v ?? null)}`);
    }
    if (p === '') return false;
    try {
      return test(hostPath(interp, p));
    } catch {
      return false;
    }
  };
  const files = () => hostOf(interp).files;
  const statOf = (v: PyValue | undefined, name: string) => {
    const p = text(v, name);
    return onHost(() => files().statSync(hostPath(interp, p)), p);
  };
  return {
    sep: '/',
    altsep: null,
    extsep: '.',
    pathsep: ':',
    curdir: '.',
    pardir: '..',
    defpath: '/bin:/usr/bin',
    devnull: '/dev/null',
    supports_unicode_filenames: false,
    join: fn('join', ([first, ...rest]) => {
      if (first === undefined) throw pyError('TypeError', 'join() missing 1 required positional argument: \'a\'');
      const strs = [first, ...rest].map((v, i) => {
        if (i === 0 || typeof v === 'string' || v instanceof PyBytes) return fspath(interp, v!);
        try {
          return fspath(interp, v!);
        } catch {
          throw pyError('TypeError', `join() argument must be str, bytes, or os.PathLike object, not '${typeName(v!)}'`);
        }
      });
      return join(strs[0]!, strs.slice(1));
    }),
    split: fn('split', ([p]) => pair(split(text(p, 'split')))),
    splitext: fn('splitext', ([p]) => pair(splitext(text(p, 'splitext')))),
    splitdrive: fn('splitdrive', ([p]) => pair(['', text(p, 'splitdrive')])),
    splitroot: fn('splitroot', ([p]) => {
      const s = text(p, 'splitroot');
      const root = s.startsWith('/') ? (s.startsWith('//') && !s.startsWith('///') ? '//' : '/') : '';
      return new PyTuple(['', root, s.slice(root.length)]);
    }),
    basename: fn('basename', ([p]) => split(text(p, 'basename'))[1]),
    dirname: fn('dirname', ([p]) => split(text(p, 'dirname'))[0]),
    normpath: fn('normpath', ([p]) => normpath(text(p, 'normpath'))),
    normcase: fn('normcase', ([p]) => text(p, 'normcase')),
    abspath: fn('abspath', ([p]) => abspath(text(p, 'abspath'), cwd())),
    realpath: fn('realpath', ([p]) => {
      const full = abspath(text(p, 'realpath'), cwd());
      try {
        return String(files().realpathSync(full));
      } catch {
        return full;
      }
    }),
    relpath: fn('relpath', ([p, start]) => relpath(text(p, 'relpath'), start === undefined || start === null ? '.' : text(start, 'relpath'), cwd())),
    commonpath: fn('commonpath', ([paths]) => commonpath(interp.iterate(paths ?? null).map((v) => text(v, 'commonpath')))),
    commonprefix: fn('commonprefix', ([items]) => commonprefix(interp.iterate(items ?? null).map((v) => text(v, 'commonprefix')))),
    isabs: fn('isabs', ([p]) => text(p, 'isabs').startsWith('/')),
    expanduser: fn('expanduser', ([p]) => expanduser(text(p, 'expanduser'), homeOf(environ))),
    expandvars: fn('expandvars', ([p]) =>
      expandvars(text(p, 'expandvars'), (name) => {
        const v = environ.entries.get('s' + name)?.value;
        return typeof v === 'string' ? v : undefined;
      }),
    ),
    exists: fn('exists', ([p]) => probe(p, (full) => files().existsSync(full))),
    lexists: fn('lexists', ([p]) => probe(p, (full) => (files().lstatSync(full), true))),
    isfile: fn('isfile', ([p]) => probe(p, (full) => files().statSync(full).isFile())),
    isdir: fn('isdir', ([p]) => probe(p, (full) => files().statSync(full).isDirectory())),
    islink: fn('islink', ([p]) => probe(p, (full) => files().lstatSync(full).isSymbolicLink())),
    ismount: fn('ismount', ([p]) => probe(p, (full) => full === '/')),
    getsize: fn('getsize', ([p]) => statOf(p, 'getsize').size),
    getmtime: fn('getmtime', ([p]) => new PyFloat(statOf(p, 'getmtime').mtimeMs / 1000)),
    getatime: fn('getatime', ([p]) => new PyFloat(statOf(p, 'getatime').atimeMs / 1000)),
    getctime: fn('getctime', ([p]) => new PyFloat(statOf(p, 'getctime').ctimeMs / 1000)),
    samefile: fn('samefile', ([a, b]) => {
      const x = statOf(a, 'samefile');
      const y = statOf(b, 'samefile');
      return x.ino === y.ino && x.dev === y.dev;
    }),
  };
}
