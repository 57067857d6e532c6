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

/**
 * Saves one after another, and only the latest of those waiting: a burst of edits while
 * a save runs costs one more save, not one each.
 */
export class SaveQueue {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly save: () => Promise<void>) {}

  request(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.save();
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }
}
