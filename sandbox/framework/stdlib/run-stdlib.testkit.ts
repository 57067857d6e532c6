import { Volume, createFsFromVolume } from 'memfs';
import { newDict } from '../python';
import type { HostFiles } from '../python/host-files';
import { runPython } from '../python/run-python.testkit';
import { coreModules } from './core-modules';
import { libraryModules } from './library-modules';

/** A fresh in-memory disk with the program's files under /p and an empty /tmp, as the browser's Worker has one. */
export function memoryDisk(files: Record<string, string>): HostFiles {
  const volume = new Volume();
  const disk = createFsFromVolume(volume);
  disk.mkdirSync('/tmp', { recursive: true });
  disk.mkdirSync('/home/learner', { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const full = `/p/${name}`;
    disk.mkdirSync(full.slice(0, full.lastIndexOf('/')), { recursive: true });
    disk.writeFileSync(full, text);
  }
  return disk as unknown as HostFiles;
}

/**
 * Runs a program with the standard library importable, as the sandbox's `python` has it: its
 * files on an in-memory disk, the working folder /tmp (where the recorded CPython ran).
 */
export function runWithStdlib(files: Record<string, string> | string, argv: string[] = ['main.py']) {
  const sources = typeof files === 'string' ? { 'main.py': files } : files;
  return runPython(sources, {
    // The library's chunk as loaded (stdlib/index.ts loads it before a program runs).
    nativeModules: withLibrary({ environ: newDict([['HOME', '/home/learner']]), argv, sysPath: ['/p'], cwd: '/tmp' }),
    disk: memoryDisk(sources),
    cwd: '/tmp',
  });
}

/** What a program printed; a program that ends in a traceback fails the test with it. */
export function stdlibStdoutOf(source: string): string {
  const result = runWithStdlib(source);
  if (result.traceback !== null) throw new Error(`the program ended with a traceback:\n${result.traceback}\n(printed before it:)\n${result.stdout}`);
  return result.stdout;
}

function withLibrary(ctx: Parameters<typeof coreModules>[0]) {
  return { ...coreModules(ctx), ...libraryModules(ctx) };
}
