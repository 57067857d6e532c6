'use client';

import { useState } from 'react';
import { applySolution, EditNotApplicable } from '@/sandbox/grader/apply-solution';
import type { SolutionStep } from '@/sandbox/grader/solution';
import type { SandboxHost } from '@/sandbox/grader/host';

export type Applying = 'idle' | 'running' | 'done' | { error: string };

/**
 * Steps (a solution, an edit) applied to the sandbox on request, and how it went. A file the
 * learner changed so that a step no longer fits is said in the page's words (`cannotApply`).
 */
export function useApplySteps(steps: SolutionStep[], sandbox: SandboxHost | null, cannotApply: (path: string) => string) {
  const [state, setState] = useState<Applying>('idle');
  const apply = async () => {
    if (!sandbox) return;
    setState('running');
    try {
      await applySolution(steps, sandbox);
      setState('done');
    } catch (err) {
      setState({ error: err instanceof EditNotApplicable ? cannotApply(err.path) : err instanceof Error ? err.message : String(err) });
    }
  };
  return { state, apply };
}
