import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { SavedSandbox } from './runtime';

/**
 * Each lesson's sandbox in IndexedDB, under the lesson's slug: the same key in both
 * languages, so switching language keeps the sandbox as it is.
 */
let store: UseStore | null = null;
const sandboxes = () => (store ??= createStore('django-first-steps', 'sandboxes'));
const key = (lesson: string) => `lesson:${lesson}`;

// Async all three: where IndexedDB is blocked, opening the store throws at once, and the
// caller must get that as a rejection it can handle, not an exception in its own code.
export async function loadSandbox(lesson: string): Promise<SavedSandbox | undefined> {
  return get<SavedSandbox>(key(lesson), sandboxes());
}

export async function storeSandbox(lesson: string, saved: SavedSandbox): Promise<void> {
  return set(key(lesson), saved, sandboxes());
}

export async function forgetSandbox(lesson: string): Promise<void> {
  return del(key(lesson), sandboxes());
}
