/**
 * The static files the contrib apps ship (the admin's CSS and JavaScript), which have no folder
 * on the learner's disk: the text of `path` under `appLabel`'s static/ folder, or null.
 * AppDirectoriesFinder asks this for apps that are not the learner's own.
 */
export function builtinStaticFile(appLabel: string, path: string): string | null {
  void appLabel;
  void path;
  return null;
}
