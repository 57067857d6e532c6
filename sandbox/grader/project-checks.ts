import fs from 'node:fs';
import path from 'node:path';
import type { Check, CheckResult } from './checks';
import { homePath, type GradeContext } from './context';
import { answerLocalGet, answerLocalGetAs, openProject, reverseLocal, type LoadedProject } from '../framework';
import { scratchProject } from './scratch-project';

type ProjectCheck = Extract<Check, { type: 'app_installed' | 'http_get' | 'url_reverses' }>;

/** The settings module manage.py names, as `python manage.py` would use it. */
function settingsModule(project: string): string {
  const manage = path.join(project, 'manage.py');
  const text = fs.existsSync(manage) ? fs.readFileSync(manage, 'utf8') : '';
  return /DJANGO_SETTINGS_MODULE['"]\s*,\s*['"]([\w.]+)['"]/.exec(text)?.[1] ?? `${path.basename(project)}.settings`;
}

/** The error a project raised while loading, as the last line of its traceback reads. */
export const failure = (err: unknown) => (err instanceof Error ? `${err.name}: ${err.message}` : String(err));

/** Loads the project as runserver does for each request (afresh, as it is on disk now), or says why it cannot be loaded. */
export function load(dir: string, project: string): LoadedProject | { error: string } {
  if (!fs.existsSync(path.join(dir, 'manage.py'))) return { error: `no manage.py in ~/${project}` };
  try {
    return openProject(dir, settingsModule(dir));
  } catch (err) {
    return { error: failure(err) };
  }
}

export function projectCheck(check: ProjectCheck, context: GradeContext): CheckResult {
  const dir = homePath(context, check.project);
  // A session for `as` is a row in the database: it is made in a copy, never in the learner's.
  if (check.type === 'http_get' && (check.vary || check.as !== undefined) && fs.existsSync(path.join(dir, 'manage.py'))) {
    const scratch = scratchProject(dir, check.vary ?? []);
    if ('error' in scratch) return { passed: false, found: scratch.error };
    try {
      return checkLoaded(check, load(scratch.dir, check.project));
    } finally {
      scratch.dispose();
    }
  }
  return checkLoaded(check, load(dir, check.project));
}

function checkLoaded(check: ProjectCheck, loaded: LoadedProject | { error: string }): CheckResult {
  if ('error' in loaded) return { passed: false, found: loaded.error };
  try {
    if (check.type === 'app_installed') {
      const apps = loaded.settings.installedApps();
      // An app may be listed by its package or by its AppConfig class ('home.apps.HomeConfig').
      const passed = apps.some((a) => a === check.app || a.startsWith(`${check.app}.apps.`));
      return { passed };
    }
    if (check.type === 'url_reverses') {
      const got = reverseLocal(loaded, check.name);
      return { passed: got === check.path, found: got };
    }
    const response = check.as === undefined ? answerLocalGet(loaded, check.path) : answerLocalGetAs(loaded, check.path, check.as);
    const type = response.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '';
    const passed =
      response.status === check.status &&
      (check.contains === undefined || response.body.includes(check.contains)) &&
      (check.contentType === undefined || type.startsWith(check.contentType));
    const found = [`${response.status} ${response.reason}`, check.contentType !== undefined ? type : ''].filter(Boolean).join(', ');
    return { passed, found };
  } catch (err) {
    return { passed: false, found: failure(err) };
  } finally {
    // Grading looks; it never changes the learner's database, whatever a view does.
    loaded.connections.discardAll();
  }
}
