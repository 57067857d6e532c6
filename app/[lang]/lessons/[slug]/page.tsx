import type { Metadata } from 'next';
import { SANDBOX_STRINGS } from '@/lib/sandbox-strings';
import { notFound } from 'next/navigation';
import { isLang, type Lang } from '@/lib/languages';
import { lessonEntries, lessonEntry, lessonSummaries } from '@/lib/content/lessons';
import { compiledLesson } from '@/lib/content/lesson-page-data';
import { consoleCommands } from '@/lib/content/console-commands';
import { LessonLayout } from '@/components/LessonLayout';
import { LessonCommands } from '@/components/LessonCommands';
import { MdxContent } from '@/components/MdxContent';
import { SandboxLoader } from '@/components/sandbox/SandboxLoader';
import { LessonProvider } from '@/components/course/LessonProvider';
import { LessonProgress } from '@/components/progress/LessonProgress';

export const dynamicParams = false;

export function generateStaticParams() {
  return lessonEntries().map((entry) => ({ slug: entry.slug }));
}

async function load(params: PageProps<'/[lang]/lessons/[slug]'>['params']) {
  const { lang, slug } = await params;
  if (!isLang(lang) || !lessonEntry(slug)) notFound();
  return { lang: lang as Lang, slug, lesson: await compiledLesson(lang, slug) };
}

export async function generateMetadata({ params }: PageProps<'/[lang]/lessons/[slug]'>): Promise<Metadata> {
  const { lesson } = await load(params);
  return { title: lesson.frontmatter.title, description: lesson.frontmatter.summary };
}

export default async function LessonPage({ params }: PageProps<'/[lang]/lessons/[slug]'>) {
  const { lang, slug, lesson } = await load(params);
  const course = lessonSummaries(lang);
  const index = course.findIndex((l) => l.slug === slug);
  const { meta } = lessonEntry(slug)!;
  const exercises = meta.exercises.map((e) => e.id);
  return (
    <LessonProvider lesson={{ lang, slug, exercises: meta.exercises, edits: meta.edits, quiz: meta.quiz }}>
    <LessonLayout
      lang={lang}
      number={course[index]!.number}
      frontmatter={lesson.frontmatter}
      headings={lesson.headings}
      previous={course[index - 1]}
      next={course[index + 1]}
      practice={
        <>
          <SandboxLoader lang={lang} slug={slug} start={meta.start} starting={SANDBOX_STRINGS[lang].terminal.starting} />
          <LessonCommands lang={lang} commands={consoleCommands(lesson.codeBlocks)} />
        </>
      }
    >
      <MdxContent code={lesson.code} />
      <LessonProgress lang={lang} lesson={{ slug, exercises, quiz: meta.quiz }} />
    </LessonLayout>
    </LessonProvider>
  );
}
