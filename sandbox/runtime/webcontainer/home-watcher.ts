import type { ContainerFiles } from './container';

/**
 * Tells the page that files under home changed, once a burst of changes is over: one
 * command (migrate, startproject) changes many files, and the tree needs one refresh.
 */
export function watchHome(fs: ContainerFiles, delayMs: number, changed: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const watcher = fs.watch('.', { recursive: true }, () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      changed();
    }, delayMs);
  });
  return () => {
    if (timer !== null) clearTimeout(timer);
    watcher.close();
  };
}
