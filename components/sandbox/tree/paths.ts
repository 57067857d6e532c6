// Tree paths are relative to the home folder, `/`-separated, with no leading or trailing `/`
// (as the runtime's FileEntry has them). `null` stands for the home folder itself.

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function parentOf(path: string): string | null {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? null : path.slice(0, slash);
}

export function joinPath(folder: string | null, name: string): string {
  return folder === null ? name : `${folder}/${name}`;
}

/** The folders above a path, outermost first: `a/b/c.py` gives `a`, `a/b`. */
export function ancestors(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** Whether `path` is `folder` or somewhere inside it. */
export function isWithin(path: string, folder: string): boolean {
  return path === folder || path.startsWith(`${folder}/`);
}

/**
 * Where a path is after a rename: the open file follows its own rename and its folder's.
 * Null when the rename did not touch it.
 */
export function renamedPath(path: string, from: string, to: string): string | null {
  return isWithin(path, from) ? to + path.slice(from.length) : null;
}
