import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../languages';
import { CODE_LANGUAGES } from './compile-lesson';
import { compiledLesson } from './lesson-page-data';
import { lessonEntries, lessonSummaries } from './lessons';
import { twinProblems } from './twins';

const lessons = lessonEntries();

describe('the course content', () => {
  it('has lessons numbered 1, 2, 3... with unique slugs', () => {
    expect(lessons.length).toBeGreaterThanOrEqual(2);
    expect(lessons.map((l) => l.number)).toEqual(lessons.map((_, i) => i + 1));
    expect(new Set(lessons.map((l) => l.slug)).size).toBe(lessons.length);
  });

  it.each(lessons.map((l) => [l.slug, l] as const))('%s holds a lesson.json and one MDX file per language, nothing else', (_, lesson) => {
    const expected = ['lesson.json', ...LANGS.map((lang) => `${lang}.mdx`)].sort();
    expect(readdirSync(lesson.dir).sort()).toEqual(expected);
  });

  it('gives every lesson a title and a one-line summary in each language', () => {
    for (const lang of LANGS) {
      for (const summary of lessonSummaries(lang)) {
        expect(summary.title.length).toBeGreaterThan(3);
        expect(summary.summary).not.toContain('\n');
      }
    }
  });

  it('starts each lesson from an empty sandbox or from an earlier lesson', () => {
    lessons.forEach((lesson, i) => {
      const start = lesson.meta.start;
      if (start === 'empty') return;
      const earlier = lessons.slice(0, i).map((l) => l.slug);
      expect(earlier).toContain(start.after);
    });
  });
});

describe.each(lessons.map((l) => [l.slug, l] as const))('lesson %s in both languages', (slug) => {
  it('has a Hinglish twin with the same sections and the same code blocks', async () => {
    const english = await compiledLesson('en', slug);
    const hinglish = await compiledLesson('hinglish', slug);
    expect(twinProblems(english, hinglish)).toEqual([]);
    expect(hinglish.headings.map((h) => h.id)).toEqual(english.headings.map((h) => h.id));
  });

  it('places every exercise, edit and quiz question of lesson.json exactly once, and no other', async () => {
    const lesson = lessons.find((l) => l.slug === slug)!;
    const { parts } = await compiledLesson('en', slug);
    const of = (kind: string) => parts.filter((p) => p.startsWith(`${kind}:`)).map((p) => p.slice(kind.length + 1));
    expect(of('Exercise')).toEqual(lesson.meta.exercises.map((e) => e.id));
    expect(of('Question')).toEqual(lesson.meta.quiz);
    expect([...of('Edit')].sort()).toEqual(Object.keys(lesson.meta.edits).sort());
    expect(new Set(of('Edit')).size).toBe(of('Edit').length);
  });

  it('shows the whole file each <Edit> writes', async () => {
    // An <Edit> shows its change in the MDX: what it writes whole must be a code block there.
    const lesson = lessons.find((l) => l.slug === slug)!;
    const { codeBlocks } = await compiledLesson('en', slug);
    const shown = codeBlocks.map((b) => b.code.replace(/\n$/, ''));
    for (const steps of Object.values(lesson.meta.edits)) {
      for (const step of steps) if ('write' in step) expect(shown, `${step.write} is written by an <Edit> but not shown`).toContain(step.content.replace(/\n$/, ''));
    }
  });

  it('uses only the code languages the site highlights', async () => {
    const english = await compiledLesson('en', slug);
    for (const block of english.codeBlocks) expect(CODE_LANGUAGES).toContain(block.lang);
  });
});
