import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { LANGS, type Lang } from '../languages';
import type { LessonTotals } from '../progress/progress';
import { parseFrontmatter, parseLessonMeta, type LessonFrontmatter, type LessonMeta } from './lesson-meta';

export const LESSONS_DIR = path.join(process.cwd(), 'content', 'lessons');

const LESSON_DIR_PATTERN = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export interface LessonEntry {
  /** Position in the course, from the folder's NN prefix. */
  number: number;
  slug: string;
  dir: string;
  meta: LessonMeta;
}

export interface LessonSummary extends LessonFrontmatter {
  number: number;
  slug: string;
}

let entries: LessonEntry[] | undefined;

/** The course's lessons in order, read once per process. */
export function lessonEntries(): LessonEntry[] {
  entries ??= readdirSync(LESSONS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const match = LESSON_DIR_PATTERN.exec(d.name);
      if (!match) throw new Error(`content/lessons/${d.name}: lesson folders are named NN-slug`);
      const dir = path.join(LESSONS_DIR, d.name);
      const metaPath = path.join(dir, 'lesson.json');
      const meta = parseLessonMeta(JSON.parse(readFileSync(metaPath, 'utf8')), `content/lessons/${d.name}/lesson.json`);
      return { number: Number(match[1]), slug: match[2]!, dir, meta };
    })
    .sort((a, b) => a.number - b.number);
  return entries;
}

export function lessonEntry(slug: string): LessonEntry | undefined {
  return lessonEntries().find((e) => e.slug === slug);
}

export function lessonSourcePath(entry: LessonEntry, lang: Lang): string {
  return path.join(entry.dir, `${lang}.mdx`);
}

export function readLessonSource(entry: LessonEntry, lang: Lang): string {
  const file = lessonSourcePath(entry, lang);
  if (!existsSync(file)) throw new Error(`${path.relative(process.cwd(), file)} is missing: every lesson exists in ${LANGS.join(' and ')}`);
  return readFileSync(file, 'utf8');
}

/** Title and summary of every lesson in one language, without compiling the MDX. */
export function lessonSummaries(lang: Lang): LessonSummary[] {
  return lessonEntries().map((entry) => {
    const where = path.relative(process.cwd(), lessonSourcePath(entry, lang));
    const frontmatter = parseFrontmatter(matter(readLessonSource(entry, lang)).data, where);
    return { number: entry.number, slug: entry.slug, ...frontmatter };
  });
}

/** What each lesson asks of the learner, for progress: its exercises' and quiz questions' ids. */
export function lessonTotals(): LessonTotals[] {
  return lessonEntries().map((e) => ({ slug: e.slug, exercises: e.meta.exercises.map((x) => x.id), quiz: e.meta.quiz }));
}
