import path from 'node:path';
import type { Lang } from '../languages';
import { COURSE_STRINGS } from '../course-strings';
import { compileLesson, type CompiledLesson } from './compile-lesson';
import { lessonEntry, lessonSourcePath, readLessonSource } from './lessons';
import { twinProblems } from './twins';

const compiled = new Map<string, Promise<CompiledLesson>>();

/**
 * A lesson compiled for its page, once per build process and language (the page, its
 * metadata and the Hinglish twin's need of the English ids all share one compile). The
 * English lesson is compiled first: its heading ids are the ones both languages share.
 */
export function compiledLesson(lang: Lang, slug: string): Promise<CompiledLesson> {
  const key = `${lang}/${slug}`;
  let lesson = compiled.get(key);
  if (!lesson) {
    lesson = compile(lang, slug);
    compiled.set(key, lesson);
  }
  return lesson;
}

async function compile(lang: Lang, slug: string): Promise<CompiledLesson> {
  const entry = lessonEntry(slug);
  if (!entry) throw new Error(`No lesson with slug "${slug}"`);
  const where = path.relative(process.cwd(), lessonSourcePath(entry, lang));
  const ownComputerLabel = COURSE_STRINGS[lang].console.ownComputer;
  if (lang === 'en') return compileLesson(readLessonSource(entry, 'en'), { where, ownComputerLabel });
  const english = await compiledLesson('en', slug);
  const twin = await compileLesson(readLessonSource(entry, lang), {
    where,
    ownComputerLabel,
    headingIds: english.headings.map((h) => h.id),
  });
  const problems = twinProblems(english, twin);
  if (problems.length > 0) throw new Error(`${where} ${problems.join('; ')}`);
  return twin;
}
