/**
 * What the sandbox starts while its own code is still loading, so that it happens beside
 * that code rather than after it: the lesson's starting state (the save in IndexedDB, else
 * the lesson's starting files) and, when the Worker is known already to be the runtime,
 * the Worker itself (its bundle downloads and parses) with the page's code that drives it.
 * The session takes each over once.
 */
import { requestedRuntime, workerWithoutTrying } from './choose-runtime';
import { startingState, type SandboxLesson } from './starting-state';
import type { SavedSandbox } from './runtime';
import { startWorkerEarly } from './worker/early-worker';

let earlyState: { slug: string; state: Promise<SavedSandbox | null> } | null = null;
/** The lesson whose session has booted: its own code was quicker, and starting now would double it. */
let booted: string | null = null;

export function startEarly(lesson: SandboxLesson, search: string, memory: Pick<Storage, 'getItem'>): void {
  if (earlyState || booted === lesson.slug) return;
  const state = startingState(lesson);
  // Failing before anyone asks is not an error yet: the session that takes it hears of it.
  state.catch(() => undefined);
  earlyState = { slug: lesson.slug, state };
  if (!workerWithoutTrying({ requested: requestedRuntime(search), memory })) return;
  startWorkerEarly();
  void import('./worker/worker-runtime');
}

/** The lesson's starting state read early, once; null when there is none for this lesson. */
export function takeEarlyState(slug: string): Promise<SavedSandbox | null> | null {
  const entry = earlyState;
  earlyState = null;
  booted = slug;
  return entry?.slug === slug ? entry.state : null;
}
