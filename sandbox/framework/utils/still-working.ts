/**
 * A long computation (PBKDF2's million rounds in createsuperuser, a learner's loop, asked
 * every few thousand steps) says here that it is making progress. A host that watches for a stuck program (the page's
 * watchdog over its Worker) listens, so that a slow device is not mistaken for an endless loop.
 */
let listener: (() => void) | null = null;

export function onStillWorking(callback: (() => void) | null): void {
  listener = callback;
}

export function stillWorking(): void {
  listener?.();
}
