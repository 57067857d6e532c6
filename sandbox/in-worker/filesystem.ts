import path from 'node:path';
import { Volume, createFsFromVolume } from 'memfs';
import { homedir } from './node-os';
import type { FilesystemSnapshot } from '../protocol/sandbox-state';

/**
 * The learner's disk in the browser: one in-memory volume that the Worker bundle gives the
 * framework as `node:fs`, so the framework's file code runs unchanged.
 */
const volume = new Volume();
const fs = createFsFromVolume(volume);

export default fs;

/**
 * A machine with nothing on it yet but the learner's home and the system's folders (which
 * the learner may look at but not change: the shell answers "Permission denied").
 */
function freshVolume(): void {
  volume.reset();
  for (const folder of ['/bin', '/etc', '/tmp', '/usr/bin', '/usr/lib', '/usr/local/bin']) fs.mkdirSync(folder, { recursive: true });
  fs.mkdirSync(homedir(), { recursive: true });
}

freshVolume();

/** Everything under `root` (by default the whole volume). */
export function snapshot(root = '/'): FilesystemSnapshot {
  const taken: FilesystemSnapshot = { files: {}, folders: [], links: {} };
  const visit = (folder: string) => {
    for (const name of fs.readdirSync(folder) as string[]) {
      const full = path.posix.join(folder, name);
      const stat = fs.lstatSync(full);
      if (stat.isSymbolicLink()) taken.links[full] = String(fs.readlinkSync(full));
      else if (stat.isDirectory()) {
        taken.folders.push(full);
        visit(full);
      } else {
        // A copy: later writes must not change what was taken, and it is the caller's to transfer.
        taken.files[full] = new Uint8Array(fs.readFileSync(full) as Uint8Array);
      }
    }
  };
  visit(root);
  return taken;
}

/** Replaces everything on the volume with what `taken` holds. */
export function restore(taken: FilesystemSnapshot): void {
  freshVolume();
  for (const folder of taken.folders) fs.mkdirSync(folder, { recursive: true });
  for (const [file, bytes] of Object.entries(taken.files)) {
    fs.mkdirSync(path.posix.dirname(file), { recursive: true });
    fs.writeFileSync(file, bytes);
  }
  for (const [link, target] of Object.entries(taken.links)) {
    fs.mkdirSync(path.posix.dirname(link), { recursive: true });
    fs.symlinkSync(target, link);
  }
}
