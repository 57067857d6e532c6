'use client';

import type { Lang } from '@/lib/languages';
import { COURSE_STRINGS, progressSummary } from '@/lib/course-strings';
import { lessonStatus, type LessonTotals } from '@/lib/progress/progress';
import { useProgress } from './progress-store';

/** A lesson's progress on the course index: finished, or how many exercises and questions are done. */
export function LessonProgressBadge({ lang, lesson }: { lang: Lang; lesson: LessonTotals }) {
  const t = COURSE_STRINGS[lang].progress;
  const status = lessonStatus(useProgress(), lesson);
  if (status.finished) {
    return (
      <span data-testid={`progress-${lesson.slug}`} data-finished="true" className="rounded-full bg-brand-600 px-2 py-0.5 text-xs font-medium text-white">
        ✓ {t.finished}
      </span>
    );
  }
  if (status.exercisesDone + status.questionsDone === 0) return <span data-testid={`progress-${lesson.slug}`} data-finished="false" />;
  return (
    <span data-testid={`progress-${lesson.slug}`} data-finished="false" className="text-xs text-zinc-700 dark:text-zinc-300">
      {progressSummary(t, { exercises: lesson.exercises.length, questions: lesson.quiz.length }, status)}
    </span>
  );
}
