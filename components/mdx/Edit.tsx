'use client';

import type { ReactNode } from 'react';
import { COURSE_STRINGS } from '@/lib/course-strings';
import { useLesson } from '../course/LessonProvider';
import { useApplySteps } from '../course/use-apply-steps';
import { BUTTON } from '../course/buttons';
import { useSandboxBridge } from '../sandbox/sandbox-bridge';

/**
 * A change the lesson walks the learner through (the MDX shows it): they make it in the
 * editor, or let the sandbox make it with lesson.json's steps.
 */
export function Edit({ id, children }: { id: string; children: ReactNode }) {
  const lesson = useLesson();
  const t = COURSE_STRINGS[lesson.lang];
  const steps = lesson.edits[id];
  if (!steps) throw new Error(`<Edit id="${id}"> is not in lesson.json "edits"`);
  const sandbox = useSandboxBridge();
  const { state, apply } = useApplySteps(steps, sandbox, t.exercise.cannotApply);
  return (
    // A plain box, not a landmark: a lesson has many edits, and they need no names of their own.
    <div data-testid={`edit-${id}`} className="my-6 rounded-lg border border-zinc-300 px-4 py-3 dark:border-zinc-700">
      {/* The change keeps the lesson's prose styles (its code block above all): the card is not `not-prose`. */}
      <div className="[&>:first-child]:mt-0 [&>:last-child]:mb-0">{children}</div>
      <div className="not-prose mt-3 flex flex-wrap items-center gap-2 text-sm" role="status" aria-live="polite">
        <button type="button" disabled={state === 'running' || state === 'starting'} onClick={() => void apply()} className={BUTTON}>
          {state === 'running' ? t.edit.applying : t.edit.apply}
        </button>
        {state === 'starting' && <span>{t.exercise.startingSandbox}</span>}
        {state === 'done' && <span>{t.edit.applied}</span>}
        {typeof state === 'object' && <span className="text-red-700 dark:text-red-400">{state.error}</span>}
      </div>
    </div>
  );
}
