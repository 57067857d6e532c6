'use client';

import { useState } from 'react';
import type { CourseStrings } from '@/lib/course-strings';
import type { SolutionStep } from '@/sandbox/grader/solution';
import { EditNotApplicable } from '@/sandbox/grader/apply-solution';
import type { SandboxBridge } from '../sandbox/sandbox-bridge';
import { SolutionSteps } from './SolutionSteps';
import { applySteps } from './apply-steps';

type Applying = 'idle' | 'confirm' | 'running' | 'done' | { error: string };

const button =
  'rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800';

/** The solution's steps, and a way to have the sandbox do them (after asking, since it changes the learner's files). */
export function SolutionPanel({ t, steps, sandbox }: { t: CourseStrings['exercise']; steps: SolutionStep[]; sandbox: SandboxBridge | null }) {
  const [applying, setApplying] = useState<Applying>('idle');
  const apply = async () => {
    if (!sandbox) return;
    setApplying('running');
    try {
      await applySteps(steps, sandbox);
      setApplying('done');
    } catch (err) {
      setApplying({ error: err instanceof EditNotApplicable ? t.cannotApply(err.path) : err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <div className="mt-4 border-t border-zinc-200 pt-3 text-sm dark:border-zinc-700" data-testid="solution">
      <p className="mb-2 font-medium">{t.solutionIntro}</p>
      <SolutionSteps steps={steps} t={t} />
      <div className="mt-3 flex flex-wrap items-center gap-2" role="status" aria-live="polite">
        {applying === 'confirm' ? (
          <>
            <span>{t.applyConfirm}</span>
            <button type="button" className={button} onClick={() => void apply()}>
              {t.applyYes}
            </button>
            <button type="button" className={button} onClick={() => setApplying('idle')}>
              {t.applyNo}
            </button>
          </>
        ) : (
          <button type="button" className={button} disabled={!sandbox || applying === 'running'} onClick={() => setApplying('confirm')}>
            {applying === 'running' ? t.applying : t.apply}
          </button>
        )}
        {!sandbox && <span>{t.waitForSandbox}</span>}
        {applying === 'done' && <span>{t.applied}</span>}
        {typeof applying === 'object' && <span className="text-red-700 dark:text-red-400">{applying.error}</span>}
      </div>
    </div>
  );
}
