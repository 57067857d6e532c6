import fs from 'node:fs';
import path from 'node:path';
import { PyList, PyTuple, type PyValue } from '../../python';
import type { LoadedProject } from '../../core/handlers/project';
import { builtinStaticFile } from './builtin';

/** A file a finder found: on disk, or one of a contrib app's own. */
export type FoundFile = { kind: 'disk'; file: string } | { kind: 'builtin'; name: string; text: string };

const DEFAULT_FINDERS = ['django.contrib.staticfiles.finders.FileSystemFinder', 'django.contrib.staticfiles.finders.AppDirectoriesFinder'];

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function listOf(value: PyValue | undefined): readonly PyValue[] {
  return value instanceof PyList || value instanceof PyTuple ? value.items : [];
}

/** FileSystemFinder: STATICFILES_DIRS, each a folder or a (prefix, folder) pair, in order. */
function findInDirs(project: LoadedProject, wanted: string): FoundFile | null {
  const { interp, settings } = project;
  const cwd = interp.options.cwd ?? '/';
  for (const entry of listOf(settings.get('STATICFILES_DIRS'))) {
    let prefix = '';
    let root: PyValue = entry;
    if (entry instanceof PyTuple || entry instanceof PyList) [prefix, root] = [interp.str(entry.items[0] ?? ''), entry.items[1] ?? ''];
    let rel = wanted;
    if (prefix) {
      if (!rel.startsWith(`${prefix}/`)) continue;
      rel = rel.slice(prefix.length + 1);
    }
    const file = path.resolve(cwd, interp.str(root), rel);
    if (isFile(file)) return { kind: 'disk', file };
  }
  return null;
}

/** AppDirectoriesFinder: each installed app's static/ folder, in INSTALLED_APPS order. */
function findInApps(project: LoadedProject, wanted: string): FoundFile | null {
  for (const app of project.apps.appConfigs) {
    const file = app.module?.file;
    if (file && !file.startsWith('<')) {
      const candidate = path.join(path.dirname(file), 'static', wanted);
      if (isFile(candidate)) return { kind: 'disk', file: candidate };
      continue;
    }
    const text = builtinStaticFile(app.label, wanted);
    if (text !== null) return { kind: 'builtin', name: path.posix.basename(wanted), text };
  }
  return null;
}

/** django.contrib.staticfiles.finders.find: the first finder of STATICFILES_FINDERS that has the file. */
export function findStatic(project: LoadedProject, wanted: string): FoundFile | null {
  const names = project.settings.get('STATICFILES_FINDERS');
  const finders = names === undefined ? DEFAULT_FINDERS : listOf(names).map((n) => project.interp.str(n));
  for (const finder of finders) {
    const found = finder.endsWith('.FileSystemFinder') ? findInDirs(project, wanted) : finder.endsWith('.AppDirectoriesFinder') ? findInApps(project, wanted) : null;
    if (found) return found;
  }
  return null;
}
