'use client';

import { createContext, useContext, useId, useState, type ReactNode } from 'react';
import { COURSE_STRINGS } from '@/lib/course-strings';
import { useLesson } from '../course/LessonProvider';
import { useGrading } from '../course/use-grading';
import { CheckResults } from '../course/CheckResults';
import { SolutionPanel } from '../course/SolutionPanel';
import { BUTTON, PRIMARY_BUTTON } from '../course/buttons';

const HintContext = createContext(0);

interface Props {
  id: string;
  title: string;
  /** How many <Hint>s it holds: set when the lesson is compiled. */
  hints?: string;
  children: ReactNode;
}

/** A graded exercise: the task (MDX), a Check button, hints one at a time, and the solution. */
export function Exercise({ id, title, hints = '0', children }: Props) {
  const lesson = useLesson();
  const t = COURSE_STRINGS[lesson.lang].exercise;
  const exercise = lesson.exercises.find((e) => e.id === id);
  if (!exercise) throw new Error(`<Exercise id="${id}"> is not in lesson.json`);
  const { sandbox, grading, done, check } = useGrading(lesson.slug, id, exercise.checks);
  const [revealed, setRevealed] = useState(0);
  const [solution, setSolution] = useState(false);
  const headingId = useId();
  const total = Number(hints);

  return (
    <section
      aria-labelledby={headingId}
      data-testid={`exercise-${id}`}
      data-done={done}
      className={`my-8 rounded-lg border-2 px-4 py-4 transition-colors ${
        done ? 'border-brand-500 bg-brand-50 dark:bg-emerald-950/40' : 'border-zinc-300 dark:border-zinc-700'
      }`}
    >
      <div className="not-prose flex flex-wrap items-baseline gap-2">
        <span className="text-xs font-semibold uppercase tracking-wide text-zinc-700 dark:text-zinc-300">{t.label}</span>
        <h3 id={headingId} className="text-lg font-semibold">
          {title}
        </h3>
        <span
          data-testid="exercise-status"
          className={`ml-auto rounded-full px-2 py-0.5 text-xs font-medium ${
            done ? 'bg-brand-600 text-white' : 'bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300'
          }`}
        >
          {done ? `✓ ${t.done}` : t.notDone}
        </span>
      </div>
      {/* The task keeps the lesson's prose styles (code blocks and all): the card is not `not-prose`. */}
      <div className="mt-2 [&>:first-child]:mt-0 [&>:last-child]:mb-0">
        <HintContext.Provider value={revealed}>{children}</HintContext.Provider>
      </div>
      <div className="not-prose mt-4 flex flex-wrap gap-2">
        <button type="button" className={PRIMARY_BUTTON} onClick={() => void check()} disabled={grading.phase === 'checking'}>
          {grading.phase === 'checking' ? t.checking : t.check}
        </button>
        {revealed < total && (
          <button type="button" className={BUTTON} onClick={() => setRevealed((n) => n + 1)}>
            {t.showHint(revealed + 1, total)}
          </button>
        )}
        <button type="button" className={BUTTON} aria-expanded={solution} onClick={() => setSolution((s) => !s)}>
          {solution ? t.hideSolution : t.showSolution}
        </button>
      </div>
      <div role="status" aria-live="polite" className="not-prose">
        <CheckResults t={t} grading={grading} checks={exercise.checks} />
      </div>
      {solution && (
        <div className="not-prose">
          <SolutionPanel t={t} steps={exercise.solution} sandbox={sandbox} />
        </div>
      )}
    </section>
  );
}

/** One hint of an exercise, shown once the learner asks for it. */
export function Hint({ index = '0', children }: { index?: string; children: ReactNode }) {
  const revealed = useContext(HintContext);
  const lesson = useLesson();
  const n = Number(index);
  if (n >= revealed) return null;
  return (
    <div className="my-3 rounded-md border-l-4 border-amber-500 bg-amber-50 px-3 py-2 dark:bg-amber-950/40">
      <p className="not-prose text-sm font-semibold">{COURSE_STRINGS[lesson.lang].exercise.hint(n + 1)}</p>
      <div className="[&>:first-child]:mt-1 [&>:last-child]:mb-0">{children}</div>
    </div>
  );
}
