import { PyNativeFunction } from '../../python';

/**
 * django.db.models.deletion's on_delete handlers: one object each, shared by models.py
 * (`models.CASCADE`) and migration files (`django.db.models.deletion.CASCADE`).
 */
export const DELETION_HANDLERS = Object.fromEntries(
  ['CASCADE', 'PROTECT', 'SET_NULL', 'SET_DEFAULT', 'DO_NOTHING', 'RESTRICT'].map((name) => [name, new PyNativeFunction(name, () => null)]),
) as Record<string, PyNativeFunction>;

export function deletionHandlerName(value: unknown): string | null {
  for (const [name, handler] of Object.entries(DELETION_HANDLERS)) if (handler === value) return name;
  return null;
}
