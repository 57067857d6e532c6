import path from 'node:path';
import { PyException, PyInstance, exceptionClass, newException, pyError, typeName, type Interpreter, type PyValue } from '../../python';
import { PyBytes } from '../../python/bytes';
import type { HostFiles } from '../../python/host-files';

/** One run's view of the disk: the files, and the working directory os.chdir() moves. */
export interface Host {
  files: HostFiles;
  cwd: string;
  home: string;
}

const hosts = new WeakMap<Interpreter, Host>();

/** The run's disk; a program run without one (a bare interpreter) gets OSError, as a sandbox without files would. */
export function hostOf(interp: Interpreter): Host {
  let host = hosts.get(interp);
  if (!host) {
    const files = interp.options.files;
    if (!files) throw pyError('OSError', 'no file system is available to this program');
    host = { files, cwd: interp.options.cwd ?? '/', home: '/home/learner' };
    hosts.set(interp, host);
  }
  return host;
}

/** Sets where relative paths start and where `~` is, before the program's first file access. */
export function configureHost(interp: Interpreter, cwd: string, home: string | undefined): void {
  const host = hostOf(interp);
  host.cwd = cwd;
  if (home) host.home = home;
}

/** A path argument as text: a str, bytes, or an os.PathLike (its __fspath__), else TypeError. */
export function fspath(interp: Interpreter, value: PyValue, what = 'expected str, bytes or os.PathLike object'): string {
  if (typeof value === 'string') return value;
  if (value instanceof PyBytes) return new TextDecoder().decode(value.data);
  if (value instanceof PyInstance) {
    const method = value.cls.lookup('__fspath__');
    if (method !== undefined) {
      const out = interp.call(method, [value]);
      if (typeof out === 'string') return out;
      if (out instanceof PyBytes) return new TextDecoder().decode(out.data);
      throw pyError('TypeError', `expected ${value.cls.name}.__fspath__() to return str or bytes, not ${typeName(out)}`);
    }
  }
  throw pyError('TypeError', `${what}, not ${typeName(value)}`);
}

/** The absolute path on the host for a program's path. */
export function hostPath(interp: Interpreter, p: string): string {
  return path.posix.resolve(hostOf(interp).cwd, p);
}

const ERRNO: Record<string, [number, string]> = {
  EPERM: [1, 'Operation not permitted'],
  ENOENT: [2, 'No such file or directory'],
  EBADF: [9, 'Bad file descriptor'],
  EACCES: [13, 'Permission denied'],
  EEXIST: [17, 'File exists'],
  EXDEV: [18, 'Invalid cross-device link'],
  ENOTDIR: [20, 'Not a directory'],
  EISDIR: [21, 'Is a directory'],
  EINVAL: [22, 'Invalid argument'],
  ENOSPC: [28, 'No space left on device'],
  EROFS: [30, 'Read-only file system'],
  ENAMETOOLONG: [36, 'File name too long'],
  ENOTEMPTY: [39, 'Directory not empty'],
  ELOOP: [40, 'Too many levels of symbolic links'],
};

/** OSError (FileNotFoundError, ...) for an errno name, worded as CPython words it. */
export function osError(code: string, filename?: string, filename2?: string): PyException {
  const [errno, strerror] = ERRNO[code] ?? [5, 'Input/output error'];
  const args: PyValue[] = [errno, strerror];
  if (filename !== undefined) args.push(filename);
  if (filename2 !== undefined) args.push(null, filename2);
  return new PyException(newException(exceptionClass('OSError'), args));
}

/** Runs a host file call, turning Node's error (its `code`) into the Python exception. */
export function onHost<T>(body: () => T, filename?: string, filename2?: string): T {
  try {
    return body();
  } catch (err) {
    if (err instanceof PyException) throw err;
    const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : 'EIO';
    throw osError(code, filename, filename2);
  }
}
