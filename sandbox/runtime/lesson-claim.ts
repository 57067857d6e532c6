/**
 * Which tab saves a lesson's sandbox. Two tabs on one lesson each run their own sandbox,
 * and both would save under the same key: the last to save would silently replace the
 * other's work. So one tab at a time holds the lesson (a Web Lock, shared by the tabs of
 * this site); the others run without saving, and say so, until the learner moves the
 * lesson to them.
 */
export interface LessonClaim {
  /** Whether this tab may save the lesson; settles once the claim is decided. */
  held(): Promise<boolean>;
  /** Takes the lesson from whichever tab holds it (that tab is told it lost it). */
  takeOver(): Promise<void>;
  release(): void;
}

/** `elsewhere`: another tab had the lesson when this one opened; `lost`: another tab took it. */
export type ClaimStatus = 'deciding' | 'here' | 'elsewhere' | 'lost';

export interface ClaimEvents {
  /** Another tab holds the lesson (at the start), or took it from this tab. */
  elsewhere(lost: boolean): void;
  /** This tab holds it (at the start, or after takeOver). */
  here(): void;
}

/**
 * How long a tab waits for the lesson before deciding another tab has it. A reload, or
 * switching language, opens the lesson again while the page before may still be letting
 * it go, which takes seconds on a busy device (1.5 s was seen to be too short). Only saving
 * waits for the decision; the sandbox runs meanwhile.
 */
const WAIT_MS = 5_000;

const lockName = (lesson: string) => `django-first-steps:sandbox:${lesson}`;

export function claimLesson(lesson: string, events: ClaimEvents, waitMs = WAIT_MS): LessonClaim {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  // Without Web Locks (an older browser), every tab saves.
  if (!locks) {
    events.here();
    return { held: async () => true, takeOver: async () => undefined, release: () => undefined };
  }
  let releaseHeld: () => void = () => undefined;
  let released = false;
  let decided: Promise<boolean>;

  const request = (steal: boolean) =>
    new Promise<boolean>((decide) => {
      const waiting = new AbortController();
      const timer = steal ? undefined : setTimeout(() => waiting.abort(), waitMs);
      let granted = false;
      locks
        .request(lockName(lesson), steal ? { steal: true } : { signal: waiting.signal }, () => {
          clearTimeout(timer);
          granted = true;
          if (released) return undefined;
          decide(true);
          events.here();
          return new Promise<void>((resolve) => (releaseHeld = resolve));
        })
        .catch(() => {
          if (released) return;
          // Not granted in time: another tab holds it. Granted, then taken: another tab took it.
          if (!granted) decide(false);
          decided = Promise.resolve(false);
          events.elsewhere(granted);
        });
    });

  decided = request(false);
  return {
    held: () => decided,
    async takeOver() {
      decided = request(true);
      await decided;
    },
    release() {
      released = true;
      releaseHeld();
    },
  };
}
