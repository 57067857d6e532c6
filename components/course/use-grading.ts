'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Check, CheckResult } from '@/sandbox/grader/checks';
import { onSandboxSettled, sandboxReady, useSandboxBridge } from '../sandbox/sandbox-bridge';
import { recordProgress, useProgress } from '../progress/progress-store';
import { RerunQueue } from '@/sandbox/runtime/rerun-queue';

export type Grading =
  | { phase: 'idle' }
  /** Check was pressed before the sandbox was ready. */
  | { phase: 'waiting' }
  | { phase: 'checking' }
  | { phase: 'graded'; results: CheckResult[] }
  | { phase: 'failed'; reason: string };

/**
 * An exercise's grading: "Check" grades at once and shows each check; after every command
 * and every saved file it is graded again quietly, and lights up when all its checks pass.
 */
export function useGrading(slug: string, id: string, checks: Check[]) {
  const sandbox = useSandboxBridge();
  const progress = useProgress();
  const [grading, setGrading] = useState<Grading>({ phase: 'idle' });
  const shown = useRef(false);

  const done = progress.exercises[slug]?.includes(id) ?? false;
  const doneNow = useRef(done);
  useEffect(() => {
    doneNow.current = done;
  }, [done]);

  const gradeNow = useCallback(
    async (loud: boolean) => {
      if (!sandbox && !loud) return;
      if (!sandbox) setGrading({ phase: 'waiting' });
      // Pressed before the sandbox was there (a phone starts it on demand): start it, then grade.
      const box = sandbox ?? (await sandboxReady());
      if (loud) {
        shown.current = true;
        setGrading({ phase: 'checking' });
      }
      try {
        const results = await box.grade(checks);
        if (results.every((r) => r.passed)) recordProgress({ kind: 'exercise', slug, id });
        if (shown.current) setGrading({ phase: 'graded', results });
      } catch (err) {
        if (loud) setGrading({ phase: 'failed', reason: err instanceof Error ? err.message : String(err) });
      }
    },
    [sandbox, checks, slug, id],
  );

  useEffect(() => {
    if (!sandbox) return;
    // Quiet grading runs one at a time, and once more after the command that came while it ran:
    // the last command is always graded. A done exercise stays done, so unless its results are
    // on screen it is not graded again.
    const quiet = new RerunQueue(() => (doneNow.current && !shown.current ? Promise.resolve() : gradeNow(false)));
    const first = setTimeout(() => void quiet.request(), 0);
    const stop = onSandboxSettled(() => void quiet.request());
    return () => {
      clearTimeout(first);
      stop();
    };
  }, [sandbox, gradeNow]);

  return {
    ready: sandbox !== null,
    sandbox,
    grading,
    done,
    check: () => gradeNow(true),
  };
}
