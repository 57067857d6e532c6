import fs from 'node:fs';
import path from 'node:path';

/** Where to look: the learner's home, and the folder the terminal is in. */
export interface InspectPlace {
  home: string;
  cwd: string;
}

/** A project found: its folder on disk, and the same relative to home ('.' for home itself). */
export interface FoundProject {
  dir: string;
  relative: string;
}

/** Asked first whether it exists: a failed stat costs an error with its stack, every look, every folder up. */
const isFile = (file: string) => fs.existsSync(file) && fs.statSync(file).isFile();

/** The nearest folder holding manage.py, from the terminal's folder up to home; null outside home or when none does. */
export function nearestProject({ home, cwd }: InspectPlace): FoundProject | null {
  const root = path.resolve(home);
  let dir = path.resolve(cwd);
  const inHome = (d: string) => d === root || d.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  while (inHome(dir)) {
    if (isFile(path.join(dir, 'manage.py'))) return { dir, relative: path.relative(root, dir) || '.' };
    if (dir === root) break;
    dir = path.dirname(dir);
  }
  return null;
}

/** The settings module manage.py sets, as `python manage.py` would use it; the folder's name's otherwise. */
export function settingsModuleOf(dir: string): string {
  let text = '';
  try {
    text = fs.readFileSync(path.join(dir, 'manage.py'), 'utf8');
  } catch {
    // Unreadable: the folder's name is the best guess, and loading the settings says what is wrong.
  }
  return /DJANGO_SETTINGS_MODULE['"]\s*,\s*['"]([\w.]+)['"]/.exec(text)?.[1] ?? `${path.basename(dir)}.settings`;
}
