import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLang } from '@/lib/languages';
import { UI_STRINGS } from '@/lib/ui-strings';
import { lessonSummaries, lessonTotals } from '@/lib/content/lessons';
import { CourseIndex } from '@/components/CourseIndex';

export async function generateMetadata({ params }: PageProps<'/[lang]'>): Promise<Metadata> {
  const { lang } = await params;
  if (!isLang(lang)) return {};
  return { title: UI_STRINGS[lang].courseTitle };
}

export default async function CoursePage({ params }: PageProps<'/[lang]'>) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  return <CourseIndex lang={lang} lessons={lessonSummaries(lang)} totals={lessonTotals()} />;
}
