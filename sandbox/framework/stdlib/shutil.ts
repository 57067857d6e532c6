import { PyClass, PyException, PyNativeFunction, exceptionClass, newException, pyError, type Interpreter, type Kwargs, type PyValue } from '../python';
import type { HostFiles } from '../python/host-files';
import { fspath, hostOf, hostPath, onHost, osError } from './io/host';
import { join, split } from './os/posixpath';

/** Removes a folder and everything in it, on the host. */
export function removeTree(files: HostFiles, full: string): void {
  for (const name of files.readdirSync(full).map(String)) {
    const child = `${full}/${name}`;
    const stat = files.lstatSync(child);
    if (stat.isDirectory() && !stat.isSymbolicLink()) removeTree(files, child);
    else files.unlinkSync(child);
  }
  files.rmdirSync(full);
}

/** `shutil`: copying, moving and removing files and folders on the run's disk. */
export function shutilModule(interp: Interpreter): Record<string, PyValue> {
  const Error_ = new PyClass('Error', [exceptionClass('OSError')], 'shutil');
  const SameFileError = new PyClass('SameFileError', [Error_], 'shutil');
  const files = () => hostOf(interp).files;
  const full = (p: string) => hostPath(interp, p);
  const stat = (p: string) => {
    try {
      return files().statSync(full(p));
    } catch {
      return null;
    }
  };
  const isDir = (p: string) => stat(p)?.isDirectory() ?? false;
  const arg = (args: PyValue[], kwargs: Kwargs, i: number, name: string) => {
    const v = args[i] ?? kwargs.get(name);
    if (v === undefined) throw pyError('TypeError', `missing required argument '${name}'`);
    return fspath(interp, v);
  };
  const copyfile = (src: string, dst: string): string => {
    if (full(src) === full(dst)) throw new PyException(newException(SameFileError, [`${interp.repr(src)} and ${interp.repr(dst)} are the same file`]));
    const s = stat(src);
    if (!s) throw osError('ENOENT', src);
    if (s.isDirectory()) throw osError('EISDIR', src);
    if (isDir(dst)) throw osError('EISDIR', dst);
    const data = onHost(() => files().readFileSync(full(src)), src);
    onHost(() => files().writeFileSync(full(dst), data), dst);
    return dst;
  };
  const copy = (src: string, dst: string): string => copyfile(src, isDir(dst) ? join(dst, [split(src)[1]]) : dst);
  const copytree = (src: string, dst: string, existOk: boolean): void => {
    if (!isDir(src)) throw osError(stat(src) ? 'ENOTDIR' : 'ENOENT', src);
    if (stat(dst) && !existOk) throw osError('EEXIST', dst);
    onHost(() => files().mkdirSync(full(dst), { recursive: true }), dst);
    for (const name of files().readdirSync(full(src)).map(String)) {
      const from = join(src, [name]);
      const to = join(dst, [name]);
      if (isDir(from)) copytree(from, to, existOk);
      else copyfile(from, to);
    }
  };
  const fn = (name: string, body: (args: PyValue[], kwargs: Kwargs) => PyValue) => new PyNativeFunction(name, body);
  return {
    Error: Error_,
    SameFileError,
    copyfile: fn('copyfile', (a, k) => copyfile(arg(a, k, 0, 'src'), arg(a, k, 1, 'dst'))),
    copy: fn('copy', (a, k) => copy(arg(a, k, 0, 'src'), arg(a, k, 1, 'dst'))),
    copy2: fn('copy2', (a, k) => copy(arg(a, k, 0, 'src'), arg(a, k, 1, 'dst'))),
    copymode: fn('copymode', () => null),
    copystat: fn('copystat', () => null),
    copytree: fn('copytree', (a, k) => {
      const dst = arg(a, k, 1, 'dst');
      copytree(arg(a, k, 0, 'src'), dst, interp.truthy(k.get('dirs_exist_ok') ?? false));
      return dst;
    }),
    rmtree: fn('rmtree', (a, k) => {
      const p = arg(a, k, 0, 'path');
      const ignore = interp.truthy(a[1] ?? k.get('ignore_errors') ?? false);
      try {
        const s = stat(p);
        if (!s) throw osError('ENOENT', p);
        if (!s.isDirectory()) throw osError('ENOTDIR', p);
        onHost(() => removeTree(files(), full(p)), p);
      } catch (err) {
        if (!ignore) throw err;
      }
      return null;
    }),
    move: fn('move', (a, k) => {
      const src = arg(a, k, 0, 'src');
      let dst = arg(a, k, 1, 'dst');
      if (isDir(dst)) {
        dst = join(dst, [split(src.replace(/\/+$/, ''))[1]]);
        if (stat(dst)) throw new PyException(newException(Error_, [`Destination path '${dst}' already exists`]));
      }
      if (!stat(src)) throw osError('ENOENT', src);
      onHost(() => files().renameSync(full(src), full(dst)), src, dst);
      return dst;
    }),
    which: fn('which', () => null),
  };
}
