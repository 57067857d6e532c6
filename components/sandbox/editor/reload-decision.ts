/**
 * What to do when the open file is read again after a command (makemigrations, startapp…)
 * may have written it:
 * - `same`: the file on disk is still what the editor last loaded or saved.
 * - `replace`: it changed and the learner has no unsaved edits: show the new version.
 * - `adopt`: it changed to exactly the learner's unsaved text: nothing is left to save.
 * - `keep`: it changed under unsaved edits: keep the edits (never lose typing) and say so.
 */
export type ReloadDecision = 'same' | 'replace' | 'adopt' | 'keep';

export function decideReload(disk: string, lastKnown: string, buffer: string): ReloadDecision {
  if (disk === lastKnown) return 'same';
  if (buffer === lastKnown) return 'replace';
  if (buffer === disk) return 'adopt';
  return 'keep';
}
