'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { claimLesson, type LessonClaim } from '@/sandbox/runtime/lesson-claim';

/** `elsewhere`: another tab had the lesson when this one opened; `lost`: another tab took it. */
export type ClaimStatus = 'deciding' | 'here' | 'elsewhere' | 'lost';

/** Whether this tab saves the lesson's sandbox (see lesson-claim.ts), and the way to move it here. */
export function useLessonClaim(slug: string) {
  const [status, setStatus] = useState<ClaimStatus>('deciding');
  const claim = useRef<LessonClaim | null>(null);

  useEffect(() => {
    const current = claimLesson(slug, {
      here: () => setStatus('here'),
      elsewhere: (lost) => setStatus(lost ? 'lost' : 'elsewhere'),
    });
    claim.current = current;
    return () => {
      current.release();
      claim.current = null;
    };
  }, [slug]);

  /**
   * Saves wait for the claim to be decided, then go ahead only in the tab that holds it.
   * (The claim exists before the sandbox's first save: this hook's effect runs first.)
   */
  const mayStore = useCallback(async () => (claim.current ? claim.current.held() : false), []);
  const takeOver = useCallback(async () => {
    await claim.current?.takeOver();
  }, []);

  return { status, mayStore, takeOver };
}
