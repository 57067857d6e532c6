import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { SavedSandbox } from './runtime';

/**
 * Each lesson's sandbox in IndexedDB, under the lesson's slug: the same key in both
 * languages, so switching language keeps the sandbox as it is.
 */
let store: UseStore | null = null;
const sandboxes = () => (store ??= createStore('django-first-steps', 'sandboxes'));
const key = (lesson: string) => `lesson:${lesson}`;

// Every function here is async: where IndexedDB is blocked, opening the store throws at
// once, and the caller must get that as a rejection it can handle, not an exception.

/** What storage holds for the lesson, unchecked: a damaged copy must be caught by the caller. */
export async function loadSandbox(lesson: string): Promise<unknown> {
  return get<unknown>(key(lesson), sandboxes());
}

export async function storeSandbox(lesson: string, saved: SavedSandbox): Promise<void> {
  return set(key(lesson), saved, sandboxes());
}

export async function forgetSandbox(lesson: string): Promise<void> {
  return del(key(lesson), sandboxes());
}

/**
 * A saved copy that could not be opened is moved aside, never deleted with the reset that
 * follows: the learner's files may still be in it, and it stays there to download.
 */
const brokenKey = (lesson: string) => `broken:${lesson}`;

export async function keepBrokenSandbox(lesson: string, value: unknown): Promise<void> {
  await set(brokenKey(lesson), value, sandboxes());
  await del(key(lesson), sandboxes());
}

export async function loadBrokenSandbox(lesson: string): Promise<unknown> {
  return get<unknown>(brokenKey(lesson), sandboxes());
}

export async function forgetBrokenSandbox(lesson: string): Promise<void> {
  return del(brokenKey(lesson), sandboxes());
}
