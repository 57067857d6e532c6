import path from 'node:path';
import { PyException, PyInstance, exceptionClass, newException, pyError, typeName, type Interpreter, type PyValue } from '../../python';
import { PyBytes } from '../../python/bytes';
import type { HostFiles, HostStats } from '../../python/host-files';
import type { PyFileSystem } from '../../python';

/** One run's view of the disk: the files, and the working directory os.chdir() moves. */
export interface Host {
  files: HostFiles;
  cwd: string;
  home: string;
}

const hosts = new WeakMap<Interpreter, Host>();

/** The run's disk; an interpreter given only its import reader (the tests' kits) reads through that, and cannot write. */
export function hostOf(interp: Interpreter): Host {
  let host = hosts.get(interp);
  if (!host) {
    const files = interp.options.files ?? readOnlyFiles(interp.options.fs);
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

/** The disk as the interpreter's import reader sees it: files and folders to read, nothing to list or write. */
function readOnlyFiles(fs: PyFileSystem): HostFiles {
  const fail = (code: string): never => {
    throw Object.assign(new Error(code), { code });
  };
  const stats = (isDir: boolean, size: number): HostStats => ({
    size, mtimeMs: 0, atimeMs: 0, ctimeMs: 0, mode: isDir ? 0o40755 : 0o100644, ino: 0, dev: 0, nlink: 1, uid: 1000, gid: 1000,
    isFile: () => !isDir, isDirectory: () => isDir, isSymbolicLink: () => false,
  });
  const stat = (p: string): HostStats => {
    if (fs.isDirectory(p)) return stats(true, 4096);
    const text = fs.readFile(p);
    return text === null ? fail('ENOENT') : stats(false, new TextEncoder().encode(text).length);
  };
  return {
    readFileSync: (p) => {
      const text = fs.readFile(p);
      return text === null ? fail(fs.isDirectory(p) ? 'EISDIR' : 'ENOENT') : new TextEncoder().encode(text);
    },
    statSync: stat,
    lstatSync: stat,
    readdirSync: (p) => (fs.isDirectory(p) ? [] : fail('ENOENT')),
    existsSync: (p) => fs.isDirectory(p) || fs.readFile(p) !== null,
    realpathSync: (p) => (stat(p), p),
    writeFileSync: () => fail('EROFS'),
    appendFileSync: () => fail('EROFS'),
    mkdirSync: () => fail('EROFS'),
    rmdirSync: () => fail('EROFS'),
    unlinkSync: () => fail('EROFS'),
    renameSync: () => fail('EROFS'),
  };
}
