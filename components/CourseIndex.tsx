import Link from 'next/link';
import type { Lang } from '@/lib/languages';
import type { LessonSummary } from '@/lib/content/lessons';
import { UI_STRINGS } from '@/lib/ui-strings';
import type { LessonTotals } from '@/lib/progress/progress';
import { LessonProgressBadge } from './progress/LessonProgressBadge';
import { ProgressFile } from './progress/ProgressFile';

export function CourseIndex({ lang, lessons, totals }: { lang: Lang; lessons: LessonSummary[]; totals: LessonTotals[] }) {
  const t = UI_STRINGS[lang];
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <p className="text-sm font-medium uppercase tracking-wide text-brand-700 dark:text-brand-300">{t.siteTagline}</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">{t.courseTitle}</h1>
      <p className="mt-4 text-lg leading-relaxed text-zinc-700 dark:text-zinc-300">{t.courseIntro}</p>
      <ol className="mt-10 space-y-4" data-testid="lesson-list">
        {lessons.map((lesson) => (
          <li key={lesson.slug}>
            <Link
              href={`/${lang}/lessons/${lesson.slug}`}
              className="block rounded-xl border border-zinc-200 p-5 transition hover:border-brand-400 hover:bg-brand-50 dark:border-zinc-800 dark:hover:bg-zinc-900"
            >
              <span className="flex flex-wrap items-center justify-between gap-2">
                <span className="text-sm font-medium text-brand-700 dark:text-brand-300">{t.lessonNumber(lesson.number)}</span>
                <LessonProgressBadge lang={lang} lesson={totals.find((x) => x.slug === lesson.slug)!} />
              </span>
              <span className="mt-1 block text-xl font-semibold">{lesson.title}</span>
              <span className="mt-2 block text-zinc-700 dark:text-zinc-300">{lesson.summary}</span>
            </Link>
          </li>
        ))}
      </ol>
      <ProgressFile lang={lang} lessons={totals} />
    </main>
  );
}
