'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Check, CheckResult } from '@/sandbox/grader/checks';
import { onSandboxSettled, useSandboxBridge } from '../sandbox/sandbox-bridge';
import { recordProgress, useProgress } from '../progress/progress-store';

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
  const busy = useRef(false);

  const gradeNow = useCallback(
    async (loud: boolean) => {
      if (!sandbox) return loud ? setGrading({ phase: 'waiting' }) : undefined;
      if (busy.current && !loud) return;
      busy.current = true;
      if (loud) {
        shown.current = true;
        setGrading({ phase: 'checking' });
      }
      try {
        const results = await sandbox.grade(checks);
        if (results.every((r) => r.passed)) recordProgress({ kind: 'exercise', slug, id });
        if (shown.current) setGrading({ phase: 'graded', results });
      } catch (err) {
        if (loud) setGrading({ phase: 'failed', reason: err instanceof Error ? err.message : String(err) });
      } finally {
        busy.current = false;
      }
    },
    [sandbox, checks, slug, id],
  );

  useEffect(() => {
    if (!sandbox) return;
    // Graded once the sandbox is there (after this render), then after every command.
    const first = setTimeout(() => void gradeNow(false), 0);
    const stop = onSandboxSettled(() => void gradeNow(false));
    return () => {
      clearTimeout(first);
      stop();
    };
  }, [sandbox, gradeNow]);

  return {
    ready: sandbox !== null,
    sandbox,
    grading,
    done: progress.exercises[slug]?.includes(id) ?? false,
    check: () => gradeNow(true),
  };
}
