import { adminStaticFile } from '../admin/static';

/**
 * The static files the contrib apps ship (the admin's stylesheet and icons), which have no
 * folder on the learner's disk: the text of `path` under `appLabel`'s static/ folder, or null.
 * AppDirectoriesFinder asks this for apps that are not the learner's own.
 */
export function builtinStaticFile(appLabel: string, path: string): string | null {
  if (appLabel === 'admin') return adminStaticFile(path)?.body ?? null;
  return null;
}
