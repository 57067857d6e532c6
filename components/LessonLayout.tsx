import type { ReactNode } from 'react';
import type { Lang } from '@/lib/languages';
import type { Heading } from '@/lib/content/rehype-headings';
import type { LessonFrontmatter } from '@/lib/content/lesson-meta';
import type { LessonSummary } from '@/lib/content/lessons';
import { UI_STRINGS } from '@/lib/ui-strings';
import { LessonPanels } from './LessonPanels';
import { TableOfContents } from './TableOfContents';
import { LessonPager } from './LessonPager';

interface Props {
  lang: Lang;
  number: number;
  frontmatter: LessonFrontmatter;
  headings: Heading[];
  previous?: LessonSummary;
  next?: LessonSummary;
  /** The column beside the prose: the lesson's sandbox. */
  practice: ReactNode;
  children: ReactNode;
}

export function LessonLayout({ lang, number, frontmatter, headings, previous, next, practice, children }: Props) {
  const t = UI_STRINGS[lang];
  // Source order is title, contents, prose (how a phone shows them); on wide screens the
  // contents move to a sticky column on the left.
  const lesson = (
    <div className="px-4 py-8 sm:px-6 xl:grid xl:grid-cols-[12rem_minmax(0,1fr)] xl:gap-x-8">
      <header className="mx-auto w-full max-w-3xl xl:col-start-2 xl:row-start-1">
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700 dark:text-brand-300">{t.lessonNumber(number)}</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">{frontmatter.title}</h1>
        <p className="mt-3 text-lg text-zinc-700 dark:text-zinc-300">{frontmatter.summary}</p>
      </header>
      <TableOfContents label={t.onThisPage} headings={headings.filter((h) => h.depth <= 3)} />
      <article className="mx-auto w-full max-w-3xl min-w-0 xl:col-start-2 xl:row-start-2">
        <div
          data-lesson-prose
          className="prose prose-zinc mt-8 max-w-none dark:prose-invert prose-pre:overflow-x-auto prose-code:before:content-none prose-code:after:content-none"
        >
          {children}
        </div>
        <LessonPager lang={lang} previous={previous} next={next} />
      </article>
    </div>
  );
  return (
    <main id="main" className="mx-auto max-w-[110rem]">
      <LessonPanels
        labels={{ group: t.lessonViews, lesson: t.lessonTab, practice: t.practiceTab }}
        lesson={lesson}
        practice={
          <>
            {/* On a phone the practice tab hides the lesson, title and all: it carries the title itself. */}
            <h1 className="px-5 pt-4 text-xl font-bold lg:hidden">{frontmatter.title}</h1>
            {practice}
          </>
        }
      />
    </main>
  );
}
