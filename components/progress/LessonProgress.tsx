'use client';

import type { Lang } from '@/lib/languages';
import { COURSE_STRINGS, progressSummary } from '@/lib/course-strings';
import { lessonStatus, type LessonTotals } from '@/lib/progress/progress';
import { recordProgress, useProgress } from './progress-store';
import { BUTTON } from '../course/buttons';

/** The end of a lesson: how much of it is done, and a way to mark it finished. */
export function LessonProgress({ lang, lesson }: { lang: Lang; lesson: LessonTotals }) {
  const t = COURSE_STRINGS[lang].progress;
  const status = lessonStatus(useProgress(), lesson);
  return (
    <section data-testid="lesson-progress" aria-label={t.yourProgress} className="mt-10 rounded-lg border border-zinc-200 px-4 py-3 text-sm dark:border-zinc-800">
      <p className="font-semibold">{t.yourProgress}</p>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">
        {progressSummary(t, { exercises: lesson.exercises.length, questions: lesson.quiz.length }, status)}
      </p>
      <div role="status" aria-live="polite" className="mt-2">
        {status.finished ? (
          <p className="font-medium text-brand-800 dark:text-brand-300">✓ {t.markedFinished}</p>
        ) : (
          <button
            type="button"
            onClick={() => recordProgress({ kind: 'finished', slug: lesson.slug })}
            className={BUTTON}
          >
            {t.markFinished}
          </button>
        )}
      </div>
    </section>
  );
}
