/**
 * The learner's disk as open(), os, pathlib and shutil see it: the synchronous calls of Node's
 * `fs` that they use. The CLI passes Node's own module (the host disk); the browser Worker
 * passes its in-memory volume, the same one the shell and the editor read and write, so a
 * file a program writes shows in `ls` and `cat`.
 */
export interface HostStats {
  size: number;
  mtimeMs: number;
  atimeMs: number;
  ctimeMs: number;
  mode: number;
  ino: number | bigint;
  dev: number | bigint;
  nlink: number;
  uid: number;
  gid: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

export interface HostFiles {
  readFileSync(path: string): Uint8Array;
  writeFileSync(path: string, data: Uint8Array, options?: { flag?: string }): void;
  appendFileSync(path: string, data: Uint8Array): void;
  statSync(path: string): HostStats;
  lstatSync(path: string): HostStats;
  readdirSync(path: string): unknown[];
  mkdirSync(path: string, options?: { recursive?: boolean }): unknown;
  rmdirSync(path: string): void;
  unlinkSync(path: string): void;
  renameSync(from: string, to: string): void;
  realpathSync(path: string): unknown;
  existsSync(path: string): boolean;
}
