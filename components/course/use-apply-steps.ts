'use client';

import { useState } from 'react';
import { applySolution, EditNotApplicable } from '@/sandbox/grader/apply-solution';
import type { SolutionStep } from '@/sandbox/grader/solution';
import type { SandboxHost } from '@/sandbox/grader/host';
import { sandboxReady } from '../sandbox/sandbox-bridge';

/** `starting`: pressed before the sandbox was there; it is starting, and the steps follow. */
export type Applying = 'idle' | 'starting' | 'running' | 'done' | { error: string };

/**
 * Steps (a solution, an edit) applied to the sandbox on request, and how it went. A file the
 * learner changed so that a step no longer fits is said in the page's words (`cannotApply`).
 */
export function useApplySteps(steps: SolutionStep[], sandbox: SandboxHost | null, cannotApply: (path: string) => string) {
  const [state, setState] = useState<Applying>('idle');
  const apply = async () => {
    setState(sandbox ? 'running' : 'starting');
    try {
      // Pressed before the sandbox started (a phone starts it on demand): start it, then apply.
      const box = sandbox ?? (await sandboxReady());
      setState('running');
      await applySolution(steps, box);
      setState('done');
    } catch (err) {
      setState({ error: err instanceof EditNotApplicable ? cannotApply(err.path) : err instanceof Error ? err.message : String(err) });
    }
  };
  return { state, apply };
}
