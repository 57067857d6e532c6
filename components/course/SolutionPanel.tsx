'use client';

import { useState } from 'react';
import type { CourseStrings } from '@/lib/course-strings';
import type { SolutionStep } from '@/sandbox/grader/solution';
import type { SandboxHost } from '@/sandbox/grader/host';
import { SolutionSteps } from './SolutionSteps';
import { useApplySteps } from './use-apply-steps';
import { BUTTON } from './buttons';

/** The solution's steps, and a way to have the sandbox do them (after asking, since it changes the learner's files). */
export function SolutionPanel({ t, steps, sandbox }: { t: CourseStrings['exercise']; steps: SolutionStep[]; sandbox: SandboxHost | null }) {
  const { state, apply } = useApplySteps(steps, sandbox, t.cannotApply);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="mt-4 border-t border-zinc-200 pt-3 text-sm dark:border-zinc-700" data-testid="solution">
      <p className="mb-2 font-medium">{t.solutionIntro}</p>
      <SolutionSteps steps={steps} t={t} />
      <div className="mt-3 flex flex-wrap items-center gap-2" role="status" aria-live="polite">
        {confirming ? (
          <>
            <span>{t.applyConfirm}</span>
            <button
              type="button"
              className={BUTTON}
              onClick={() => {
                setConfirming(false);
                void apply();
              }}
            >
              {t.applyYes}
            </button>
            <button type="button" className={BUTTON} onClick={() => setConfirming(false)}>
              {t.applyNo}
            </button>
          </>
        ) : (
          <button type="button" className={BUTTON} disabled={state === 'running' || state === 'starting'} onClick={() => setConfirming(true)}>
            {state === 'running' ? t.applying : t.apply}
          </button>
        )}
        {state === 'starting' && <span>{t.startingSandbox}</span>}
        {state === 'done' && <span>{t.applied}</span>}
        {typeof state === 'object' && <span className="text-red-700 dark:text-red-400">{state.error}</span>}
      </div>
    </div>
  );
}
