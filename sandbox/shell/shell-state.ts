import type { ShellState } from './shell';

/**
 * Whether parsed JSON is a ShellState. A saved state comes back from places that can hold
 * anything (a file a crash cut short, storage written by an older page): a shell that
 * cannot use it starts fresh instead of failing.
 */
export function isShellState(value: unknown): value is ShellState {
  if (typeof value !== 'object' || value === null) return false;
  const { cwd, variables, history, ran } = value as Record<string, unknown>;
  return (
    typeof cwd === 'string' &&
    typeof variables === 'object' &&
    variables !== null &&
    Object.values(variables).every((v) => typeof v === 'string') &&
    Array.isArray(history) &&
    history.every((line) => typeof line === 'string') &&
    (ran === undefined ||
      (Array.isArray(ran) && ran.every((r) => typeof r?.line === 'string' && typeof r?.status === 'number' && (r.cwd === undefined || typeof r.cwd === 'string'))))
  );
}
