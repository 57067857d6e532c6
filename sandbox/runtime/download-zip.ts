import { zipSync, type Zippable } from 'fflate';
import type { SavedSandbox } from './runtime';

/**
 * The learner's project as a zip, to keep or to open on their own machine. The venv's
 * installed packages are left out (as `.gitignore` files leave them out: a real pip
 * install recreates them), and so are caches.
 */
export function projectZip(saved: SavedSandbox): Uint8Array {
  const venvs = Object.keys(saved.files)
    .filter((p) => p.endsWith('/pyvenv.cfg') || p === 'pyvenv.cfg')
    .map((p) => p.slice(0, -'pyvenv.cfg'.length));
  const skipped = (p: string) => p.includes('__pycache__/') || p.startsWith('.local/') || venvs.some((venv) => p.startsWith(venv));
  const tree: Zippable = {};
  for (const [path, bytes] of Object.entries(saved.files)) if (!skipped(path)) tree[path] = bytes;
  for (const folder of saved.folders) if (!skipped(`${folder}/`) && !Object.keys(tree).some((p) => p.startsWith(`${folder}/`))) tree[`${folder}/`] = new Uint8Array();
  return zipSync(tree, { level: 6 });
}
