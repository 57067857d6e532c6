import { PyInstance, PyNativeFunction, PyTuple, pyError, typeName, type Interpreter, type Kwargs, type PyValue } from '../../python';
import { PyBytes } from '../../python/bytes';
import { iteratorObject } from '../../python/iteration';
import { globPaths } from '../glob-pattern';
import { hostOf, hostPath, onHost, osError } from '../io/host';
import { expanduser, normpath } from '../os/posixpath';
import type { PathClasses } from '.';

/** Path's methods that ask the disk: exists, iterdir, glob, mkdir, read_text, open... */
export function registerConcrete(interp: Interpreter, classes: PathClasses, home: () => string): void {
  const { Path, make } = classes;
  const files = () => hostOf(interp).files;
  const text = (self: PyValue | undefined) => classes.textOf(self ?? null);
  const full = (self: PyValue | undefined) => hostPath(interp, text(self));
  const like = (self: PyValue | undefined, p: string) => make((self as PyInstance).cls, p);
  const method = (name: string, body: (self: PyInstance, args: PyValue[], kwargs: Kwargs) => PyValue) => {
    Path.dict.set(name, new PyNativeFunction(name, ([self, ...args], kwargs) => body(self as PyInstance, args, kwargs)));
  };
  const classMethod = (name: string, body: (cls: PyValue) => PyValue) => {
    const fn = new PyNativeFunction(name, ([cls]) => body(cls ?? Path));
    Path.dict.set(name, interp.call(interp.builtins.get('classmethod')!, [fn]));
  };
  const stat = (self: PyValue | undefined) => {
    try {
      return files().statSync(full(self));
    } catch {
      return null;
    }
  };
  const arg = (args: PyValue[], kwargs: Kwargs, index: number, name: string): PyValue | undefined => args[index] ?? kwargs.get(name);
  const os = () => interp.importModule('os');
  const callOpen = (self: PyValue, mode: string, args: PyValue[], kwargs: Kwargs) => interp.call(interp.builtins.get('open')!, [text(self), mode, ...args], kwargs);
  const withFile = <T>(file: PyValue, body: (f: PyValue) => T): T => {
    try {
      return body(file);
    } finally {
      interp.call(interp.getAttr(file, 'close'), []);
    }
  };

  classMethod('cwd', (cls) => make(cls === Path ? classes.PosixPath : (cls as typeof Path), hostOf(interp).cwd));
  classMethod('home', (cls) => make(cls === Path ? classes.PosixPath : (cls as typeof Path), home()));
  method('exists', (self) => stat(self) !== null);
  method('is_file', (self) => stat(self)?.isFile() ?? false);
  method('is_dir', (self) => stat(self)?.isDirectory() ?? false);
  method('is_symlink', (self) => {
    try {
      return files().lstatSync(full(self)).isSymbolicLink();
    } catch {
      return false;
    }
  });
  method('is_mount', (self) => full(self) === '/');
  method('stat', (self) => interp.call(interp.getAttr(os(), 'stat'), [text(self)]));
  method('lstat', (self) => interp.call(interp.getAttr(os(), 'lstat'), [text(self)]));
  method('iterdir', (self) => {
    const names = onHost(() => files().readdirSync(full(self)).map(String), text(self));
    const base = text(self);
    return iteratorObject('generator', names.map((n) => like(self, base === '.' ? n : `${base}/${n}`))[Symbol.iterator]());
  });
  const glob = (self: PyInstance, pattern: string) => {
    if (pattern === '') throw pyError('ValueError', `Unacceptable pattern: ''`);
    if (pattern.startsWith('/')) throw pyError('NotImplementedError', 'Non-relative patterns are unsupported');
    const base = text(self);
    const dirsOnly = pattern === '**' || pattern.endsWith('/**') || pattern.endsWith('/');
    const found = globPaths(files(), pattern, (p) => hostPath(interp, base === '.' ? p : `${base}/${p}`), { recursive: true, includeHidden: true });
    const paths = found
      .filter((p) => !dirsOnly || files().statSync(hostPath(interp, base === '.' ? p : `${base}/${p}`)).isDirectory())
      .map((p) => like(self, normpath(base === '.' ? p : `${base}/${p}`)));
    return iteratorObject('generator', paths[Symbol.iterator]());
  };
  method('glob', (self, [pattern]) => glob(self, classes.textOf(pattern ?? null)));
  method('rglob', (self, [pattern]) => glob(self, `**/${classes.textOf(pattern ?? null)}`));
  method('mkdir', (self, args, kwargs) => {
    const parents = interp.truthy(arg(args, kwargs, 1, 'parents') ?? false);
    const existOk = interp.truthy(arg(args, kwargs, 2, 'exist_ok') ?? false);
    const p = text(self);
    const s = stat(self);
    if (s) {
      if (existOk && s.isDirectory()) return null;
      throw osError('EEXIST', p);
    }
    onHost(() => files().mkdirSync(full(self), { recursive: parents }), p);
    return null;
  });
  method('rmdir', (self) => interp.call(interp.getAttr(os(), 'rmdir'), [text(self)]));
  method('unlink', (self, args, kwargs) => {
    const missingOk = interp.truthy(arg(args, kwargs, 0, 'missing_ok') ?? false);
    if (missingOk && stat(self) === null) return null;
    return interp.call(interp.getAttr(os(), 'unlink'), [text(self)]);
  });
  const move = (name: string) =>
    method(name, (self, [target]) => {
      const to = classes.textOf(target ?? null);
      interp.call(interp.getAttr(os(), 'rename'), [text(self), to]);
      return like(self, to);
    });
  move('rename');
  move('replace');
  method('touch', (self, args, kwargs) => {
    const existOk = interp.truthy(arg(args, kwargs, 1, 'exist_ok') ?? true);
    const s = stat(self);
    if (s && !existOk) throw osError('EEXIST', text(self));
    if (!s) onHost(() => files().writeFileSync(full(self), new Uint8Array(0)), text(self));
    return null;
  });
  method('open', (self, [mode, ...rest], kwargs) => callOpen(self, typeof mode === 'string' ? mode : String(kwargs.get('mode') ?? 'r'), rest, withoutMode(kwargs)));
  method('read_text', (self, args, kwargs) => withFile(callOpen(self, 'r', args, kwargs), (f) => interp.call(interp.getAttr(f, 'read'), [])));
  method('read_bytes', (self) => withFile(callOpen(self, 'rb', [], new Map()), (f) => interp.call(interp.getAttr(f, 'read'), [])));
  method('write_text', (self, [data, ...rest], kwargs) => {
    if (typeof data !== 'string') throw pyError('TypeError', `data must be str, not ${typeName(data ?? null)}`);
    return withFile(callOpen(self, 'w', rest, kwargs), (f) => interp.call(interp.getAttr(f, 'write'), [data]));
  });
  method('write_bytes', (self, [data]) => {
    if (!(data instanceof PyBytes)) throw pyError('TypeError', `memoryview: a bytes-like object is required, not '${typeName(data ?? null)}'`);
    return withFile(callOpen(self, 'wb', [], new Map()), (f) => interp.call(interp.getAttr(f, 'write'), [data]));
  });
  method('absolute', (self) => {
    const p = text(self);
    return like(self, p.startsWith('/') ? p : hostOf(interp).cwd + (p === '.' ? '' : `/${p}`));
  });
  method('resolve', (self) => {
    const absolute = normpath(full(self));
    try {
      return like(self, String(files().realpathSync(absolute)));
    } catch {
      return like(self, absolute);
    }
  });
  method('expanduser', (self) => like(self, expanduser(text(self), home())));
  method('samefile', (self, [other]) => {
    const a = onHost(() => files().statSync(full(self)), text(self));
    const b = onHost(() => files().statSync(hostPath(interp, classes.textOf(other ?? null))), classes.textOf(other ?? null));
    return a.ino === b.ino && a.dev === b.dev;
  });
  method('chmod', () => null);
  method('walk', (self, args, kwargs) => {
    const topDown = arg(args, kwargs, 0, 'top_down') ?? true;
    const walk = interp.call(interp.getAttr(os(), 'walk'), [text(self)], new Map([['topdown', topDown]]));
    const rows = interp.iterate(walk).map((row) => {
      const [top, dirs, names] = interp.iterate(row);
      return new PyTuple([like(self, String(top)), dirs!, names!]);
    });
    return iteratorObject('generator', rows[Symbol.iterator]());
  });
}

function withoutMode(kwargs: Kwargs): Kwargs {
  const out = new Map(kwargs);
  out.delete('mode');
  return out;
}
